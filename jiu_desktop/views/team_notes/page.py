"""The "Teamnotities" page: the team's notes, newest first, and the open note beside them.

The list can be narrowed to one kind and a period. Ctrl+T starts a new team note while the
page is shown. Changes from elsewhere (a sync, another screen) redraw the list.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import JiuError
from jiu_desktop.services import team_notes
from jiu_desktop.services.changes import Changes
from jiu_desktop.views.autosave import fit_date
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.labels import TeamNote, format_date, team_note_kind_choices
from jiu_desktop.views.labels import team_note_kind_label as kind_label
from jiu_desktop.views.participants.tabs.fields import message_line
from jiu_desktop.views.style import mark_primary
from jiu_desktop.views.team_notes.editor import TeamNoteEditor

NEW_SHORTCUT = "Ctrl+T"
PREVIEW = 120
#: Typing a date in the filter redraws the list once typing pauses this long.
FILTER_DELAY_MS = 300


def first_line(text: str) -> str:
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    return line if len(line) <= PREVIEW else line[:PREVIEW] + "…"


class TeamNotesPage(QWidget):
    page_name: ClassVar[str] = "team_notes"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.items: list[TeamNote] = []
        outer = QVBoxLayout(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._list_side())
        self.side = QStackedWidget()
        self.hint = QLabel(
            self.tr("Open a team note from the list, or start a new one ({keys}).").format(
                keys=NEW_SHORTCUT
            )
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.side.addWidget(self.hint)
        self.editor = TeamNoteEditor(self)
        self.side.addWidget(self.editor)
        self.splitter.addWidget(self.side)
        self.splitter.setSizes([1, 1])
        outer.addWidget(self.splitter, 1)
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self.reload)
        QShortcut(QKeySequence(NEW_SHORTCUT), self, self.new_note)
        context.changed.connect(self._on_changed)

    def _list_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        title = QLabel(self.tr("Team notes"))
        title.setObjectName("pageTitle")
        header.addWidget(title, 1)
        self.new_button = QPushButton(self.tr("New team note"))
        self.new_button.setObjectName("newTeamNote")
        self.new_button.setToolTip(NEW_SHORTCUT)
        mark_primary(self.new_button)
        self.new_button.clicked.connect(self.new_note)
        header.addWidget(self.new_button)
        layout.addLayout(header)
        layout.addLayout(self._filters())
        self.filter_message = message_line()
        layout.addWidget(self.filter_message)
        self.list = QListWidget()
        self.list.setObjectName("timeline")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(3)
        self.list.itemActivated.connect(self._open_item)
        self.list.itemDoubleClicked.connect(self._open_item)
        self.empty = QLabel()
        self.empty.setObjectName("noTeamNotes")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_or_empty = QStackedWidget()
        self.list_or_empty.addWidget(self.list)
        self.list_or_empty.addWidget(self.empty)
        layout.addWidget(self.list_or_empty, 1)
        return side

    def _filters(self) -> QVBoxLayout:
        """The kind above the period: side by side they made the page wider than a
        1366-pixel screen next to the editor."""
        rows = QVBoxLayout()
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("teamNoteKindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for code, label in team_note_kind_choices():
            self.kind_filter.addItem(label, code)
        self.kind_filter.activated.connect(lambda _index: self.reload())
        rows.addWidget(self.kind_filter)
        row = QHBoxLayout()
        rows.addLayout(row)
        self.from_date = QLineEdit()
        self.from_date.setObjectName("teamNotesFrom")
        self.to_date = QLineEdit()
        self.to_date.setObjectName("teamNotesTo")
        for label, field in ((self.tr("From"), self.from_date), (self.tr("To"), self.to_date)):
            fit_date(field)
            field.textEdited.connect(lambda _text: self.filter_timer.start())
            field.returnPressed.connect(self.reload)
            caption = QLabel(label)
            caption.setBuddy(field)
            row.addWidget(caption)
            row.addWidget(field)
            row.addSpacing(8)
        row.addStretch(1)
        return rows

    def title(self) -> str:
        return self.tr("Team notes")

    def reload(self) -> None:
        self.filter_timer.stop()
        if not self.context.unlocked:
            return
        store = self.context.store
        try:
            self.items = team_notes.list_team_notes(
                store,
                from_date=self.from_date.text().strip() or None,
                to_date=self.to_date.text().strip() or None,
                kind=self.kind_filter.currentData(),
            )
        except JiuError as error:
            self.filter_message.setText(str(error))
            return
        self.filter_message.clear()
        self.list.clear()
        for note in self.items:
            parts = (format_date(note.note_date), kind_label(note.kind), first_line(note.text))
            item = QListWidgetItem(" · ".join(part for part in parts if part))
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.list.addItem(item)
        any_notes = bool(self.items) or bool(team_notes.list_team_notes(store))
        if not self.items:
            self.empty.setText(self._empty_text(any_notes))
        self.list_or_empty.setCurrentWidget(self.list if self.items else self.empty)
        self.hint.setVisible(any_notes)  # with none, the list says what to do

    def _empty_text(self, any_notes: bool) -> str:
        if any_notes:
            return self.tr("No team notes of this kind or in this period. Change the filter above.")
        return self.tr(
            "No team notes yet.\n\nTeam notes are about the team's work, not about one young "
            "person: intervision, coordination with partners, the week's planning. The whole "
            "team reads them.\n\nWrite the first one with “New team note” ({keys})."
        ).format(keys=NEW_SHORTCUT)

    def show_editor(self, shown: bool) -> None:
        self.side.setCurrentWidget(self.editor if shown else self.hint)

    def new_note(self) -> None:
        if self.context.unlocked:
            self.editor.open_note(None, self.kind_filter.currentData())

    def _open_item(self, item: QListWidgetItem) -> None:
        note_id = item.data(Qt.ItemDataRole.UserRole)
        note = next((n for n in self.items if n.id == note_id), None)
        if note is not None:
            self.editor.open_note(note)

    def _on_changed(self, changes: Changes) -> None:
        """Team notes changed elsewhere (a sync, a settled conflict): a fresh list, and the
        open note as it is now. What this page saved itself is on screen already."""
        if changes.initiator is self or not changes.touches(TeamNote):
            return
        if not self.context.unlocked:
            return
        self.reload()
        if self.editor.note_id in changes.ids:
            self.editor.refresh()

    def on_shown(self) -> None:
        self.reload()

    def flush_pending(self) -> None:
        self.editor.form.flush()
