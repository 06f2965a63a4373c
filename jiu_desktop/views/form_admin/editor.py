"""The editor of one draft: its title, intro and who fills it in above; the outline of
parts and questions, the chosen one's fields and a preview side by side below.

Everything is saved as it is typed (``document.py``); Ctrl+Z and Ctrl+Shift+Z (or the
buttons) undo and redo every step, in every field. Publishing is the manager's: it asks
first, since a published version never changes.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import InvalidInput
from jiu_desktop.services import form_catalogue
from jiu_desktop.services.form_definition import ABOUT, FormDefinition
from jiu_desktop.views.confirm import ask
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.form_admin import edits
from jiu_desktop.views.form_admin.details import DetailsPanel
from jiu_desktop.views.form_admin.document import DraftDocument
from jiu_desktop.views.form_admin.edits import Place
from jiu_desktop.views.form_admin.hints import HintLabel, wording_hints
from jiu_desktop.views.form_admin.preview import FormPreview
from jiu_desktop.views.form_admin.structure import StructurePanel
from jiu_desktop.views.form_admin.undo_keys import UndoKeys
from jiu_desktop.views.labels import respondent_choices, respondent_label
from jiu_desktop.views.participants.tabs.fields import ParagraphEdit, message_line
from jiu_desktop.views.style import mark_primary


class DraftEditor(QWidget):
    #: Back to the list of forms.
    closed = Signal()
    #: Publish this draft (argument: its id); the manager asks first.
    publish_requested = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.document = DraftDocument(
            lambda: context.store if context.unlocked else None,
            lambda changes: context.announce(changes, self),
            self,
        )
        self.document.changed.connect(self._changed)
        stack = self.document.undo_stack
        self.undo_keys = UndoKeys(stack, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._header())
        self.structure = StructurePanel()
        self.structure.chosen.connect(self._chosen)
        self.structure.move_requested.connect(self._move)
        self.structure.delete_requested.connect(self._delete)
        self.structure.new_part.connect(self._new_part)
        self.structure.add_question.connect(self._add_question)
        self.structure.tree.installEventFilter(self.undo_keys)
        self.details = DetailsPanel(self.document, self.undo_keys, self._tell)
        preview = QWidget()
        preview_column = QVBoxLayout(preview)
        preview_column.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(
            self.tr("Preview: the form as it will be filled in. Nothing typed here is kept.")
        )
        caption.setObjectName("hint")
        caption.setWordWrap(True)
        preview_column.addWidget(caption)
        self.preview = FormPreview()
        preview_column.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        for widget in (self.structure, self.details, preview):
            splitter.addWidget(widget)
        splitter.setSizes([400, 440, 340])
        outer.addWidget(splitter, 1)
        self.message = message_line()
        outer.addWidget(self.message)
        outer.addLayout(self._footer())
        self.document.status.connect(self._status)
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, stack.undo),
            # Redo is Ctrl+Shift+Z and Ctrl+Y already; one more shortcut on either key would
            # make it ambiguous, and then neither fires
            (QKeySequence.StandardKey.Redo, stack.redo),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- building ---------------------------------------------------------------------------
    def _header(self) -> QFormLayout:
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setObjectName("formTitle")
        self.title.installEventFilter(self.undo_keys)
        self.title.textEdited.connect(self._title_edited)
        form.addRow(self.tr("Title"), self.title)
        self.title_hint = HintLabel()
        form.addRow(self.title_hint)
        self.intro = ParagraphEdit(2)
        self.intro.setObjectName("formIntro")
        self.intro.setUndoRedoEnabled(False)
        self.intro.installEventFilter(self.undo_keys)
        self.intro.textChanged.connect(self._intro_edited)
        form.addRow(self.tr("Intro"), self.intro)
        self.intro_hint = HintLabel()
        form.addRow(self.intro_hint)
        row = QHBoxLayout()
        self.respondents: dict[str, QCheckBox] = {}
        for code, label in respondent_choices():
            box = QCheckBox(label)
            box.setObjectName(f"respondent-{code}")
            box.toggled.connect(lambda on, code=code: self._respondent(code, on))
            self.respondents[code] = box
            row.addWidget(box)
        row.addSpacing(12)
        usual = QLabel(self.tr("Usually"))
        row.addWidget(usual)
        self.usual = QComboBox()
        self.usual.setObjectName("usualRespondent")
        self.usual.setToolTip(self.tr("Who fills it in when nothing else is chosen"))
        self.usual.activated.connect(lambda _index: self._usual())
        usual.setBuddy(self.usual)
        row.addWidget(self.usual)
        row.addStretch(1)
        about = QLabel(self.tr("About"))
        row.addWidget(about)
        self.about = QComboBox()
        self.about.setObjectName("formAbout")
        self.about.addItem(self.tr("a participant"), ABOUT[0])
        self.about.addItem(self.tr("the coach (a reflection of their own)"), ABOUT[1])
        self.about.activated.connect(lambda _index: self._about())
        about.setBuddy(self.about)
        row.addWidget(self.about)
        form.addRow(self.tr("Filled in by"), row)
        return form

    def _footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.version = QLabel()
        self.version.setObjectName("draftVersion")
        row.addWidget(self.version)
        row.addSpacing(12)
        self.saved = QLabel()
        self.saved.setObjectName("saved")
        row.addWidget(self.saved, 1)
        stack = self.document.undo_stack
        self.undo = QPushButton(self.tr("Undo"))
        self.undo.setObjectName("undoDraft")
        self.undo.setEnabled(False)
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.undoTextChanged.connect(lambda text: self.undo.setToolTip(f"{text} (Ctrl+Z)"))
        self.undo.clicked.connect(stack.undo)
        row.addWidget(self.undo)
        self.redo = QPushButton(self.tr("Redo"))
        self.redo.setObjectName("redoDraft")
        self.redo.setEnabled(False)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.redoTextChanged.connect(lambda text: self.redo.setToolTip(f"{text} (Ctrl+Shift+Z)"))
        self.redo.clicked.connect(stack.redo)
        row.addWidget(self.redo)
        row.addSpacing(12)
        publish = QPushButton(self.tr("Publish…"))
        publish.setObjectName("publishDraft")
        publish.clicked.connect(self._publish)
        row.addWidget(publish)
        back = QPushButton(self.tr("Back to the list"))
        back.setObjectName("closeDraft")
        back.setToolTip(self.tr("Everything is saved as you type."))
        mark_primary(back)
        back.clicked.connect(self.leave)
        row.addWidget(back)
        return row

    # -- opening and closing ----------------------------------------------------------------
    @property
    def draft_id(self) -> str | None:
        return self.document.draft_id

    @property
    def definition(self) -> FormDefinition:
        assert self.document.definition is not None
        return self.document.definition

    def open_draft(self, draft_id: str) -> None:
        definition = self.document.open(draft_id)
        published = form_catalogue.catalogue(self.context.store).of(definition.slug)
        self.about.setEnabled(not published)
        self.about.setToolTip(self.tr("Fixed once a version is published.") if published else "")
        self.version.setText(
            self.tr("Draft of version {version}").format(version=definition.version)
        )
        self.message.clear()
        self.saved.clear()
        first: Place | None = (0, 0) if definition.sections[0].questions else (0, None)
        self._changed(first, True)
        self.title.setFocus()

    def leave(self) -> None:
        """Save and go back to the list; a change that cannot be saved yet is asked about."""
        if not self.document.flush() and not ask(
            self,
            self.tr("Back to the list"),
            self.tr(
                "The last changes are not saved: a text the form needs is empty. Go back "
                "without them?"
            ),
            self.tr("Go back without them"),
            keep=self.tr("Keep editing"),
        ):
            return
        self.document.close()
        self.closed.emit()

    # -- showing the draft ------------------------------------------------------------------
    def _changed(self, place: Place | None, redraw: bool) -> None:
        definition = self.definition
        shown = place if place is not None else self.structure.current_place()
        self.structure.show_definition(definition, shown)
        self.preview.show_definition(definition)
        if redraw:
            self._show_header(definition)
        if redraw or shown != self.details.place:
            self.details.show_place(shown)
        else:
            self.details.refresh_hints()
        hints = wording_hints(definition)
        self.title_hint.set_hints(hints.get(("title",), []))
        self.intro_hint.set_hints(hints.get(("intro",), []))

    def _show_header(self, definition: FormDefinition) -> None:
        widgets = (self.title, self.intro, self.usual, self.about, *self.respondents.values())
        for widget in widgets:
            widget.blockSignals(True)
        try:
            if self.title.text() != definition.title:
                self.title.setText(definition.title)
            if self.intro.toPlainText() != definition.intro:
                self.intro.setPlainText(definition.intro)
            for code, box in self.respondents.items():
                box.setChecked(code in definition.respondents)
            self.usual.clear()
            for code in definition.respondents:
                self.usual.addItem(respondent_label(code), code)
            self.about.setCurrentIndex(max(self.about.findData(definition.about), 0))
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def _chosen(self, place: Place | None) -> None:
        self.message.clear()
        self.details.show_place(place)

    def _status(self, text: str) -> None:
        self.saved.setText(text)

    def _tell(self, text: str) -> None:
        self.message.setText(text)

    # -- the form's own fields --------------------------------------------------------------
    def _here(self) -> Place | None:
        return self.structure.current_place()

    def _title_edited(self, text: str) -> None:
        new = replace(self.definition, title=text)
        self.document.edit(new, self.tr("Change title"), self._here(), self._here(), "title")

    def _intro_edited(self) -> None:
        new = replace(self.definition, intro=self.intro.toPlainText())
        self.document.edit(new, self.tr("Change intro"), self._here(), self._here(), "intro")

    def _respondent(self, code: str, on: bool) -> None:
        current = [c for c in self.definition.respondents if c != code]
        if on:
            current.append(code)
        if not current:
            self._tell(self.tr("Someone fills the form in: keep at least one ticked."))
            self._show_header(self.definition)
            return
        new = replace(self.definition, respondents=tuple(current))
        self.document.edit(new, self.tr("Change who fills it in"), self._here(), self._here())

    def _usual(self) -> None:
        code = self.usual.currentData()
        rest = tuple(c for c in self.definition.respondents if c != code)
        new = replace(self.definition, respondents=(code, *rest))
        self.document.edit(new, self.tr("Change who usually fills it in"), None, None)

    def _about(self) -> None:
        new = replace(self.definition, about=self.about.currentData())
        self.document.edit(new, self.tr("Change whom the form is about"), None, None)

    # -- parts and questions ----------------------------------------------------------------
    def _move(self, step: int) -> None:
        place = self._here()
        if place is None:
            return
        s, q = place
        if q is None:
            new, after = edits.moved_section(self.definition, s, step)
            text = self.tr("Move part")
        else:
            new, after = edits.moved_question(self.definition, s, q, step)
            text = self.tr("Move question")
        self.document.edit(new, text, place, after)

    def _delete(self) -> None:
        place = self._here()
        if place is None:
            return
        s, q = place
        try:
            if q is None:
                new, after = edits.deleted_section(self.definition, s)
                text = self.tr("Delete part")
            else:
                new, after = edits.deleted_question(self.definition, s, q)
                text = self.tr("Delete question")
        except InvalidInput as refused:
            self._tell(str(refused))
            return
        self.document.edit(new, text, place, after)
        self._tell(self.tr("Deleted. Undo (Ctrl+Z) puts it back."))
        self.structure.tree.setFocus()

    def _new_part(self) -> None:
        place = self._here()
        after = place[0] if place is not None else len(self.definition.sections) - 1
        title = self.tr("Part {number}").format(number=len(self.definition.sections) + 1)
        new, made = edits.added_section(self.definition, after, title)
        self.document.edit(new, self.tr("Add part"), place, made)
        self._tell(self.tr("Type the first question of the new part below."))
        self.structure.text.setFocus()

    def _add_question(self, kind: str, text: str) -> None:
        place = self._here() or (len(self.definition.sections) - 1, None)
        question = edits.new_question(kind, text, self.document.taken_keys())
        new, made = edits.added_question(self.definition, place, question)
        self.document.edit(new, self.tr("Add question"), place, made)
        self.message.clear()

    def _publish(self) -> None:
        if self.draft_id is not None:
            self.publish_requested.emit(self.draft_id)
