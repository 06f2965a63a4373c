"""The dream tin: dreams, their steps (vers voornemen, houdbaar tot), taking a step and the
next one (``models/dreams.py``).

A helper chosen from the network map is stored by the map person's ``person_key`` and
with their label copied into ``helper_text``; the copy is what shows once that person has
left the map (or the map is gone).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.i18n import translate
from jiu_desktop.models import Dream, DreamStep, MapPerson, NetworkMap, Participant
from jiu_desktop.models.dreams import current_step
from jiu_desktop.services import validation as v
from jiu_desktop.services.cascade import soft_delete
from jiu_desktop.services.changes import Added, Changes, added, written

#: The handbook's five words for the areas of a dream, and the life domain each is.
QUICK_PICKS = {
    "wonen": "wonen",
    "werk": "werk",
    "scholing": "ontwikkeling",
    "relatie": "sociale_contacten",
    "gezondheid": "gezondheid",
}


@dataclass(frozen=True)
class DreamCard:
    """A dream as its card shows it: the dream, its steps (oldest first), the current one."""

    dream: Dream
    steps: tuple[DreamStep, ...]
    current: DreamStep | None


# -- dreams ---------------------------------------------------------------------------------
def clean_dream_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "text":
            clean[key] = str(value or "").strip()
        elif key == "life_domain":
            clean[key] = v.check_choice(value, Dream, key, translate("dreams", "Life area"))
        elif key == "status":
            clean[key] = v.check_choice(value, Dream, key, translate("dreams", "Status"))
        elif key == "started_on":
            clean[key] = _past_or_today(value, translate("dreams", "Date"))
        elif key == "share_with_group":
            clean[key] = bool(value)
        else:
            raise InvalidInput(translate("dreams", "Unknown field: {field}").format(field=key))
    return clean


def add_dream(store: Store, participant_id: str, **fields: Any) -> Added[Dream]:
    """A dream (``text``, ``life_domain``, ``started_on`` today unless given)."""
    clean = clean_dream_fields({"started_on": date.today(), **fields})
    with store.session() as session:
        v.live_row(session, Participant, participant_id, translate("dreams", "Participant"))
        dream = Dream(participant_id=participant_id, **clean)
        session.add(dream)
        return added(session, dream)


def update_dream(store: Store, dream_id: str, **fields: Any) -> Changes:
    clean = clean_dream_fields(fields)
    with store.session() as session:
        dream = v.live_row(session, Dream, dream_id, translate("dreams", "Dream"))
        v.assign_changed(dream, clean)
        return written(session)


def delete_dream(store: Store, dream_id: str) -> Changes:
    """The dream and its steps."""
    with store.session() as session:
        dream = v.live_row(session, Dream, dream_id, translate("dreams", "Dream"))
        soft_delete(session, dream)
        return written(session)


def get_dream(store: Store, dream_id: str) -> Dream:
    with store.session() as session:
        return v.live_row(session, Dream, dream_id, translate("dreams", "Dream"))


def dream_cards(store: Store, participant_id: str) -> list[DreamCard]:
    """The participant's dreams, oldest first, each with its steps and current step."""
    with store.session() as session:
        v.live_row(session, Participant, participant_id, translate("dreams", "Participant"))
        dreams = list(
            session.scalars(
                select(Dream)
                .where(Dream.participant_id == participant_id, Dream.deleted.is_(False))
                .order_by(Dream.started_on, Dream.created_at, Dream.id)
            )
        )
        by_dream: dict[str, list[DreamStep]] = {d.id: [] for d in dreams}
        for step in session.scalars(
            select(DreamStep)
            .where(DreamStep.participant_id == participant_id, DreamStep.deleted.is_(False))
            .order_by(DreamStep.created_at, DreamStep.id)
        ):
            if step.dream_id in by_dream:
                by_dream[step.dream_id].append(step)
    return [DreamCard(d, tuple(by_dream[d.id]), current_step(by_dream[d.id])) for d in dreams]


# -- steps ----------------------------------------------------------------------------------
def clean_step_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key in ("text", "helper_text", "reflection"):
            clean[key] = str(value or "").strip()
        elif key == "best_before":
            clean[key] = v.as_date(value, translate("dreams", "Best before"))
        elif key == "taken_on":
            clean[key] = _past_or_today(value, translate("dreams", "Date")) if value else None
        elif key == "status":
            clean[key] = v.check_choice(value, DreamStep, key, translate("dreams", "Status"))
        elif key == "helper_lineage_id":
            clean[key] = str(value or "")
        else:
            raise InvalidInput(translate("dreams", "Unknown field: {field}").format(field=key))
    if "text" in clean and not clean["text"]:
        raise InvalidInput(translate("dreams", "Write down the step in a few words."))
    return clean


def add_step(store: Store, dream_id: str, text: str, **fields: Any) -> Added[DreamStep]:
    """A fresh resolution for the dream: ``text``, ``best_before``, a helper (``helper_text``
    typed, or ``helper_person_id``: a person on the network map)."""
    helper_person = fields.pop("helper_person_id", None)
    clean = clean_step_fields({"text": text, **fields})
    with store.session() as session:
        dream = v.live_row(session, Dream, dream_id, translate("dreams", "Dream"))
        if helper_person:
            clean.update(_helper_from_map(session, dream.participant_id, str(helper_person)))
        step = DreamStep(participant_id=dream.participant_id, dream_id=dream.id, **clean)
        session.add(step)
        return added(session, step)


def update_step(store: Store, step_id: str, **fields: Any) -> Changes:
    """Any of the step's fields; ``helper_person_id`` chooses a helper from the map (None
    or "" takes the map helper off, keeping a typed ``helper_text`` if given)."""
    helper_person = fields.pop("helper_person_id", ...)
    clean = clean_step_fields(fields)
    with store.session() as session:
        step = v.live_row(session, DreamStep, step_id, translate("dreams", "Step"))
        if helper_person is not ...:
            if helper_person:
                clean.update(_helper_from_map(session, step.participant_id, str(helper_person)))
            else:
                clean["helper_lineage_id"] = ""
        v.assign_changed(step, clean)
        return written(session)


def take_step(
    store: Store, step_id: str, on: date | str | None = None, reflection: str | None = None
) -> Changes:
    """The step is taken (gezet), today unless ``on``; ``reflection`` in their words."""
    fields: dict[str, Any] = {"status": "gezet", "taken_on": on or date.today()}
    if reflection is not None:
        fields["reflection"] = reflection
    return update_step(store, step_id, **fields)


def delete_step(store: Store, step_id: str) -> Changes:
    with store.session() as session:
        step = session.get(DreamStep, step_id)
        if step is None:
            raise NotFound(translate("dreams", "Step"), step_id)
        soft_delete(session, step)
        return written(session)


def taken_steps(store: Store, participant_id: str) -> list[DreamStep]:
    """The participant's steps that were taken (gezet), by the day they were, for the
    timeline of conversations."""
    with store.session() as session:
        return list(
            session.scalars(
                select(DreamStep)
                .join(Dream, Dream.id == DreamStep.dream_id)
                .where(
                    DreamStep.participant_id == participant_id,
                    DreamStep.deleted.is_(False),
                    Dream.deleted.is_(False),
                    DreamStep.status == "gezet",
                    DreamStep.taken_on.is_not(None),
                )
                .order_by(DreamStep.taken_on, DreamStep.created_at, DreamStep.id)
            )
        )


def helper_label(store: Store, step: DreamStep) -> str:
    """Who helps, as the step shows it: the map person's label while they are on the
    latest version of the map, else the copy kept with the step."""
    if not step.helper_lineage_id:
        return step.helper_text
    with store.session() as session:
        label = _label_on_latest_map(session, step.participant_id, step.helper_lineage_id)
    return label or step.helper_text


def map_helpers(store: Store, participant_id: str) -> list[MapPerson]:
    """The persons on the participant's latest network map, to choose a helper from."""
    with store.session() as session:
        latest = _latest_map(session, participant_id)
        if latest is None:
            return []
        return list(
            session.scalars(
                select(MapPerson)
                .where(MapPerson.map_id == latest.id, MapPerson.deleted.is_(False))
                .order_by(MapPerson.created_at, MapPerson.id)
            )
        )


# -- helpers --------------------------------------------------------------------------------
def _helper_from_map(session: Session, participant_id: str, person_id: str) -> dict[str, str]:
    person = v.live_row(session, MapPerson, person_id, translate("dreams", "Person on the map"))
    if person.participant_id != participant_id:
        raise InvalidInput(translate("dreams", "That person is on another participant's map."))
    return {"helper_lineage_id": person.person_key, "helper_text": person.label}


def _latest_map(session: Session, participant_id: str) -> NetworkMap | None:
    return session.scalars(
        select(NetworkMap)
        .where(NetworkMap.participant_id == participant_id, NetworkMap.deleted.is_(False))
        .order_by(NetworkMap.drawn_on.desc(), NetworkMap.created_at.desc(), NetworkMap.id.desc())
        .limit(1)
    ).first()


def _label_on_latest_map(session: Session, participant_id: str, person_key: str) -> str:
    latest = _latest_map(session, participant_id)
    if latest is None:
        return ""
    person = session.scalars(
        select(MapPerson).where(
            MapPerson.map_id == latest.id,
            MapPerson.person_key == person_key,
            MapPerson.deleted.is_(False),
        )
    ).first()
    return person.label if person is not None else ""


def _past_or_today(value: object, label: str) -> date:
    day = v.as_date(value, label) or date.today()
    if day > date.today():
        raise InvalidInput(
            translate("dreams", "{label} cannot lie in the future.").format(label=label)
        )
    return day
