"""The ten life domains (levensgebieden) in words, by the handbook's names (Bijlage 2):
one list for the intake, the dream tin, the participation spiral (with *Algemeen*, the
overall phase, before them) and their printouts
(the views reach it through ``views/labels.py``)."""

from __future__ import annotations

from jiu_desktop.i18n import translate
from jiu_desktop.models import LIFE_DOMAINS, SPIRAL_DOMAINS
from jiu_desktop.models.progress import OVERALL


def life_domain_label(code: str) -> str:
    return {
        "wonen": translate("labels", "Housing and surroundings"),
        "werk": translate("labels", "Work and daytime activities"),
        "inkomen": translate("labels", "Income and material situation"),
        "mobiliteit": translate("labels", "Getting around"),
        "vrije_tijd": translate("labels", "Free time"),
        "ontwikkeling": translate("labels", "Learning and personal growth"),
        "sociale_contacten": translate("labels", "Social contacts"),
        "gezondheid": translate("labels", "Health and physical well-being"),
        "zingeving": translate("labels", "Meaning and religion"),
        "welbevinden": translate("labels", "Well-being and welfare"),
    }.get(code, code)


def life_domain_choices() -> list[tuple[str, str]]:
    """The life domains, in their usual order, as (code, label)."""
    return [(code, life_domain_label(code)) for code in LIFE_DOMAINS]


def spiral_domain_label(code: str) -> str:
    """A row of the participation spiral: *Algemeen* (the overall phase), or a life domain."""
    if code == OVERALL:
        return translate("labels", "Overall")
    return life_domain_label(code)


def spiral_domain_choices() -> list[tuple[str, str]]:
    """*Algemeen* first, then the ten life domains, as (code, label)."""
    return [(code, spiral_domain_label(code)) for code in SPIRAL_DOMAINS]
