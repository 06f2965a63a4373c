"""*Aanwezigheid*: the group's participants × its meetings, marked by click or key, with
the count per participant and the group's own agreement beside it as plain text.

Marking *afwezig zonder bericht* offers *Er op af* in a small bar above the grid (never a
dialog in the way): it makes a session note of that kind with the follow-up "Bellen,
appen of langsgaan", which then stands on the start page under *Volgende stappen*.

Each mark writes one row and repaints one cell; the grid is read again only when the
roster, the group or its people changed elsewhere (another page, a sync).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import JiuError
from jiu_desktop.services import attendance
from jiu_desktop.services.changes import Changes
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.groups.attendance_grid import AttendanceView, MarkCommand, ReachOutCommand
from jiu_desktop.views.groups.attendance_model import AttendanceModel
from jiu_desktop.views.labels import weekday_name
from jiu_desktop.views.participants.tabs.fields import message_line

ABSENT = "afwezig"


class ReachOutBar(QFrame):
    """ "Noor was absent without notice — Er op af", then what it did. It takes the place
    of the keys' hint while it is wanted (``wanted``), so the grid never moves."""

    #: The bar wants to be seen (True) or is done (False).
    wanted = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("erOpAfBar")
        self.setStyleSheet(
            "QFrame#erOpAfBar { background: #fff6e8; border: 1px solid #e5c9a8;"
            " border-radius: 6px; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 6, 4)
        self.text = QLabel()
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.reach_out = QPushButton(self.tr("Er op af"))
        self.reach_out.setObjectName("erOpAf")
        row.addWidget(self.reach_out)
        self.open_person = QPushButton()
        self.open_person.setObjectName("erOpAfOpen")
        row.addWidget(self.open_person)
        self.close_button = QPushButton(self.tr("Not now"))
        self.close_button.setObjectName("erOpAfClose")
        self.close_button.clicked.connect(self.dismiss)
        row.addWidget(self.close_button)
        #: The cell the bar is about: (participant id, meeting id).
        self.cell: tuple[str, str] | None = None

    def dismiss(self) -> None:
        self.cell = None
        self.wanted.emit(False)

    def offer(self, cell: tuple[str, str], name: str, day: date) -> None:
        self.cell = cell
        self.text.setText(
            self.tr("{name} was absent without notice on {day}.").format(
                name=name, day=f"{weekday_name(day.weekday())} {day.day}-{day.month}"
            )
        )
        self.reach_out.show()
        self.open_person.hide()
        self.close_button.setText(self.tr("Not now"))
        self.wanted.emit(True)

    def done(self, cell: tuple[str, str], name: str, follow_up: str) -> None:
        self.cell = cell
        self.text.setText(
            self.tr(
                "Er op af for {name}: “{action}” is on the start page, under Next steps."
            ).format(name=name, action=follow_up)
        )
        self.reach_out.hide()
        self.open_person.setText(self.tr("Open {name}").format(name=name))
        self.open_person.show()
        self.close_button.setText(self.tr("Close"))
        self.wanted.emit(True)


class AttendanceTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.group_id = ""
        self.undo_stack = QUndoStack(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        self.rule = QLabel()
        self.rule.setObjectName("attendanceRule")
        self.rule.setWordWrap(True)
        top.addWidget(self.rule, 1)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoMark")
        self.undo_button.setToolTip(self.tr("Ctrl+Z"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        top.addWidget(self.undo_button)
        layout.addLayout(top)
        self.keys = QLabel(
            self.tr(
                "Click a cell, or type A present · T late · M excused · X absent without "
                "notice · N not applicable · Space: the next mark · Delete: clear"
            )
        )
        self.keys.setObjectName("hint")
        self.keys.setWordWrap(True)
        self.bar = ReachOutBar()
        self.bar.reach_out.clicked.connect(self._reach_out_offered)
        self.bar.open_person.clicked.connect(self._open_person)
        # One strip for the hint and the bar: a mark that offers er op af (or a bar that
        # closes) never moves the grid, and repaints no more than the strip.
        self.strip = QStackedWidget()
        self.strip.addWidget(self.keys)
        self.strip.addWidget(self.bar)
        # As high as the bar's buttons, or two lines of the hint (a wrapped label's own
        # size hint is measured at a narrow width, far too high).
        buttons = self.bar.reach_out.sizeHint().height() + 12
        self.strip.setFixedHeight(max(buttons, 2 * self.keys.fontMetrics().lineSpacing() + 6))
        self.bar.wanted.connect(
            lambda wanted: self.strip.setCurrentWidget(self.bar if wanted else self.keys)
        )
        layout.addWidget(self.strip)
        self.message = message_line()
        layout.addWidget(self.message)
        self.model = AttendanceModel(self)
        self.view = AttendanceView(self.model)
        self.view.mark_requested.connect(self.apply)
        self.view.cycle_requested.connect(self.cycle)
        self.view.reach_out_requested.connect(self.offer_or_reach_out)
        self.empty = QLabel()
        self.empty.setObjectName("noAttendance")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("font-size: 13pt;")
        self.body = QStackedWidget()
        self.body.addWidget(self.view)
        self.body.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        redo = QShortcut(QKeySequence.StandardKey.Redo, self, self.undo_stack.redo)
        redo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- loading ----------------------------------------------------------------------------
    def load(self, group_id: str) -> None:
        """The group's grid afresh; a new group starts a new undo history."""
        if group_id != self.group_id:
            self.undo_stack.clear()
            self.bar.dismiss()
        self.group_id = group_id
        self.reload()

    def reload(self) -> None:
        current = self.view.currentIndex()
        cell = (
            (
                self.model.person(current.row()).participant_id,
                self.model.meeting(current.column()).id,
            )
            if current.isValid() and self.model.grid is not None
            else None
        )
        grid = attendance.attendance_grid(self.context.store, self.group_id)
        self.model.set_grid(grid)
        self.view.verticalHeader().fit_width(self._widest_count())  # type: ignore[attr-defined]
        rule = grid.attendance_rule
        self.rule.setText(
            self.tr("Agreed in this group: {rule}").format(rule=rule)
            if rule
            else self.tr("No attendance requirement agreed for this group.")
        )
        shown = bool(grid.people and grid.meetings)
        self.body.setCurrentWidget(self.view if shown else self.empty)
        self.strip.setVisible(shown)
        if not grid.meetings:
            self.empty.setText(
                self.tr("No meetings yet. Make the roster on the Meetings tab (Make roster…).")
            )
        elif not grid.people:
            self.empty.setText(
                self.tr(
                    "Nobody is in this group yet. Put participants in it on their Details "
                    "tab (Group)."
                )
            )
        found = self.model.position(*cell) if cell else None
        self.view.go_to(*(found or (0, self._today_column())))

    def _widest_count(self) -> str:
        most = len(self.model.grid.meetings) if self.model.grid else 0
        return self.tr("present {present} of {counted}").format(present=most, counted=most)

    def _today_column(self) -> int:
        """The meeting of today, or else the last one before it (the one to mark)."""
        grid = self.model.grid
        if grid is None or not grid.meetings:
            return 0
        today = date.today()
        before = [n for n, m in enumerate(grid.meetings) if m.held_on <= today]
        return before[-1] if before else 0

    # -- marking ------------------------------------------------------------------------------
    def cycle(self, row: int, column: int) -> None:
        self.apply(row, column, attendance.next_presence(self.model.presence(row, column)))

    def apply(self, row: int, column: int, presence: object) -> None:
        meeting = self.model.meeting(column)
        if meeting.cancelled:
            self.message.setText(self.tr("This meeting does not go ahead: it takes no marks."))
            return
        new = None if presence is None else str(presence)
        old = self.model.presence(row, column)
        if new == old:
            return
        person = self.model.person(row)
        self.undo_stack.push(
            MarkCommand(self, person.participant_id, meeting.id, old, new, person.first_name)
        )

    def write(self, participant_id: str, meeting_id: str, presence: str | None) -> bool:
        """Store one mark and repaint its cell (the commands call this)."""
        found = self.model.position(participant_id, meeting_id)
        try:
            changes = attendance.set_mark(self.context.store, meeting_id, participant_id, presence)
        except JiuError as error:
            self.message.setText(str(error))
            return False
        self.message.setText("")
        if found is not None:
            row, column = found
            self.model.set_cell(row, column, presence)
            self._offer_after(row, column, presence)
        self.context.announce(changes, self)
        return True

    def _offer_after(self, row: int, column: int, presence: str | None) -> None:
        cell = (self.model.person(row).participant_id, self.model.meeting(column).id)
        if presence == ABSENT and not self.model.note_id(row, column):
            person, meeting = self.model.person(row), self.model.meeting(column)
            self.bar.offer(cell, person.first_name, meeting.held_on)
        elif self.bar.cell == cell and self.bar.reach_out.isVisible():
            self.bar.dismiss()

    # -- er op af -----------------------------------------------------------------------------
    def offer_or_reach_out(self, row: int, column: int) -> None:
        """E on a cell: er op af when it is an absence without notice not followed up yet."""
        if self.model.presence(row, column) != ABSENT:
            self.message.setText(self.tr("Er op af is for someone absent without notice (X)."))
            return
        if self.model.note_id(row, column):
            return
        person = self.model.person(row)
        self.undo_stack.push(
            ReachOutCommand(
                self, person.participant_id, self.model.meeting(column).id, person.first_name
            )
        )

    def _reach_out_offered(self) -> None:
        if self.bar.cell is None:
            return
        found = self.model.position(*self.bar.cell)
        if found is not None:
            self.offer_or_reach_out(*found)
        self.view.setFocus()

    def reach_out(self, participant_id: str, meeting_id: str) -> bool:
        try:
            made = attendance.er_op_af(self.context.store, meeting_id, participant_id)
        except JiuError as error:
            self.message.setText(str(error))
            return False
        found = self.model.position(participant_id, meeting_id)
        if found is not None:
            self.model.set_note(*found, made.id)
            name = self.model.person(found[0]).first_name
            self.bar.done((participant_id, meeting_id), name, made.row.follow_up)
        self.context.announce(made.changes, self)
        return True

    def take_back_reach_out(self, participant_id: str, meeting_id: str) -> None:
        try:
            changes = attendance.undo_er_op_af(self.context.store, meeting_id, participant_id)
        except JiuError as error:
            self.message.setText(str(error))
            return
        found = self.model.position(participant_id, meeting_id)
        if found is not None:
            self.model.set_note(*found, "")
            if self.bar.cell == (participant_id, meeting_id):
                self.bar.dismiss()
        self.context.announce(changes, self)

    def _open_person(self) -> None:
        if self.bar.cell is not None:
            self.context.open_participant(self.bar.cell[0])

    def on_changed(self, changes: Changes) -> None:
        """Something elsewhere changed what the grid shows: read it again."""
        if changes.initiator is not self and self.group_id:
            self.reload()
