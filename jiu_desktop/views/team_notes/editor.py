"""The open team note: date, kind and text, saved as they are typed, with undo.

Above the text the reminder that team notes name no participants is always in sight; a
name typed anyway gets a calm warning under the text. A note that two coaches changed at
the same time shows its conflict versions above the form, to settle there.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import JiuError
from jiu_desktop.services import team_notes
from jiu_desktop.views.autosave import (
    AutosaveForm,
    combo_binding,
    date_binding,
    saved_text,
    text_binding,
)
from jiu_desktop.views.confirm import ask
from jiu_desktop.views.labels import TeamNote, team_note_kind_choices
from jiu_desktop.views.participants.tabs.fields import message_line
from jiu_desktop.views.style import mark_primary
from jiu_desktop.views.sync.conflict_panel import ConflictPanel
from jiu_desktop.views.team_notes.names_warning import NamesWarning

if TYPE_CHECKING:
    from jiu_desktop.views.team_notes.page import TeamNotesPage

#: The table name conflicts of team notes are filed under.
TEAM_NOTE_TABLE = str(TeamNote.__tablename__)


class TeamNoteEditor(QWidget):
    def __init__(self, page: TeamNotesPage) -> None:
        super().__init__()
        self.page = page
        self.note_id: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.conflicts = ConflictPanel(page.context)
        outer.addWidget(self.conflicts)
        box = QGroupBox(self.tr("Team note"))
        outer.addWidget(box, 1)
        self.form = AutosaveForm(self._save, self)
        layout = QFormLayout(box)
        self.note_date = QLineEdit()
        self.note_date.setObjectName("teamNoteDate")
        self.kind = QComboBox()
        self.kind.setObjectName("teamNoteKind")
        for code, label in team_note_kind_choices():
            self.kind.addItem(label, code)
        self.text = QPlainTextEdit()
        self.text.setObjectName("teamNoteText")
        self.text.setMinimumHeight(140)
        self.form.bind("note_date", date_binding(self.note_date), self.tr("Date"))
        self.form.bind("kind", combo_binding(self.kind), self.tr("Kind"))
        self.form.bind("text", text_binding(self.text), self.tr("Text"))
        top = QHBoxLayout()
        top.addWidget(self.note_date)
        top.addWidget(self.kind, 1)
        layout.addRow(self.tr("Date and kind"), top)
        self.reminder = QLabel(self.tr("Name no participants: team notes go to the whole team."))
        self.reminder.setObjectName("teamNoteReminder")
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet("font-weight: bold;")
        layout.addRow(self.reminder)
        layout.addRow(self.text)
        self.names = NamesWarning(self.text.toPlainText, self._names_in, self)
        self.text.textChanged.connect(self.names.text_edited)
        layout.addRow(self.names)
        self.message = message_line()
        layout.addRow(self.message)
        layout.addRow(self._buttons())
        self.form.status.connect(self._status)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.finish)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.finish)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.form.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.form.undo_stack.redo)

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.saved = QLabel()
        self.saved.setObjectName("saved")
        buttons.addWidget(self.saved, 1)
        self.undo = QPushButton(self.tr("Undo"))
        self.undo.setObjectName("undoTeamNote")
        self.undo.setEnabled(False)
        stack = self.form.undo_stack
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.undoTextChanged.connect(self.undo.setToolTip)
        self.undo.clicked.connect(stack.undo)
        buttons.addWidget(self.undo)
        delete = QPushButton(self.tr("Delete…"))
        delete.setObjectName("deleteTeamNote")
        delete.clicked.connect(self._delete)
        buttons.addWidget(delete)
        close = QPushButton(self.tr("Close (Ctrl+Enter)"))
        close.setObjectName("finishTeamNote")
        close.setToolTip(self.tr("Everything is saved as you type; this closes the note."))
        mark_primary(close)
        close.clicked.connect(self.finish)
        buttons.addWidget(close)
        return buttons

    def open_note(self, note: TeamNote | None, kind: str | None = None) -> None:
        """Show ``note``, or an empty one of ``kind`` dated today (stored once written)."""
        self.form.flush()
        self.note_id = note.id if note else None
        self.form.load(self._values(note, kind))
        self.conflicts.set_row(TEAM_NOTE_TABLE, self.note_id)
        self.message.clear()
        self.saved.clear()
        self.names.check_now()
        self.page.show_editor(True)
        self.text.setFocus()

    def _values(self, note: TeamNote | None, kind: str | None) -> dict[str, Any]:
        if note is None:
            default = kind or team_note_kind_choices()[0][0]
            return {"note_date": date.today(), "kind": default, "text": ""}
        return {"note_date": note.note_date, "kind": note.kind, "text": note.text}

    def _names_in(self, text: str) -> list[str]:
        if not self.page.context.unlocked:
            return []
        return team_notes.names_mentioned(self.page.context.store, text)

    def _save(self, values: dict[str, Any]) -> None:
        store = self.page.context.store
        if self.note_id is None:
            everything = {name: b.get() for name, b in self.form.bindings.items()}
            everything.update(values)
            if not str(everything["text"]).strip():
                team_notes.clean_team_note_fields(values)  # a wrong date is told at once
                return  # a team note exists once something is written in it
            note = team_notes.add_team_note(store, **everything)
            self.note_id = note.id
            self.form.values.update(everything)
            self.conflicts.set_row(TEAM_NOTE_TABLE, self.note_id)
            changes = note.changes
        else:
            changes = team_notes.update_team_note(store, self.note_id, **values)
        self.page.context.announce(changes, self.page)

    def _status(self, text: str) -> None:
        if text == saved_text():
            self.saved.setText(self.tr("✓ Saved") if self.note_id else "")
            self.message.clear()
        else:
            self.message.setText(text)

    def refresh(self) -> None:
        """The open note changed elsewhere (a sync, a settled conflict): show it, unless
        something typed here is not saved yet."""
        if self.note_id is None or self.form.dirty:
            return
        try:
            note = team_notes.get_team_note(self.page.context.store, self.note_id)
        except JiuError:  # deleted on another laptop
            self.discard()
            return
        self.form.load(self._values(note, None))
        self.names.check_now()

    def finish(self) -> None:
        self.form.flush()
        if not self.form.dirty:
            self.discard()
            self.page.reload()

    def discard(self) -> None:
        self.form.timer.stop()
        self.form.dirty.clear()
        self.note_id = None
        self.names.clear_names()
        self.conflicts.set_row(TEAM_NOTE_TABLE, None)
        self.page.show_editor(False)

    def _delete(self) -> None:
        if self.note_id is None:
            self.discard()
            return
        if ask(
            self,
            self.tr("Delete team note"),
            self.tr("Delete this team note? It is deleted for the whole team."),
            self.tr("Delete"),
        ):
            changes = team_notes.delete_team_note(self.page.context.store, self.note_id)
            self.discard()
            self.page.context.announce(changes, self.page)
            self.page.reload()
