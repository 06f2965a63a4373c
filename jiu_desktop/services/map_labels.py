"""Words for the network map's codes, shared by the screen, the PDF and the command line
(the views reach them through ``views/labels.py``)."""

from __future__ import annotations

from jiu_desktop.i18n import translate
from jiu_desktop.models import MapPerson
from jiu_desktop.models.declaration import choices_of


def category_label(code: str) -> str:
    return {
        "familie": translate("map_labels", "family"),
        "vrienden": translate("map_labels", "friends/acquaintances"),
        "school_werk": translate("map_labels", "school/work"),
        "hulpverlening": translate("map_labels", "care/professionals"),
        "huisdier": translate("map_labels", "pet"),
        "online": translate("map_labels", "online"),
        "overig": translate("map_labels", "other"),
    }.get(code, code)


def trust_label(code: str) -> str:
    return {
        "geen": translate("map_labels", "none"),
        "naar_persoon": translate("map_labels", "towards them"),
        "wederzijds": translate("map_labels", "mutual"),
    }.get(code, code)


def annotation_label(code: str) -> str:
    return {
        "overleden": translate("map_labels", "deceased"),
        "uit_beeld": translate("map_labels", "out of the picture"),
        "ruzie": translate("map_labels", "argument"),
    }.get(code, code)


def outcome_label(code: str) -> str:
    return {
        "open": translate("map_labels", "not told yet"),
        "gelukt": translate("map_labels", "it worked"),
        "belemmeringen": translate("map_labels", "still obstacles"),
    }.get(code, code)


def category_choices() -> list[tuple[str, str]]:
    return [(code, category_label(code)) for code in choices_of(MapPerson, "category")]


def trust_choices() -> list[tuple[str, str]]:
    return [(code, trust_label(code)) for code in choices_of(MapPerson, "trust")]


def annotation_choices() -> list[tuple[str, str]]:
    return [(code, annotation_label(code)) for code in choices_of(MapPerson, "annotations")]


def annotations_in_words(stored: str, own_words: str = "") -> tuple[str, ...]:
    """The annotations as the box shows them in brackets: the chosen ones, then own words."""
    words = [annotation_label(code) for code in stored.split()]
    return (*words, *([own_words] if own_words.strip() else []))
