"""The choice above the report: a period (this calendar year by default; quick choices for
this year, last year and each quarter of both), all groups or one, and whether small
numbers are shown (for internal use; then a warning stays in sight)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.services.validation import as_date
from jiu_desktop.views.autosave import fit_date
from jiu_desktop.views.labels import Group, format_date
from jiu_desktop.views.style import WARM

#: Typing a date redraws the report once typing pauses this long.
TYPING_DELAY_MS = 500
OWN = "own"


def quick_periods(today: date) -> list[tuple[str, date, date]]:
    """(key, first day, last day): this year, last year, then the quarters of this year
    and of last year."""
    found = [
        ("this_year", date(today.year, 1, 1), date(today.year, 12, 31)),
        ("last_year", date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)),
    ]
    for year in (today.year, today.year - 1):
        for quarter in range(1, 5):
            first = date(year, 3 * quarter - 2, 1)
            last = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
            found.append((f"q{quarter}-{year}", first, date.fromordinal(last.toordinal() - 1)))
    return found


class PeriodBar(QWidget):
    """Emits ``changed`` when the period, the group or *Kleine aantallen tonen* changed
    (a typed date once typing pauses)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        outer.addLayout(row)
        self.quick = QComboBox()
        self.quick.setObjectName("reportQuickPeriod")
        self.periods = quick_periods(date.today())
        for key, first, last in self.periods:
            self.quick.addItem(self._quick_label(key, first), (first, last))
        self.quick.addItem(self.tr("Own period"), None)
        self.quick.activated.connect(self._quick_chosen)
        caption = QLabel(self.tr("P&eriod"))
        caption.setBuddy(self.quick)
        row.addWidget(caption)
        row.addWidget(self.quick)
        row.addSpacing(6)
        self.start = QLineEdit()
        self.start.setObjectName("reportFrom")
        self.end = QLineEdit()
        self.end.setObjectName("reportTo")
        for label, field in ((self.tr("Fr&om"), self.start), (self.tr("&To"), self.end)):
            fit_date(field)
            field.setMaximumWidth(field.minimumWidth() + 12)
            field.textEdited.connect(self._typed)
            field.returnPressed.connect(self._typed_now)
            caption = QLabel(label)
            # The underlined letter is drawn apart, so "To" is wider than Qt measures it.
            caption.setMinimumWidth(caption.sizeHint().width() + 4)
            row.addSpacing(4)
            caption.setBuddy(field)
            row.addWidget(caption)
            row.addWidget(field)
        row.addSpacing(6)
        self.group = QComboBox()
        self.group.setObjectName("reportGroup")
        self.group.activated.connect(lambda _index: self.changed.emit())
        caption = QLabel(self.tr("&Group"))
        caption.setBuddy(self.group)
        row.addWidget(caption)
        row.addWidget(self.group, 1)
        second = QHBoxLayout()
        outer.addLayout(second)
        self.small = QCheckBox(self.tr("Show &small numbers"))
        self.small.setObjectName("reportSmallNumbers")
        self.small.setToolTip(
            self.tr("Shows 1 and 2 as they are. Only for the team itself: do not share it.")
        )
        self.small.toggled.connect(self._small_toggled)
        second.addWidget(self.small)
        self.warning = QLabel(
            self.tr(
                "INTERNAL — do not share. Small numbers are shown: every page of the printout "
                "says so."
            )
        )
        self.warning.setObjectName("reportInternal")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: white; background: {WARM}; padding: 4px 10px;"
                                   " border-radius: 4px; font-weight: bold;")  # fmt: skip
        self.warning.hide()
        second.addWidget(self.warning, 1)
        second.addStretch(0)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_DELAY_MS)
        self.timer.timeout.connect(self.changed.emit)
        self._set_dates(*self.periods[0][1:])

    def _quick_label(self, key: str, first: date) -> str:
        if key == "this_year":
            return self.tr("This year ({year})").format(year=first.year)
        if key == "last_year":
            return self.tr("Last year ({year})").format(year=first.year)
        quarter = (first.month - 1) // 3 + 1
        return self.tr("Quarter {n} of {year}").format(n=quarter, year=first.year)

    def set_groups(self, groups: list[Group]) -> None:
        """All groups, then each group by name; the chosen one stays chosen."""
        chosen = self.group.currentData()
        self.group.clear()
        self.group.addItem(self.tr("All groups"), None)
        for group in groups:
            self.group.addItem(group.name, group.id)
        index = self.group.findData(chosen)
        self.group.setCurrentIndex(max(index, 0))

    def _set_dates(self, first: date, last: date) -> None:
        self.start.setText(format_date(first))
        self.end.setText(format_date(last))

    def _quick_chosen(self, index: int) -> None:
        span = self.quick.itemData(index)
        if span is None:
            self.start.setFocus()
            return
        self._set_dates(*span)
        self.timer.stop()
        self.changed.emit()

    def _typed(self, _text: str = "") -> None:
        self.quick.setCurrentIndex(self.quick.count() - 1)  # own period
        self.timer.start()

    def _typed_now(self) -> None:
        self.timer.stop()
        self.changed.emit()

    def _small_toggled(self, shown: bool) -> None:
        self.warning.setVisible(shown)
        self.changed.emit()

    def choose(self, first: date, last: date) -> None:
        """Put this period in the fields (as if typed, without waiting)."""
        self._set_dates(first, last)
        match = next(
            (n for n, (_k, a, b) in enumerate(self.periods) if (a, b) == (first, last)), None
        )
        self.quick.setCurrentIndex(self.quick.count() - 1 if match is None else match)
        self.changed.emit()

    def period(self) -> tuple[date | None, date | None]:
        """The dates as typed; raises InvalidInput for a date that is not one."""
        return (
            as_date(self.start.text(), self.tr("From")),
            as_date(self.end.text(), self.tr("To")),
        )

    def group_id(self) -> str | None:
        data = self.group.currentData()
        return str(data) if data else None

    def show_small(self) -> bool:
        return self.small.isChecked()
