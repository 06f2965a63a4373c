"""The preview of a template in the manager and the editor: the form drawn by the one
renderer of forms on screen (``views/forms/form_widget.py``), as a coach types it in. What
is tried out in it is not stored anywhere."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from jiu_desktop.services.form_definition import FormDefinition
from jiu_desktop.views.forms.form_widget import FormWidget


class FormPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formPreview")
        self.stack = QStackedLayout(self)
        self.empty = QLabel()
        self.stack.addWidget(self.empty)
        self.form: FormWidget | None = None
        self.definition: FormDefinition | None = None

    def show_definition(self, definition: FormDefinition | None) -> None:
        """Draw this definition (None: nothing); the same one again keeps what is shown."""
        if definition == self.definition and (definition is None or self.form is not None):
            return
        self.definition = definition
        if self.form is not None:
            self.stack.removeWidget(self.form)
            self.form.deleteLater()
            self.form = None
        if definition is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.form = FormWidget(definition)
        self.stack.addWidget(self.form)
        self.stack.setCurrentWidget(self.form)
