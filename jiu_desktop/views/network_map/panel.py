"""The side panel: the selected person's fields, their line, trust, and the steps to
improve the connection. Every change is saved by the tab as an undoable command: a choice
at once, typing once it pauses (``DEBOUNCE_MS``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.services.map_labels import trust_choices
from jiu_desktop.views.autosave import DEBOUNCE_MS
from jiu_desktop.views.network_map.person_fields import PersonFields
from jiu_desktop.views.network_map.steps import StepList

PANEL_WIDTH = 300
#: Typed fields wait for a pause; the others save at once.
TYPED = ("label", "own_words", "coach_note")


class PersonPanel(QScrollArea):
    #: Save these fields of the person shown (values as the service takes them).
    save = Signal(dict)
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFixedWidth(PANEL_WIDTH)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(8, 4, 8, 4)
        self.hint = QLabel(
            self.tr(
                "Click a person to see and change them here. Drag a person to move them. "
                "Drag up or down on a line, or press + and − (or turn the wheel, once the "
                "map is clicked), to make it thicker or thinner."
            )
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.fields = PersonFields(narrow=True)
        self.fields.edited.connect(self._edited)
        body.addWidget(self.fields)
        body.addLayout(self._line_form())
        body.addWidget(self._heading(self.tr("Improve the connection")))
        self.improve = QCheckBox(self.tr("They want to improve it"))
        self.improve.setObjectName("personImprove")
        self.improve.toggled.connect(lambda on: self._emit({"improve": on}))
        body.addWidget(self.improve)
        self.steps = StepList()
        body.addWidget(self.steps)
        delete = QPushButton(self.tr("Remove from the map"))
        delete.setToolTip("Del")
        delete.setObjectName("deletePerson")
        delete.clicked.connect(self.delete_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(delete)
        body.addLayout(row)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.setWidget(inner)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.flush)
        self._typed: set[str] = set()
        self._loading = False
        self.show_person(None)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold; margin-top: 8px;")
        return label

    def _line_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        row = QHBoxLayout()
        self.strength = QSlider(Qt.Orientation.Horizontal)
        self.strength.setObjectName("personStrength")
        self.strength.setRange(1, 5)
        self.strength.setPageStep(1)
        self.strength.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.strength.setTickInterval(1)
        self.strength.valueChanged.connect(self._strength_moved)
        thin, thick = QLabel(self.tr("thin")), QLabel(self.tr("thick"))
        row.addWidget(thin)
        row.addWidget(self.strength, 1)
        row.addWidget(thick)
        self.strength_value = QLabel()
        self.strength_value.setObjectName("strengthValue")
        row.addWidget(self.strength_value)
        form.addRow(self.tr("Line"), row)
        self.trust = QComboBox()
        self.trust.setObjectName("personTrust")
        for code, text in trust_choices():
            self.trust.addItem(text, code)
        self.trust.activated.connect(lambda: self._emit({"trust": self.trust.currentData()}))
        form.addRow(self.tr("Trust"), self.trust)
        return form

    # -- showing ---------------------------------------------------------------------------
    def show_person(
        self, person: Any | None, steps: list[Any] | None = None, keep_typing: bool = False
    ) -> None:
        """Show ``person`` (a stored row, or None for the hint). ``keep_typing``: the same
        person afresh after a save; the field being typed in keeps its text."""
        if not keep_typing:
            self.timer.stop()
            self._typed.clear()
        self.hint.setVisible(person is None)
        self.body.setVisible(person is not None)
        if person is None:
            return
        self._loading = True
        try:
            values = {name: getattr(person, name) for name in self._names()}
            self.fields.show_values(values, keep_typing)
            self.show_strength(person.strength)
            self.trust.setCurrentIndex(max(self.trust.findData(person.trust), 0))
            self.improve.setChecked(person.improve)
        finally:
            self._loading = False
        self.steps.show_steps(steps or [])

    def show_strength(self, strength: int) -> None:
        was = self._loading
        self._loading = True
        self.strength.setValue(strength)
        self.strength_value.setText(str(strength))
        self._loading = was

    def _names(self) -> tuple[str, ...]:
        return ("label", "category", "annotations", "own_words", "coach_note")

    # -- saving ----------------------------------------------------------------------------
    def _edited(self, name: str) -> None:
        if self._loading:
            return
        if name in TYPED:
            self._typed.add(name)
            self.timer.start()
        else:
            self._emit({name: self.fields.values()[name]})

    def _strength_moved(self, value: int) -> None:
        self.strength_value.setText(str(value))
        if not self._loading:
            self._emit({"strength": value})

    def _emit(self, values: dict[str, Any]) -> None:
        if not self._loading:
            self.save.emit(values)

    def flush(self) -> None:
        """Save what is typed and not saved yet."""
        self.timer.stop()
        if self._typed:
            shown = self.fields.values()
            values = {name: shown[name] for name in sorted(self._typed)}
            self._typed.clear()
            self.save.emit(values)
