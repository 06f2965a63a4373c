"""The parts of a small list of a participant's rows (``row_box.py``): its columns, the
service calls behind it, its item model, and the keys pressed in it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent

from jiu_desktop.db.store import Store
from jiu_desktop.services.changes import Added, Changes
from jiu_desktop.views.labels import SyncEntity

Row = TypeVar("Row", bound=SyncEntity)


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    text: Callable[[Row], str]
    #: Takes the room left (the others are as wide as their contents).
    stretch: bool = False


@dataclass(frozen=True)
class RowService(Generic[Row]):
    """The service calls behind a box: list a participant's rows, add one, change, remove
    and put back one (by id); each takes the store first."""

    listed: Callable[[Store, str], list[Row]]
    add: Callable[..., Added[Row]]
    update: Callable[..., Changes]
    delete: Callable[[Store, str], Changes]
    restore: Callable[[Store, str], Changes]


class RowsModel(QAbstractTableModel, Generic[Row]):
    """The rows as the columns show them; a cell's whole text is its tooltip."""

    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, row_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == row_id), -1)

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[index.column()].text(self.rows[index.row()])
        return None


class RowKeys(QObject):
    """Enter edits the selected row, Delete removes it: keys pressed in the list itself
    (not shortcuts, which a dialog opened from the list could set off again)."""

    def __init__(
        self, edit: Callable[[], None], remove: Callable[[], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.actions = {
            Qt.Key.Key_Return: edit,
            Qt.Key.Key_Enter: edit,
            Qt.Key.Key_Delete: remove,
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            action = self.actions.get(Qt.Key(event.key()))
            if plain and action is not None:
                action()
                return True
        return super().eventFilter(watched, event)
