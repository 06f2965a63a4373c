"""Everything a printout of the network map needs, gathered once: the map's layout, the
header's words, the legend, the improvement plans and (for the coach only) the notes.

``for_participant`` makes the version the young person takes home: the first name only,
no coach notes, no remark. The renderers (``printing/map_pdf.py``, the PNG) draw what is
here and decide nothing about what may be shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jiu_desktop.db.store import Store
from jiu_desktop.models import MapPerson
from jiu_desktop.models.network_map import MAP_CATEGORIES
from jiu_desktop.printing.map_layout import (
    CATEGORY_COLOURS,
    MapLayout,
    PersonInput,
    box_text,
    layout_map,
    parse_position,
)
from jiu_desktop.services import map_compare, network_map, participants, team
from jiu_desktop.services.map_labels import annotations_in_words, category_label, outcome_label


@dataclass(frozen=True)
class PlanStep:
    what: str
    with_whom: str
    planned_on: date | None
    outcome: str  # the code: open, gelukt, belemmeringen
    outcome_text: str  # in words
    feedback: str
    feedback_on: date | None


@dataclass(frozen=True)
class Plan:
    """The steps to improve the connection with one person on this version."""

    label: str  # as in the box: "Neef (ruzie)"
    category: str
    steps: tuple[PlanStep, ...]


@dataclass(frozen=True)
class CoachNote:
    label: str
    note: str


@dataclass(frozen=True)
class LegendCategory:
    code: str
    label: str
    colour: str


@dataclass(frozen=True)
class MapDocument:
    first_name: str
    surname: str  # empty on the participant's version
    number: int
    drawn_on: date
    coach: str
    layout: MapLayout
    #: The categories on this map (all of them when the map is empty), for the legend.
    legend: tuple[LegendCategory, ...]
    sector_labels: dict[str, str]
    plans: tuple[Plan, ...]
    coach_notes: tuple[CoachNote, ...]  # empty on the participant's version
    remark: str  # empty on the participant's version
    for_participant: bool


@dataclass(frozen=True)
class ComparisonDocument:
    first_name: str
    surname: str
    from_number: int
    from_date: date
    to_number: int
    to_date: date
    new: tuple[str, ...]
    changed: tuple[str, ...]
    gone: tuple[str, ...]


def person_input(person: MapPerson) -> PersonInput:
    """What the layout needs of a stored person (annotations in words)."""
    return PersonInput(
        key=person.id,
        label=person.label,
        category=person.category,
        position=parse_position(person.position),
        strength=person.strength,
        trust=person.trust,
        annotations=annotations_in_words(person.annotations, person.own_words),
        improve=person.improve,
    )


def sector_labels() -> dict[str, str]:
    return {code: category_label(code) for code in MAP_CATEGORIES}


def map_document(
    store: Store, participant_id: str, number: int | None = None, *, for_participant: bool = False
) -> MapDocument:
    """Version ``number`` (the latest when None) ready to print; NotFound for an unknown
    participant or version."""
    participant = participants.get_participant(store, participant_id)
    chosen = network_map.version(store, participant_id, number)
    on_map = network_map.persons(store, chosen.map.id)
    first_name = participant.first_name.strip() or "?"
    layout = layout_map(first_name, [person_input(p) for p in on_map], backdrop=chosen.map.backdrop)
    used = {p.category for p in on_map}
    legend = tuple(
        LegendCategory(code, category_label(code), CATEGORY_COLOURS[code])
        for code in MAP_CATEGORIES
        if code in used or not used
    )
    notes: tuple[CoachNote, ...] = ()
    if not for_participant:
        notes = tuple(
            CoachNote(_box_label(p), p.coach_note) for p in on_map if p.coach_note.strip()
        )
    return MapDocument(
        first_name=first_name,
        surname="" if for_participant else participant.last_name.strip(),
        number=chosen.number,
        drawn_on=chosen.map.drawn_on,
        coach=chosen.coach or _participant_coach(store, participant.coach_id),
        layout=layout,
        legend=legend,
        sector_labels=sector_labels(),
        plans=_plans(store, participant_id, on_map),
        coach_notes=notes,
        remark="" if for_participant else chosen.map.note.strip(),
        for_participant=for_participant,
    )


def _box_label(person: MapPerson) -> str:
    return box_text(person.label, annotations_in_words(person.annotations, person.own_words))


def _plans(store: Store, participant_id: str, on_map: list[MapPerson]) -> tuple[Plan, ...]:
    """A plan for every person on this version who is marked or has steps (steps follow
    the person across versions), in the map's order."""
    by_key: dict[str, list[PlanStep]] = {}
    for step in network_map.steps(store, participant_id):
        by_key.setdefault(step.person_key, []).append(
            PlanStep(
                step.what,
                step.with_whom,
                step.planned_on,
                step.outcome,
                outcome_label(step.outcome),
                step.feedback,
                step.feedback_on,
            )
        )
    return tuple(
        Plan(_box_label(p), p.category, tuple(by_key.get(p.person_key, ())))
        for p in on_map
        if p.improve or p.person_key in by_key
    )


def _participant_coach(store: Store, coach_id: str | None) -> str:
    if not coach_id:
        return ""
    return next((c.name for c in team.list_coaches(store) if c.id == coach_id), "")


def compare_document(
    store: Store, participant_id: str, from_number: int, to_number: int
) -> ComparisonDocument:
    """The comparison of two versions, grouped: new, changed, no longer on the map."""
    participant = participants.get_participant(store, participant_id)
    comparison = map_compare.compare(store, participant_id, from_number, to_number)
    before = network_map.version(store, participant_id, from_number)
    after = network_map.version(store, participant_id, to_number)

    def kind(name: str) -> tuple[str, ...]:
        return tuple(d.line_text() for d in comparison.differences if d.kind == name)

    return ComparisonDocument(
        first_name=participant.first_name.strip() or "?",
        surname=participant.last_name.strip(),
        from_number=before.number,
        from_date=before.map.drawn_on,
        to_number=after.number,
        to_date=after.map.drawn_on,
        new=kind("new"),
        changed=kind("changed"),
        gone=kind("gone"),
    )
