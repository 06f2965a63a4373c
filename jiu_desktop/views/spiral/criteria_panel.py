"""The criteria of the way to the next step, as prompts to talk about with tick boxes: in
the words addressed to the young person, the handbook's own words in the tooltip. They
support the conversation; nothing is computed from them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.services.spiral_criteria import Criterion, SpiralWords


class CriterionTick(QWidget):
    """A tick box with its text wrapped beside it; a click on the text ticks it too."""

    def __init__(self, criterion: Criterion, met: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = criterion.key
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        self.box = QCheckBox()
        self.box.setObjectName(f"criterion_{criterion.key}")
        self.box.setChecked(met)
        self.box.setAccessibleName(criterion.b1)
        self.text = QLabel(criterion.b1)
        self.text.setWordWrap(True)
        self.text.setBuddy(self.box)
        tip = self.tr("Handbook: “{words}”").format(words=criterion.original)
        for widget in (self.box, self.text):
            widget.setToolTip(tip)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)


class CriteriaPanel(QFrame):
    #: A tick changed (arguments: criterion key, met).
    ticked = Signal(str, bool)

    def __init__(self, words: SpiralWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criteriaPanel")
        self.setStyleSheet(
            "QFrame#criteriaPanel { background: white; border: 1px solid #d5dedc;"
            " border-radius: 8px; }"
            " QFrame#criteriaPanel QWidget#criteriaList { background: white; }"
        )
        self.words = words
        self.ticks: list[CriterionTick] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.heading = QLabel()
        self.heading.setObjectName("criteriaHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.heading)
        self.intro = QLabel()
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.list = QWidget()
        self.list.setObjectName("criteriaList")
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 4, 0, 0)
        self.list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(self.list)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)

    def show_for(self, domain_label: str, step: int | None, met: dict[str, bool]) -> None:
        """The criteria of the way from ``step`` (None: no step chosen yet) to the next,
        ticked as in ``met``."""
        for tick in self.ticks:
            tick.deleteLater()
        self.ticks = []
        transition = self.words.next_transition(step) if step is not None else None
        if step is None:
            self.heading.setText(domain_label)
            self.intro.setText(
                self.tr(
                    "Choose a step for this life domain first; then the points of the way to "
                    "the next step show here, to talk about."
                )
            )
            return
        if transition is None:
            self.heading.setText(domain_label)
            self.intro.setText(self.tr("This is the last step of the spiral."))
            return
        self.heading.setText(
            self.tr("{domain}: from {start} to {next}").format(
                domain=domain_label,
                start=self.words.step(transition.from_step).label,
                next=self.words.step(transition.to_step).label,
            )
        )
        self.intro.setText(
            self.tr(
                "To talk about together. Tick what they already show; it does not decide the step."
            )
        )
        for criterion in transition.criteria:
            tick = CriterionTick(criterion, met.get(criterion.key, False), self.list)
            tick.box.toggled.connect(lambda on, key=criterion.key: self.ticked.emit(key, on))
            self.list_layout.insertWidget(self.list_layout.count() - 1, tick)
            self.ticks.append(tick)

    def values(self) -> dict[str, bool]:
        return {tick.key: tick.box.isChecked() for tick in self.ticks}
