"""The kennismaking (intake) on the "Gegevens" tab: short, in the young person's words.

Its fields are bound into the tab's own autosave form under names that start with
``intake.`` (one undo history for the whole tab); the tab hands those saves to
:meth:`IntakeSection.save`. The intake is made by its first saved field (the service
starts it). A choice set (how to reach them, what the coach works on) is one checkbox per
code in the form, ``intake.reach_by:bellen``, saved as the whole set of ticked boxes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.services import intake
from jiu_desktop.services.changes import Changes
from jiu_desktop.views.autosave import (
    AutosaveForm,
    check_binding,
    combo_binding,
    line_binding,
    text_binding,
)
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.labels import (
    Intake,
    income_choices,
    life_domain_choices,
    reach_choices,
)
from jiu_desktop.views.participants.care_contacts import CareContactsBox
from jiu_desktop.views.participants.tabs.fields import ParagraphEdit

PREFIX = "intake."
#: What a field shows when there is no intake yet (the model's defaults).
EMPTY: dict[str, Any] = {
    **dict.fromkeys(intake.INTAKE_TEXT, ""),
    **dict.fromkeys(intake.INTAKE_BOOLS, False),
    "income": "onbekend",
}
SUBJECT_COLUMNS = 2


class IntakeSection(QGroupBox):
    """The intake's fields (bound into ``form``) and the care workers around them."""

    def __init__(self, context: AppContext, form: AutosaveForm) -> None:
        super().__init__()
        self.setTitle(self.tr("Getting to know each other (intake)"))
        self.setObjectName("intakeSection")
        self.context = context
        self.form = form
        self.sets: dict[str, list[tuple[str, QCheckBox]]] = {}
        #: The id of the intake shown (None: not started yet).
        self.row_id: str | None = None
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Don't question them: write down what they tell you themselves, short and "
                "in their own words."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        fields = QFormLayout()
        # Long questions go above their field when the column is narrow (Dutch at 1366).
        fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(fields)
        self._days(fields)
        self._means(fields)
        self._verbinder(fields)
        self._parent(fields)
        fields.addRow(self.tr("Er op af: reach them by"), self._choice_set("reach_by"))
        fields.addRow(self.tr("The coach works on"), self._choice_set("coach_subjects"))
        self.care = CareContactsBox(context)
        layout.addWidget(self.care)

    # -- building ------------------------------------------------------------------------
    def _bind(self, name: str, widget: QWidget, label: str) -> None:
        widget.setObjectName(PREFIX + name)
        if isinstance(widget, QLineEdit):
            binding = line_binding(widget)
        elif isinstance(widget, ParagraphEdit):
            binding = text_binding(widget)
        elif isinstance(widget, QCheckBox):
            binding = check_binding(widget)
        else:
            assert isinstance(widget, QComboBox)
            binding = combo_binding(widget)
        self.form.bind(PREFIX + name, binding, label)

    def _days(self, fields: QFormLayout) -> None:
        days = ParagraphEdit(lines=3)
        label = self.tr("What they do with their days")
        self._bind("days_now", days, label)
        fields.addRow(label, days)
        income = QComboBox()
        for code, text in income_choices():
            income.addItem(text, code)
        self._bind("income", income, self.tr("Income"))
        fields.addRow(self.tr("Income"), income)

    def _means(self, fields: QFormLayout) -> None:
        row = QHBoxLayout()
        for name, label in (
            ("has_computer", self.tr("Computer at home")),
            ("has_email", self.tr("Has e-mail")),
        ):
            check = QCheckBox(label)
            self._bind(name, check, label)
            row.addWidget(check)
        row.addStretch(1)
        fields.addRow(self.tr("At home"), row)
        row = QHBoxLayout()
        for name, label in (
            ("social_services_permission_needed", self.tr("Needed")),
            ("social_services_permission_given", self.tr("Given")),
        ):
            check = QCheckBox(label)
            what = self.tr("Social services permission: {what}").format(what=label)
            self._bind(name, check, what)
            row.addWidget(check)
        row.addStretch(1)
        fields.addRow(self.tr("Social services permission"), row)

    def _verbinder(self, fields: QFormLayout) -> None:
        hint = QLabel(
            self.tr("Who brought them in, and stays in the background (for when they drop out).")
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        fields.addRow(hint)
        for name, label in (
            ("verbinder_name", self.tr("Verbinder")),
            ("verbinder_reach", self.tr("How to reach the verbinder")),
        ):
            edit = QLineEdit()
            self._bind(name, edit, label)
            fields.addRow(label, edit)

    def _parent(self, fields: QFormLayout) -> None:
        contact = QCheckBox(self.tr("Yes"))
        self._bind("parent_contact", contact, self.tr("Contact with a parent"))
        fields.addRow(self.tr("Contact with a parent"), contact)
        who = QLineEdit()
        self._bind("parent_who", who, self.tr("Which parent"))
        fields.addRow(self.tr("Which parent"), who)
        allowed = QCheckBox(self.tr("We may contact this parent"))
        self._bind("parent_contact_allowed", allowed, self.tr("May contact the parent"))
        fields.addRow("", allowed)
        only = QLabel(self.tr("Only with their permission."))
        only.setObjectName("hint")
        only.setWordWrap(True)
        fields.addRow("", only)

    def _choice_set(self, name: str) -> QWidget:
        choices = reach_choices() if name == "reach_by" else life_domain_choices()
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        columns = len(choices) if name == "reach_by" else SUBJECT_COLUMNS
        boxes = []
        for index, (code, text) in enumerate(choices):
            check = QCheckBox(text)
            self._bind(f"{name}:{code}", check, text)
            grid.addWidget(check, index // columns, index % columns)
            boxes.append((code, check))
        grid.setColumnStretch(columns, 1)
        self.sets[name] = boxes
        return holder

    # -- data ----------------------------------------------------------------------------
    @staticmethod
    def owns(name: str) -> bool:
        """Whether a field of the form is the intake's."""
        return name.startswith(PREFIX)

    def values(self, participant_id: str | None) -> dict[str, Any]:
        """What the form shows for this participant's intake (empty when not started)."""
        row = intake.get_intake(self.context.store, participant_id) if participant_id else None
        self.row_id = row.id if row else None
        shown = {PREFIX + key: getattr(row, key) if row else value for key, value in EMPTY.items()}
        for name, boxes in self.sets.items():
            ticked = intake.chosen(getattr(row, name)) if row else ()
            shown.update({f"{PREFIX}{name}:{code}": code in ticked for code, _box in boxes})
        return shown

    def set_participant(self, participant_id: str | None) -> None:
        """Editable once the participant is stored; the care workers are theirs."""
        self.setEnabled(participant_id is not None)
        self.care.set_participant(participant_id)

    def save(self, participant_id: str, name: str, value: Any) -> Changes:
        field = name.removeprefix(PREFIX)
        if ":" in field:
            field = field.split(":", 1)[0]
            value = [code for code, box in self.sets[field] if box.isChecked()]
        changes = intake.save_intake(self.context.store, participant_id, **{field: value})
        if field == "coach_subjects":
            self.care.show_shared()
        return changes

    def on_changes(self, changes: Changes) -> bool:
        """Pass changes to the care workers; True when the intake shown changed (or one
        was started, perhaps this one, when it was not yet)."""
        self.care.on_changes(changes)
        if not changes.touches(Intake):
            return False
        return self.row_id is None or self.row_id in changes.ids
