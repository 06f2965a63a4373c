"""Everything a printout of the dream tin needs, gathered once: the stickers for the
outside of the tins (the step and its date, never the dream) and the step plan of one
dream (``printing/dream_plan.py``), which the young person takes home.

Printouts carry the first name only, never the surname. The renderers draw what is here
and decide nothing about what may be shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput
from jiu_desktop.i18n import translate
from jiu_desktop.printing.tin_labels import TinLabel
from jiu_desktop.services import dreams, participants
from jiu_desktop.services.domain_labels import life_domain_label


@dataclass(frozen=True)
class StepLine:
    text: str
    best_before: date | None
    helper: str
    status: str  # the code: open, gezet, bijgesteld, anders_gelopen
    status_text: str
    taken_on: date | None
    reflection: str
    current: bool


@dataclass(frozen=True)
class DreamDocument:
    first_name: str
    dream: str
    life_area: str
    started_on: date
    status_text: str
    steps: tuple[StepLine, ...]


def step_status_label(code: str) -> str:
    return {
        "open": translate("dream_document", "Open"),
        "gezet": translate("dream_document", "Taken"),
        "bijgesteld": translate("dream_document", "Adjusted"),
        "anders_gelopen": translate("dream_document", "Went differently"),
    }.get(code, code)


def dream_status_label(code: str) -> str:
    return {
        "actief": translate("dream_document", "Working on it"),
        "uitgekomen": translate("dream_document", "Came true"),
        "losgelaten": translate("dream_document", "Let go"),
    }.get(code, code)


def life_area_label(code: str) -> str:
    """The life domain in words (the same words as the rest of the app)."""
    return life_domain_label(code)


def dream_document(store: Store, dream_id: str) -> DreamDocument:
    """The dream with its steps (oldest first), ready to print; NotFound when unknown."""
    dream = dreams.get_dream(store, dream_id)
    person = participants.get_participant(store, dream.participant_id)
    card = next(
        c for c in dreams.dream_cards(store, dream.participant_id) if c.dream.id == dream_id
    )
    current_id = card.current.id if card.current else None
    steps = tuple(
        StepLine(
            text=step.text,
            best_before=step.best_before,
            helper=dreams.helper_label(store, step),
            status=step.status,
            status_text=step_status_label(step.status),
            taken_on=step.taken_on,
            reflection=step.reflection,
            current=step.id == current_id,
        )
        for step in card.steps
    )
    return DreamDocument(
        first_name=person.first_name.strip() or "?",
        dream=dream.text,
        life_area=life_area_label(dream.life_domain),
        started_on=dream.started_on,
        status_text=dream_status_label(dream.status),
        steps=steps,
    )


def tin_labels(
    store: Store, participant_id: str, dream_id: str | None = None, *, with_name: bool = False
) -> list[TinLabel]:
    """One sticker per active dream of the participant (or for ``dream_id`` only), each
    with the dream's current step; a dream without a step gets lines to write on.
    InvalidInput when there is nothing to print."""
    person = participants.get_participant(store, participant_id)
    name = person.first_name.strip() or "?"
    cards = dreams.dream_cards(store, participant_id)
    if dream_id is not None:
        dreams.get_dream(store, dream_id)  # NotFound when it does not exist at all
        cards = [c for c in cards if c.dream.id == dream_id]
        if not cards:
            raise InvalidInput(
                translate("dream_document", "That dream tin is not {name}'s.").format(name=name)
            )
    elif not cards:
        raise InvalidInput(
            translate("dream_document", "{name} has no dream tin yet.").format(name=name)
        )
    else:
        cards = [c for c in cards if c.dream.status == "actief"]
        if not cards:
            raise InvalidInput(
                translate("dream_document", "{name} has no dream tin being worked on.").format(
                    name=name
                )
            )
    first_name = name if with_name else ""
    return [
        TinLabel(c.current.text, c.current.best_before, first_name)
        if c.current
        else TinLabel("", None, first_name)
        for c in cards
    ]
