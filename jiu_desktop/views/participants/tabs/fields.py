"""Small field widgets of the tabs that never cut their text or move what is below them."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QWidget


class ParagraphEdit(QPlainTextEdit):
    """One paragraph (a follow-up action) that wraps instead of scrolling out of sight.

    ``lines`` lines high; Return and Tab move to the next field, and pasted line breaks
    become spaces, so the text stays one line wherever else it is shown (the Start page).
    """

    def __init__(self, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        policy = self.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        viewport = self.viewportMargins()
        height = (
            self.fontMetrics().lineSpacing() * self.lines
            + 2 * self.document().documentMargin()
            + margins.top()
            + margins.bottom()
            + viewport.top()
            + viewport.bottom()
            + 2  # the cursor's line, drawn a pixel beyond the text
        )
        return QSize(super().sizeHint().width(), round(height))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        self.insertPlainText(" ".join(source.text().split()))


def message_line() -> QLabel:
    """A problem with what was typed. Never hidden: its line stays free when there is
    none, so the fields below stay where they are when one appears."""
    label = QLabel()
    label.setObjectName("inlineMessage")
    label.setWordWrap(True)
    return label
