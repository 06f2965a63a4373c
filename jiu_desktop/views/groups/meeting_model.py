"""The meetings of a group as a table: date, time, part, topic, place, led by, and *gaat
niet door*. A meeting that does not go ahead is greyed and says so."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from jiu_desktop.views.labels import Meeting, format_date, part_label, time_text, weekday_short
from jiu_desktop.views.style import MUTED

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
DATE, TIME, PART, TOPIC, PLACE, LED_BY, CANCELLED = range(7)


class MeetingTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Meeting] = []

    def set_rows(self, rows: list[Meeting]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, meeting_id: str) -> int:
        return next((n for n, m in enumerate(self.rows) if m.id == meeting_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Part"),
            self.tr("Topic"),
            self.tr("Place"),
            self.tr("Led by"),
            self.tr("Does not go ahead"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        meeting = self.rows[index.row()]
        if role == ID_ROLE:
            return meeting.id
        if role == Qt.ItemDataRole.ForegroundRole and meeting.cancelled:
            return QColor(MUTED)
        if role == Qt.ItemDataRole.FontRole and meeting.cancelled:
            font = QFont()
            font.setItalic(True)
            return font
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(meeting, index.column())
        return None

    def _text(self, meeting: Meeting, column: int) -> str:
        if column == DATE:
            return f"{weekday_short(meeting.held_on)} {format_date(meeting.held_on)}"
        if column == TIME:
            return time_text(meeting.starts_at, meeting.ends_at)
        if column == PART:
            return part_label(meeting.part)
        if column == TOPIC:
            return meeting.topic
        if column == PLACE:
            return meeting.place
        if column == LED_BY:
            return meeting.led_by
        return self.tr("yes") if meeting.cancelled else ""
