"""Verbinding verbeteren: the steps to improve the connection with one person, and how
each went (terugkoppeling). The steps belong to the person on every version of the map."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import JiuError
from jiu_desktop.services.map_labels import outcome_label
from jiu_desktop.services.network_map import clean_step_fields
from jiu_desktop.views.autosave import fit_date
from jiu_desktop.views.labels import format_date
from jiu_desktop.views.participants.tabs.fields import ParagraphEdit
from jiu_desktop.views.style import mark_primary

STEP_ID_ROLE = Qt.ItemDataRole.UserRole
OUTCOMES = ("open", "gelukt", "belemmeringen")


def step_line(step: Any) -> str:
    """``Samen koffie drinken · met zus · 12-12-2026 · gelukt``."""
    parts = [step.what]
    if step.with_whom:
        parts.append(
            QCoreApplication.translate("StepList", "with {whom}").format(whom=step.with_whom)
        )
    if step.planned_on:
        parts.append(format_date(step.planned_on))
    if step.outcome != "open":
        parts.append(outcome_label(step.outcome))
    return " · ".join(parts)


class StepDialog(QDialog):
    """One step: wat, met wie, wanneer; and later the terugkoppeling."""

    def __init__(self, parent: QWidget | None, step: Any | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Step to improve the connection"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.what = QLineEdit(getattr(step, "what", ""))
        self.what.setObjectName("stepWhat")
        self.what.setPlaceholderText(self.tr("e.g. “zus een berichtje sturen”"))
        form.addRow(self.tr("What"), self.what)
        self.with_whom = QLineEdit(getattr(step, "with_whom", ""))
        self.with_whom.setObjectName("stepWithWhom")
        form.addRow(self.tr("With whom"), self.with_whom)
        self.planned_on = QLineEdit(format_date(getattr(step, "planned_on", None)))
        self.planned_on.setObjectName("stepPlannedOn")
        fit_date(self.planned_on)
        form.addRow(self.tr("When"), self.planned_on)
        self.outcome = QComboBox()
        self.outcome.setObjectName("stepOutcome")
        for code in OUTCOMES:
            self.outcome.addItem(outcome_label(code), code)
        self.outcome.setCurrentIndex(
            max(self.outcome.findData(getattr(step, "outcome", "open")), 0)
        )
        form.addRow(self.tr("How it went"), self.outcome)
        self.feedback = ParagraphEdit(2)
        self.feedback.setObjectName("stepFeedback")
        self.feedback.setPlainText(getattr(step, "feedback", ""))
        self.feedback.setPlaceholderText(self.tr("what they said about it"))
        form.addRow("", self.feedback)
        self.feedback_on = QLineEdit(format_date(getattr(step, "feedback_on", None)))
        self.feedback_on.setObjectName("stepFeedbackOn")
        fit_date(self.feedback_on)
        form.addRow(self.tr("Told on"), self.feedback_on)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        save = QPushButton(self.tr("Save"))
        save.setObjectName("saveStep")
        save.setDefault(True)
        mark_primary(save)
        buttons.addButton(save, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancel")
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        outcome = self.outcome.currentData()
        told = self.feedback_on.text().strip()
        if outcome != "open" and not told:
            told = format_date(date.today())
        return {
            "what": self.what.text(),
            "with_whom": self.with_whom.text(),
            "planned_on": self.planned_on.text().strip() or None,
            "outcome": outcome,
            "feedback": self.feedback.toPlainText(),
            "feedback_on": (told or None) if outcome != "open" else None,
        }

    def clean_values(self) -> dict[str, Any]:
        return clean_step_fields(self.values())

    def _check(self) -> None:
        try:
            self.clean_values()
        except JiuError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return
        self.accept()


class StepList(QWidget):
    """The steps of the selected person, with add, change and delete."""

    add_requested = Signal()
    edit_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("mapSteps")
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(110)
        self.list.itemActivated.connect(
            lambda item: self.edit_requested.emit(item.data(STEP_ID_ROLE))
        )
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add step…"))
        self.add_button.setObjectName("addStep")
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton(self.tr("Change…"))
        self.edit_button.setObjectName("editStep")
        self.edit_button.clicked.connect(self._edit)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteStep")
        self.delete_button.clicked.connect(self._delete)
        for button in (self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_steps(self, steps: list[Any]) -> None:
        self.list.clear()
        for step in steps:
            item = QListWidgetItem(step_line(step))
            item.setData(STEP_ID_ROLE, step.id)
            if step.feedback:
                item.setToolTip(step.feedback)
            self.list.addItem(item)
        self.list.setVisible(bool(steps))
        self.edit_button.setVisible(bool(steps))
        self.delete_button.setVisible(bool(steps))

    def _selected(self) -> str | None:
        item = self.list.currentItem() or (self.list.item(0) if self.list.count() == 1 else None)
        return str(item.data(STEP_ID_ROLE)) if item is not None else None

    def _edit(self) -> None:
        if (step_id := self._selected()) is not None:
            self.edit_requested.emit(step_id)

    def _delete(self) -> None:
        if (step_id := self._selected()) is not None:
            self.delete_requested.emit(step_id)
