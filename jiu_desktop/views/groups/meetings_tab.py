"""*Bijeenkomsten*: the group's details (name, period, the attendance requirement in the
group's own words), saved as typed with undo, and its meetings: *Rooster maken…*, a
meeting added, changed (Enter or a double click), set to *gaat niet door* or deleted.

A change to a meeting and *gaat niet door* are undone with Ctrl+Z in the list (or
"Undo"); deleting asks first.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import JiuError
from jiu_desktop.services import meetings
from jiu_desktop.services.changes import Changes
from jiu_desktop.views.confirm import ask
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.groups.group_details import GroupDetails
from jiu_desktop.views.groups.meeting_dialog import MeetingDialog, meeting_values
from jiu_desktop.views.groups.meeting_model import (
    CANCELLED,
    DATE,
    LED_BY,
    PART,
    PLACE,
    TIME,
    TOPIC,
    MeetingTableModel,
)
from jiu_desktop.views.groups.roster_dialog import RosterDialog
from jiu_desktop.views.labels import Meeting, day_text, format_date
from jiu_desktop.views.participants.tabs.fields import message_line
from jiu_desktop.views.style import mark_primary


class MeetingEdit(QUndoCommand):
    """A meeting from ``old`` to ``new`` (already saved when pushed)."""

    def __init__(self, tab: MeetingsTab, meeting_id: str, old: dict[str, Any], new: dict[str, Any]):
        super().__init__(QCoreApplication.translate("MeetingsTab", "Change meeting"))
        self.tab, self.meeting_id, self.old, self.new = tab, meeting_id, old, new
        self.first = True

    def redo(self) -> None:
        if self.first:
            self.first = False
            return
        self.tab.save_meeting(self.meeting_id, self.new)

    def undo(self) -> None:
        self.tab.save_meeting(self.meeting_id, self.old)


class MeetingsTab(QWidget):
    #: The roster or a meeting changed (argument: Changes), for the rest of the page.
    changed = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.group_id = ""
        self.undo_stack = QUndoStack(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.details = GroupDetails(context)
        self.details.saved.connect(self.changed)
        layout.addWidget(self.details)
        layout.addLayout(self._buttons())
        self.message = message_line()
        layout.addWidget(self.message)
        self.model = MeetingTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("meetingList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(32)
        header = self.table.horizontalHeader()
        for column in (DATE, TIME, PART, PLACE, LED_BY, CANCELLED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TOPIC, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit_meeting())
        self.table.doubleClicked.connect(lambda _index: self.edit_meeting())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
            (QKeySequence(Qt.Key.Key_Delete), self.delete_meeting),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.table, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.empty = QLabel(
            self.tr(
                "No meetings yet. “Make roster…” makes them all at once, for instance 12 "
                "weeks on Tuesday and Thursday, 13:00–15:30."
            )
        )
        self.empty.setObjectName("noMeetings")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("font-size: 13pt;")
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        layout.addWidget(self.body, 1)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.roster_button = QPushButton(self.tr("Make roster…"))
        self.roster_button.setObjectName("makeRosterButton")
        mark_primary(self.roster_button)
        self.roster_button.clicked.connect(self.make_roster)
        self.add_button = QPushButton(self.tr("Add meeting…"))
        self.add_button.setObjectName("addMeeting")
        self.add_button.clicked.connect(self.add_meeting)
        self.edit_button = QPushButton(self.tr("Change…"))
        self.edit_button.setObjectName("editMeeting")
        self.edit_button.clicked.connect(self.edit_meeting)
        self.cancel_button = QPushButton(self.tr("Does not go ahead"))
        self.cancel_button.setObjectName("cancelMeeting")
        self.cancel_button.setCheckable(True)
        self.cancel_button.clicked.connect(self.toggle_cancelled)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteMeeting")
        self.delete_button.clicked.connect(self.delete_meeting)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoMeeting")
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        for button in (self.roster_button, self.add_button, self.edit_button):
            row.addWidget(button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.undo_button)
        return row

    # -- loading ----------------------------------------------------------------------------
    def load(self, group_id: str) -> None:
        if group_id != self.group_id:
            self.undo_stack.clear()
        self.group_id = group_id
        self.details.load(group_id)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        chosen = select or self.selected_id()
        rows = meetings.meetings_of(self.context.store, self.group_id)
        self.model.set_rows(rows)
        self.body.setCurrentWidget(self.table if rows else self.empty)
        at = self.model.row_of(chosen) if chosen else -1
        if at < 0:
            at = self._upcoming(rows)
        if rows:
            self.table.setCurrentIndex(self.model.index(at, DATE))
            self.table.scrollTo(self.model.index(at, DATE))
        self._current_changed()

    @staticmethod
    def _upcoming(rows: list[Meeting]) -> int:
        """The meeting of today, or the next one, or the last one."""
        today = date.today()
        return next((n for n, m in enumerate(rows) if m.held_on >= today), len(rows) - 1)

    def selected(self) -> Meeting | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def selected_id(self) -> str | None:
        meeting = self.selected()
        return meeting.id if meeting else None

    def _current_changed(self, *_args: QModelIndex) -> None:
        meeting = self.selected()
        for button in (self.edit_button, self.cancel_button, self.delete_button):
            button.setEnabled(meeting is not None)
        self.cancel_button.setChecked(bool(meeting and meeting.cancelled))

    # -- changing -----------------------------------------------------------------------------
    def _announce(self, changes: Changes) -> None:
        self.context.announce(changes, self)
        self.changed.emit(changes)

    def make_roster(self) -> None:
        self.details.form.flush()
        dialog = RosterDialog(self.context.store, self.group_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.made is not None:
            self._announce(dialog.changes)
            self.details.load(self.group_id)  # the roster may have set the period
            first = dialog.made.new[0] if dialog.made.new else None
            self.reload()
            if first is not None:
                self.context.status_message.emit(
                    self.tr(
                        "Roster made: the first new meeting is on {day} ({count} in all)."
                    ).format(day=day_text(first), count=len(dialog.made.new))
                )
        dialog.deleteLater()

    def add_meeting(self) -> None:
        made: list[str] = []

        def save(values: dict[str, Any]) -> None:
            added = meetings.add_meeting(self.context.store, self.group_id, **values)
            made.append(added.id)
            self._announce(added.changes)

        current = self.selected()
        dialog = MeetingDialog(self, save, day=current.held_on if current else None)
        dialog.exec()
        dialog.deleteLater()
        if made:
            self.reload(select=made[0])

    def edit_meeting(self) -> None:
        meeting = self.selected()
        if meeting is None:
            return
        old = meeting_values(meeting)

        def save(values: dict[str, Any]) -> None:
            self.save_meeting(meeting.id, values)
            self.undo_stack.push(MeetingEdit(self, meeting.id, old, values))

        dialog = MeetingDialog(self, save, meeting)
        dialog.exec()
        dialog.deleteLater()

    def save_meeting(self, meeting_id: str, values: dict[str, Any]) -> None:
        """Store ``values`` and show them (raises JiuError when they cannot be stored)."""
        changes = meetings.update_meeting(self.context.store, meeting_id, **values)
        self._announce(changes)
        self.reload(select=meeting_id)

    def toggle_cancelled(self) -> None:
        meeting = self.selected()
        if meeting is None:
            return
        old = meeting_values(meeting)
        new = {**old, "cancelled": not meeting.cancelled}
        try:
            self.save_meeting(meeting.id, new)
        except JiuError as error:
            self.message.setText(str(error))
            return
        self.undo_stack.push(MeetingEdit(self, meeting.id, old, new))

    def delete_meeting(self) -> None:
        meeting = self.selected()
        if meeting is None:
            return
        marks = meetings.marks_at(self.context.store, meeting.id)
        text = self.tr("Delete the meeting of {day}?").format(day=day_text(meeting.held_on))
        if marks:
            text += "\n\n" + self.tr(
                "The attendance marked at it is deleted with it ({count}). A meeting that did "
                "not take place can also stay in the roster: “Does not go ahead”."
            ).format(count=marks)
        if not ask(self, self.tr("Delete meeting"), text, self.tr("Delete meeting")):
            return
        changes = meetings.delete_meeting(self.context.store, meeting.id)
        self.undo_stack.clear()  # earlier changes may name the deleted meeting
        self._announce(changes)
        self.reload()
        self.context.status_message.emit(
            self.tr("Meeting of {day} deleted.").format(day=format_date(meeting.held_on))
        )

    def flush_pending(self) -> None:
        self.details.form.flush()
