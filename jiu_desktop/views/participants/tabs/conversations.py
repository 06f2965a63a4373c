"""The "Gesprekken" tab: the timeline of session notes and the note editor (autosaving).

The timeline shows the successes of the Talents tab too, at their date, marked apart, and
the dream-tin steps that were taken ("Stap gezet: …"), at the day they were.

The timeline is on the left, the open note on the right, so earlier conversations stay in
sight while writing. Ctrl+Shift+N starts a new note from any tab of the page.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.services import dreams, notes, talents
from jiu_desktop.services.changes import Changes
from jiu_desktop.views.autosave import (
    AutosaveForm,
    check_binding,
    combo_binding,
    date_binding,
    saved_text,
    text_binding,
)
from jiu_desktop.views.confirm import ask
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.labels import (
    DreamStep,
    SessionNote,
    Talent,
    format_date,
    note_kind_choices,
    note_kind_label,
)
from jiu_desktop.views.participants.tabs.base import ParticipantTab, TabHost
from jiu_desktop.views.participants.tabs.fields import ParagraphEdit, message_line
from jiu_desktop.views.participants.tabs.talents import TalentsTab
from jiu_desktop.views.style import mark_primary

PREVIEW = 160
#: Where a timeline line keeps the id of the success it shows (a note's id is UserRole).
SUCCESS_ROLE = Qt.ItemDataRole.UserRole + 1
#: Where a timeline line keeps the id of the dream-tin step it shows as taken.
STEP_ROLE = Qt.ItemDataRole.UserRole + 2
#: A warm gold, apart from the notes' text, readable on white.
SUCCESS_COLOUR = "#8a5a00"


class NoteEditor(QGroupBox):
    def __init__(self, panel: ConversationsTab) -> None:
        super().__init__()
        self.panel = panel
        self.note_id: str | None = None
        self.setTitle(self.tr("Note"))
        self.form = AutosaveForm(self._save, self)
        layout = QFormLayout(self)
        self.note_date = QLineEdit()
        self.note_date.setObjectName("note_date")
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for code, label in note_kind_choices():
            self.kind.addItem(label, code)
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.text.setMinimumHeight(140)
        self.follow_up = ParagraphEdit()
        self.follow_up.setObjectName("follow_up")
        self.follow_up.setPlaceholderText(self.tr("A next step, e.g. “Samen naar het Werkplein”"))
        self.due = QLineEdit()
        self.due.setObjectName("follow_up_due")
        self.done = QCheckBox(self.tr("Action done"))
        self.done.setObjectName("follow_up_done")
        self.form.bind("note_date", date_binding(self.note_date), self.tr("Date"))
        self.form.bind("kind", combo_binding(self.kind), self.tr("Kind"))
        self.form.bind("text", text_binding(self.text), self.tr("Note"))
        self.form.bind("follow_up", text_binding(self.follow_up), self.tr("Follow-up"))
        self.form.bind("follow_up_due", date_binding(self.due), self.tr("Due"))
        self.form.bind("follow_up_done", check_binding(self.done), self.tr("Action done"))
        top = QHBoxLayout()
        top.addWidget(self.note_date)
        top.addWidget(self.kind, 1)
        layout.addRow(self.tr("Date and kind"), top)
        layout.addRow(self.text)
        layout.addRow(self.tr("Follow-up"), self.follow_up)
        due = QHBoxLayout()
        due.addWidget(self.due)
        due.addSpacing(12)
        due.addWidget(self.done)
        due.addStretch(1)
        layout.addRow(self.tr("Due"), due)
        self.message = message_line()
        layout.addRow(self.message)
        buttons = QHBoxLayout()
        self.saved = QLabel()
        self.saved.setObjectName("saved")
        buttons.addWidget(self.saved, 1)
        delete = QPushButton(self.tr("Delete…"))
        delete.setObjectName("deleteNote")
        delete.clicked.connect(self._delete)
        buttons.addWidget(delete)
        close = QPushButton(self.tr("Close (Ctrl+Enter)"))
        close.setObjectName("finishNote")
        close.setToolTip(self.tr("Everything is saved as you type; this closes the note."))
        mark_primary(close)
        close.clicked.connect(self.finish)
        buttons.addWidget(close)
        layout.addRow(buttons)
        self.form.status.connect(self._status)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.finish)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.finish)

    def open_note(self, note: SessionNote | None) -> None:
        self.form.flush()
        self.note_id = note.id if note else None
        values: dict[str, Any] = {
            "note_date": note.note_date if note else date.today(),
            "kind": note.kind if note else "coachgesprek",
            "text": note.text if note else "",
            "follow_up": note.follow_up if note else "",
            "follow_up_due": note.follow_up_due if note else None,
            "follow_up_done": note.follow_up_done if note else False,
        }
        self.form.load(values)
        self.message.clear()
        self.saved.clear()
        self.panel.show_editor(True)
        self.text.setFocus()

    def _save(self, values: dict[str, Any]) -> None:
        store, pid = self.panel.context.store, self.panel.participant_id
        if pid is None:
            return
        if self.note_id is None:
            everything = {name: b.get() for name, b in self.form.bindings.items()}
            everything.update(values)
            if not any(str(everything[name]).strip() for name in ("text", "follow_up")):
                notes.clean_note_fields(values)  # a wrong date is told at once
                return  # a note exists once something is written in it
            note = notes.add_note(store, pid, **everything)
            self.note_id = note.id
            self.form.values.update(everything)
            changes = note.changes
        else:
            changes = notes.update_note(store, self.note_id, **values)
        self.panel.context.announce(changes, self.panel)

    def _status(self, text: str) -> None:
        if text == saved_text():
            self.saved.setText(self.tr("✓ Saved") if self.note_id else "")
            self.message.clear()
        else:
            self.message.setText(text)

    def finish(self) -> None:
        self.form.flush()
        if not self.form.dirty:
            self.panel.show_editor(False)
            self.panel.reload()

    def discard(self) -> None:
        self.form.timer.stop()
        self.form.dirty.clear()
        self.panel.show_editor(False)

    def _delete(self) -> None:
        if self.note_id is None:
            self.discard()
            return
        if ask(self, self.tr("Delete note"), self.tr("Delete this note?"), self.tr("Delete")):
            changes = notes.delete_note(self.panel.context.store, self.note_id)
            self.discard()
            self.panel.context.announce(changes, self.panel)
            self.panel.reload()


class ConversationsTab(ParticipantTab):
    def __init__(self, context: AppContext, host: TabHost) -> None:
        super().__init__(context, host)
        self.items: list[SessionNote] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 0)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        title = QLabel(self.tr("Session notes"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        header.addWidget(title, 1)
        self.new_button = QPushButton(self.tr("New note"))
        self.new_button.setObjectName("newNote")
        self.new_button.setToolTip(self.tr("Ctrl+Shift+N"))
        self.new_button.clicked.connect(self.new_note)
        header.addWidget(self.new_button)
        layout.addLayout(header)
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setWordWrap(True)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline.setSpacing(3)
        self.timeline.itemActivated.connect(self._open_item)
        self.timeline.itemDoubleClicked.connect(self._open_item)
        self.no_notes = QLabel(
            self.tr(
                "No notes yet.\n\nWrite the first one with “New note” (Ctrl+Shift+N): what "
                "you talked about, and a next step if there is one."
            )
        )
        self.no_notes.setObjectName("noNotes")
        self.no_notes.setWordWrap(True)
        self.no_notes.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notes_or_none = QStackedWidget()
        self.notes_or_none.addWidget(self.timeline)
        self.notes_or_none.addWidget(self.no_notes)
        layout.addWidget(self.notes_or_none, 1)
        splitter.addWidget(left)

        self.side = QStackedWidget()
        self.hint = QLabel(self.tr("Open a note from the list, or start a new one (Ctrl+Shift+N)."))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.side.addWidget(self.hint)
        self.editor = NoteEditor(self)
        self.side.addWidget(self.editor)
        splitter.addWidget(self.side)
        splitter.setSizes([1, 1])  # half and half
        outer.addWidget(splitter, 1)

    SHORTCUTS = (("Ctrl+Shift+N", "new_note"),)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ConversationsTab", "&Conversations")

    def load(self, participant_id: str) -> None:
        self.editor.discard()
        self.participant_id = participant_id
        self.reload()

    def reload(self) -> None:
        """The notes and the successes, newest first; a success after the notes of its day."""
        if self.participant_id is None or not self.context.unlocked:
            return
        store = self.context.store
        self.items = notes.list_notes(store, self.participant_id)
        found = talents.successes(store, self.participant_id)
        taken = dreams.taken_steps(store, self.participant_id)
        entries: list[SessionNote | Talent | DreamStep] = [*self.items, *found, *taken]
        entries.sort(key=_entry_date)
        entries.reverse()  # newest first, and the sort kept the notes ahead on a tie
        self.timeline.clear()
        for entry in entries:
            if isinstance(entry, SessionNote):
                self.timeline.addItem(self._note_item(entry))
            elif isinstance(entry, Talent):
                self.timeline.addItem(self._success_item(entry))
            else:
                self.timeline.addItem(self._step_item(entry))
        self.notes_or_none.setCurrentWidget(self.timeline if entries else self.no_notes)
        self.hint.setVisible(bool(entries))  # with none, the list says what to do

    def _note_item(self, note: SessionNote) -> QListWidgetItem:
        text = note.text.strip().replace("\n", " ")
        preview = text if len(text) <= PREVIEW else text[:PREVIEW] + "…"
        lines = [f"{format_date(note.note_date)} · {note_kind_label(note.kind)}", preview]
        if note.follow_up:
            mark = "✓" if note.follow_up_done else "→"
            due = format_date(note.follow_up_due)
            lines.append(f"{mark} {note.follow_up}" + (f" ({due})" if due else ""))
        item = QListWidgetItem("\n".join(lines))
        item.setData(Qt.ItemDataRole.UserRole, note.id)
        return item

    def _success_item(self, success: Talent) -> QListWidgetItem:
        """A success among the notes, marked apart; activating it opens the Talents tab."""
        text = success.text.strip().replace("\n", " ")
        words = self.tr("★ Success: {text}").format(text=text)
        item = QListWidgetItem(f"{format_date(success.noted_on)}\n{words}")
        item.setData(SUCCESS_ROLE, success.id)
        item.setForeground(QColor(SUCCESS_COLOUR))
        font = QFont(self.timeline.font())
        font.setBold(True)
        item.setFont(font)
        item.setToolTip(self.tr("A success: open it on the Talents tab"))
        return item

    def _step_item(self, step: DreamStep) -> QListWidgetItem:
        """A taken dream-tin step, marked like a success; activating it opens the
        Droomblik tab at that step."""
        text = step.text.strip().replace("\n", " ")
        words = self.tr("★ Step taken: {text}").format(text=text)
        item = QListWidgetItem(f"{format_date(step.taken_on)}\n{words}")
        item.setData(STEP_ROLE, step.id)
        item.setForeground(QColor(SUCCESS_COLOUR))
        font = QFont(self.timeline.font())
        font.setBold(True)
        item.setFont(font)
        item.setToolTip(self.tr("A step taken: open it on the Dream tin tab"))
        return item

    def show_editor(self, shown: bool) -> None:
        self.side.setCurrentWidget(self.editor if shown else self.hint)

    def new_note(self) -> None:
        self.host.show_tab(self)
        if self.participant_id is not None:
            self.editor.open_note(None)

    def _open_item(self, item: QListWidgetItem) -> None:
        step_id = item.data(STEP_ROLE)
        if step_id:
            # Imported here: the Droomblik tab's module comes after this one in the tabs.
            from jiu_desktop.views.dream_tin.tab import DreamTinTab

            dream_tab = self.host.tab(DreamTinTab)
            self.host.show_tab(dream_tab)
            dream_tab.select_step(step_id)
            return
        success_id = item.data(SUCCESS_ROLE)
        if success_id:
            tab = self.host.tab(TalentsTab)
            self.host.show_tab(tab)
            tab.select(success_id)
            return
        note_id = item.data(Qt.ItemDataRole.UserRole)
        note = next((n for n in self.items if n.id == note_id), None)
        if note is not None:
            self.editor.open_note(note)

    def on_changes(self, changes: Changes) -> None:
        """Notes, successes or taken steps changed elsewhere (the start page, the Talents
        tab, the Droomblik tab, another laptop): a fresh timeline. The editor's own saves
        show in it when the note is done."""
        if changes.initiator is not self and changes.touches(SessionNote, Talent, DreamStep):
            self.reload()

    def focus_first(self) -> None:
        (self.timeline if self.timeline.count() else self.new_button).setFocus()

    def flush(self) -> None:
        self.editor.form.flush()

    def discard(self) -> None:
        self.editor.discard()
        super().discard()


def _entry_date(entry: SessionNote | Talent | DreamStep) -> date:
    if isinstance(entry, SessionNote):
        return entry.note_date
    if isinstance(entry, Talent):
        return entry.noted_on
    return entry.taken_on or date.min
