"""The buttons under the group page's dialogs: the action, then Cancel, and Enter does
the action (also from a text field)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLayout, QPushButton

from jiu_desktop.views.style import mark_primary


def action_buttons(dialog: QDialog, layout: QLayout, text: str, name: str) -> QPushButton:
    """Adds the row to ``layout``; returns the action's button. It is made the default
    once it is inside the dialog: before that Qt would take Cancel, the first
    auto-default button it finds, as the one Enter presses."""
    box = QDialogButtonBox()
    action = box.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    action.setObjectName(name)
    box.addButton(QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    layout.addWidget(box)
    mark_primary(action)
    return action
