"""Asking the name of a new form or a copy: the name it gets in every list, and from which
its name in the files is made (it stays, also when the title changes later)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.views.participants.tabs.fields import message_line


class NameDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, text: str, name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        explanation = QLabel(text)
        explanation.setWordWrap(True)
        explanation.setFixedWidth(420)
        layout.addWidget(explanation)
        self.name = QLineEdit(name)
        self.name.setObjectName("formName")
        self.name.selectAll()
        explanation.setBuddy(self.name)
        layout.addWidget(self.name)
        self.message = message_line()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("Make it"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("nameOk")
        ok.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("confirmCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not self.name.text().strip():
            self.message.setText(self.tr("A form needs a name."))
            return
        super().accept()

    def chosen(self) -> str:
        return self.name.text().strip()
