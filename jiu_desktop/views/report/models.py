"""The report's numbers in Qt item models: one breakdown table (with its totals as the
last row and column), and a list of headline numbers (what, number)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from jiu_desktop.services.report_tables import Shown, Table
from jiu_desktop.services.report_text import shown_text

Index = QModelIndex | QPersistentModelIndex
NUMBERS = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
#: What a cell holds for tests and copying: the number, "<3" or "hidden" (as in JSON).
VALUE_ROLE = Qt.ItemDataRole.UserRole


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class BreakdownModel(QAbstractTableModel):
    """A report table as the report shows it: hidden numbers "<3" and "•". Column 0 holds
    the row's label, then one column per column of the table and its row total."""

    def __init__(self, table: Table, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table

    @property
    def _extra_row(self) -> bool:
        return self.table.column_totals is not None

    @property
    def _extra_column(self) -> bool:
        return self.table.row_totals is not None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.rows) + int(self._extra_row)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.table.columns) + int(self._extra_column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
            return NUMBERS
        if role != Qt.ItemDataRole.DisplayRole or section == 0:
            return None
        columns = self.table.columns
        return columns[section - 1] if section - 1 < len(columns) else self.tr("Total")

    def label(self, row: int) -> str:
        rows = self.table.rows
        return rows[row] if row < len(rows) else self.tr("Total")

    def value(self, row: int, column: int) -> Shown | None:
        table, height, width = self.table, len(self.table.rows), len(self.table.columns)
        if row < height and column < width:
            return table.cells[row][column]
        if row < height:
            return None if table.row_totals is None else table.row_totals[row]
        if column < width:
            return None if table.column_totals is None else table.column_totals[column]
        return table.total

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.label(index.row())
            if role == Qt.ItemDataRole.FontRole and self._is_total(index):
                return _bold()
            return None
        value = self.value(index.row(), index.column() - 1)
        if role == Qt.ItemDataRole.DisplayRole:
            return shown_text(value)
        if role == VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return NUMBERS
        if role == Qt.ItemDataRole.FontRole and self._is_total(index):
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str):
            return self._explain(value)
        return None

    def _is_total(self, index: Index) -> bool:
        return index.row() >= len(self.table.rows) or index.column() > len(self.table.columns)

    def _explain(self, value: str) -> str:
        if value == "<3":
            return self.tr("1 or 2: small numbers are hidden, so nobody can be recognised.")
        return self.tr("Hidden, so that a number hidden beside it cannot be worked out.")


class NumbersModel(QAbstractTableModel):
    """Headline numbers: what is counted, and the number (shown as it is)."""

    def __init__(self, rows: list[tuple[str, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("What") if section == 0 else self.tr("Number")
        if role == Qt.ItemDataRole.TextAlignmentRole and section == 1:
            return NUMBERS
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        label, value = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label if index.column() == 0 else value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return NUMBERS
        if role == Qt.ItemDataRole.FontRole and index.column() == 1:
            return _bold()
        return None
