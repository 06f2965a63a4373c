"""The network map: versions, the persons on them with their line to the middle, and the
steps to improve a connection (``models/network_map.py``).

A version's number is its place in ``(drawn_on, created_at, id)`` order among the
participant's live versions, the same on every laptop after sync. "New version" copies the
latest version's persons with their ``person_key``; steps and feedback follow the key, so
they are on every version.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.i18n import translate
from jiu_desktop.models import Coach, ImprovementStep, MapPerson, NetworkMap, Participant
from jiu_desktop.models.base import new_id, utc_now
from jiu_desktop.printing.map_layout import (
    Point,
    box_text,
    format_position,
    free_spot,
    parse_position,
    person_box,
)
from jiu_desktop.services import validation as v
from jiu_desktop.services.cascade import soft_delete
from jiu_desktop.services.changes import Added, Changes, added, written
from jiu_desktop.services.map_labels import annotations_in_words

#: The fields of a person that a service may set (``position`` as an (x, y) pair in mm).
PERSON_FIELDS = (
    "label",
    "category",
    "annotations",
    "own_words",
    "coach_note",
    "position",
    "strength",
    "trust",
    "improve",
)
STEP_FIELDS = ("what", "with_whom", "planned_on", "outcome", "feedback", "feedback_on")


@dataclass(frozen=True)
class MapVersion:
    """One version as the list of versions shows it."""

    number: int
    map: NetworkMap
    coach: str
    persons: int


# -- versions -------------------------------------------------------------------------------
def _versions(session: Session, participant_id: str) -> list[NetworkMap]:
    stmt = (
        select(NetworkMap)
        .where(NetworkMap.participant_id == participant_id, NetworkMap.deleted.is_(False))
        .order_by(NetworkMap.drawn_on, NetworkMap.created_at, NetworkMap.id)
    )
    return list(session.scalars(stmt))


def list_versions(store: Store, participant_id: str) -> list[MapVersion]:
    """Every version of the participant's map, oldest first, numbered from 1."""
    with store.session() as session:
        v.live_row(session, Participant, participant_id, translate("network_map", "Participant"))
        maps = _versions(session, participant_id)
        counted = session.execute(
            select(MapPerson.map_id, func.count())
            .where(MapPerson.participant_id == participant_id, MapPerson.deleted.is_(False))
            .group_by(MapPerson.map_id)
        )
        counts: dict[str, int] = {map_id: n for map_id, n in counted}
        coaches = {c.id: c.name for c in session.scalars(select(Coach))}
        return [
            MapVersion(n, m, coaches.get(m.coach_id or "", ""), counts.get(m.id, 0))
            for n, m in enumerate(maps, start=1)
        ]


def version(store: Store, participant_id: str, number: int | None = None) -> MapVersion:
    """Version ``number`` (the latest when None); NotFound when there is no such version."""
    versions = list_versions(store, participant_id)
    if not versions or (number is not None and not 1 <= number <= len(versions)):
        raise NotFound(
            translate("network_map", "Network map version"), str(1 if number is None else number)
        )
    return versions[-1] if number is None else versions[number - 1]


def number_of(store: Store, map_id: str) -> int:
    """The number of the version ``map_id`` (NotFound when it is deleted or unknown)."""
    with store.session() as session:
        chart = v.live_row(session, NetworkMap, map_id, translate("network_map", "Network map"))
        return [m.id for m in _versions(session, chart.participant_id)].index(map_id) + 1


def start_map(
    store: Store, participant_id: str, *, coach_id: str | None = None, on: date | str | None = None
) -> Added[NetworkMap]:
    """A first, empty version (also when there are versions: a fresh start)."""
    day = _day(on)
    with store.session() as session:
        v.live_row(session, Participant, participant_id, translate("network_map", "Participant"))
        chart = NetworkMap(
            participant_id=participant_id, drawn_on=day, coach_id=_coach(session, coach_id)
        )
        session.add(chart)
        return added(session, chart)


def new_version(
    store: Store, participant_id: str, *, coach_id: str | None = None, on: date | str | None = None
) -> Added[NetworkMap]:
    """A copy of the latest version, dated today (or ``on``): the same persons, with the
    same keys, positions and lines; an empty first version when there is none yet."""
    day = _day(on)
    with store.session() as session:
        v.live_row(session, Participant, participant_id, translate("network_map", "Participant"))
        versions = _versions(session, participant_id)
        latest = versions[-1] if versions else None
        chart = NetworkMap(
            id=new_id(),
            participant_id=participant_id,
            drawn_on=max(day, latest.drawn_on) if latest else day,
            coach_id=_coach(session, coach_id),
            backdrop=latest.backdrop if latest else False,
            copied_from=latest.id if latest else "",
        )
        session.add(chart)
        session.flush()  # the version before its persons (they point at it)
        if latest is not None:
            # Stamped a microsecond apart: copies made in one go keep the persons' order
            # (the layout's order) instead of falling back on their random ids.
            now = utc_now()
            for n, person in enumerate(_persons(session, latest.id)):
                session.add(_copy(person, chart.id, now + timedelta(microseconds=n)))
        return added(session, chart)


def _copy(person: MapPerson, map_id: str, created_at: datetime) -> MapPerson:
    return MapPerson(
        participant_id=person.participant_id,
        map_id=map_id,
        created_at=created_at,
        **{name: getattr(person, name) for name in ("person_key", *PERSON_FIELDS)},
    )


def update_map(store: Store, map_id: str, **fields: Any) -> Changes:
    """``backdrop`` (sectors and rings), ``note`` (the coach's remark), ``drawn_on``."""
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "backdrop":
            clean[key] = bool(value)
        elif key == "note":
            clean[key] = str(value or "")
        elif key == "drawn_on":
            clean[key] = _day(value)
        else:
            raise InvalidInput(translate("network_map", "Unknown field: {field}").format(field=key))
    with store.session() as session:
        chart = v.live_row(session, NetworkMap, map_id, translate("network_map", "Network map"))
        v.assign_changed(chart, clean)
        return written(session)


def delete_version(store: Store, map_id: str) -> Changes:
    """The version and its persons; the steps stay with the persons on other versions."""
    with store.session() as session:
        chart = v.live_row(session, NetworkMap, map_id, translate("network_map", "Network map"))
        soft_delete(session, chart)
        return written(session)


def get_map(store: Store, map_id: str) -> NetworkMap:
    with store.session() as session:
        return v.live_row(session, NetworkMap, map_id, translate("network_map", "Network map"))


# -- persons --------------------------------------------------------------------------------
def _persons(session: Session, map_id: str) -> list[MapPerson]:
    # Through the live map: a person that arrived before its map (or was added on another
    # laptop to a version deleted here) is not shown until, or unless, the map is there.
    stmt = (
        select(MapPerson)
        .join(NetworkMap, NetworkMap.id == MapPerson.map_id)
        .where(
            MapPerson.map_id == map_id,
            MapPerson.deleted.is_(False),
            NetworkMap.deleted.is_(False),
        )
        .order_by(MapPerson.created_at, MapPerson.id)
    )
    return list(session.scalars(stmt))


def persons(store: Store, map_id: str) -> list[MapPerson]:
    """The persons on a version, in the order they were added (the layout's order); none
    when the version is deleted or has not arrived yet."""
    with store.session() as session:
        return _persons(session, map_id)


def get_person(store: Store, person_id: str) -> MapPerson:
    with store.session() as session:
        return v.live_row(
            session, MapPerson, person_id, translate("network_map", "Person on the map")
        )


def clean_person_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "label":
            clean[key] = " ".join(str(value or "").split())
        elif key in ("own_words", "coach_note"):
            clean[key] = str(value or "").strip()
        elif key == "category":
            clean[key] = v.check_choice(
                value, MapPerson, key, translate("network_map", "Who they are")
            )
        elif key == "trust":
            clean[key] = v.check_choice(value, MapPerson, key, translate("network_map", "Trust"))
        elif key == "annotations":
            codes = value.split() if isinstance(value, str) else value
            clean[key] = v.check_choice_set(
                codes, MapPerson, key, translate("network_map", "Annotations")
            )
        elif key == "strength":
            clean[key] = v.check_range(value, MapPerson, key, translate("network_map", "Line"))
        elif key == "improve":
            clean[key] = bool(value)
        elif key == "position":
            clean[key] = _position(value)
        else:
            raise InvalidInput(translate("network_map", "Unknown field: {field}").format(field=key))
    if "label" in clean and not clean["label"]:
        raise InvalidInput(
            translate("network_map", "Write who it is: a first name or a role (“moeder”).")
        )
    return clean


def _position(value: object) -> str:
    # Strictly two numbers: ``parse_position`` forgives what is stored, not what is given.
    parts = value.split() if isinstance(value, str) else value
    if not isinstance(parts, tuple | list) or len(parts) != 2:
        raise InvalidInput(translate("network_map", "A position is two numbers."))
    try:
        point = (float(parts[0]), float(parts[1]))
    except (TypeError, ValueError):
        raise InvalidInput(translate("network_map", "A position is two numbers.")) from None
    if not all(abs(c) <= 2000 for c in point):  # 2 m from the middle: a slip of the mouse
        raise InvalidInput(translate("network_map", "That position lies far off the map."))
    return format_position(point)


def add_person(store: Store, map_id: str, label: str, **fields: Any) -> Added[MapPerson]:
    """A person on the version ``map_id``: the label as the young person says it, and any
    of ``PERSON_FIELDS``. Without a position the person gets a free spot in the direction
    of their category. ``person_key`` (to put back a person that was removed) keeps the
    person's identity across versions."""
    person_key = str(fields.pop("person_key", "") or new_id())
    clean = clean_person_fields({"label": label, **fields})
    with store.session() as session:
        chart = v.live_row(session, NetworkMap, map_id, translate("network_map", "Network map"))
        if "position" not in clean:
            others = _persons(session, map_id)
            drawn = _box_text(
                clean["label"], clean.get("annotations", ""), clean.get("own_words", "")
            )
            width = person_box(drawn, (0.0, 0.0))[0].w
            occupied = [
                person_box(
                    _box_text(p.label, p.annotations, p.own_words), parse_position(p.position)
                )[0]
                for p in others
            ]
            clean["position"] = format_position(
                free_spot(clean.get("category", "overig"), occupied, width)
            )
        person = MapPerson(
            participant_id=chart.participant_id, map_id=map_id, person_key=person_key, **clean
        )
        session.add(person)
        return added(session, person)


def _box_text(label: str, annotations: str, own_words: str) -> str:
    """The text of the person's box as the map draws it: "Neef (ruzie)"."""
    return box_text(label, annotations_in_words(annotations, own_words))


def update_person(store: Store, person_id: str, **fields: Any) -> Changes:
    clean = clean_person_fields(fields)
    with store.session() as session:
        person = v.live_row(
            session, MapPerson, person_id, translate("network_map", "Person on the map")
        )
        v.assign_changed(person, clean)
        return written(session)


def move_person(store: Store, person_id: str, position: Point) -> Changes:
    """One write for a whole drag (x and y travel as one field)."""
    return update_person(store, person_id, position=position)


def delete_person(store: Store, person_id: str) -> Changes:
    """Off this version; the person's steps stay (they may be on other versions)."""
    with store.session() as session:
        person = v.live_row(
            session, MapPerson, person_id, translate("network_map", "Person on the map")
        )
        soft_delete(session, person)
        return written(session)


def person_values(person: MapPerson) -> dict[str, Any]:
    """What ``add_person`` needs to put ``person`` back after a removal (undo)."""
    values = {name: getattr(person, name) for name in PERSON_FIELDS}
    values["person_key"] = person.person_key
    return values


# -- improvement steps ----------------------------------------------------------------------
def steps(
    store: Store, participant_id: str, person_key: str | None = None
) -> list[ImprovementStep]:
    """The steps to improve connections (of one person, when ``person_key``), oldest first."""
    with store.session() as session:
        stmt = select(ImprovementStep).where(
            ImprovementStep.participant_id == participant_id, ImprovementStep.deleted.is_(False)
        )
        if person_key is not None:
            stmt = stmt.where(ImprovementStep.person_key == person_key)
        stmt = stmt.order_by(ImprovementStep.created_at, ImprovementStep.id)
        return list(session.scalars(stmt))


def clean_step_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key in ("what", "with_whom", "feedback"):
            clean[key] = str(value or "").strip()
        elif key in ("planned_on", "feedback_on"):
            clean[key] = v.as_date(value, translate("network_map", "Date"))
        elif key == "outcome":
            clean[key] = v.check_choice(
                value, ImprovementStep, key, translate("network_map", "How it went")
            )
        else:
            raise InvalidInput(translate("network_map", "Unknown field: {field}").format(field=key))
    if "what" in clean and not clean["what"]:
        raise InvalidInput(translate("network_map", "Write down the step in a few words."))
    return clean


def add_step(store: Store, person_id: str, what: str, **fields: Any) -> Added[ImprovementStep]:
    """A step to improve the connection with the person ``person_id`` (on any version):
    what, with whom (``with_whom``), when (``planned_on``). Marks the person."""
    clean = clean_step_fields({"what": what, **fields})
    with store.session() as session:
        person = v.live_row(
            session, MapPerson, person_id, translate("network_map", "Person on the map")
        )
        person.improve = True
        step = ImprovementStep(
            participant_id=person.participant_id, person_key=person.person_key, **clean
        )
        session.add(step)
        return added(session, step)


def update_step(store: Store, step_id: str, **fields: Any) -> Changes:
    clean = clean_step_fields(fields)
    with store.session() as session:
        step = v.live_row(session, ImprovementStep, step_id, translate("network_map", "Step"))
        v.assign_changed(step, clean)
        return written(session)


def record_feedback(
    store: Store, step_id: str, outcome: str, feedback: str = "", on: date | str | None = None
) -> Changes:
    """Terugkoppeling: ``gelukt`` or ``belemmeringen`` (``open``: not told yet), what the
    young person said, and when (today unless ``on``)."""
    day = None if outcome == "open" else _day(on)
    return update_step(store, step_id, outcome=outcome, feedback=feedback, feedback_on=day)


def delete_step(store: Store, step_id: str) -> Changes:
    with store.session() as session:
        step = session.get(ImprovementStep, step_id)
        if step is None:
            raise NotFound(translate("network_map", "Step"), step_id)
        soft_delete(session, step)
        return written(session)


# -- helpers --------------------------------------------------------------------------------
def _day(value: date | str | None) -> date:
    day = v.as_date(value, translate("network_map", "Date")) or date.today()
    if day > date.today():
        raise InvalidInput(translate("network_map", "A network map cannot be dated in the future."))
    return day


def _coach(session: Session, coach_id: str | None) -> str | None:
    if coach_id is not None:
        v.live_row(session, Coach, coach_id, translate("team", "Coach"))
    return coach_id


def keys_of(persons_on_map: Iterable[MapPerson]) -> dict[str, MapPerson]:
    return {p.person_key: p for p in persons_on_map}
