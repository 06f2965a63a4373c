"""The attendance grid as an item model: a row per participant, a column per meeting, the
letter of the mark in each cell, and in the row's header the first name with the calm
count ("aanwezig 18 van 22").

A mark changes one cell and its row's header (``set_cell``), never the whole model, so a
click repaints in a few milliseconds however large the group (``bench/attendance.py``).
Colours are soft and none is red: the grid records, it does not judge.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

from jiu_desktop.services.attendance import AttendanceGrid, GridPerson
from jiu_desktop.services.attendance_document import short_names
from jiu_desktop.views.labels import (
    Meeting,
    day_text,
    presence_label,
    presence_letter,
    time_text,
    weekday_short,
)
from jiu_desktop.views.style import ACCENT, MUTED, TEXT

Index = QModelIndex | QPersistentModelIndex
#: The count text of a row, for the row's header.
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The mark's code in a cell (None: not marked).
PRESENCE_ROLE = Qt.ItemDataRole.UserRole + 2
#: Background and text per mark.
COLOURS = {
    "aanwezig": ("#e3f0ef", ACCENT),
    "te_laat": ("#f4eed8", "#6b5a1e"),
    "afgemeld": ("#e7ecf2", "#3f556b"),
    "afwezig": ("#f6e5d5", "#8a4f1c"),
    "nvt": ("#ffffff", MUTED),
}
CANCELLED = "#e6ebea"
NOT_IN_GROUP = "#f2f4f3"
#: A cell whose absence got its *er op af* note.
REACHED = "✓"


class AttendanceModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid: AttendanceGrid | None = None
        self.names: dict[str, str] = {}
        self._brushes = {code: (QColor(bg), QColor(fg)) for code, (bg, fg) in COLOURS.items()}
        self._cancelled, self._outside = QColor(CANCELLED), QColor(NOT_IN_GROUP)
        self._muted, self._text, self._accent = QColor(MUTED), QColor(TEXT), QColor(ACCENT)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_grid(self, grid: AttendanceGrid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        #: First names, made apart where two share one: the names leave the room to the
        #: meetings (the whole name is the row's tooltip).
        self.names = short_names(grid.people) if grid else {}
        self.endResetModel()

    # -- reading ----------------------------------------------------------------------------
    def person(self, row: int) -> GridPerson:
        assert self.grid is not None
        return self.grid.people[row]

    def meeting(self, column: int) -> Meeting:
        assert self.grid is not None
        return self.grid.meetings[column]

    def presence(self, row: int, column: int) -> str | None:
        assert self.grid is not None
        return self.grid.marks.get(self._cell(row, column))

    def note_id(self, row: int, column: int) -> str:
        assert self.grid is not None
        return self.grid.notes.get(self._cell(row, column), "")

    def in_group(self, row: int, column: int) -> bool:
        assert self.grid is not None
        return self._cell(row, column) in self.grid.members

    def _cell(self, row: int, column: int) -> tuple[str, str]:
        assert self.grid is not None
        return self.grid.people[row].participant_id, self.grid.meetings[column].id

    def position(self, participant_id: str, meeting_id: str) -> tuple[int, int] | None:
        if self.grid is None:
            return None
        row = next(
            (n for n, p in enumerate(self.grid.people) if p.participant_id == participant_id), -1
        )
        column = next((n for n, m in enumerate(self.grid.meetings) if m.id == meeting_id), -1)
        return (row, column) if row >= 0 and column >= 0 else None

    def count_text(self, row: int) -> str:
        assert self.grid is not None
        count = self.grid.count(self.grid.people[row].participant_id)
        if not count.counted:
            return ""
        return self.tr("present {present} of {counted}").format(
            present=count.present, counted=count.counted
        )

    # -- writing (one cell) -------------------------------------------------------------------
    def set_cell(self, row: int, column: int, presence: str | None) -> None:
        assert self.grid is not None
        cell = self._cell(row, column)
        if presence is None:
            self.grid.marks.pop(cell, None)
        else:
            self.grid.marks[cell] = presence
        index = self.index(row, column)
        self.dataChanged.emit(index, index)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)

    def set_note(self, row: int, column: int, note_id: str) -> None:
        assert self.grid is not None
        cell = self._cell(row, column)
        if note_id:
            self.grid.notes[cell] = note_id
        else:
            self.grid.notes.pop(cell, None)
        index = self.index(row, column)
        self.dataChanged.emit(index, index)

    # -- the model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.meetings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        row, column = index.row(), index.column()
        presence = self.presence(row, column)
        meeting = self.grid.meetings[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if meeting.cancelled:
                return "—"
            letter = presence_letter(presence)
            reached = presence == "afwezig" and self.note_id(row, column)
            return letter + REACHED if reached else letter
        if role == PRESENCE_ROLE:
            return presence
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if meeting.cancelled:
                return self._cancelled
            if presence in self._brushes:
                return self._brushes[presence][0]
            return None if self.in_group(row, column) else self._outside
        if role == Qt.ItemDataRole.ForegroundRole:
            if meeting.cancelled:
                return self._muted
            return self._brushes[presence][1] if presence in self._brushes else self._text
        if role == Qt.ItemDataRole.FontRole and presence is not None:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _tooltip(self, row: int, column: int) -> str:
        assert self.grid is not None
        meeting = self.grid.meetings[column]
        name = self.grid.people[row].full_name
        when = day_text(meeting.held_on)
        if meeting.cancelled:
            return self.tr("{name} — {day}: does not go ahead").format(name=name, day=when)
        presence = self.presence(row, column)
        if presence is None:
            what = self.tr("not marked yet")
            if not self.in_group(row, column):
                what = self.tr("not in the group that day")
        else:
            what = presence_label(presence)
        text = self.tr("{name} — {day}: {mark}").format(name=name, day=when, mark=what)
        if presence == "afwezig":
            more = (
                self.tr("Er op af: done")
                if self.note_id(row, column)
                else self.tr("Press E for er op af")
            )
            text += "\n" + more
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            person = self.grid.people[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.names.get(person.participant_id, person.first_name)
            if role == Qt.ItemDataRole.ToolTipRole:
                return person.full_name
            if role == COUNT_ROLE:
                return self.count_text(section)
            return None
        meeting = self.grid.meetings[section]
        if role == Qt.ItemDataRole.DisplayRole:
            held = meeting.held_on
            return f"{weekday_short(held)}\n{held.day}-{held.month}"
        if role == Qt.ItemDataRole.ForegroundRole:
            if meeting.cancelled:
                return self._muted
            return self._accent if meeting.held_on == date.today() else None
        if role == Qt.ItemDataRole.FontRole and meeting.held_on == date.today():
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._meeting_tooltip(meeting)
        return None

    def _meeting_tooltip(self, meeting: Meeting) -> str:
        parts = [day_text(meeting.held_on), time_text(meeting.starts_at, meeting.ends_at)]
        parts.append(meeting.topic)
        if meeting.cancelled:
            parts.append(self.tr("does not go ahead"))
        return " · ".join(p for p in parts if p)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class NameHeader(QHeaderView):
    """The rows' header: the name on the left (shortened with "…" when it is long), the
    count on the right in a quieter colour; fixed in width while marking."""

    GAP = 20
    #: The style's padding left and right of a section, and the count's margin.
    PADDING = 32
    #: The widest the names may make the header, so the meetings keep the room.
    MOST = 260

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._muted = QColor(MUTED)
        self._count_width = 0

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        model = self.model()
        if model is None:
            return
        count = str(model.headerData(logical_index, Qt.Orientation.Vertical, COUNT_ROLE) or "")
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, logical_index)
        option.rect = rect
        room = rect.width() - self._count_width - self.GAP - self.PADDING
        bold = QFont(self.font())
        bold.setBold(True)
        option.text = QFontMetrics(bold).elidedText(
            str(option.text), Qt.TextElideMode.ElideRight, max(room, 40)
        )
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
        if count:
            painter.save()
            painter.setPen(self._muted)
            painter.drawText(
                rect.adjusted(0, 0, -10, 0),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                count,
            )
            painter.restore()

    def fit_width(self, widest_count: str) -> None:
        """As wide as the longest name plus the widest count can be, at most ``MOST``
        for the names (the style may draw the header bold: measured bold)."""
        model = self.model()
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        rows = model.rowCount() if model is not None else 0
        names = [
            metrics.horizontalAdvance(str(model.headerData(row, Qt.Orientation.Vertical)))
            for row in range(rows)
        ]
        self._count_width = metrics.horizontalAdvance(widest_count)
        widest = min(max(names, default=0), self.MOST)
        self.setFixedWidth(widest + self._count_width + self.GAP + self.PADDING)
