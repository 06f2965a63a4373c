"""One meeting, added or changed: date, time, part, topic, place, led by, and *gaat niet
door*. "Save" hands what was typed to the caller's ``save`` (a service call); what was
wrong is said in the dialog, which stays open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import JiuError
from jiu_desktop.views.autosave import fit_date
from jiu_desktop.views.groups.buttons import action_buttons
from jiu_desktop.views.labels import Meeting, format_date, part_choices
from jiu_desktop.views.participants.tabs.fields import message_line

FIELDS = ("held_on", "starts_at", "ends_at", "part", "topic", "place", "led_by", "cancelled")


def meeting_values(meeting: Meeting) -> dict[str, Any]:
    return {name: getattr(meeting, name) for name in FIELDS}


def time_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setPlaceholderText("13:00")
    width = field.fontMetrics().horizontalAdvance("00:000") + 24
    field.setMinimumWidth(width)
    field.setMaximumWidth(width + 40)
    return field


class MeetingDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        save: Callable[[dict[str, Any]], object],
        meeting: Meeting | None = None,
        day: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.save = save
        self.setWindowTitle(self.tr("Meeting") if meeting else self.tr("New meeting"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.held_on = QLineEdit()
        self.held_on.setObjectName("meetingDate")
        fit_date(self.held_on)
        form.addRow(self.tr("Date"), self.held_on)
        times = QHBoxLayout()
        self.starts_at = time_field("meetingStart")
        self.ends_at = time_field("meetingEnd")
        times.addWidget(self.starts_at)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.ends_at)
        times.addStretch(1)
        form.addRow(self.tr("Time"), times)
        self.part = QComboBox()
        self.part.setObjectName("meetingPart")
        for code, label in part_choices():
            self.part.addItem(label, code)
        form.addRow(self.tr("Part"), self.part)
        self.topic = QLineEdit()
        self.topic.setObjectName("meetingTopic")
        self.topic.setPlaceholderText(self.tr("for example Kookclinic"))
        form.addRow(self.tr("Topic"), self.topic)
        self.place = QLineEdit()
        self.place.setObjectName("meetingPlace")
        form.addRow(self.tr("Place"), self.place)
        self.led_by = QLineEdit()
        self.led_by.setObjectName("meetingLedBy")
        form.addRow(self.tr("Led by"), self.led_by)
        self.cancelled = QCheckBox(self.tr("Does not go ahead (stays in the roster, not counted)"))
        self.cancelled.setObjectName("meetingCancelled")
        form.addRow("", self.cancelled)
        layout.addLayout(form)
        self.message = message_line()
        layout.addWidget(self.message)
        action_buttons(self, layout, self.tr("Save"), "saveMeeting")
        self.topic.setMinimumWidth(360)
        if meeting is not None:
            self._show(meeting_values(meeting))
        else:
            self.held_on.setText(format_date(day or date.today()))
            self.part.setCurrentIndex(max(0, self.part.findData("anders")))

    def _show(self, values: dict[str, Any]) -> None:
        self.held_on.setText(format_date(values["held_on"]))
        self.starts_at.setText(values["starts_at"])
        self.ends_at.setText(values["ends_at"])
        self.part.setCurrentIndex(max(0, self.part.findData(values["part"])))
        self.topic.setText(values["topic"])
        self.place.setText(values["place"])
        self.led_by.setText(values["led_by"])
        self.cancelled.setChecked(bool(values["cancelled"]))

    def typed(self) -> dict[str, Any]:
        return {
            "held_on": self.held_on.text().strip(),
            "starts_at": self.starts_at.text(),
            "ends_at": self.ends_at.text(),
            "part": self.part.currentData(),
            "topic": self.topic.text(),
            "place": self.place.text(),
            "led_by": self.led_by.text(),
            "cancelled": self.cancelled.isChecked(),
        }

    def accept(self) -> None:
        try:
            self.save(self.typed())
        except JiuError as error:
            self.message.setText(str(error))
            return
        super().accept()
