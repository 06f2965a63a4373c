"""How the funder report writes its numbers, the same on screen, on paper and in the CSV:
a hidden number, a percentage, a day, and the headline numbers per section."""

from __future__ import annotations

from datetime import date

from jiu_desktop.i18n import translate
from jiu_desktop.services.report import Report
from jiu_desktop.services.report_labels import count_label
from jiu_desktop.services.report_tables import HIDDEN, Shown

#: How a number hidden because of another one is shown on paper and in the CSV.
DOT = "•"
#: The headline counts of Reach, in the order of the report (the funnel first).
REACH = (
    "registered",
    "intake",
    "started",
    "completed",
    "completed_with_diploma",
    "dropped_out",
    "aftercare",
    "not_started",
    "started_ever",
    "in_contact",
    "coaches",
)


def shown_text(value: Shown | None) -> str:
    """A number as paper shows it ("" for a total that does not exist)."""
    if value is None:
        return ""
    return DOT if value == HIDDEN else str(value)


def percent(rate: float | None) -> str:
    return "–" if rate is None else f"{round(rate * 100)} %"


def day_text(value: date) -> str:
    return value.strftime("%d-%m-%Y")


def summary_blocks(report: Report) -> list[tuple[str, list[tuple[str, str]]]]:
    """The headline numbers in (label, value) rows, per section: the same for the CSV,
    the PDF and the screen."""
    counts = vars(report.counts)
    reach = [(count_label(key), str(counts[key])) for key in REACH]
    attendance = report.attendance
    present = [
        (translate("report", "Meetings held"), str(attendance.meetings_held)),
        (translate("report", "Meetings that did not go ahead"), str(attendance.meetings_cancelled)),
        (translate("report", "Attendance"), percent(attendance.rate)),
        (translate("report", "Marks counted"), str(attendance.marks)),
        (count_label("er_op_af_contacts"), str(report.counts.er_op_af_contacts)),
    ]
    referrals = [
        (translate("report", "Referrals in the period"), str(report.referrals.referrals)),
        (translate("report", "Young people referred"), str(report.referrals.young_people)),
    ]
    return [
        (translate("report", "Reach"), reach),
        (translate("report", "Attendance"), present),
        (translate("report", "Referrals"), referrals),
    ]
