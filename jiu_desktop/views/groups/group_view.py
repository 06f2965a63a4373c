"""One group: its name at the top, the papers to print, and two tabs: *Bijeenkomsten*
(details and roster) and *Aanwezigheid* (the grid). Ctrl+Tab switches between them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from jiu_desktop.errors import NotFound
from jiu_desktop.services import meetings
from jiu_desktop.services.changes import Changes
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.groups.attendance_tab import AttendanceTab
from jiu_desktop.views.groups.meetings_tab import MeetingsTab
from jiu_desktop.views.groups.paper import PaperMenu
from jiu_desktop.views.labels import (
    Attendance,
    Group,
    GroupMembership,
    Meeting,
    Participant,
    SessionNote,
)


class GroupView(QWidget):
    back_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.group_id = ""
        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        back = QPushButton(self.tr("← All groups"))
        back.setObjectName("backToGroups")
        back.setFlat(True)
        back.clicked.connect(self.back_requested)
        header.addWidget(back)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        header.addWidget(self.title, 1)
        self.paper_button = QPushButton(self.tr("Print"))
        self.paper_button.setObjectName("groupPaper")
        self.paper_menu = PaperMenu(self, context, lambda: self.group_id, self.chosen_meeting)
        self.paper_button.setMenu(self.paper_menu)
        header.addWidget(self.paper_button)
        outer.addLayout(header)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("participantTabs")  # the same look as a participant's tabs
        self.tabs.setDocumentMode(True)
        self.meetings = MeetingsTab(context)
        self.attendance = AttendanceTab(context)
        self.tabs.addTab(self.meetings, self.tr("&Meetings"))
        self.tabs.addTab(self.attendance, self.tr("&Attendance"))
        self.tabs.currentChanged.connect(self._tab_changed)
        outer.addWidget(self.tabs, 1)
        self.meetings.changed.connect(self._meetings_changed)
        for keys, step in (("Ctrl+Tab", 1), ("Ctrl+Shift+Tab", -1)):
            QShortcut(QKeySequence(keys), self, lambda step=step: self._step(step))

    def load(self, group_id: str) -> None:
        self.group_id = group_id
        self.title.setText(meetings.get_group(self.context.store, group_id).name)
        self.meetings.load(group_id)
        self.attendance.load(group_id)

    def show_attendance(self) -> None:
        self.tabs.setCurrentWidget(self.attendance)
        self.attendance.view.setFocus()

    def _step(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _tab_changed(self, _index: int) -> None:
        self.meetings.flush_pending()
        if self.tabs.currentWidget() is self.attendance:
            self.attendance.view.setFocus()

    def _meetings_changed(self, changes: Changes) -> None:
        """The roster or the details changed on the Meetings tab: the grid and the title
        follow (the attendance requirement shows above the grid)."""
        if changes.touches(Group):
            self.title.setText(meetings.get_group(self.context.store, self.group_id).name)
        if changes.touches(Group, Meeting):
            self.attendance.reload()

    def chosen_meeting(self) -> tuple[str, date] | None:
        """The meeting a presentielijst is printed for: the one chosen on the tab shown
        (the grid's current column, or the list's selected row)."""
        if self.tabs.currentWidget() is self.attendance and self.attendance.model.grid:
            index = self.attendance.view.currentIndex()
            if index.isValid():
                meeting = self.attendance.model.meeting(index.column())
                return meeting.id, meeting.held_on
        chosen = self.meetings.selected()
        return (chosen.id, chosen.held_on) if chosen else None

    def on_changed(self, changes: Changes) -> None:
        """Changes from elsewhere (another page, a sync): what they touch, afresh."""
        mine = (self, self.meetings, self.meetings.details, self.attendance)
        if not self.group_id or any(changes.initiator is part for part in mine):
            return
        if changes.touches(Group, Meeting):
            try:
                self.load(self.group_id)
            except NotFound:  # deleted elsewhere
                self.back_requested.emit()
            return
        if changes.touches(Attendance, GroupMembership, Participant, SessionNote):
            self.attendance.reload()

    def flush_pending(self) -> None:
        self.meetings.flush_pending()
