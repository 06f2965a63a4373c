"""The fields of a person on the map, in the dialog that adds one and in the side panel:
who (as the young person says it), what they are to them, the brackets, the coach's note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import JiuError
from jiu_desktop.services.map_labels import annotation_choices, category_choices
from jiu_desktop.services.network_map import clean_person_fields
from jiu_desktop.views.participants.tabs.fields import ParagraphEdit
from jiu_desktop.views.style import mark_primary, set_invalid

#: The fields this form edits, as the service names them.
FIELDS = ("label", "category", "annotations", "own_words", "coach_note")


class PersonFields(QWidget):
    """A form over ``FIELDS``; ``edited`` says which field the coach changed."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, narrow: bool = False) -> None:
        """``narrow``: labels above the fields and the brackets one under the other, for
        the side panel."""
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(
            QFormLayout.RowWrapPolicy.WrapAllRows
            if narrow
            else QFormLayout.RowWrapPolicy.WrapLongRows
        )
        self.label = QLineEdit()
        self.label.setObjectName("personLabel")
        self.label.setPlaceholderText(self.tr("first name or role"))
        self.label.textEdited.connect(lambda: self.edited.emit("label"))
        form.addRow(self.tr("Who"), self.label)
        self.category = QComboBox()
        self.category.setObjectName("personCategory")
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category.setMinimumContentsLength(16)  # narrower than the longest category
        for code, text in category_choices():
            self.category.addItem(text, code)
        self.category.activated.connect(lambda: self.edited.emit("category"))
        form.addRow(self.tr("Is"), self.category)
        marks = QVBoxLayout() if narrow else QHBoxLayout()
        self.marks: dict[str, QCheckBox] = {}
        for code, text in annotation_choices():
            box = QCheckBox(text)
            box.setObjectName(f"annotation_{code}")
            box.toggled.connect(lambda _on: self.edited.emit("annotations"))
            marks.addWidget(box)
            self.marks[code] = box
        if not narrow:
            marks.addStretch(1)
        form.addRow(self.tr("In brackets"), marks)
        self.own_words = QLineEdit()
        self.own_words.setObjectName("personOwnWords")
        self.own_words.setPlaceholderText(self.tr("in their own words"))
        self.own_words.setToolTip(
            self.tr("Between the brackets in their own words, e.g. “woont ver weg”")
        )
        self.own_words.textEdited.connect(lambda: self.edited.emit("own_words"))
        form.addRow("", self.own_words)
        self.coach_note = ParagraphEdit(2)
        self.coach_note.setObjectName("personCoachNote")
        self.coach_note.setPlaceholderText(self.tr("never on the participant's version"))
        self.coach_note.textChanged.connect(self._note_changed)
        form.addRow(self.tr("Coach's note"), self.coach_note)
        self.form = form
        self._loading = False

    def show_coach_note(self, shown: bool) -> None:
        """Not while looking together: the note is the coach's, not for the young person."""
        self.form.setRowVisible(self.coach_note, shown)

    def _note_changed(self) -> None:
        if not self._loading:
            self.edited.emit("coach_note")

    def values(self) -> dict[str, Any]:
        return {
            "label": self.label.text(),
            "category": self.category.currentData(),
            "annotations": " ".join(c for c, box in self.marks.items() if box.isChecked()),
            "own_words": self.own_words.text(),
            "coach_note": self.coach_note.toPlainText(),
        }

    def show_values(self, values: dict[str, Any], keep_typing: bool = False) -> None:
        """Fill the form without telling it as an edit; with ``keep_typing``, leave the
        text field being typed in as it is (its saved value is what it shows, but for
        spaces the service trims)."""
        self._loading = True
        blocked = [w.blockSignals(True) for w in self._widgets()]
        try:
            typing = QApplication.focusWidget() if keep_typing else None
            if typing is not self.label:
                self.label.setText(str(values.get("label", "")))
            self.category.setCurrentIndex(
                max(self.category.findData(values.get("category", "overig")), 0)
            )
            chosen = str(values.get("annotations", "")).split()
            for code, box in self.marks.items():
                box.setChecked(code in chosen)
            if typing is not self.own_words:
                self.own_words.setText(str(values.get("own_words", "")))
            if typing is not self.coach_note and self.coach_note.toPlainText() != values.get(
                "coach_note", ""
            ):
                self.coach_note.setPlainText(str(values.get("coach_note", "")))
        finally:
            for widget, was in zip(self._widgets(), blocked, strict=True):
                widget.blockSignals(was)
            self._loading = False

    def _widgets(self) -> list[QWidget]:
        return [self.label, self.category, self.own_words, *self.marks.values()]


class AddPersonDialog(QDialog):
    """Persoon toevoegen: the fields, checked by the service's own rules before closing."""

    def __init__(self, parent: QWidget | None = None, *, coach_note: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add person"))
        layout = QVBoxLayout(self)
        self.fields = PersonFields()
        self.fields.show_values({"category": "familie"})
        self.fields.show_coach_note(coach_note)
        layout.addWidget(self.fields)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        add = QPushButton(self.tr("Add"))
        add.setObjectName("addPerson")
        mark_primary(add)
        add.setDefault(True)
        buttons.addButton(add, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancel")
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fields.label.setFocus()

    def _check(self) -> None:
        try:
            clean_person_fields(self.values())
        except JiuError as error:
            self.problem.setText(str(error))
            self.problem.show()
            set_invalid(self.fields.label, True)
            self.fields.label.setFocus()
            return
        self.accept()

    def values(self) -> dict[str, Any]:
        values = self.fields.values()
        if not self.fields.coach_note.isVisibleTo(self):
            values.pop("coach_note")
        return values
