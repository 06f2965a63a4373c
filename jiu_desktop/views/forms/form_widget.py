"""The one Qt renderer of a form template: its intro, the sections with their intros, and
an answer field per question (``text_inputs.make_input``).

Two presentations of the same renderer:

- for the coach, everything on one scrollable page, typed in with the keyboard alone;
- in participant mode, large type and large targets, one section at a time with
  "Vorige" / "Volgende", "Deel 2 van 4" above, and "Klaar" on the last section.

Values go in and out as the form service's Python values (``question_input.py``);
``edited`` names the question whenever whoever fills in changes an answer.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.services.form_definition import FormDefinition, FormSection, Question
from jiu_desktop.views.forms.question_input import QuestionInput
from jiu_desktop.views.forms.text_inputs import make_input
from jiu_desktop.views.style import ACCENT, MUTED, mark_primary

#: Participant mode's type, against the coach's.
PARTICIPANT_SCALE = 1.5


def scaled(font: QFont, factor: float, bold: bool = False) -> QFont:
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * factor)
    bigger.setBold(bold)
    return bigger


def hand_on_font(root: QWidget) -> None:
    """Give ``root``'s font to every child that has none of its own: with the app's style
    sheet set, Qt no longer passes a widget's font on to its children (and puts back the
    font a child had when it was first polished, when it moves to another parent: so this
    runs again when ``root`` is shown)."""
    for child in root.findChildren(QWidget):
        if not child.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            child.setFont(root.font())


def label(text: str, font: QFont, colour: str | None = None) -> QLabel:
    shown = QLabel(text)
    shown.setWordWrap(True)
    shown.setFont(font)
    shown.setTextFormat(Qt.TextFormat.PlainText)  # a template's words, never markup
    if colour:
        shown.setStyleSheet(f"color: {colour};")
    return shown


class FormWidget(QWidget):
    #: An answer was changed (argument: the question key).
    edited = Signal(str)
    #: Participant mode: "Klaar" on the last section.
    finished = Signal()
    #: Participant mode: another section is shown (argument: its index).
    section_changed = Signal(int)

    def __init__(
        self,
        definition: FormDefinition,
        *,
        participant: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.definition = definition
        self.participant = participant
        base = QApplication.font()
        self.setFont(scaled(base, PARTICIPANT_SCALE) if participant else base)
        self.inputs: dict[str, QuestionInput] = {}
        #: The block (question, help and field) of each field, kept in sight when it has
        #: the keyboard.
        self._blocks: dict[QWidget, tuple[QWidget, QScrollArea]] = {}
        self.scroll_areas: list[QScrollArea] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        if participant:
            self._participant_layout(outer)
            hand_on_font(self)
        else:
            page, column = self._page()
            if definition.intro:
                column.addWidget(label(definition.intro, self.font(), MUTED))
            for section in definition.sections:
                self._add_section(column, section, page)
            column.addStretch(1)
            outer.addWidget(page)

    # -- building --------------------------------------------------------------------------
    def _page(self) -> tuple[QScrollArea, QVBoxLayout]:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("formBody")
        column = QVBoxLayout(body)
        margin = 16 if self.participant else 8
        column.setContentsMargins(margin, margin, margin + 8, margin)
        column.setSpacing(14 if self.participant else 10)
        scroll.setWidget(body)
        self.scroll_areas.append(scroll)
        return scroll, column

    def _add_section(self, column: QVBoxLayout, section: FormSection, page: QScrollArea) -> None:
        if section.title:
            title = label(section.title, scaled(self.font(), 1.25, bold=True), ACCENT)
            title.setObjectName("sectionTitle")
            column.addWidget(title)
        if section.intro:
            column.addWidget(label(section.intro, self.font(), MUTED))
        for question in section.questions:
            column.addWidget(self._block(question, page))

    def _block(self, question: Question, page: QScrollArea) -> QWidget:
        block = QWidget()
        block.setObjectName(f"question_{question.key}")
        layout = QVBoxLayout(block)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        text = label(question.text, scaled(self.font(), 1.0, bold=True))
        layout.addWidget(text)
        if question.help:
            layout.addWidget(label(question.help, self.font(), MUTED))
        field = make_input(question, big=self.participant)
        layout.addWidget(field)
        if question.type != "signature":
            self.inputs[question.key] = field
            field.edited.connect(lambda key=question.key: self.edited.emit(key))
            self._blocks[field.field()] = (block, page)
            field.field().installEventFilter(self)
        return block

    def _participant_layout(self, outer: QVBoxLayout) -> None:
        self.progress = QLabel()
        self.progress.setObjectName("formProgress")
        self.progress.setStyleSheet(f"color: {MUTED};")
        outer.addWidget(self.progress)
        self.sections = QStackedWidget()
        for index, section in enumerate(self.definition.sections):
            page, column = self._page()
            if index == 0 and self.definition.intro:
                column.addWidget(label(self.definition.intro, self.font(), MUTED))
            self._add_section(column, section, page)
            column.addStretch(1)
            self.sections.addWidget(page)
        outer.addWidget(self.sections, 1)
        row = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("&Previous"))
        self.previous_button.setObjectName("previousSection")
        self.previous_button.clicked.connect(lambda: self.show_section(self.current_section() - 1))
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setObjectName("nextSection")
        self.next_button.clicked.connect(lambda: self.show_section(self.current_section() + 1))
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setObjectName("formDone")
        self.done_button.clicked.connect(lambda: self.finished.emit())
        for button in (self.previous_button, self.next_button, self.done_button):
            button.setMinimumHeight(button.sizeHint().height() + 20)
            button.setMinimumWidth(button.sizeHint().width() + 60)
        mark_primary(self.next_button)
        mark_primary(self.done_button)
        row.addWidget(self.previous_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        row.addWidget(self.done_button)
        outer.addLayout(row)
        self.show_section(0)

    def showEvent(self, event: QShowEvent) -> None:
        if self.participant:
            hand_on_font(self)
        super().showEvent(event)

    # -- sections (participant mode) -------------------------------------------------------
    def section_count(self) -> int:
        return len(self.definition.sections)

    def current_section(self) -> int:
        return self.sections.currentIndex() if self.participant else 0

    def show_section(self, index: int) -> None:
        if not self.participant or not 0 <= index < self.section_count():
            return
        self.sections.setCurrentIndex(index)
        last = index == self.section_count() - 1
        self.previous_button.setVisible(index > 0)
        self.next_button.setVisible(not last)
        self.done_button.setVisible(last)
        self.progress.setText(
            self.tr("Part {number} of {count}").format(number=index + 1, count=self.section_count())
        )
        self.progress.setVisible(self.section_count() > 1)
        self.scroll_areas[index].verticalScrollBar().setValue(0)
        self.focus_first()
        self.section_changed.emit(index)

    # -- values ----------------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        """Every answer given, by question key."""
        return {key: field.value() for key, field in self.inputs.items() if field.answered()}

    def set_values(self, values: Mapping[str, object]) -> None:
        """Show these answers; a question not named shows no answer."""
        for key, field in self.inputs.items():
            field.set_value(values.get(key))

    def answered(self) -> int:
        return sum(1 for field in self.inputs.values() if field.answered())

    def focus_first(self) -> None:
        """The keyboard in the first question (of the section shown)."""
        section = self.definition.sections[self.current_section()] if self.participant else None
        keys = [q.key for q in section.questions] if section else list(self.inputs)
        for key in keys:
            if key in self.inputs:
                self.inputs[key].field().setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A field that gets the keyboard brings its whole question into sight."""
        if event.type() == QEvent.Type.FocusIn and watched in self._blocks:
            block, page = self._blocks[watched]  # type: ignore[index]
            page.ensureWidgetVisible(block, 0, 24)
        return False
