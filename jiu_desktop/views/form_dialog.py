"""A small form dialog that stays open, with its message, until its values are saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel

from jiu_desktop.errors import JiuError
from jiu_desktop.services.changes import Changes


class FormDialog(Protocol):
    message: QLabel

    def exec(self) -> int: ...

    def deleteLater(self) -> None: ...


def form_foot(dialog: QDialog, form: QFormLayout, save_name: str) -> QLabel:
    """The foot of a form dialog: the line that tells a refused value (returned), and
    Save (named ``save_name``, the default) and Cancel."""
    message = QLabel()
    message.setObjectName("inlineMessage")
    message.setWordWrap(True)
    form.addRow(message)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName(save_name)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    return message


def save_from(dialog: FormDialog, save: Callable[[], Changes]) -> Changes | None:
    """Show ``dialog`` until ``save`` succeeds (its changes) or the coach cancels (None);
    a refused value is said in the dialog, which keeps what was typed."""
    try:
        while dialog.exec():
            try:
                return save()
            except JiuError as error:
                dialog.message.setText(str(error))
        return None
    finally:
        dialog.deleteLater()
