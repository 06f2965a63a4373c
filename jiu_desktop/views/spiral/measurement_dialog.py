"""*Nieuwe meting*: the date (today), a step per domain (a domain may be skipped), whether
it was filled in together with the young person, and a short note. Beside the domains,
for the one being talked about, the criteria of the way to its next step, with tick
boxes; the step last measured is shown next to each domain.

The dialog saves through the function it is given and stays open, with the message,
when that refuses; Ctrl+Enter saves from any field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import JiuError
from jiu_desktop.services.spiral_criteria import SpiralWords, StepWords
from jiu_desktop.views.autosave import fit_date
from jiu_desktop.views.labels import format_date, spiral_domain_choices
from jiu_desktop.views.participants.tabs.fields import ParagraphEdit, message_line
from jiu_desktop.views.spiral.criteria_panel import CriteriaPanel
from jiu_desktop.views.style import mark_primary


@dataclass
class MeasurementValues:
    """What the coach filled in, as ``spiral.record_measurement`` takes it."""

    assessed_on: str
    steps: dict[str, int]
    together: bool
    note: str
    criteria: dict[str, dict[str, bool]] = field(default_factory=dict)


def step_box(steps: tuple[StepWords, ...], *, skip_text: str | None) -> QComboBox:
    """A choice of step ("3 Ondersteunen"); first "—" (not measured) when ``skip_text``.
    Typing the number chooses the step."""
    box = QComboBox()
    if skip_text is not None:
        box.addItem(skip_text, None)
    for step in steps:
        box.addItem(step.label, step.step)
        box.setItemData(box.count() - 1, step.handbook, Qt.ItemDataRole.ToolTipRole)
    return box


class NewMeasurementDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        words: SpiralWords,
        steps: tuple[StepWords, ...],
        previous: dict[str, tuple[int, date]],
        save: Callable[[MeasurementValues], None],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New measurement"))
        self.setObjectName("newMeasurement")
        self.words, self.save = words, save
        self.boxes: dict[str, QComboBox] = {}
        self.labels: dict[str, str] = dict(spiral_domain_choices())
        #: Ticks per domain, kept while the coach moves between domains.
        self.ticks: dict[str, dict[str, bool]] = {}
        self.current: str = next(iter(self.labels))
        outer = QVBoxLayout(self)
        outer.addLayout(self._top_row())
        intro = QLabel(
            self.tr(
                "Choose a step for each life domain you talk about; skip the others. Beside "
                "it: the points of the way to the next step, to talk about together."
            )
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        body = QHBoxLayout()
        body.addLayout(self._domain_grid(steps, previous))
        self.criteria = CriteriaPanel(words)
        self.criteria.setMinimumWidth(400)
        self.criteria.ticked.connect(self._ticked)
        body.addWidget(self.criteria, 1)
        outer.addLayout(body, 1)
        note_label = QLabel(self.tr("&Note"))
        self.note = ParagraphEdit(2)
        self.note.setObjectName("measurementNote")
        self.note.setPlaceholderText(
            self.tr("For the coaches, in a few words. It is not printed on My spiral.")
        )
        note_label.setBuddy(self.note)
        outer.addWidget(note_label)
        outer.addWidget(self.note)
        self.message = message_line()
        outer.addWidget(self.message)
        outer.addWidget(self._buttons())
        self._first: QWidget = self.boxes[self.current]
        self._show_criteria(self.current)

    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("&Date"))
        self.assessed_on = QLineEdit(format_date(date.today()))
        self.assessed_on.setObjectName("measuredOn")
        fit_date(self.assessed_on)
        label.setBuddy(self.assessed_on)
        self.together = QCheckBox(self.tr("Filled in &together with the participant"))
        self.together.setObjectName("measuredTogether")
        row.addWidget(label)
        row.addWidget(self.assessed_on)
        row.addSpacing(24)
        row.addWidget(self.together)
        row.addStretch(1)
        return row

    def _domain_grid(
        self, steps: tuple[StepWords, ...], previous: dict[str, tuple[int, date]]
    ) -> QGridLayout:
        grid = QGridLayout()
        grid.setVerticalSpacing(4)
        for column, text in enumerate(
            (self.tr("Life domain"), self.tr("Step"), self.tr("Last time"))
        ):
            head = QLabel(text)
            head.setObjectName("hint")
            grid.addWidget(head, 0, column)
        names = {s.step: s.name for s in steps}
        for row, (domain, label) in enumerate(self.labels.items(), start=1):
            name = QLabel(label)
            if row == 1:
                name.setStyleSheet("font-weight: bold;")
            box = step_box(steps, skip_text=self.tr("— not now"))
            box.setObjectName(f"step_{domain}")
            box.setAccessibleName(label)
            name.setBuddy(box)
            box.installEventFilter(self)
            box.currentIndexChanged.connect(lambda _i, d=domain: self._show_criteria(d))
            self.boxes[domain] = box
            before = previous.get(domain)
            last = QLabel(
                self.tr("{step} · {date}").format(
                    step=f"{before[0]} {names.get(before[0], '')}".strip(),
                    date=format_date(before[1]),
                )
                if before
                else ""
            )
            last.setObjectName("hint")
            grid.addWidget(name, row, 0)
            grid.addWidget(box, row, 1)
            grid.addWidget(last, row, 2)
        grid.setColumnStretch(0, 1)
        return grid

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("Save measurement"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveMeasurement")
        self.save_button.setToolTip("Ctrl+Enter")
        mark_primary(self.save_button)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        return buttons

    def start_at(self, domain: str) -> None:
        """The keyboard starts in this domain's step (the row chosen on the chart)."""
        if domain in self.boxes:
            self._first = self.boxes[domain]
            self._show_criteria(domain)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._first.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the criteria of the domain being talked about -----------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for domain, box in self.boxes.items():
                if box is watched:
                    self._show_criteria(domain)
        return super().eventFilter(watched, event)

    def _show_criteria(self, domain: str) -> None:
        self.current = domain
        step = self.boxes[domain].currentData() if domain in self.boxes else None
        self.criteria.show_for(self.labels[domain], step, self.ticks.get(domain, {}))

    def _ticked(self, key: str, met: bool) -> None:
        self.ticks.setdefault(self.current, {})[key] = met

    # -- saving ------------------------------------------------------------------------------
    def values(self) -> MeasurementValues:
        steps = {d: int(box.currentData()) for d, box in self.boxes.items() if box.currentData()}
        criteria: dict[str, dict[str, bool]] = {}
        for domain, step in steps.items():
            transition = self.words.next_transition(step)
            keys = {c.key for c in transition.criteria} if transition else set()
            ticked = {k: True for k, met in self.ticks.get(domain, {}).items() if met and k in keys}
            if ticked:
                criteria[domain] = ticked
        return MeasurementValues(
            assessed_on=self.assessed_on.text().strip(),
            steps=steps,
            together=self.together.isChecked(),
            note=self.note.toPlainText().strip(),
            criteria=criteria,
        )

    def accept(self) -> None:
        try:
            self.save(self.values())
        except JiuError as error:
            self.message.setText(str(error))
            return
        super().accept()
