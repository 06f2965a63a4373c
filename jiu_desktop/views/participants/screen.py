"""ParticipantsPage: the list, and the page of the participant that was opened."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QStackedWidget, QWidget

from jiu_desktop.views.context import AppContext
from jiu_desktop.views.participants.list_view import ParticipantListView
from jiu_desktop.views.participants.page import ParticipantPage


class ParticipantsPage(QStackedWidget):
    page_name: ClassVar[str] = "participants"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.list = ParticipantListView(context)
        self.page = ParticipantPage(context)
        self.addWidget(self.list)
        self.addWidget(self.page)
        self.list.chosen.connect(self.show_participant)
        self.list.create_requested.connect(self.create_participant)
        self.page.back_requested.connect(self.show_list)

    def title(self) -> str:
        return self.tr("Participants")

    def reload(self) -> None:
        """The profile was opened again: fresh list, and the open participant afresh."""
        self.list.reload_groups()
        self.list.reload()
        pid = self.page.participant_id
        if self.currentWidget() is self.page and pid:
            self.page.load(pid)

    def on_shown(self) -> None:
        """The list follows every change already, but not a coach chosen for this profile
        (Settings): that is kept on this laptop only and announces nothing."""
        if self.context.unlocked and self.list.shown_coach != self.context.scope_coach_id():
            self.list.reload()

    def show_participant(self, participant_id: str) -> None:
        """Open at the top, the keyboard in the first field."""
        self.page.load(participant_id)
        self.setCurrentWidget(self.page)
        self.page.focus_first()

    def show_list(self) -> None:
        self.list.reload()
        self.setCurrentWidget(self.list)

    def create_participant(self) -> None:
        """Ctrl+N: an empty form; the participant is stored once a first name is typed."""
        self.page.new_participant()
        self.setCurrentWidget(self.page)
        self.page.focus_first()

    def flush_pending(self) -> None:
        if self.currentWidget() is self.page:
            self.page.flush_pending()
