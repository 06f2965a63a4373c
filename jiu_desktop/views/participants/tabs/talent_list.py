"""The table of talents and successes: edited in place, every edit saved and undoable.

A cell is changed where it is shown (double-click, F2 or typing). What is typed is saved
while typing (within a second) and when the cell is left; each edit of a cell is one step
on the undo stack of the Talents tab.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from jiu_desktop.views.autosave import DEBOUNCE_MS, fit_date, undo_text
from jiu_desktop.views.labels import Talent, format_date, talent_kind_choices, talent_kind_label

Index = QModelIndex | QPersistentModelIndex
#: The columns, by the field each shows.
COLUMNS = ("noted_on", "kind", "text")
#: Saves one field of one talent (and tells the coach when it cannot).
Save = Callable[[str, str, Any], object]


class TalentModel(QAbstractTableModel):
    def __init__(self, save: Save, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Talent] = []
        self._save = save

    def set_rows(self, rows: list[Talent]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, talent_id: str) -> int:
        return next((i for i, t in enumerate(self.rows) if t.id == talent_id), -1)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Kind"), self.tr("In their words"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        talent, field = self.rows[index.row()], COLUMNS[index.column()]
        value = getattr(talent, field)
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "noted_on":
                return format_date(value)
            return talent_kind_label(value) if field == "kind" else value
        if role == Qt.ItemDataRole.EditRole:
            return format_date(value) if field == "noted_on" else value
        if role == Qt.ItemDataRole.ToolTipRole and field == "text":
            return value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        talent, field = self.rows[index.row()], COLUMNS[index.column()]
        if self.data(index, Qt.ItemDataRole.EditRole) == value:
            return False
        self._save(talent.id, field, value)  # the tab tells what went wrong
        return True

    def show_value(self, talent_id: str, field: str, value: Any) -> None:
        """The stored value of a field (after a save, an undo or a redo)."""
        row = self.row_of(talent_id)
        if row < 0:
            return
        setattr(self.rows[row], field, value)
        cell = self.index(row, COLUMNS.index(field))
        self.dataChanged.emit(cell, cell)


class TalentEdit(QUndoCommand):
    """One edit of one cell; saves made while typing in it merge into one step."""

    def __init__(
        self, apply: Save, label: str, talent_id: str, field: str, old: Any, new: Any
    ) -> None:
        super().__init__(undo_text(label))
        self.apply, self.talent_id, self.field = apply, talent_id, field
        self.old, self.new = old, new
        self.first = True
        self.open = True  # the cell is still being edited

    def id(self) -> int:
        return 2104

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, TalentEdit) or not self.open:
            return False
        if (other.talent_id, other.field) != (self.talent_id, self.field):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        if self.first:  # already saved when the command was pushed
            self.first = False
            return
        self.apply(self.talent_id, self.field, self.new)

    def undo(self) -> None:
        self.apply(self.talent_id, self.field, self.old)


class TalentDelegate(QStyledItemDelegate):
    """A choice for the kind, a date field for the date, a line for the words; the line
    and the date are saved while typing."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor: QWidget | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.commit)
        self.closeEditor.connect(self._closed)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor: QWidget
        if COLUMNS[index.column()] == "kind":
            combo = QComboBox(parent)
            for code, label in talent_kind_choices():
                combo.addItem(label, code)
            combo.activated.connect(lambda _i: self.commitData.emit(combo))
            editor = combo
        else:
            line = QLineEdit(parent)
            if COLUMNS[index.column()] == "noted_on":
                fit_date(line)
            line.textEdited.connect(lambda _t: self.timer.start())
            editor = line
        editor.setObjectName(f"edit_{COLUMNS[index.column()]}")
        self.editor = editor
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QLineEdit) and not editor.isModified():
            editor.setText(str(value or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())

    def commit(self) -> None:
        """Save what the open cell holds (typing paused, or the coach leaves the tab)."""
        self.timer.stop()
        if self.editor is not None:
            self.commitData.emit(self.editor)

    def _closed(self, editor: QWidget, _hint: Any = None) -> None:
        if editor is self.editor:
            self.timer.stop()
            self.editor = None
