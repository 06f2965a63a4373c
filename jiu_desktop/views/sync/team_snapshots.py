"""The line below the team's laptops in the Settings: the team's newest snapshot, and until
when an erased participant's data may still be on the sync target
(services/sync_overview.py, which reads what the last round saw)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QLabel, QWidget

from jiu_desktop.i18n import translate
from jiu_desktop.services.meeting_labels import month_name
from jiu_desktop.services.sync_overview import SyncOverview, sync_overview
from jiu_desktop.views.context import AppContext


def moment_text(when: datetime, now: datetime | None = None) -> str:
    """A moment with its time: "today at 14:05", "yesterday at 14:05", "on 12 March at
    14:05" (with the year when it is another one), in this laptop's own time."""
    local = when.astimezone()
    today = (now or datetime.now(UTC)).astimezone().date()
    days = (today - local.date()).days
    time = local.strftime("%H:%M")
    if days == 0:
        return translate("laptops", "today at {time}").format(time=time)
    if days == 1:
        return translate("laptops", "yesterday at {time}").format(time=time)
    month = month_name(local.month)
    if local.year == today.year:
        return translate("laptops", "on {day} {month} at {time}").format(
            day=local.day, month=month, time=time
        )
    return translate("laptops", "on {day} {month} {year} at {time}").format(
        day=local.day, month=month, year=local.year, time=time
    )


def day_text(when: datetime, now: datetime | None = None) -> str:
    """A day: "2 January" (with the year when it is another one than now's)."""
    local = when.astimezone()
    year = (now or datetime.now(UTC)).astimezone().year
    month = month_name(local.month)
    if local.year == year:
        return translate("laptops", "{day} {month}").format(day=local.day, month=month)
    return translate("laptops", "{day} {month} {year}").format(
        day=local.day, month=month, year=local.year
    )


def overview_lines(overview: SyncOverview, now: datetime | None = None) -> list[str]:
    lines = []
    snapshot = overview.snapshot
    if snapshot is None:
        lines.append(
            translate(
                "laptops",
                "No snapshot yet. Once a day a laptop of the team makes one by itself; older"
                " sync files are cleared away after that.",
            )
        )
    elif snapshot.this_laptop:
        lines.append(
            translate(
                "laptops",
                "Latest snapshot: {when}, by this laptop; older sync files are cleared away.",
            ).format(when=moment_text(snapshot.written, now))
        )
    else:
        laptop = snapshot.name or translate("laptops", "laptop {device}").format(
            device=snapshot.device[:8]
        )
        lines.append(
            translate(
                "laptops",
                "Latest snapshot: {when}, by {laptop}; older sync files are cleared away.",
            ).format(when=moment_text(snapshot.written, now), laptop=laptop)
        )
    if overview.erasure_gone_by is not None:
        lines.append(
            translate(
                "laptops",
                "The data of an erased participant may still be in older sync files in the"
                " folder or on the server; it is gone from there by {date} at the latest.",
            ).format(date=day_text(overview.erasure_gone_by, now))
        )
    return lines


class SnapshotNote(QLabel):
    """The lines as a muted hint, read again with ``refresh``."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("hint")  # muted, as the other hints
        self.setWordWrap(True)
        self.now: datetime | None = None  # a fixed "now" for tests; None: the clock
        self.refresh()

    def refresh(self) -> None:
        overview = sync_overview(self.context.store)
        self.setText("\n".join(overview_lines(overview, self.now)) if overview else "")
        self.setVisible(overview is not None)
