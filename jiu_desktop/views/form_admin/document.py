"""The draft being edited: its definition, the undo history, and autosave.

Every edit is a command holding the definition before and after it, and the place to show
(the part or question it touched). Typing in one field, keystroke after keystroke, is one
command (they merge). The draft is saved shortly after each change, like every form in
the program (``views/autosave.py``): a crash loses at most about a second. A draft with an
empty text the form needs (a question without words) is not saved until it has one; the
status says so, and everything typed before that is stored.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from jiu_desktop.db.store import Store
from jiu_desktop.errors import JiuError
from jiu_desktop.services import form_catalogue
from jiu_desktop.services.changes import Changes
from jiu_desktop.services.form_definition import FormDefinition
from jiu_desktop.views.autosave import DEBOUNCE_MS, MAX_WAIT_MS
from jiu_desktop.views.form_admin.edits import Place, empty_texts, stored_form

#: ``QUndoCommand.id`` of typing in one field: keystrokes in the same field merge.
TYPING_ID = 1701


class DraftEdit(QUndoCommand):
    def __init__(
        self,
        document: DraftDocument,
        old: FormDefinition,
        new: FormDefinition,
        text: str,
        places: tuple[Place | None, Place | None],
        typing: str | None,
    ) -> None:
        super().__init__(text)
        self.document, self.old, self.new = document, old, new
        self.before, self.after = places
        self.typing = typing
        self.first = True

    def id(self) -> int:
        return TYPING_ID if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DraftEdit) or other.typing != self.typing:
            return False
        self.new, self.after = other.new, other.after
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        # The first time, the field that was typed in shows the change already.
        self.document.show(self.new, self.after, redraw=not (self.first and self.typing))
        self.first = False

    def undo(self) -> None:
        self.document.show(self.old, self.before, redraw=True)


class DraftDocument(QObject):
    #: The definition changed (arguments: the place to show or None, and whether the
    #: fields must be drawn again: after undo and redo, not while typing).
    changed = Signal(object, bool)
    #: A few words on the saving: "✓ Saved", or why it is not saved yet.
    status = Signal(str)

    def __init__(
        self,
        store: Callable[[], Store | None],
        announce: Callable[[Changes], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._announce = store, announce
        self.draft_id: str | None = None
        self.definition: FormDefinition | None = None
        #: Every question key the template has or had: a new question takes none of them.
        self.used_keys: set[str] = set()
        self.dirty = False
        self.undo_stack = QUndoStack(self)
        self._pending_since: float | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.save_now)

    def open(self, draft_id: str) -> FormDefinition:
        self.flush()
        store = self._store()
        assert store is not None, "a draft is opened in an open profile"
        definition = form_catalogue.get_template(store, draft_id).definition
        self.draft_id, self.definition = draft_id, definition
        self.used_keys = form_catalogue.keys_in_use(store, definition.slug)
        self.dirty = False
        self.undo_stack.clear()
        return definition

    def close(self) -> None:
        self.flush()
        self.draft_id, self.definition = None, None
        self.undo_stack.clear()

    def taken_keys(self) -> set[str]:
        assert self.definition is not None
        return self.used_keys | {q.key for q in self.definition.questions()}

    def edit(
        self,
        new: FormDefinition,
        text: str,
        before: Place | None,
        after: Place | None,
        typing: str | None = None,
    ) -> None:
        """Change the draft to ``new`` (an undoable step called ``text``)."""
        old = self.definition
        if old is None or new == old:
            return
        self.undo_stack.push(DraftEdit(self, old, new, text, (before, after), typing))

    def show(self, definition: FormDefinition, place: Place | None, redraw: bool) -> None:
        self.definition = definition
        self.dirty = True
        self._schedule()
        self.changed.emit(place, redraw)

    def _schedule(self) -> None:
        now = time.monotonic()
        if self._pending_since is None:
            self._pending_since = now
        waited = (now - self._pending_since) * 1000
        self.timer.start(int(max(0, min(DEBOUNCE_MS, MAX_WAIT_MS - waited))))

    def save_now(self) -> bool:
        """Store the draft; False (and the reason on ``status``) when it cannot be yet."""
        self.timer.stop()
        self._pending_since = None
        if not self.dirty or self.draft_id is None or self.definition is None:
            return not self.dirty
        store = self._store()
        if store is None:
            return False  # locked: the dialog saved what it held when it closed
        stored = stored_form(self.definition)
        if empty_texts(stored):
            self.status.emit(
                QCoreApplication.translate(
                    "DraftDocument", "Not saved yet: a text is empty. Type it, or undo."
                )
            )
            return False
        if not stored.sections:
            self.status.emit(
                QCoreApplication.translate(
                    "DraftDocument", "Not saved yet: a form needs at least one question."
                )
            )
            return False
        try:
            changes = form_catalogue.save_draft(store, self.draft_id, stored)
        except JiuError as error:
            self.status.emit(
                QCoreApplication.translate("DraftDocument", "Not saved: {problem}").format(
                    problem=str(error)
                )
            )
            return False
        self.dirty = False
        self.status.emit(QCoreApplication.translate("DraftDocument", "✓ Saved"))
        self._announce(changes)
        return True

    def flush(self) -> bool:
        """Save what is not saved yet; False when it cannot be (see ``save_now``)."""
        return self.save_now() if self.dirty else True
