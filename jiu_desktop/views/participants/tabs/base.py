"""What a tab of the participant page is, and what it may ask of the page.

A tab is a widget that shows one side of one participant. The page creates a tab of
``TABS`` when it is first needed (shown, or asked for with ``host.tab(kind)``), so opening
the app does not build a network map it may never show; it loads a tab when it is first
shown for a participant, hands it every ``Changes`` after that, and asks it to flush before
the coach leaves it (another tab, another participant, locking, quitting).

The caption (``title``) and the page-wide shortcuts (``SHORTCUTS``) belong to the class:
the page shows and answers them before the tab itself is built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, Protocol, TypeVar

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from jiu_desktop.services.changes import Changes
from jiu_desktop.views.context import AppContext

T = TypeVar("T", bound="ParticipantTab")


class TabHost(Protocol):
    """The participant page, as its tabs see it."""

    def tab(self, kind: type[T]) -> T:
        """The page's tab of this kind (to bring another tab forward)."""

    def set_title(self, text: str) -> None:
        """Show this name above the tabs (the name was edited)."""

    def show_saved(self, text: str) -> None:
        """A few calm words beside the name, such as "✓ Saved"; empty clears them."""

    def show_tab(self, tab: ParticipantTab) -> None:
        """Bring this tab forward, loaded for the current participant."""

    def add_shortcut(self, keys: QKeySequence | str, slot: Callable[[], None]) -> None:
        """A shortcut that works on every tab, not only while this tab is shown."""

    def participant_removed(self) -> None:
        """The participant is gone (deleted, erased): drop every unsaved edit, go back."""

    def participant_created(self, participant_id: str) -> None:
        """The new participant was stored (a first name was typed): every tab may open."""

    def leave(self) -> None:
        """Save what is typed and go back to the list."""


class ParticipantTab(QWidget):
    """One tab. A new tab subclasses this in its own module and is listed in ``TABS``."""

    #: Shortcuts that work on every tab of the page: (keys, name of the method to call).
    #: The page builds the tab first when it was not built yet.
    SHORTCUTS: ClassVar[tuple[tuple[str, str], ...]] = ()

    def __init__(self, context: AppContext, host: TabHost) -> None:
        super().__init__()
        self.context = context
        self.host = host
        self.participant_id: str | None = None

    @classmethod
    def title(cls) -> str:
        """The caption, through ``QCoreApplication.translate("<class name>", …)``, with
        an ``&`` before the Alt+letter."""
        raise NotImplementedError

    def load(self, participant_id: str) -> None:
        """Show this participant (the previous one's edits were flushed already)."""
        raise NotImplementedError

    def on_changes(self, changes: Changes) -> None:
        """Something changed, here or through sync: refresh what this tab shows, if touched.

        Called for loaded tabs, shown or not, so a tab is current when it comes forward. A
        tab announces its own saves with itself as initiator (``context.announce(changes,
        self)``) and skips those here (``changes.initiator is self``): they are on screen.
        """

    def focus_first(self) -> None:
        """Put the keyboard in the first field, at the top (a participant was opened)."""

    def flush(self) -> None:
        """Save what is typed but not saved yet."""

    def discard(self) -> None:
        """Forget unsaved edits without saving them; the participant is gone."""
        self.participant_id = None
