"""The grid's view and its undoable marks.

Keys on a cell: A, T, M, X and N set that mark and go down to the next participant (a
column is filled in one go); Space gives the next mark in the cycle and stays; Delete (or
Backspace) clears; E on an *afwezig* cell does er op af; the arrow keys move. A click
gives the next mark. Every mark, and every er op af, is a command on the tab's undo stack
(Ctrl+Z).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QUndoCommand
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from jiu_desktop.views.groups.attendance_model import AttendanceModel, NameHeader
from jiu_desktop.views.labels import presence_label, presence_of_letter

if TYPE_CHECKING:
    from jiu_desktop.views.groups.attendance_tab import AttendanceTab

CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
COLUMN_WIDTH, ROW_HEIGHT = 46, 34


class AttendanceView(QTableView):
    #: A mark for the cell (row, column, code), or None to clear it.
    mark_requested = Signal(int, int, object)
    #: The next mark in the cycle for the cell (row, column).
    cycle_requested = Signal(int, int)
    #: Er op af for the cell (row, column).
    reach_out_requested = Signal(int, int)

    def __init__(self, model: AttendanceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceGrid")
        self.setVerticalHeader(NameHeader(self))
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        header = self.horizontalHeader()
        header.setObjectName("meetingDays")
        # Not bold, little padding: more meetings in sight on a laptop screen.
        header.setStyleSheet("QHeaderView::section { font-weight: normal; padding: 4px 2px; }")
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        metrics = QFontMetrics(header.font())
        header.setDefaultSectionSize(max(COLUMN_WIDTH, metrics.horizontalAdvance("30-12") + 12))
        header.setFixedHeight(2 * metrics.lineSpacing() + 14)  # the weekday above the date
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.clicked.connect(lambda index: self.cycle_requested.emit(index.row(), index.column()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if not index.isValid() or not plain:
            super().keyPressEvent(event)
            return
        row, column = index.row(), index.column()
        code = presence_of_letter(event.text()) if event.text().isalpha() else None
        if code is not None:
            self.mark_requested.emit(row, column, code)
            self.go_down()
        elif event.key() == Qt.Key.Key_Space:
            self.cycle_requested.emit(row, column)
        elif event.key() in CLEAR_KEYS:
            self.mark_requested.emit(row, column, None)
        elif event.text().upper() == "E":
            self.reach_out_requested.emit(row, column)
        else:
            super().keyPressEvent(event)

    def go_down(self) -> None:
        index = self.currentIndex()
        below = self.model().index(index.row() + 1, index.column())
        if below.isValid():
            self.setCurrentIndex(below)

    def go_to(self, row: int, column: int) -> None:
        index = self.model().index(row, column)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def current(self) -> QModelIndex:
        return self.currentIndex()


class MarkCommand(QUndoCommand):
    """One cell from one mark to another (None: no mark)."""

    def __init__(
        self, tab: AttendanceTab, participant_id: str, meeting_id: str, old: str | None,
        new: str | None, name: str,
    ) -> None:  # fmt: skip
        what = (
            presence_label(new) if new else QCoreApplication.translate("AttendanceTab", "no mark")
        )
        text = QCoreApplication.translate("AttendanceTab", "{name}: {mark}")
        super().__init__(text.format(name=name, mark=what))
        self.tab, self.cell, self.old, self.new = tab, (participant_id, meeting_id), old, new

    def redo(self) -> None:
        if not self.tab.write(*self.cell, self.new):
            self.setObsolete(True)

    def undo(self) -> None:
        self.tab.write(*self.cell, self.old)


class ReachOutCommand(QUndoCommand):
    """Er op af for one absence: the note with its follow-up; undone, the note goes."""

    def __init__(self, tab: AttendanceTab, participant_id: str, meeting_id: str, name: str):
        text = QCoreApplication.translate("AttendanceTab", "Er op af for {name}")
        super().__init__(text.format(name=name))
        self.tab, self.cell = tab, (participant_id, meeting_id)

    def redo(self) -> None:
        if not self.tab.reach_out(*self.cell):
            self.setObsolete(True)

    def undo(self) -> None:
        self.tab.take_back_reach_out(*self.cell)
