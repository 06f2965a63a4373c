"""Translated labels for the codes stored in the database."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def status_label(code: str) -> str:
    return {
        "aangemeld": _t("Registered"),
        "intake": _t("Intake"),
        "actief": _t("Active"),
        "afgehaakt": _t("Dropped out"),
        "afgerond": _t("Completed"),
        "nazorg": _t("Aftercare"),
    }.get(code, code)


def note_kind_label(code: str) -> str:
    return {
        "intake": _t("Intake"),
        "coachgesprek": _t("Coaching conversation"),
        "telefonisch": _t("By phone"),
        "er_op_af": _t("Reaching out"),
        "overleg": _t("Consultation with services"),
        "overig": _t("Other"),
    }.get(code, code)


def referral_status_label(code: str) -> str:
    return {
        "voorgesteld": _t("Suggested"),
        "aangemeld": _t("Registered"),
        "loopt": _t("Ongoing"),
        "afgerond": _t("Completed"),
        "gestopt": _t("Stopped"),
    }.get(code, code)


def format_date(value: object) -> str:
    from datetime import date

    return value.strftime("%d-%m-%Y") if isinstance(value, date) else ""
