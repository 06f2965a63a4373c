"""What every answer field is: one stop for Tab, a value in and out, ``edited`` on every
change made by whoever fills in (never on ``set_value``), and Enter to go on.

Values are the form service's (``services/form_responses.py``): a scale ``int``, yes/no a
``bool``, a choice an option key, several choices a tuple of keys, a date a ``date`` (or the
text typed when it is not one, so the service can say what is wrong), an open answer a
``str``; None is no answer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QWidget

from jiu_desktop.services.form_definition import Question
from jiu_desktop.views.style import ACCENT

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
CLEAR = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_0)
FOCUS_COLOUR = QColor(ACCENT)


def plain(event: QKeyEvent) -> bool:
    """No modifier held (the keypad's does not count)."""
    return not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier


def digit(event: QKeyEvent) -> int | None:
    """The digit 1–9 typed, or None."""
    key = event.key()
    if plain(event) and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
        return int(key - Qt.Key.Key_0)
    return None


class QuestionInput(QWidget):
    """The answer field of one question."""

    edited = Signal()

    def __init__(self, question: Question, big: bool) -> None:
        super().__init__()
        self.question = question
        #: Participant mode: large targets.
        self.big = big

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def field(self) -> QWidget:
        """The widget that takes the keyboard (and is marked when a value is wrong)."""
        return self

    def answered(self) -> bool:
        return self.value() not in (None, "", ())

    def event(self, event: QEvent) -> bool:
        """A plain key typed in a field that takes keys itself is the field's: no shortcut of
        the window (Delete on a list, say) takes it first."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and plain(event)
            and self.focusPolicy() != Qt.FocusPolicy.NoFocus
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if plain(event) and event.key() in ENTER:
            self.focusNextChild()  # also for a line edit inside, which leaves Enter to us
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def paint_focus(self, painter: QPainter) -> None:
        """The frame round a field that takes keys itself (scale, options) while it does."""
        if not self.hasFocus():
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(FOCUS_COLOUR, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 8, 8)
        painter.restore()
