"""Yes/no, one choice, several choices: a button per option, the whole question one stop
for Tab. A digit picks (or, for several choices, ticks) the option with that number, j/y
and n answer yes or no, the arrow keys move a single choice, Delete (or 0) clears."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy

from jiu_desktop.services.form_definition import Question
from jiu_desktop.views.forms.question_input import CLEAR, QuestionInput, digit, plain

YES_KEYS = (Qt.Key.Key_J, Qt.Key.Key_Y)
NO_KEYS = (Qt.Key.Key_N,)


class OptionsInput(QuestionInput):
    def __init__(self, question: Question, big: bool) -> None:
        super().__init__(question, big)
        self.several = question.type == "multi"
        if question.type == "yesno":
            self.keys: tuple[object, ...] = (True, False)
            texts: tuple[str, ...] = (self.tr("Yes"), self.tr("No"))
        else:
            self.keys = tuple(o.key for o in question.options)
            texts = tuple(o.text for o in question.options)
        self._chosen: list[object] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(question.text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        grid = QGridLayout(self)
        margin = 6 if big else 4
        grid.setContentsMargins(margin, margin, margin, margin)
        grid.setSpacing(10 if big else 6)
        columns = self._columns(len(texts))
        self.buttons: list[QPushButton] = []
        #: What each button says; a chosen one has a tick before it, not only a colour.
        self.texts: list[str] = []
        for number, text in enumerate(texts, start=1):
            shown = text if big or question.type == "yesno" else f"{number}  {text}"
            self.texts.append(shown)
            button = QPushButton(shown)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the question is the stop
            button.setStyleSheet("text-align: left; padding-left: 12px;")
            button.setObjectName(f"option_{number}")
            if big:
                button.setMinimumHeight(button.sizeHint().height() + 16)
            button.clicked.connect(lambda _checked=False, n=number - 1: self._clicked(n))
            grid.addWidget(button, (number - 1) // columns, (number - 1) % columns)
            self.buttons.append(button)
        for column in range(columns):
            grid.setColumnStretch(column, 1)

    def _columns(self, count: int) -> int:
        if self.question.type == "yesno":
            return 2
        if self.big:
            return 1 if count > 4 else 2
        return min(count, 3)

    # -- the value -------------------------------------------------------------------------
    def value(self) -> object:
        if self.several:
            return tuple(str(k) for k in self.keys if k in self._chosen)
        return self._chosen[0] if self._chosen else None

    def set_value(self, value: object) -> None:
        if self.several:
            given = {value} if isinstance(value, str) else set(value or ())  # type: ignore[call-overload]
            self._chosen = [k for k in self.keys if k in given]
        else:
            self._chosen = [value] if value is not None and value in self.keys else []
        self._show()

    def _show(self) -> None:
        for key, button, text in zip(self.keys, self.buttons, self.texts, strict=True):
            chosen = key in self._chosen
            button.setChecked(chosen)
            button.setText(f"✓ {text}" if chosen else text)

    def _set(self, chosen: list[object]) -> None:
        if chosen != self._chosen:
            self._chosen = chosen
            self.edited.emit()
        self._show()

    def _toggle(self, index: int) -> None:
        key = self.keys[index]
        if self.several:
            chosen = [k for k in self.keys if (k in self._chosen) != (k == key)]
            self._set(chosen)
        else:
            self._set([] if self._chosen == [key] else [key])

    def _clicked(self, index: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._toggle(index)

    # -- keys ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = digit(event)
        key = event.key()
        if typed is not None and typed <= len(self.keys):
            if self.several:
                self._toggle(typed - 1)
            else:
                self._set([self.keys[typed - 1]])
        elif plain(event) and self.question.type == "yesno" and key in YES_KEYS:
            self._set([True])
        elif plain(event) and self.question.type == "yesno" and key in NO_KEYS:
            self._set([False])
        elif plain(event) and key in CLEAR:
            self._set([])
        elif plain(event) and not self.several and key in ARROWS:
            self._move(ARROWS[Qt.Key(key)])
        else:
            super().keyPressEvent(event)

    def _move(self, step: int) -> None:
        now = self.keys.index(self._chosen[0]) if self._chosen else (-1 if step > 0 else 0)
        self._set([self.keys[(now + step) % len(self.keys)]])

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        self.paint_focus(painter)
        painter.end()


ARROWS = {
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Right: 1,
}
