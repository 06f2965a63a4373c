"""Open answers, dates and the signature line; ``make_input`` picks the field of a question.

An open answer of one line is a line edit (Enter goes on); of more lines a text field in
which Enter starts a new line, as anywhere else, and Tab goes on.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import InvalidInput
from jiu_desktop.services.form_definition import Question
from jiu_desktop.services.validation import as_date
from jiu_desktop.views.autosave import fit_date
from jiu_desktop.views.forms.option_inputs import OptionsInput
from jiu_desktop.views.forms.question_input import QuestionInput
from jiu_desktop.views.forms.scale_input import ScaleInput
from jiu_desktop.views.labels import format_date

#: The most lines an open answer shows before it scrolls (paper may give more).
MOST_LINES = 6


class AnswerEdit(QPlainTextEdit):
    """A text field ``lines`` lines high, Tab going on to the next question."""

    def __init__(self, lines: int) -> None:
        super().__init__()
        self.lines = lines
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        height = (
            self.fontMetrics().lineSpacing() * self.lines
            + 2 * self.document().documentMargin()
            + margins.top()
            + margins.bottom()
            + 2
        )
        return QSize(super().sizeHint().width(), round(height))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


class OpenInput(QuestionInput):
    def __init__(self, question: Question, big: bool) -> None:
        super().__init__(question, big)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit: QLineEdit | AnswerEdit
        if question.paper_lines == 1:
            self.edit = QLineEdit()
            self.edit.textEdited.connect(lambda _text: self.edited.emit())
        else:
            self.edit = AnswerEdit(min(question.paper_lines, MOST_LINES))
            self.edit.textChanged.connect(self._text_changed)
        self.edit.setAccessibleName(question.text)
        self._loading = False
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def _text_changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def field(self) -> QWidget:
        return self.edit

    def value(self) -> str:
        if isinstance(self.edit, QLineEdit):
            return self.edit.text()
        return self.edit.toPlainText()

    def set_value(self, value: object) -> None:
        text = str(value) if value is not None else ""
        if text == self.value():
            return
        self._loading = True
        try:
            if isinstance(self.edit, QLineEdit):
                self.edit.setText(text)
            else:
                self.edit.setPlainText(text)
        finally:
            self._loading = False


class DateEdit(QLineEdit):
    """A date field as wide as a whole date, also when its type grows (participant mode)."""

    def __init__(self) -> None:
        super().__init__()
        self._fit()

    def _fit(self) -> None:
        fit_date(self)
        self.setMaximumWidth(self.minimumWidth() + 40)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()


class DateInput(QuestionInput):
    def __init__(self, question: Question, big: bool) -> None:
        super().__init__(question, big)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = DateEdit()
        self.edit.setAccessibleName(question.text)
        self.edit.textEdited.connect(lambda _text: self.edited.emit())
        layout.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignLeft)
        self.setFocusProxy(self.edit)

    def field(self) -> QWidget:
        return self.edit

    def value(self) -> date | str | None:
        """The date typed; the text itself when it is not a date (the service says why)."""
        text = self.edit.text().strip()
        try:
            return as_date(text, self.question.text)
        except InvalidInput:
            return text

    def set_value(self, value: object) -> None:
        self.edit.setText(format_date(value) if isinstance(value, date) else str(value or ""))


class SignatureInput(QuestionInput):
    """Signed on paper: a line to say so, no answer and no stop for Tab."""

    def __init__(self, question: Question, big: bool) -> None:
        super().__init__(question, big)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        note = QLabel(self.tr("Signed on paper, not here."))
        note.setObjectName("hint")
        layout.addWidget(note)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def value(self) -> None:
        return None

    def set_value(self, value: object) -> None:
        """Nothing to show: a signature holds no answer."""


def make_input(question: Question, big: bool = False) -> QuestionInput:
    """The answer field for ``question``; ``big`` in participant mode."""
    if question.type == "scale":
        return ScaleInput(question, big)
    if question.type in ("yesno", "choice", "multi"):
        return OptionsInput(question, big)
    if question.type == "date":
        return DateInput(question, big)
    if question.type == "signature":
        return SignatureInput(question, big)
    return OpenInput(question, big)
