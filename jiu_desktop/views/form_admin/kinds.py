"""The question types in words (the codes of ``docs/forms.md``)."""

from __future__ import annotations

from jiu_desktop.i18n import translate
from jiu_desktop.services.form_definition import QUESTION_TYPES


def question_type_label(kind: str) -> str:
    return {
        "scale": translate("form_admin", "Scale of five"),
        "yesno": translate("form_admin", "Yes or no"),
        "choice": translate("form_admin", "One choice"),
        "multi": translate("form_admin", "Several choices"),
        "open": translate("form_admin", "Open answer"),
        "date": translate("form_admin", "Date"),
        "signature": translate("form_admin", "Signature (on paper)"),
    }.get(kind, kind)


def question_type_choices() -> list[tuple[str, str]]:
    return [(kind, question_type_label(kind)) for kind in QUESTION_TYPES]
