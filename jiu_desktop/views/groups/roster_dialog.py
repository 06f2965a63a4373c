"""*Rooster maken…*: "12 weken, dinsdag en donderdag 13:00–15:30, vanaf 2 maart", with a
preview, as the answers are typed, of how many meetings that makes and what is left alone
(meetings there already, meetings deleted before; see ``services/meetings.py``).

Everything is reachable by keyboard: Tab through the fields, Space ticks a day, Enter
makes the roster.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.db.store import Store
from jiu_desktop.errors import JiuError
from jiu_desktop.services import meetings
from jiu_desktop.services.changes import NOTHING
from jiu_desktop.services.meetings import MAX_WEEKS, RosterPlan
from jiu_desktop.views.autosave import fit_date
from jiu_desktop.views.groups.buttons import action_buttons
from jiu_desktop.views.groups.meeting_dialog import time_field
from jiu_desktop.views.labels import day_text, format_date, part_choices, weekday_name
from jiu_desktop.views.participants.tabs.fields import message_line

#: The handbook's: twelve weeks, two afternoons a week (Tuesday and Thursday), 13:00–15:30.
WEEKS, DAYS, STARTS_AT, ENDS_AT = 12, (1, 3), "13:00", "15:30"


class RosterDialog(QDialog):
    def __init__(self, store: Store, group_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.group_id = store, group_id
        self.made: RosterPlan | None = None
        self.changes = NOTHING
        self.setWindowTitle(self.tr("Make roster"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.first_day = QLineEdit()
        self.first_day.setObjectName("rosterFrom")
        fit_date(self.first_day)
        self.first_day.setMaximumWidth(self.first_day.minimumWidth() + 60)
        group = meetings.get_group(store, group_id)
        self.first_day.setText(format_date(group.starts_on or _next_monday(date.today())))
        form.addRow(self.tr("From"), self.first_day)
        self.weeks = QSpinBox()
        self.weeks.setObjectName("rosterWeeks")
        self.weeks.setRange(1, MAX_WEEKS)
        self.weeks.setValue(WEEKS)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setMaximumWidth(self.weeks.sizeHint().width() + 40)
        form.addRow(self.tr("For"), self.weeks)
        days = QHBoxLayout()
        self.days: list[QCheckBox] = []
        for weekday in range(7):
            box = QCheckBox(weekday_name(weekday))
            box.setObjectName(f"rosterDay{weekday}")
            box.setChecked(weekday in DAYS)
            box.toggled.connect(self.preview)
            self.days.append(box)
            days.addWidget(box)
        days.addStretch(1)
        form.addRow(self.tr("On"), days)
        times = QHBoxLayout()
        self.starts_at = time_field("rosterStart")
        self.starts_at.setText(STARTS_AT)
        self.ends_at = time_field("rosterEnd")
        self.ends_at.setText(ENDS_AT)
        times.addWidget(self.starts_at)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.ends_at)
        times.addStretch(1)
        form.addRow(self.tr("Time"), times)
        self.part = QComboBox()
        self.part.setObjectName("rosterPart")
        for code, label in part_choices():
            self.part.addItem(label, code)
        form.addRow(self.tr("Part"), self.part)
        self.place = QLineEdit()
        self.place.setObjectName("rosterPlace")
        self.place.setPlaceholderText(self.tr("for example Buurthuis De Poort"))
        form.addRow(self.tr("Place"), self.place)
        layout.addLayout(form)
        self.summary = QLabel()
        self.summary.setObjectName("rosterPreview")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 12pt; margin-top: 8px;")
        layout.addWidget(self.summary)
        self.details = QLabel()
        self.details.setObjectName("hint")
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.message = message_line()
        layout.addWidget(self.message)
        self.make = action_buttons(self, layout, self.tr("Make roster"), "makeRoster")
        for field in (self.first_day, self.starts_at, self.ends_at):
            field.textChanged.connect(self.preview)
        self.weeks.valueChanged.connect(self.preview)
        self.summary.setMinimumWidth(self.days[0].sizeHint().width() * 8)
        self.preview()
        self.first_day.setFocus()

    def weekdays(self) -> list[int]:
        return [n for n, box in enumerate(self.days) if box.isChecked()]

    def _answers(self) -> tuple[str, int, list[int], str, str]:
        return (
            self.first_day.text().strip(),
            self.weeks.value(),
            self.weekdays(),
            self.starts_at.text(),
            self.ends_at.text(),
        )

    def preview(self) -> None:
        """How many meetings the answers make, or what is wrong with them."""
        try:
            plan = meetings.plan_roster(self.store, self.group_id, *self._answers())
        except JiuError as error:
            self.summary.setText("")
            self.details.setText("")
            self.message.setText(str(error))
            self.make.setEnabled(False)
            return
        self.message.setText("")
        self.summary.setText(self._summary(plan))
        self.details.setText(self._details(plan))
        self.make.setEnabled(bool(plan.new))

    def _summary(self, plan: RosterPlan) -> str:
        if not plan.days:
            return self.tr("These weeks hold none of the chosen days.")
        if not plan.new:
            return self.tr("Nothing to add: this roster is there already.")
        if len(plan.new) == 1:
            return self.tr("Makes one meeting, on {day}.").format(day=day_text(plan.new[0]))
        return self.tr("Makes {count} meetings, from {first} to {last}.").format(
            count=len(plan.new),
            first=day_text(plan.new[0], year=False),
            last=day_text(plan.new[-1]),
        )

    def _details(self, plan: RosterPlan) -> str:
        lines = []
        if plan.existing:
            lines.append(
                self.tr("There already, and left as they are: {count}.").format(
                    count=len(plan.existing)
                )
            )
        if plan.deleted:
            lines.append(
                self.tr(
                    "Deleted before, and not made again: {count}. Wanted after all? Add it "
                    "with “Add meeting…”."
                ).format(count=len(plan.deleted))
            )
        return "\n".join(lines)

    def accept(self) -> None:
        try:
            made = meetings.make_roster(
                self.store,
                self.group_id,
                *self._answers(),
                part=str(self.part.currentData()),
                place=self.place.text(),
            )
        except JiuError as error:
            self.message.setText(str(error))
            return
        self.made = made.plan
        self.changes = made.changes
        super().accept()


def _next_monday(today: date) -> date:
    return today + timedelta(days=(7 - today.weekday()) % 7 or 7)
