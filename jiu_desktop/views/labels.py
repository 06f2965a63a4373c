"""Translated labels for the codes stored in the database, and the views' one door to models.

Views never import ``jiu_desktop.models`` themselves (``tests/unit/test_view_imports.py``
checks it): the stored codes reach them here as (code, label) choices, and the entity types
a view shows or listens for (``changes.touches(SessionNote)``) are re-exported here.
"""

from __future__ import annotations

from jiu_desktop.i18n import translate
from jiu_desktop.models import (
    Coach,
    Group,
    GroupMembership,
    Participant,
    Referral,
    SessionNote,
    Talent,
    TeamNote,
    choices_of,
)

__all__ = [
    "Coach",
    "Group",
    "GroupMembership",
    "Participant",
    "Referral",
    "SessionNote",
    "Talent",
    "TeamNote",
    "format_date",
    "note_kind_choices",
    "note_kind_label",
    "referral_status_choices",
    "referral_status_label",
    "status_choices",
    "status_label",
    "talent_kind_choices",
    "talent_kind_label",
    "team_note_kind_choices",
    "team_note_kind_label",
]


def status_label(code: str) -> str:
    return {
        "aangemeld": translate("labels", "Registered"),
        "intake": translate("labels", "Intake"),
        "actief": translate("labels", "Active"),
        "afgehaakt": translate("labels", "Dropped out"),
        "afgerond": translate("labels", "Completed"),
        "nazorg": translate("labels", "Aftercare"),
    }.get(code, code)


def note_kind_label(code: str) -> str:
    return {
        "intake": translate("labels", "Intake"),
        "coachgesprek": translate("labels", "Coaching conversation"),
        "telefonisch": translate("labels", "By phone"),
        "er_op_af": translate("labels", "Reaching out"),
        "overleg": translate("labels", "Consultation with services"),
        "overig": translate("labels", "Other"),
    }.get(code, code)


def referral_status_label(code: str) -> str:
    return {
        "voorgesteld": translate("labels", "Suggested"),
        "aangemeld": translate("labels", "Registered"),
        "loopt": translate("labels", "Ongoing"),
        "afgerond": translate("labels", "Completed"),
        "gestopt": translate("labels", "Stopped"),
    }.get(code, code)


def status_choices() -> list[tuple[str, str]]:
    """The trajectory statuses in their usual order, as (code, label)."""
    return [(code, status_label(code)) for code in choices_of(Participant, "status")]


def note_kind_choices() -> list[tuple[str, str]]:
    return [(code, note_kind_label(code)) for code in choices_of(SessionNote, "kind")]


def referral_status_choices() -> list[tuple[str, str]]:
    return [(code, referral_status_label(code)) for code in choices_of(Referral, "status")]


def team_note_kind_label(code: str) -> str:
    return {
        "intervisie": translate("labels", "Intervision"),
        "afstemmingsoverleg": translate("labels", "Coordination with partners"),
        "planning": translate("labels", "Planning"),
        "anders": translate("labels", "Something else"),
    }.get(code, code)


def team_note_kind_choices() -> list[tuple[str, str]]:
    return [(code, team_note_kind_label(code)) for code in choices_of(TeamNote, "kind")]


def talent_kind_label(code: str) -> str:
    return {
        "talent": translate("labels", "Talent"),
        "succes": translate("labels", "Success"),
    }.get(code, code)


def talent_kind_choices() -> list[tuple[str, str]]:
    return [(code, talent_kind_label(code)) for code in choices_of(Talent, "kind")]


def format_date(value: object) -> str:
    from datetime import date

    return value.strftime("%d-%m-%Y") if isinstance(value, date) else ""
