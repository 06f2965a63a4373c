"""The words of the funder report: what each count, row and column is called. One list
for the screen, the PDF and the CSV, so they always say the same (the statuses and life
domains are the ones the rest of the app uses)."""

from __future__ import annotations

from jiu_desktop.i18n import translate
from jiu_desktop.services.domain_labels import life_domain_label


def count_label(key: str) -> str:
    return {
        "registered": translate("report", "Registered or referred"),
        "intake": translate("report", "Intake"),
        "started": translate("report", "Started"),
        "started_ever": translate("report", "Started (up to the end of the period)"),
        "completed": translate("report", "Completed"),
        "completed_with_diploma": translate("report", "of whom with a diploma"),
        "dropped_out": translate("report", "Dropped out"),
        "aftercare": translate("report", "Aftercare"),
        "not_started": translate("report", "Registered but not started"),
        "in_contact": translate("report", "Still in contact"),
        "er_op_af_contacts": translate("report", "Reaching-out contacts (er op af)"),
        "coaches": translate("report", "Coaches with an active participant"),
    }.get(key, key)


def source_label(code: str) -> str:
    return {
        "sociale_dienst": translate("report", "Social services / Werkplein"),
        "wijkteam": translate("report", "Neighbourhood team"),
        "politie": translate("report", "Community police officer / police"),
        "jongerenwerk": translate("report", "Youth work"),
        "maatschappelijk_werk": translate("report", "Social work"),
        "school": translate("report", "School"),
        "reclassering": translate("report", "Probation service"),
        "familie": translate("report", "Family"),
        "zelf": translate("report", "Came by themselves"),
        "anders": translate("report", "Other"),
        "": translate("report", "Not filled in"),
    }.get(code, code)


def reason_label(code: str) -> str:
    return {
        "werk": translate("report", "Found work"),
        "opleiding": translate("report", "Education"),
        "gezondheid": translate("report", "Health"),
        "detentie": translate("report", "Detention"),
        "verhuisd": translate("report", "Moved away"),
        "uit_beeld": translate("report", "Lost touch"),
        "anders": translate("report", "Other"),
        "": translate("report", "Not filled in"),
    }.get(code, code)


def outcome_label(code: str) -> str:
    return {
        "diploma_lsr2": translate("report", "Diploma LSR 2"),
        "diploma_lsr3": translate("report", "Diploma LSR 3"),
        "werk": translate("report", "Work"),
        "opleiding": translate("report", "Education / school"),
        "stage": translate("report", "Work placement"),
        "vrijwilligerswerk": translate("report", "Volunteering"),
        "vervolgtraject": translate("report", "Follow-up programme"),
        "anders": translate("report", "Other"),
    }.get(code, code)


def referral_status_label(code: str) -> str:
    """The referral statuses in the words of the participant page."""
    return {
        "voorgesteld": translate("labels", "Suggested"),
        "aangemeld": translate("labels", "Registered"),
        "loopt": translate("labels", "Ongoing"),
        "afgerond": translate("labels", "Completed"),
        "gestopt": translate("labels", "Stopped"),
    }.get(code, code)


def domain_label(code: str) -> str:
    """A spiral domain: the overall phase, or a life domain."""
    if code == "algemeen":
        return translate("report", "Overall")
    return life_domain_label(code)


def step_label(step: int) -> str:
    """A step of the spiral with its number, as the handbook names them."""
    name = {
        1: translate("report", "Surviving"),
        2: translate("report", "Meeting others"),
        3: translate("report", "Being supported"),
        4: translate("report", "Developing"),
        5: translate("report", "Taking initiative"),
        6: translate("report", "Independent"),
    }.get(step, "")
    return f"{step} {name}".strip()


def movement_label(code: str) -> str:
    return {
        "rose": translate("report", "Rose"),
        "same": translate("report", "Same"),
        "lower": translate("report", "Lower"),
        "one_measurement": translate("report", "One measurement"),
    }.get(code, code)


def band_label(code: str) -> str:
    return {
        "80_plus": translate("report", "80 % or more"),
        "50_79": translate("report", "50–79 %"),
        "below_50": translate("report", "Below 50 %"),
    }.get(code, code)


def internal_notice() -> str:
    """What every page and sheet says when small numbers are shown."""
    return translate("report", "INTERNAL — do not share")
