"""The "Traject" section of the "Gegevens" tab: the status and its history, how someone
came to the project, their group and their coach.

Why someone stopped (``left_reason``) is asked only while the status is *afgehaakt*; it is
for the coaches only, and kept when the status changes back (then it is hidden again).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from jiu_desktop.services import team
from jiu_desktop.views.autosave import AutosaveForm, combo_binding, date_binding, line_binding
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.labels import left_reason_choices, referral_source_choices, status_choices
from jiu_desktop.views.participants.group_field import GroupField

#: The status that asks why.
STOPPED = "afgehaakt"


class TrajectorySection(QGroupBox):
    """``initiator``: the tab, named as the maker of what is saved here."""

    def __init__(self, context: AppContext, form: AutosaveForm, initiator: QObject) -> None:
        super().__init__()
        self.setTitle(self.tr("Trajectory"))
        self.context, self.form, self.initiator = context, form, initiator
        self.rows = QFormLayout(self)
        self.status = self._combo("status", self.tr("Status"), status_choices())
        self.history = QLabel()
        self.history.setObjectName("hint")
        self.history.setWordWrap(True)
        self.rows.addRow("", self.history)
        self.left_reason_row = self._left_reason()
        self._line("intake_date", self.tr("Intake date"), date=True)
        self.referral_source = self._combo(
            "referral_source", self.tr("Referred via"), referral_source_choices()
        )
        self._line("referrer", self.tr("Referred by (name or organisation)"), wrap=True)
        self.group_field = GroupField(context, initiator)  # through the group history
        self.group = self.group_field.combo
        self.rows.addRow(self.tr("Group"), self.group_field)
        self.coach = QComboBox()
        self.coach.setObjectName("coach_id")
        form.bind("coach_id", combo_binding(self.coach), self.tr("Coach"))
        row = QHBoxLayout()
        row.addWidget(self.coach, 1)
        add = QPushButton(self.tr("New…"))
        add.clicked.connect(self.new_coach)
        row.addWidget(add)
        self.rows.addRow(self.tr("Coach"), row)
        self.status.currentIndexChanged.connect(lambda _i: self._show_left_reason())
        self._show_left_reason()
        self._steady_labels()

    def _label(self, text: str, wrap: bool) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(wrap)
        return label

    def _line(self, name: str, label: str, date: bool = False, wrap: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        self.form.bind(name, date_binding(edit) if date else line_binding(edit), label)
        self.rows.addRow(self._label(label, wrap), edit)
        return edit

    def _combo(self, name: str, label: str, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for code, text in choices:
            combo.addItem(text, code)
        self.form.bind(name, combo_binding(combo), label)
        self.rows.addRow(label, combo)
        return combo

    def _left_reason(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.left_reason = QComboBox()
        self.left_reason.setObjectName("left_reason")
        for code, text in left_reason_choices():
            self.left_reason.addItem(text, code)
        label = self.tr("Why stopped")
        self.form.bind("left_reason", combo_binding(self.left_reason), label)
        layout.addWidget(self.left_reason, 1)
        only = QLabel(self.tr("only for the coaches"))
        only.setObjectName("hint")
        only.setToolTip(
            self.tr(
                "Never printed for the young person; in a report only as a count that "
                "hides small numbers."
            )
        )
        layout.addWidget(only)
        self.rows.addRow(label, row)
        return row

    def _steady_labels(self) -> None:
        """A long label wraps within the width of the others, also the hidden one, so
        the fields keep their width and stay put when "why stopped" comes and goes."""
        labels = [
            item.widget()
            for row in range(self.rows.rowCount())
            if (item := self.rows.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
            and isinstance(item.widget(), QLabel)
        ]
        plain = [label for label in labels if isinstance(label, QLabel) and not label.wordWrap()]
        width = max(label.sizeHint().width() for label in plain)
        for label in labels:
            if isinstance(label, QLabel) and label.wordWrap():
                label.setFixedWidth(width)

    def _show_left_reason(self) -> None:
        self.rows.setRowVisible(self.left_reason_row, self.status.currentData() == STOPPED)

    def fill_coaches(self) -> None:
        combo = self.coach
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(none)"), None)
        for coach in team.list_coaches(self.context.store):
            combo.addItem(coach.name, coach.id)
        combo.blockSignals(False)

    def new_coach(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New coach"), self.tr("Name of the coach"))
        if ok and name.strip():
            coach = team.create_coach(self.context.store, name)
            self.context.announce(coach.changes, self.initiator)
            self.fill_coaches()
            self.form.apply("coach_id", coach.id)
