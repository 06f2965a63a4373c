"""Item model over the participant list rows the service returns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from jiu_desktop.services.participants import ParticipantRow
from jiu_desktop.views.labels import format_date, status_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class ParticipantTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ParticipantRow] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Status"),
            self.tr("Group"),
            self.tr("Coach"),
            self.tr("Intake"),
        ]

    def set_rows(self, rows: list[ParticipantRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.full_name,
                status_label(row.status),
                row.group_name,
                row.coach_name,
                format_date(row.intake_date),
            )[column]
        if role == SORT_ROLE:
            return (
                row.full_name.lower(),
                row.status,
                row.group_name.lower(),
                row.coach_name.lower(),
                row.intake_date.isoformat() if row.intake_date else "",
            )[column]
        return None
