"""Results, how someone came to the project and why they stopped, in words: one list for
the participant page and for what is counted for funders (the views reach it through
``views/labels.py``).

Why someone stopped is for the coaches only: it is never printed for the young person, and
a report shows it only as a count that hides small numbers.
"""

from __future__ import annotations

from jiu_desktop.i18n import translate
from jiu_desktop.models import Outcome, Participant, choices_of


def not_filled_in() -> str:
    """How a choice left open ('') is shown."""
    return translate("labels", "—")


def outcome_kind_label(code: str) -> str:
    return {
        "diploma_lsr2": translate("labels", "LSR 2 diploma"),
        "diploma_lsr3": translate("labels", "LSR 3 diploma"),
        "werk": translate("labels", "Work"),
        "opleiding": translate("labels", "Education or school"),
        "stage": translate("labels", "Internship"),
        "vrijwilligerswerk": translate("labels", "Volunteer work"),
        "vervolgtraject": translate("labels", "Follow-up programme (e.g. 2GetThere)"),
        "anders": translate("labels", "Something else"),
    }.get(code, code)


def outcome_kind_choices() -> list[tuple[str, str]]:
    return [(code, outcome_kind_label(code)) for code in choices_of(Outcome, "kind")]


def referral_source_label(code: str) -> str:
    return {
        "": not_filled_in(),
        "sociale_dienst": translate("labels", "Social services / Werkplein"),
        "wijkteam": translate("labels", "Neighbourhood team"),
        "politie": translate("labels", "Community police officer / police"),
        "jongerenwerk": translate("labels", "Youth work"),
        "maatschappelijk_werk": translate("labels", "Social work"),
        "school": translate("labels", "School"),
        "reclassering": translate("labels", "Probation service"),
        "familie": translate("labels", "Family"),
        "zelf": translate("labels", "Signed up themselves"),
        "anders": translate("labels", "Something else"),
    }.get(code, code)


def referral_source_choices() -> list[tuple[str, str]]:
    """Who sent them, "not filled in" first: the default until it is known."""
    codes = choices_of(Participant, "referral_source")
    return [(code, referral_source_label(code)) for code in codes]


def left_reason_label(code: str) -> str:
    return {
        "": not_filled_in(),
        "werk": translate("labels", "Found work"),
        "opleiding": translate("labels", "Education"),
        "gezondheid": translate("labels", "Health"),
        "detentie": translate("labels", "Detention"),
        "verhuisd": translate("labels", "Moved away"),
        "uit_beeld": translate("labels", "Lost contact"),
        "anders": translate("labels", "Something else"),
    }.get(code, code)


def left_reason_choices() -> list[tuple[str, str]]:
    """Why they stopped, "not filled in" first (it is optional)."""
    return [(code, left_reason_label(code)) for code in choices_of(Participant, "left_reason")]
