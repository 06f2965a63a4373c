"""The main window's pages, in the order of the navigation. A new page is one line here.

A page is a widget made from the shared :class:`AppContext`; it reaches the rest of the
window only through that context (``open_participant``, ``request_new_participant``,
``announce``), so the window needs no code of its own for it.
"""

from __future__ import annotations

from typing import ClassVar, Protocol

from PySide6.QtWidgets import QWidget

from jiu_desktop.views.context import AppContext
from jiu_desktop.views.groups import GroupsPage
from jiu_desktop.views.participants.screen import ParticipantsPage
from jiu_desktop.views.reflections import ReflectionsPage
from jiu_desktop.views.report import ReportPage
from jiu_desktop.views.start_page import StartPage
from jiu_desktop.views.team_notes import TeamNotesPage


class MainPage(Protocol):
    #: How code asks for the page: ``window.show_page("participants")``.
    page_name: ClassVar[str]

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None: ...

    def title(self) -> str:
        """The navigation entry, through ``self.tr()``."""
        ...

    def reload(self) -> None:
        """The profile was unlocked (again): show fresh data."""
        ...

    def on_shown(self) -> None:
        """The coach navigated here."""
        ...

    def flush_pending(self) -> None:
        """Save what is typed but not saved yet (before leaving, locking, quitting)."""
        ...


PAGES: tuple[type[MainPage], ...] = (
    StartPage,
    ParticipantsPage,
    GroupsPage,
    TeamNotesPage,
    ReflectionsPage,
    ReportPage,
)
