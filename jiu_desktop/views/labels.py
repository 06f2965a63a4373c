"""Translated labels for the codes stored in the database."""

from __future__ import annotations

from jiu_desktop.i18n import translate


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


def format_date(value: object) -> str:
    from datetime import date

    return value.strftime("%d-%m-%Y") if isinstance(value, date) else ""
