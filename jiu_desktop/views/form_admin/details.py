"""The fields of the part or question chosen in the editor's outline.

Each field changes the draft through its document (an undoable step; typing in one field
is one step). The fields are drawn again only when the draft changed some other way (undo,
redo, another question chosen), never while typing in them. A wording hint appears under
the text it is about as it is typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import InvalidInput
from jiu_desktop.services.form_definition import DEFAULT_LINES, FormDefinition, Question
from jiu_desktop.services.form_schema import Place as JsonPlace
from jiu_desktop.views.form_admin import edits
from jiu_desktop.views.form_admin.document import DraftDocument
from jiu_desktop.views.form_admin.edits import Place
from jiu_desktop.views.form_admin.hints import HintLabel, question_place, wording_hints
from jiu_desktop.views.form_admin.kinds import question_type_label
from jiu_desktop.views.participants.tabs.fields import ParagraphEdit
from jiu_desktop.views.style import MUTED

MAX_LINES = 20


class DetailsPanel(QScrollArea):
    def __init__(
        self, document: DraftDocument, undo_keys: QObject, tell: Callable[[str], None]
    ) -> None:
        super().__init__()
        self.setObjectName("questionDetails")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.document, self.undo_keys, self.tell = document, undo_keys, tell
        self.place: Place | None = None
        self.hint_labels: dict[JsonPlace, HintLabel] = {}
        self.setWidget(QWidget())

    @property
    def definition(self) -> FormDefinition:
        assert self.document.definition is not None
        return self.document.definition

    # -- drawing ----------------------------------------------------------------------------
    def show_place(self, place: Place | None) -> None:
        focused = self.focusWidget()
        focus_name = focused.objectName() if focused and self.isAncestorOf(focused) else ""
        self.place = place
        self.hint_labels = {}
        body = QWidget()
        column = QVBoxLayout(body)
        if place is not None and self.document.definition is not None:
            s, q = place
            if q is None:
                column.addWidget(self._section_box(s))
            else:
                column.addWidget(self._question_box(s, q))
        column.addStretch(1)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()  # a field of it may be the one whose signal got us here
        self.setWidget(body)
        self.refresh_hints()
        if focus_name:
            found = body.findChild(QWidget, focus_name)
            if found is not None:
                found.setFocus()

    def refresh_hints(self) -> None:
        if self.document.definition is None:
            return
        hints = wording_hints(self.definition)
        for place, label in self.hint_labels.items():
            label.set_hints(hints.get(place, []))

    def _hint(self, place: JsonPlace) -> HintLabel:
        label = HintLabel()
        self.hint_labels[place] = label
        return label

    def _line(self, name: str, text: str, changed: Callable[[str], None]) -> QLineEdit:
        field = QLineEdit(text)
        field.setObjectName(name)
        field.installEventFilter(self.undo_keys)
        field.textEdited.connect(changed)
        return field

    def _paragraph(self, name: str, text: str, changed: Callable[[str], None]) -> ParagraphEdit:
        field = ParagraphEdit(2)
        field.setObjectName(name)
        field.setPlainText(text)
        field.setUndoRedoEnabled(False)  # the editor's own undo covers every field
        field.installEventFilter(self.undo_keys)
        field.textChanged.connect(lambda: changed(field.toPlainText()))
        return field

    # -- a part -----------------------------------------------------------------------------
    def _section_box(self, s: int) -> QGroupBox:
        section = self.definition.sections[s]
        box = QGroupBox(self.tr("Part {number}").format(number=s + 1))
        form = QFormLayout(box)
        place: Place = (s, None)

        def title(text: str) -> None:
            new = edits.changed_section(self.definition, s, title=text)
            self.document.edit(new, self.tr("Rename part"), place, place, f"title@part{s}")

        def intro(text: str) -> None:
            new = edits.changed_section(self.definition, s, intro=text)
            self.document.edit(new, self.tr("Change part intro"), place, place, f"intro@part{s}")

        form.addRow(self.tr("Title"), self._line("sectionTitle", section.title, title))
        form.addRow(self._hint(("sections", s, "title")))
        form.addRow(self.tr("Intro"), self._paragraph("sectionIntro", section.intro, intro))
        form.addRow(self._hint(("sections", s, "intro")))
        count = QLabel(self.tr("{count} questions").format(count=len(section.questions)))
        count.setStyleSheet(f"color: {MUTED};")
        form.addRow(count)
        return box

    # -- a question -------------------------------------------------------------------------
    def _question_box(self, s: int, q: int) -> QGroupBox:
        question = self.definition.sections[s].questions[q]
        number = sum(len(x.questions) for x in self.definition.sections[:s]) + q + 1
        box = QGroupBox(
            self.tr("Question {number} · {kind}").format(
                number=number, kind=question_type_label(question.type)
            )
        )
        form = QFormLayout(box)
        here = question_place(s, q)
        form.addRow(
            self.tr("Question"),
            self._paragraph("questionText", question.text, self._setter(s, q, "text")),
        )
        form.addRow(self._hint((*here, "text")))
        form.addRow(
            self.tr("Help"),
            self._paragraph("questionHelp", question.help, self._setter(s, q, "help")),
        )
        form.addRow(self._hint((*here, "help")))
        if question.type == "scale":
            self._scale_rows(form, s, q, question)
        elif question.type in ("choice", "multi"):
            form.addRow(self._options(s, q, question))
        elif question.type == "open":
            form.addRow(self.tr("Lines on paper"), self._lines(s, q, question))
        else:
            form.addRow(self._type_note(question.type))
        key = QLabel(self.tr("Key: {key}").format(key=question.key))
        key.setObjectName("questionKey")
        key.setStyleSheet(f"color: {MUTED}; font-size: 9pt;")
        key.setToolTip(
            self.tr(
                "Answers to every version are joined on this key (the growth chart). It stays "
                "the same when you change the text."
            )
        )
        key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(key)
        return box

    def _setter(self, s: int, q: int, field: str) -> Callable[[str], None]:
        def changed(text: str) -> None:
            key = self.definition.sections[s].questions[q].key
            new = edits.changed_question(self.definition, s, q, **{field: text})
            step = self.tr("Change question") if field == "text" else self.tr("Change help")
            self.document.edit(new, step, (s, q), (s, q), f"{field}@{key}")

        return changed

    def _type_note(self, kind: str) -> QLabel:
        note = QLabel(
            {
                "yesno": self.tr("Answered with yes or no."),
                "date": self.tr("Answered with a date."),
                "signature": self.tr("A line to sign on paper. It holds no answer."),
            }.get(kind, "")
        )
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {MUTED};")
        return note

    def _scale_rows(self, form: QFormLayout, s: int, q: int, question: Question) -> None:
        here = question_place(s, q)
        for index, label in enumerate(question.labels):

            def changed(text: str, index: int = index) -> None:
                labels = list(self.definition.sections[s].questions[q].labels)
                labels[index] = text
                new = edits.changed_question(self.definition, s, q, labels=tuple(labels))
                step = self.tr("Change scale word")
                self.document.edit(new, step, (s, q), (s, q), f"label{index}@{question.key}")

            field = self._line(f"scaleLabel{index + 1}", label, changed)
            form.addRow(self.tr("{number} =").format(number=index + 1), field)
            form.addRow(self._hint((*here, "labels", index)))
        faces = QCheckBox(self.tr("Faces above the words"))
        faces.setObjectName("scaleFaces")
        faces.setChecked(question.faces)

        def toggled(on: bool) -> None:
            new = edits.changed_question(self.definition, s, q, faces=on)
            step = self.tr("Show faces") if on else self.tr("Hide faces")
            self.document.edit(new, step, (s, q), (s, q))

        faces.toggled.connect(toggled)
        form.addRow(faces)

    def _lines(self, s: int, q: int, question: Question) -> QSpinBox:
        lines = QSpinBox()
        lines.setObjectName("openLines")
        lines.setRange(1, MAX_LINES)
        lines.setValue(question.lines if question.lines is not None else DEFAULT_LINES)

        def changed(value: int) -> None:
            new = edits.changed_question(self.definition, s, q, lines=value)
            step = self.tr("Change lines")
            self.document.edit(new, step, (s, q), (s, q), f"lines@{question.key}")

        lines.valueChanged.connect(changed)
        return lines

    # -- the options of a choice ------------------------------------------------------------
    def _options(self, s: int, q: int, question: Question) -> QWidget:
        box = QWidget()
        rows = QVBoxLayout(box)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(QLabel(self.tr("Options")))
        here = question_place(s, q)
        for index, option in enumerate(question.options):

            def changed(text: str, index: int = index) -> None:
                new = edits.changed_option(self.definition, s, q, index, text)
                step = self.tr("Change option")
                self.document.edit(new, step, (s, q), (s, q), f"option{index}@{question.key}")

            row = QHBoxLayout()
            row.addWidget(self._line(f"option{index + 1}", option.text, changed), 1)
            for text, tip, name, action in (
                ("↑", self.tr("Move up"), "optionUp", lambda i=index: self._move_option(i, -1)),
                ("↓", self.tr("Move down"), "optionDown", lambda i=index: self._move_option(i, 1)),
                ("✕", self.tr("Delete option"), "optionDelete", lambda i=index: self._drop(i)),
            ):
                button = QPushButton(text)
                button.setObjectName(f"{name}{index + 1}")
                button.setToolTip(tip)
                button.setAccessibleName(tip)
                button.clicked.connect(action)
                row.addWidget(button)
            rows.addLayout(row)
            rows.addWidget(self._hint((*here, "options", index, "text")))
        add = QPushButton(self.tr("Add option"))
        add.setObjectName("addOption")
        add.clicked.connect(self._add_option)
        rows.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _question_at(self) -> tuple[int, int]:
        assert self.place is not None and self.place[1] is not None
        return self.place[0], self.place[1]

    def _add_option(self) -> None:
        s, q = self._question_at()
        count = len(self.definition.sections[s].questions[q].options)
        text = self.tr("Option {number}").format(number=count + 1)
        new = edits.added_option(self.definition, s, q, text)
        self.document.edit(new, self.tr("Add option"), (s, q), (s, q))
        body = self.widget()
        field = body.findChild(QLineEdit, f"option{count + 1}") if body is not None else None
        if field is not None:
            field.setFocus()
            field.selectAll()

    def _move_option(self, index: int, step: int) -> None:
        s, q = self._question_at()
        new, _ = edits.moved_option(self.definition, s, q, index, step)
        self.document.edit(new, self.tr("Move option"), (s, q), (s, q))

    def _drop(self, index: int) -> None:
        s, q = self._question_at()
        try:
            new = edits.deleted_option(self.definition, s, q, index)
        except InvalidInput as refused:
            self.tell(str(refused))
            return
        self.document.edit(new, self.tr("Delete option"), (s, q), (s, q))


def is_text_field(widget: QWidget) -> bool:
    return isinstance(widget, QLineEdit | QPlainTextEdit)
