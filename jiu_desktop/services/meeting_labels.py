"""Meetings and attendance in words: the parts of the programme, the marks with their
letters, and days as a coach says them ("dinsdag 2 maart"). One list for the screens
(through ``views/labels.py``) and the printouts.

The letters are the method's own (A aanwezig, T te laat, M afgemeld, X afwezig zonder
bericht, N n.v.t.), the same in every language, so the paper and the screen agree.
"""

from __future__ import annotations

from datetime import date

from jiu_desktop.i18n import translate
from jiu_desktop.models import Attendance, Meeting, choices_of

LETTERS = {"aanwezig": "A", "te_laat": "T", "afgemeld": "M", "afwezig": "X", "nvt": "N"}


def part_label(code: str) -> str:
    return {
        "lsr": translate("labels", "LSR"),
        "lev": translate("labels", "LEV"),
        "atelier": translate("labels", "Workshop"),
        "anders": translate("labels", "Something else"),
    }.get(code, code)


def part_choices() -> list[tuple[str, str]]:
    return [(code, part_label(code)) for code in choices_of(Meeting, "part")]


def presence_label(code: str) -> str:
    return {
        "aanwezig": translate("labels", "Present"),
        "te_laat": translate("labels", "Late"),
        "afgemeld": translate("labels", "Excused"),
        "afwezig": translate("labels", "Absent without notice"),
        "nvt": translate("labels", "Not applicable"),
    }.get(code, code)


def presence_choices() -> list[tuple[str, str]]:
    return [(code, presence_label(code)) for code in choices_of(Attendance, "presence")]


def presence_letter(code: str | None) -> str:
    return LETTERS.get(code or "", "")


def presence_of_letter(letter: str) -> str | None:
    """The mark a letter stands for (either case), or None."""
    wanted = letter.upper()
    return next((code for code, known in LETTERS.items() if known == wanted), None)


def weekday_short(day: date) -> str:
    return (
        translate("dates", "Mon"),
        translate("dates", "Tue"),
        translate("dates", "Wed"),
        translate("dates", "Thu"),
        translate("dates", "Fri"),
        translate("dates", "Sat"),
        translate("dates", "Sun"),
    )[day.weekday()]


def weekday_name(weekday: int) -> str:
    """0 is Monday."""
    return (
        translate("dates", "Monday"),
        translate("dates", "Tuesday"),
        translate("dates", "Wednesday"),
        translate("dates", "Thursday"),
        translate("dates", "Friday"),
        translate("dates", "Saturday"),
        translate("dates", "Sunday"),
    )[weekday]


def month_name(month: int) -> str:
    return (
        translate("dates", "January"),
        translate("dates", "February"),
        translate("dates", "March"),
        translate("dates", "April"),
        translate("dates", "May"),
        translate("dates", "June"),
        translate("dates", "July"),
        translate("dates", "August"),
        translate("dates", "September"),
        translate("dates", "October"),
        translate("dates", "November"),
        translate("dates", "December"),
    )[month - 1]


def day_text(day: date, *, year: bool = True) -> str:
    """ "Tuesday 2 March 2027" (Dutch: "dinsdag 2 maart 2027")."""
    if year:
        text = translate("dates", "{weekday} {day} {month} {year}")
    else:
        text = translate("dates", "{weekday} {day} {month}")
    return text.format(
        weekday=weekday_name(day.weekday()), day=day.day, month=month_name(day.month), year=day.year
    )


def time_text(starts_at: str, ends_at: str) -> str:
    """ "13:00–15:30", "13:00", or ""."""
    if starts_at and ends_at:
        return f"{starts_at}–{ends_at}"
    return starts_at or ends_at
