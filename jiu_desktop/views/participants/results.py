"""Results (resultaten) of a trajectory, on the "Gegevens" tab: a diploma, work, school,
an internship, volunteer work, a follow-up programme; each with a date and a short note."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from jiu_desktop.services import outcomes
from jiu_desktop.services.changes import Changes
from jiu_desktop.views.autosave import fit_date
from jiu_desktop.views.form_dialog import form_foot
from jiu_desktop.views.labels import Outcome, format_date, outcome_kind_choices, outcome_kind_label
from jiu_desktop.views.participants.row_box import RowsBox
from jiu_desktop.views.participants.row_list import Column, RowService


class ResultDialog(QDialog):
    def __init__(self, parent: QWidget, outcome: Outcome | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Result"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.setObjectName("outcomeKind")
        for code, label in outcome_kind_choices():
            self.kind.addItem(label, code)
        if outcome is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(outcome.kind), 0))
        self.date = QLineEdit(format_date(outcome.achieved_on if outcome else date.today()))
        self.date.setObjectName("achievedOn")
        fit_date(self.date)
        self.note = QLineEdit(outcome.note if outcome else "")
        self.note.setObjectName("outcomeNote")
        self.note.setPlaceholderText(self.tr("e.g. “bij de bakker, 24 uur”"))
        form.addRow(self.tr("Result"), self.kind)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Note"), self.note)
        self.message = form_foot(self, form, "saveOutcome")
        self.kind.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "achieved_on": self.date.text().strip(),
            "note": self.note.text(),
        }


class ResultsBox(RowsBox[Outcome]):
    name = "outcome"
    service = RowService(
        outcomes.list_outcomes,
        outcomes.add_outcome,
        outcomes.update_outcome,
        outcomes.delete_outcome,
        outcomes.restore_outcome,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setTitle(self.tr("Results"))
        self.setObjectName("resultsBox")

    def columns(self) -> Sequence[Column[Outcome]]:
        return (
            Column(self.tr("Result"), lambda o: outcome_kind_label(o.kind), stretch=True),
            Column(self.tr("Date"), lambda o: format_date(o.achieved_on)),
            Column(self.tr("Note"), lambda o: o.note, stretch=True),
        )

    def empty_text(self) -> str:
        return self.tr("No results yet. A diploma, work, school or an internship? Add it.")

    def dialog(self, row: Outcome | None) -> ResultDialog:
        return ResultDialog(self, row)

    def values_of(self, row: Outcome) -> dict[str, Any]:
        return {"kind": row.kind, "achieved_on": row.achieved_on, "note": row.note}

    def step_texts(self, row: Outcome) -> tuple[str, str, str]:
        return (self.tr("Add result"), self.tr("Change result"), self.tr("Remove result"))

    def removed_words(self, row: Outcome) -> str:
        return self.tr("Removed: {result} ({date}).").format(
            result=outcome_kind_label(row.kind), date=format_date(row.achieved_on)
        )

    def touched_by(self, changes: Changes) -> bool:
        return changes.touches(Outcome)
