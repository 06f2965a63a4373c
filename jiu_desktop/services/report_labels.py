"""The words of the funder report: what each count, row and column is called. One list
for the screen, the PDF and the CSV, so they always say the same; the codes of the
participant page (referral sources, reasons, results, domains, steps) are called what
the rest of the app calls them."""

from __future__ import annotations

from jiu_desktop.i18n import translate
from jiu_desktop.services.domain_labels import spiral_domain_label
from jiu_desktop.services.outcome_labels import (
    left_reason_label,
    outcome_kind_label,
    referral_source_label,
)
from jiu_desktop.services.spiral_criteria import spiral_words


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
    """Where a referral came from, in the participant page's words."""
    return _not_filled_in() if code == "" else referral_source_label(code)


def reason_label(code: str) -> str:
    return _not_filled_in() if code == "" else left_reason_label(code)


def outcome_label(code: str) -> str:
    return outcome_kind_label(code)


def _not_filled_in() -> str:
    """A choice left open, as a row of a table (the page shows a dash)."""
    return translate("report", "Not filled in")


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
    return spiral_domain_label(code)


def step_label(step: int) -> str:
    """A step of the spiral with its number, as the handbook names them ("1 Overleven")."""
    return spiral_words().step(step).label


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
