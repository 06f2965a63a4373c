"""A small box on the "Gegevens" tab that lists a participant's rows (results, quotes):
Add…, Edit… and Remove, each a step on the tab's undo stack, so Ctrl+Z takes back the last
thing done there, a field edit or a row alike.

Removing asks nothing: it can be taken back, with Ctrl+Z or the "Undo" beside the words
that say what was removed. Enter (or a double-click) edits the selected row, Delete
removes it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Generic, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import JiuError
from jiu_desktop.services.changes import Added, Changes
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.form_dialog import FormDialog, save_from
from jiu_desktop.views.participants.row_list import Column, Row, RowKeys, RowService, RowsModel

#: Rows shown before the list scrolls: the box stays small.
VISIBLE_ROWS = 4


class RowStep(QUndoCommand):
    """An add, change or removal that was done already when it was pushed; undo and redo
    call the services. One that cannot be done any more (the participant is gone) says so
    and leaves the stack."""

    def __init__(
        self, box: RowsBox[Any], text: str, undo: Callable[[], Changes], redo: Callable[[], Changes]
    ) -> None:
        super().__init__(text)
        self.box, self._undo, self._redo = box, undo, redo
        self.first = True

    def redo(self) -> None:
        if self.first:
            self.first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], Changes]) -> None:
        try:
            changes = step()
        except JiuError as error:
            self.box.say(str(error))
            self.setObsolete(True)
            return
        self.box.say("")
        self.box.done(changes)


class RowsBox(QGroupBox, Generic[Row]):
    """The list, its buttons and the line that says what was removed. A box says what it
    lists and how each row is added, changed and removed (the methods below that raise
    ``NotImplementedError``)."""

    #: Prefix of the object names of the table and buttons ("outcome" → "outcomeTable").
    name = "row"
    #: The service calls behind the box.
    service: ClassVar[RowService[Any]]

    def __init__(
        self, context: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.undo_stack = undo_stack
        self.participant_id: str | None = None
        self.layout_ = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setObjectName("inlineMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.layout_.addWidget(self.message)
        self.model: RowsModel[Row] = RowsModel(self.columns(), self)
        self.table = self._table()
        self.layout_.addWidget(self.table)
        self.layout_.addWidget(self._removed_bar())
        self.layout_.addLayout(self._buttons())
        self._removal: RowStep | None = None
        self._removal_index = 0
        undo_stack.indexChanged.connect(self._stack_moved)

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName(f"{self.name}Table")
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for index, column in enumerate(self.model.columns):
            mode = QHeaderView.ResizeMode.Stretch if column.stretch else None
            header.setSectionResizeMode(index, mode or QHeaderView.ResizeMode.ResizeToContents)
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.keys = RowKeys(self.edit_selected, self.remove_selected, table)
        table.installEventFilter(self.keys)
        return table

    def _removed_bar(self) -> QWidget:
        self.removed = QWidget()
        self.removed.setObjectName(f"{self.name}Removed")
        bar = QHBoxLayout(self.removed)
        bar.setContentsMargins(0, 0, 0, 0)
        self.removed_text = QLabel()
        self.removed_text.setObjectName("hint")
        self.removed_text.setWordWrap(True)
        bar.addWidget(self.removed_text, 1)
        undo = QPushButton(QCoreApplication.translate("RowsBox", "Undo"))
        undo.setObjectName(f"{self.name}UndoRemove")
        undo.setToolTip(QKeySequence(QKeySequence.StandardKey.Undo).toString())
        undo.clicked.connect(self._undo_removal)
        bar.addWidget(undo)
        self.removed.hide()
        return self.removed

    def _buttons(self) -> QHBoxLayout:
        """Add…, Edit…, Remove; with no rows yet a line that says what to add, and Add…
        only."""
        row = QHBoxLayout()
        self.empty = QLabel(self.empty_text())
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        row.addWidget(self.empty, 1)
        self.row_buttons: list[QPushButton] = []
        for label, slot, action in (
            (QCoreApplication.translate("RowsBox", "Add…"), self.add, "add"),
            (QCoreApplication.translate("RowsBox", "Edit…"), self.edit_selected, "edit"),
            (QCoreApplication.translate("RowsBox", "Remove"), self.remove_selected, "remove"),
        ):
            button = QPushButton(label)
            button.setObjectName(f"{action}{self.name[0].upper()}{self.name[1:]}")
            button.clicked.connect(slot)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.row_buttons.append(button)
        self.stretch = row.count()
        row.addStretch(1)
        self.button_row = row
        return row

    # -- what a box says about its rows ----------------------------------------------------
    def columns(self) -> Sequence[Column[Row]]:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def dialog(self, row: Row | None) -> RowDialog:
        raise NotImplementedError

    def values_of(self, row: Row) -> dict[str, Any]:
        """The fields the dialog edits, as stored (to put them back on undo)."""
        raise NotImplementedError

    def step_texts(self, row: Row) -> tuple[str, str, str]:
        """What undo takes back: adding, changing, removing ``row``."""
        raise NotImplementedError

    def removed_words(self, row: Row) -> str:
        """The line shown after ``row`` was removed."""
        raise NotImplementedError

    # -- showing ---------------------------------------------------------------------------
    def set_participant(self, participant_id: str | None) -> None:
        """Show this participant's rows; None (not stored yet) shows none, disabled."""
        self.participant_id = participant_id
        self.setEnabled(participant_id is not None)
        self._removal = None
        self.removed.hide()
        self.say("")
        self.reload()

    def reload(self, select: str | None = None) -> None:
        pid = self.participant_id
        current = select or self.selected_id()
        store = self.context.store if self.context.unlocked else None
        self.model.set_rows(self.service.listed(store, pid) if pid and store else [])
        count = len(self.model.rows)
        self.table.setVisible(bool(count))
        self.empty.setVisible(not count)
        for button in self.row_buttons[1:]:  # Edit…, Remove
            button.setVisible(bool(count))
        self.button_row.setStretch(self.stretch, 1 if count else 0)
        self._fit_table(count)
        if current is not None and (row := self.model.row_of(current)) >= 0:
            self.table.selectRow(row)

    def _fit_table(self, count: int) -> None:
        """As high as its rows, up to :data:`VISIBLE_ROWS`; then it scrolls."""
        shown = max(1, min(count, VISIBLE_ROWS))
        rows = self.table.verticalHeader().defaultSectionSize() * shown
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + rows + frame)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].id if rows else None

    def _selected(self) -> Row | None:
        row = self.model.row_of(self.selected_id() or "")
        return self.model.rows[row] if row >= 0 else None

    def say(self, text: str) -> None:
        """A problem with an undo or a redo (empty: none)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def done(self, changes: Changes) -> None:
        """A step was done (or undone): every screen hears of it, this box shows it."""
        self.context.announce(changes, self)
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        """Rows changed elsewhere (another laptop, an erasure): show them."""
        if changes.initiator is not self and self.touched_by(changes):
            self.reload()

    def touched_by(self, changes: Changes) -> bool:
        raise NotImplementedError

    # -- adding, changing, removing --------------------------------------------------------
    def add(self) -> None:
        if self.participant_id is None:
            return
        pid, dialog = self.participant_id, self.dialog(None)
        made: list[Added[Row]] = []

        def save() -> Changes:
            made.append(self.service.add(self.context.store, pid, **dialog.values()))
            return made[-1].changes

        changes = save_from(dialog, save)
        if changes is None:
            return
        row_id, text = made[-1].id, self.step_texts(made[-1].row)[0]
        self._push(text, lambda: self._delete(row_id), lambda: self._restore(row_id), changes)
        self.reload(select=row_id)
        self.table.setFocus()

    def edit_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        old, dialog = self.values_of(row), self.dialog(row)
        new: dict[str, Any] = {}

        def save() -> Changes:
            new.update(dialog.values())
            return self._update(row.id, new)

        changes = save_from(dialog, save)
        if changes is None:
            return
        if changes:
            text = self.step_texts(row)[1]
            self._push(
                text, lambda: self._update(row.id, old), lambda: self._update(row.id, new),
                changes,
            )  # fmt: skip
        self.reload(select=row.id)
        self.table.setFocus()

    def remove_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        row_id = row.id
        changes = self._delete(row_id)
        step = self._push(
            self.step_texts(row)[2],
            lambda: self._restore(row_id),
            lambda: self._delete(row_id),
            changes,
        )
        self._removal, self._removal_index = step, self.undo_stack.index()
        self.removed_text.setText(self.removed_words(row))
        self.removed.show()
        self.table.setFocus()

    def _update(self, row_id: str, values: dict[str, Any]) -> Changes:
        return self.service.update(self.context.store, row_id, **values)

    def _delete(self, row_id: str) -> Changes:
        return self.service.delete(self.context.store, row_id)

    def _restore(self, row_id: str) -> Changes:
        return self.service.restore(self.context.store, row_id)

    def _push(
        self,
        text: str,
        undo: Callable[[], Changes],
        redo: Callable[[], Changes],
        changes: Changes,
    ) -> RowStep:
        step = RowStep(self, text, undo, redo)
        self.undo_stack.push(step)  # its first redo does nothing: it is done
        self.done(changes)
        return step

    def _stack_moved(self, index: int) -> None:
        """The line about a removal goes once the removal is not the last step (the
        stack moved on, back, or was cleared). Asks nothing of the stack: it also moves
        while it is being destroyed."""
        if self._removal is not None and index != self._removal_index:
            self._removal = None
            self.removed.hide()

    def _undo_removal(self) -> None:
        if self._removal is not None:
            self.undo_stack.undo()
        self.removed.hide()


class RowDialog(FormDialog, Protocol):
    def values(self) -> dict[str, Any]: ...
