"""Ctrl+Z in a text field of the template editor undoes the editor's last step.

A text field keeps an undo history of its own, which knows nothing of the moved question
or the deleted part before it; two histories side by side confuse. This filter gives the
keys to the editor's one QUndoStack, also while a field has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack


def is_undo(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo)


def is_redo(event: QKeyEvent) -> bool:
    ctrl_y = (
        event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
    )
    return event.matches(QKeySequence.StandardKey.Redo) or ctrl_y


class UndoKeys(QObject):
    def __init__(self, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = stack

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):
            return False
        if not (is_undo(event) or is_redo(event)):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the field gets the key press (below), not a shortcut
            return True
        if event.type() == QEvent.Type.KeyPress:
            if is_undo(event):
                self.stack.undo()
            else:
                self.stack.redo()
            return True
        return False
