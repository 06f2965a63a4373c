"""The measurements of the chosen domain beside the chart, newest first: the date and the
step, then whether it was filled in together, by which coach, and the note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from jiu_desktop.views.labels import format_date

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Entry:
    assessment_id: str
    assessed_on: date
    step: str  # "3 Ondersteunen"
    together: bool
    coach: str
    note: str


class MeasurementModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Entry] = []

    def set_rows(self, rows: list[Entry]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, assessment_id: str | None) -> int:
        return next((i for i, r in enumerate(self.rows) if r.assessment_id == assessment_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{format_date(row.assessed_on)}  ·  {row.step}\n{self.second_line(row)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.note or None
        if role == ID_ROLE:
            return row.assessment_id
        return None

    def second_line(self, row: Entry) -> str:
        parts = [self.tr("filled in together") if row.together else self.tr("by the coach")]
        if row.coach:
            parts.append(row.coach)
        if row.note:
            note = " ".join(row.note.split())
            parts.append(note if len(note) <= 48 else note[:47].rstrip() + "…")
        return " · ".join(parts)
