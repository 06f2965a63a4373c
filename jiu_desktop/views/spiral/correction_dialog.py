"""Correcting one row of a measurement: its date, step, "together" and note, and the
criteria talked about for the way to its next step. A correction, not a new
measurement: a next measurement is made with *Nieuwe meting*.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import JiuError
from jiu_desktop.services.spiral_criteria import SpiralWords, StepWords
from jiu_desktop.views.autosave import fit_date
from jiu_desktop.views.labels import format_date
from jiu_desktop.views.participants.tabs.fields import ParagraphEdit, message_line
from jiu_desktop.views.spiral.criteria_panel import CriteriaPanel
from jiu_desktop.views.spiral.measurement_dialog import step_box
from jiu_desktop.views.style import mark_primary


@dataclass(frozen=True)
class Shown:
    """The row as it is stored, to correct."""

    domain_label: str
    assessed_on: date
    step: int
    together: bool
    note: str
    ticks: dict[str, bool]


@dataclass(frozen=True)
class Correction:
    """The fields as corrected, as ``spiral.correct_assessment`` takes them."""

    assessed_on: str
    step: int
    together: bool
    note: str
    criteria: dict[str, bool]


class CorrectionDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        words: SpiralWords,
        steps: tuple[StepWords, ...],
        shown: Shown,
        save: Callable[[Correction], None],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct measurement"))
        self.setObjectName("correctMeasurement")
        self.shown, self.save = shown, save
        self.ticks = dict(shown.ticks)
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        heading = QLabel(shown.domain_label)
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        left.addWidget(heading)
        form = QFormLayout()
        self.assessed_on = QLineEdit(format_date(shown.assessed_on))
        self.assessed_on.setObjectName("correctedOn")
        fit_date(self.assessed_on)
        form.addRow(self.tr("&Date"), self.assessed_on)
        if shown.step not in [s.step for s in steps]:
            steps = (*steps, words.step(shown.step))  # step 6, switched off since
        self.step = step_box(steps, skip_text=None)
        self.step.setObjectName("correctedStep")
        self.step.setCurrentIndex(max(self.step.findData(shown.step), 0))
        self.step.currentIndexChanged.connect(self._show_criteria)
        form.addRow(self.tr("&Step"), self.step)
        self.together = QCheckBox(self.tr("Filled in &together with the participant"))
        self.together.setObjectName("correctedTogether")
        self.together.setChecked(shown.together)
        form.addRow("", self.together)
        self.note = ParagraphEdit(3)
        self.note.setObjectName("correctedNote")
        self.note.setPlainText(shown.note)
        form.addRow(self.tr("&Note"), self.note)
        left.addLayout(form)
        left.addStretch(1)
        self.message = message_line()
        left.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        save_button = buttons.addButton(
            self.tr("Save correction"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        save_button.setObjectName("saveCorrection")
        mark_primary(save_button)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        left.addWidget(buttons)
        outer.addLayout(left, 1)
        self.criteria = CriteriaPanel(words)
        self.criteria.setMinimumWidth(380)
        self.criteria.ticked.connect(lambda key, met: self.ticks.__setitem__(key, met))
        outer.addWidget(self.criteria, 1)
        self._show_criteria()

    def _show_criteria(self) -> None:
        self.criteria.show_for(self.shown.domain_label, self.step.currentData(), self.ticks)

    def values(self) -> Correction:
        shown = self.criteria.values()
        return Correction(
            assessed_on=self.assessed_on.text().strip(),
            step=int(self.step.currentData()),
            together=self.together.isChecked(),
            note=self.note.toPlainText().strip(),
            # Only what differs from what is stored: an untouched box writes nothing.
            criteria={k: met for k, met in shown.items() if met != self.shown.ticks.get(k, False)},
        )

    def accept(self) -> None:
        try:
            self.save(self.values())
        except JiuError as error:
            self.message.setText(str(error))
            return
        super().accept()
