"""Undo on the Spiraal tab: a new measurement, a correction and a delete are each one
step on the tab's QUndoStack. The first redo is the save that was done already; undoing
a new measurement deletes its rows, undoing a delete restores the row with its ticks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from jiu_desktop.errors import JiuError
from jiu_desktop.services.changes import Changes

Write = Callable[[], Changes]


class SpiralEdit(QUndoCommand):
    def __init__(
        self,
        text: str,
        forward: Write,
        backward: Write,
        done: Callable[[Changes], None],
        failed: Callable[[str], None],
    ) -> None:
        super().__init__(text)
        self.forward, self.backward = forward, backward
        self.done, self.failed = done, failed
        self.first = True

    def redo(self) -> None:
        if self.first:  # saved already when the command was pushed
            self.first = False
            return
        self._run(self.forward)

    def undo(self) -> None:
        self._run(self.backward)

    def _run(self, write: Write) -> None:
        """A step that cannot be taken (the row was erased on another laptop) is said, and
        nothing changes."""
        try:
            changes = write()
        except JiuError as error:
            self.failed(str(error))
            return
        self.done(changes)
