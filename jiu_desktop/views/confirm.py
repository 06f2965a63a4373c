"""Questions before an action that cannot be taken back: delete, erase, restore, stop.

Every one says what happens in wrapped text that fits a 1366×768 screen, names the action
on its button, and makes "Cancel" the default: Enter or Escape never destroys anything.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

#: Wide enough for a sentence per line, well inside a 1366-pixel screen.
TEXT_WIDTH = 460


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    action: str,
    *,
    keep: str | None = None,
) -> bool:
    """True when the coach chose ``action``; the other button (``keep``, or "Cancel") is
    the default and what Escape does."""
    box = confirmation_box(parent, title, text, action, keep=keep)
    box.exec()
    chosen = box.clickedButton() is box.findChild(QPushButton, "confirmAction")
    box.deleteLater()
    return chosen


def confirmation_box(
    parent: QWidget | None, title: str, text: str, action: str, *, keep: str | None = None
) -> QMessageBox:
    """The box :func:`ask` shows (apart, so its size and default can be checked)."""
    box = plain_box(parent, QMessageBox.Icon.Warning, title, text)
    act = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    act.setObjectName("confirmAction")
    if keep is None:
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    else:
        cancel = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("confirmCancel")
    act.setAutoDefault(False)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def plain_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A message box whose text is plain text (a name typed by a coach stays text); the
    caller adds its buttons."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


class TypeToConfirmDialog(QDialog):
    """For the most final actions: the button works only once ``expected`` is typed."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        prompt: str,
        expected: str,
        action: str,
    ) -> None:
        super().__init__(parent)
        self.expected = expected.strip()
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        explanation = QLabel(text)
        explanation.setObjectName("confirmText")
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setFixedWidth(TEXT_WIDTH)
        layout.addWidget(explanation)
        layout.addSpacing(8)
        asking = QLabel(prompt)
        asking.setWordWrap(True)
        layout.addWidget(asking)
        self.typed = QLineEdit()
        self.typed.setObjectName("confirmTyped")
        asking.setBuddy(self.typed)
        layout.addWidget(self.typed)
        self.buttons = QDialogButtonBox()
        self.action = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.action.setObjectName("confirmAction")
        self.action.setAutoDefault(False)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setObjectName("confirmCancel")
        self.cancel.setDefault(True)
        self.action.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.typed.textChanged.connect(self._typed)
        self._typed()

    def _typed(self) -> None:
        self.action.setEnabled(self.matches())

    def matches(self) -> bool:
        return self.typed.text().strip() == self.expected

    def accept(self) -> None:
        if self.matches():
            super().accept()
