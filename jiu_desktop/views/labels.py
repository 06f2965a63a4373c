"""Translated labels for the codes stored in the database, and the views' one door to models.

Views never import ``jiu_desktop.models`` themselves (``tests/unit/test_view_imports.py``
checks it): the stored codes reach them here as (code, label) choices, and the entity types
a view shows or listens for (``changes.touches(SessionNote)``) are re-exported here.
"""

from __future__ import annotations

from jiu_desktop.i18n import translate
from jiu_desktop.models import (
    Attendance,
    CareContact,
    Coach,
    ConsentRecord,
    Dream,
    DreamStep,
    FormAnswer,
    FormResponse,
    FormTemplate,
    Group,
    GroupMembership,
    ImprovementStep,
    Intake,
    MapPerson,
    Meeting,
    NetworkMap,
    Outcome,
    Participant,
    Quote,
    Referral,
    SessionNote,
    SharedReflection,
    SpiralAssessment,
    SpiralCriterionCheck,
    SyncEntity,
    Talent,
    TeamNote,
    TeamSettings,
    choices_of,
)
from jiu_desktop.models.consent import GIVEN as CONSENT_GIVEN
from jiu_desktop.models.consent import WITHDRAWN as CONSENT_WITHDRAWN
from jiu_desktop.services.domain_labels import (
    life_domain_choices,
    life_domain_label,
    spiral_domain_choices,
    spiral_domain_label,
)
from jiu_desktop.services.meeting_labels import (
    day_text,
    part_choices,
    part_label,
    presence_choices,
    presence_label,
    presence_letter,
    presence_of_letter,
    time_text,
    weekday_name,
    weekday_short,
)
from jiu_desktop.services.outcome_labels import (
    left_reason_choices,
    left_reason_label,
    outcome_kind_choices,
    outcome_kind_label,
    referral_source_choices,
    referral_source_label,
)

__all__ = [
    "CONSENT_GIVEN",
    "CONSENT_WITHDRAWN",
    "Attendance",
    "CareContact",
    "Coach",
    "ConsentRecord",
    "Dream",
    "DreamStep",
    "FormAnswer",
    "FormResponse",
    "FormTemplate",
    "Group",
    "GroupMembership",
    "ImprovementStep",
    "Intake",
    "MapPerson",
    "Meeting",
    "NetworkMap",
    "Outcome",
    "Participant",
    "Quote",
    "Referral",
    "SessionNote",
    "SharedReflection",
    "SpiralAssessment",
    "SpiralCriterionCheck",
    "SyncEntity",
    "Talent",
    "TeamNote",
    "TeamSettings",
    "consent_decision_label",
    "day_text",
    "dream_status_choices",
    "dream_status_label",
    "format_date",
    "income_choices",
    "left_reason_choices",
    "left_reason_label",
    "life_domain_choices",
    "life_domain_label",
    "note_kind_choices",
    "note_kind_label",
    "outcome_kind_choices",
    "outcome_kind_label",
    "part_choices",
    "part_label",
    "presence_choices",
    "presence_label",
    "presence_letter",
    "presence_of_letter",
    "reach_choices",
    "referral_source_choices",
    "referral_source_label",
    "referral_status_choices",
    "referral_status_label",
    "respondent_choices",
    "respondent_label",
    "spiral_domain_choices",
    "spiral_domain_label",
    "status_choices",
    "status_label",
    "step_status_choices",
    "step_status_label",
    "talent_kind_choices",
    "talent_kind_label",
    "team_note_kind_choices",
    "team_note_kind_label",
    "time_text",
    "weekday_name",
    "weekday_short",
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


# -- the kennismaking (intake) and consent on record ------------------------------------------
def income_label(code: str) -> str:
    return {
        "onbekend": translate("labels", "Not known yet"),
        "uitkering": translate("labels", "Benefits"),
        "werk": translate("labels", "Work"),
        "studiefinanciering": translate("labels", "Student finance"),
        "geen": translate("labels", "No income"),
        "anders": translate("labels", "Something else"),
    }.get(code, code)


def income_choices() -> list[tuple[str, str]]:
    """Sources of income, "not known yet" first: the default until it came up."""
    return [(code, income_label(code)) for code in choices_of(Intake, "income")]


def reach_label(code: str) -> str:
    return {
        "bellen": translate("labels", "Call"),
        "appen": translate("labels", "App"),
        "sms": translate("labels", "Text message"),
        "langsgaan": translate("labels", "Visit"),
    }.get(code, code)


def reach_choices() -> list[tuple[str, str]]:
    """How to reach them for er op af, as (code, label)."""
    return [(code, reach_label(code)) for code in choices_of(Intake, "reach_by")]


def consent_decision_label(code: str) -> str:
    return {
        "gegeven": translate("labels", "Given"),
        "ingetrokken": translate("labels", "Withdrawn"),
    }.get(code, code)


# -- the dream tin ----------------------------------------------------------------------------
def dream_status_label(code: str) -> str:
    return {
        "actief": translate("labels", "Working on it"),
        "uitgekomen": translate("labels", "Came true"),
        "losgelaten": translate("labels", "Let go"),
    }.get(code, code)


def dream_status_choices() -> list[tuple[str, str]]:
    return [(code, dream_status_label(code)) for code in choices_of(Dream, "status")]


def step_status_label(code: str) -> str:
    """Strength-based words: a step is adjusted or went otherwise, never "failed"."""
    return {
        "open": translate("labels", "Open"),
        "gezet": translate("labels", "Taken"),
        "bijgesteld": translate("labels", "Adjusted"),
        "anders_gelopen": translate("labels", "Went otherwise"),
    }.get(code, code)


def step_status_choices() -> list[tuple[str, str]]:
    return [(code, step_status_label(code)) for code in choices_of(DreamStep, "status")]


# -- forms ------------------------------------------------------------------------------------
def respondent_label(code: str) -> str:
    """Who filled a form in. A peer is named by the role only, never by name."""
    return {
        "deelnemer": translate("labels", "Participant"),
        "coach": translate("labels", "Coach"),
        "trainer": translate("labels", "Trainer"),
        "groepsgenoot": translate("labels", "Group member"),
    }.get(code, code)


def respondent_choices() -> list[tuple[str, str]]:
    return [(code, respondent_label(code)) for code in choices_of(FormResponse, "respondent")]
