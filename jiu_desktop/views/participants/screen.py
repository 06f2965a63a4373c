"""ParticipantsPage: the list, and the page of the participant that was opened."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QLineEdit, QStackedWidget, QWidget

from jiu_desktop.services import participants
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
        """The list follows every change already; nothing to do."""

    def show_participant(self, participant_id: str) -> None:
        self.page.load(participant_id)
        self.setCurrentWidget(self.page)

    def show_list(self) -> None:
        self.list.reload()
        self.setCurrentWidget(self.list)

    def create_participant(self) -> None:
        person = participants.create_participant(
            self.context.store, first_name=self.tr("New"), last_name=""
        )
        self.context.announce(person.changes, self)
        self.show_participant(person.id)
        details = self.page.details
        self.page.show_tab(details)
        first = details.form.bindings["first_name"].widget
        first.setFocus()
        if isinstance(first, QLineEdit):
            first.selectAll()

    def flush_pending(self) -> None:
        if self.currentWidget() is self.page:
            self.page.flush_pending()
