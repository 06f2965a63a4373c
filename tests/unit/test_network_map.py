"""The network map's services on a real encrypted profile: persons and their lines, the
improvement plans and their feedback, versions that keep the persons' identity, their
numbering, the comparison of two versions, and the layout that resolves overlap while
drawing without writing positions."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.models import ChangeLogEntry, ImprovementStep, MapPerson, NetworkMap
from jiu_desktop.printing.map_layout import (
    CATEGORY_ANGLES,
    GAP,
    PersonInput,
    Rect,
    free_spot,
    layout_map,
    parse_position,
    person_box,
)
from jiu_desktop.services import map_compare, network_map, participants, team
from jiu_desktop.services.map_labels import annotations_in_words

TODAY = date.today()


# -- helpers -------------------------------------------------------------------------------
def noor(store: Store) -> str:
    return participants.create_participant(store, first_name="Noor", last_name="Bakker").id


def a_map(store: Store, on: date | None = None) -> tuple[str, str]:
    """A participant and a first, empty version of their map."""
    person = noor(store)
    return person, network_map.start_map(store, person, on=on).id


def logged(store: Store) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(ChangeLogEntry)) or 0)


def rows(store: Store, kind: type[Any]) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(kind)) or 0)


def line(person: MapPerson) -> tuple[Any, ...]:
    """What a person is on a version, apart from the row."""
    return (
        person.person_key,
        person.label,
        person.category,
        person.position,
        person.strength,
        person.trust,
        person.annotations,
        person.improve,
    )


def inputs(found: list[MapPerson]) -> list[PersonInput]:
    return [
        PersonInput(
            p.id,
            p.label,
            p.category,
            parse_position(p.position),
            p.strength,
            p.trust,
            annotations_in_words(p.annotations, p.own_words),
            p.improve,
        )
        for p in found
    ]


def no_overlap(boxes: list[Rect]) -> bool:
    return not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


# -- persons -------------------------------------------------------------------------------
def test_a_new_person_gets_a_free_spot_in_the_direction_of_their_category(store: Store) -> None:
    _, chart = a_map(store)
    for label, category in (("moeder", "familie"), ("zus", "familie"), ("Ahmed", "vrienden")):
        network_map.add_person(store, chart, label, category=category)
    mother, sister, friend = network_map.persons(store, chart)
    # Family goes up left (225°), friends up right (315°); y runs down.
    for person, left in ((mother, True), (sister, True), (friend, False)):
        x, y = parse_position(person.position)
        assert (x < 0, y < 0) == (left, True), (person.label, x, y)
    boxes = [person_box(p.label, parse_position(p.position))[0] for p in (mother, sister, friend)]
    assert no_overlap(boxes)
    assert mother.position != sister.position


def test_labels_and_notes_are_trimmed(store: Store) -> None:
    _, chart = a_map(store)
    made = network_map.add_person(
        store, chart, "  de \t hond ", category="huisdier", own_words=" blaft ", coach_note=" x "
    )
    found = network_map.get_person(store, made.id)
    assert (found.label, found.own_words, found.coach_note) == ("de hond", "blaft", "x")
    assert (found.strength, found.trust, found.annotations) == (3, "geen", "")
    network_map.update_person(store, made.id, label="  Bobby  ")
    assert network_map.get_person(store, made.id).label == "Bobby"


@pytest.mark.parametrize("label", ["", "   ", "\t\n"])
def test_an_empty_label_is_refused_with_a_clear_message_and_nothing_written(
    store: Store, label: str
) -> None:
    _, chart = a_map(store)
    before = logged(store)
    with pytest.raises(InvalidInput, match="first name or a role"):
        network_map.add_person(store, chart, label)
    assert network_map.persons(store, chart) == []
    assert (logged(store), rows(store, MapPerson)) == (before, 0)


BAD_FIELDS = [
    {"category": "ouders"},
    {"category": ""},
    {"trust": "veel"},
    {"trust": None},
    {"strength": 0},
    {"strength": 6},
    {"strength": "x"},
    {"strength": True},
    {"strength": 2.5},
    {"annotations": "boos"},
    {"annotations": ["ruzie", "blij"]},
    {"position": "links boven"},
    {"position": (1.0,)},
    {"position": (5000, 0)},
    {"mood": "blij"},
]


@pytest.mark.parametrize("bad", BAD_FIELDS, ids=[repr(b) for b in BAD_FIELDS])
def test_a_bad_value_is_refused_and_nothing_is_written(store: Store, bad: dict[str, Any]) -> None:
    _, chart = a_map(store)
    before = logged(store)
    with pytest.raises(InvalidInput):
        network_map.add_person(store, chart, "moeder", **bad)
    assert (logged(store), rows(store, MapPerson)) == (before, 0)
    made = network_map.add_person(store, chart, "moeder", category="familie").id
    kept = line(network_map.get_person(store, made))
    before = logged(store)
    with pytest.raises(InvalidInput):
        network_map.update_person(store, made, label="mam", **bad)
    assert line(network_map.get_person(store, made)) == kept, "not even the good field"
    assert logged(store) == before


def test_every_category_trust_and_thickness_is_accepted(store: Store) -> None:
    _, chart = a_map(store)
    for category in network_map.MapPerson.sync.choices["category"]:
        network_map.add_person(store, chart, category, category=category)
    made = network_map.persons(store, chart)[0].id
    for trust in ("geen", "naar_persoon", "wederzijds"):
        for strength in range(1, 6):
            network_map.update_person(store, made, strength=strength, trust=trust)
            found = network_map.get_person(store, made)
            assert (found.strength, found.trust) == (strength, trust)
    network_map.update_person(store, made, annotations=["ruzie", "overleden"])
    assert network_map.get_person(store, made).annotations == "overleden ruzie"


def test_a_person_needs_a_live_map(store: Store) -> None:
    _, chart = a_map(store)
    with pytest.raises(NotFound):
        network_map.add_person(store, "no-such-map", "moeder")
    network_map.delete_version(store, chart)
    with pytest.raises(NotFound):
        network_map.add_person(store, chart, "moeder")
    assert rows(store, MapPerson) == 0


# -- lines ---------------------------------------------------------------------------------
def test_the_line_is_the_persons_thickness_and_trust(store: Store) -> None:
    _, chart = a_map(store)
    made = network_map.add_person(store, chart, "opa", category="familie", strength=1).id
    assert network_map.get_person(store, made).strength == 1
    network_map.update_person(store, made, strength=5, trust="naar_persoon")
    network_map.update_person(store, made, trust="wederzijds")
    found = network_map.get_person(store, made)
    assert (found.strength, found.trust) == (5, "wederzijds")
    before = logged(store)
    network_map.update_person(store, made, strength=5, trust="wederzijds")
    assert logged(store) == before, "setting what is there writes nothing"


def test_a_move_is_one_write_of_x_and_y_together(store: Store) -> None:
    _, chart = a_map(store)
    made = network_map.add_person(store, chart, "zus", category="familie").id
    network_map.move_person(store, made, (12.345, -40.0))
    assert network_map.get_person(store, made).position == "12.3 -40"
    with store.session() as session:
        writes = session.scalars(
            select(ChangeLogEntry.field).where(
                ChangeLogEntry.row_id == made, ChangeLogEntry.entity == "map_person"
            )
        ).all()
    assert writes.count("position") == 2, "the add, then one write for the move"
    assert not {"x", "y"} & set(writes)


def test_a_deleted_person_leaves_the_version_and_can_be_put_back_as_the_same_person(
    store: Store,
) -> None:
    person, chart = a_map(store)
    made = network_map.add_person(store, chart, "neef", category="familie", annotations="ruzie")
    step = network_map.add_step(store, made.id, "Samen voetballen")
    values = network_map.person_values(network_map.get_person(store, made.id))
    network_map.delete_person(store, made.id)
    assert network_map.persons(store, chart) == []
    with pytest.raises(NotFound):
        network_map.get_person(store, made.id)
    back = network_map.add_person(store, chart, **values)
    found = network_map.get_person(store, back.id)
    assert found.person_key == values["person_key"] and found.annotations == "ruzie"
    assert [s.id for s in network_map.steps(store, person, found.person_key)] == [step.id]


# -- plans and feedback --------------------------------------------------------------------
def test_a_step_marks_the_person_and_feedback_is_dated(store: Store) -> None:
    person, chart = a_map(store)
    made = network_map.add_person(store, chart, "vader", category="familie").id
    assert network_map.get_person(store, made).improve is False
    first = network_map.add_step(
        store, made, "  Een berichtje sturen ", with_whom="zus", planned_on="2026-09-01"
    )
    second = network_map.add_step(store, made, "Samen eten")
    found = network_map.get_person(store, made)
    assert found.improve is True
    steps = network_map.steps(store, person, found.person_key)
    assert [(s.what, s.with_whom, s.planned_on, s.outcome) for s in steps] == [
        ("Een berichtje sturen", "zus", date(2026, 9, 1), "open"),
        ("Samen eten", "", None, "open"),
    ]
    network_map.record_feedback(store, first.id, "gelukt", " Hij belde terug ", on=TODAY)
    network_map.record_feedback(store, second.id, "belemmeringen", "Geen tijd")
    done, stuck = network_map.steps(store, person)
    assert (done.outcome, done.feedback, done.feedback_on) == ("gelukt", "Hij belde terug", TODAY)
    assert (stuck.outcome, stuck.feedback_on) == ("belemmeringen", TODAY)
    network_map.record_feedback(store, first.id, "open")
    reopened = network_map.steps(store, person)[0]
    assert (reopened.outcome, reopened.feedback_on) == ("open", None)


def test_bad_steps_and_feedback_are_refused(store: Store) -> None:
    person, chart = a_map(store)
    made = network_map.add_person(store, chart, "vader").id
    before = logged(store)
    with pytest.raises(InvalidInput):
        network_map.add_step(store, made, "   ")
    with pytest.raises(InvalidInput):
        network_map.add_step(store, made, "Bellen", planned_on="volgende week")
    assert logged(store) == before and rows(store, ImprovementStep) == 0
    assert network_map.get_person(store, made).improve is False, "not marked for nothing"
    step = network_map.add_step(store, made, "Bellen").id
    with pytest.raises(InvalidInput):
        network_map.record_feedback(store, step, "mislukt")
    with pytest.raises(InvalidInput):
        network_map.record_feedback(store, step, "gelukt", on=TODAY + timedelta(days=1))
    assert network_map.steps(store, person)[0].outcome == "open"
    network_map.delete_step(store, step)
    assert network_map.steps(store, person) == []


# -- versions ------------------------------------------------------------------------------
def handbook_map(store: Store, chart: str) -> dict[str, str]:
    """Part of the handbook's example map; the persons' ids by label."""
    made = {}
    for label, fields in (
        ("moeder", {"category": "familie", "strength": 2}),
        ("neef", {"category": "familie", "annotations": "ruzie"}),
        ("opa", {"category": "familie", "annotations": "overleden", "strength": 1}),
        ("vriend", {"category": "vrienden", "strength": 4, "trust": "naar_persoon"}),
        ("coach", {"category": "hulpverlening", "trust": "wederzijds"}),
        ("kat", {"category": "huisdier", "strength": 5, "position": (-80, 0)}),
    ):
        made[label] = network_map.add_person(store, chart, label, **fields).id
    return made


def test_a_new_version_keeps_every_persons_identity_position_and_line(store: Store) -> None:
    coach = team.create_coach(store, "Sanne").id
    person = noor(store)
    first = network_map.start_map(store, person, coach_id=coach, on=TODAY - timedelta(days=42))
    made = handbook_map(store, first.id)
    step = network_map.add_step(store, made["moeder"], "Samen koken").id
    network_map.update_map(store, first.id, backdrop=True, note="Eerste kaart")
    before = [line(p) for p in network_map.persons(store, first.id)]

    second = network_map.new_version(store, person)
    copied = network_map.get_map(store, second.id)
    assert (copied.drawn_on, copied.copied_from, copied.backdrop) == (TODAY, first.id, True)
    assert copied.note == "", "the coach's remark is about that version"
    after = network_map.persons(store, second.id)
    assert [line(p) for p in after] == before, "the same persons, in the same order"
    assert not {p.id for p in after} & set(made.values()), "new rows"
    mother = after[0]
    assert [s.id for s in network_map.steps(store, person, mother.person_key)] == [step]
    assert mother.improve is True

    versions = network_map.list_versions(store, person)
    assert [(v.number, v.map.id, v.coach, v.persons) for v in versions] == [
        (1, first.id, "Sanne", 6),
        (2, second.id, "", 6),
    ]
    assert network_map.version(store, person).map.id == second.id
    assert network_map.number_of(store, second.id) == 2


def test_the_copies_keep_the_order_of_the_persons(store: Store) -> None:
    """The layout's order decides who keeps a spot when two boxes overlap: it must be the
    same on every version, also for many persons copied in one go."""
    person, chart = a_map(store)
    labels = [f"persoon {i}" for i in range(40)]
    for label in labels:
        network_map.add_person(store, chart, label, position=(0, 0))
    copy = network_map.new_version(store, person).id
    again = network_map.new_version(store, person).id
    for version in (copy, again):
        assert [p.label for p in network_map.persons(store, version)] == labels


def test_edits_on_the_new_version_leave_the_old_one_as_it_was(store: Store) -> None:
    person, chart = a_map(store, on=TODAY - timedelta(days=7))
    made = handbook_map(store, chart)
    before = [line(p) for p in network_map.persons(store, chart)]
    second = network_map.new_version(store, person).id
    copies = {p.label: p.id for p in network_map.persons(store, second)}
    network_map.update_person(store, copies["moeder"], strength=4, trust="wederzijds")
    network_map.move_person(store, copies["vriend"], (10, 60))
    network_map.update_person(store, copies["coach"], label="Sanne")
    network_map.delete_person(store, copies["opa"])
    network_map.add_person(store, second, "sportmaatje", category="vrienden")
    network_map.add_step(store, copies["vriend"], "Vaker afspreken")
    assert [line(p) for p in network_map.persons(store, chart)] == before
    assert network_map.get_person(store, made["vriend"]).improve is False, (
        "the mark is on the version where the step was made"
    )
    assert len(network_map.persons(store, second)) == 6


def test_a_new_version_is_never_dated_before_the_one_it_copies(store: Store) -> None:
    person, chart = a_map(store)
    later = network_map.new_version(store, person, on=TODAY - timedelta(days=30)).id
    assert network_map.get_map(store, later).drawn_on == TODAY
    with pytest.raises(InvalidInput):
        network_map.new_version(store, person, on=TODAY + timedelta(days=1))
    with pytest.raises(InvalidInput):
        network_map.update_map(store, chart, drawn_on=TODAY + timedelta(days=1))
    assert len(network_map.list_versions(store, person)) == 2


def test_a_first_new_version_without_a_map_is_an_empty_map(store: Store) -> None:
    person = noor(store)
    made = network_map.new_version(store, person).id
    assert network_map.persons(store, made) == []
    assert network_map.get_map(store, made).copied_from == ""
    with pytest.raises(NotFound):
        network_map.new_version(store, "no-such-participant")


def test_versions_are_numbered_by_date_and_renumbered_after_a_delete(store: Store) -> None:
    person = noor(store)
    days = [TODAY - timedelta(days=d) for d in (10, 30, 20)]
    made = [network_map.start_map(store, person, on=day).id for day in days]
    network_map.add_person(store, made[0], "moeder")
    by_number = [v.map.id for v in network_map.list_versions(store, person)]
    assert by_number == [made[1], made[2], made[0]], "by the day drawn, not the day made"
    assert [network_map.number_of(store, m) for m in made] == [3, 1, 2]

    network_map.delete_version(store, made[1])
    versions = network_map.list_versions(store, person)
    assert [(v.number, v.map.id) for v in versions] == [(1, made[2]), (2, made[0])]
    assert network_map.number_of(store, made[0]) == 2
    with pytest.raises(NotFound):
        network_map.number_of(store, made[1])
    with pytest.raises(NotFound):
        network_map.version(store, person, 3)
    with pytest.raises(NotFound):
        network_map.version(store, person, 0)

    network_map.delete_version(store, made[0])
    assert [v.map.id for v in network_map.list_versions(store, person)] == [made[2]]
    with store.session() as session:
        on_deleted = session.scalars(select(MapPerson).where(MapPerson.map_id == made[0])).one()
    assert on_deleted.deleted, "the version's persons go with it"
    assert network_map.persons(store, made[0]) == []


def test_a_deleted_version_keeps_the_steps_of_persons_on_other_versions(store: Store) -> None:
    person, chart = a_map(store, on=TODAY - timedelta(days=3))
    made = network_map.add_person(store, chart, "vader").id
    network_map.add_step(store, made, "Bellen")
    second = network_map.new_version(store, person).id
    network_map.delete_version(store, chart)
    copy = network_map.persons(store, second)[0]
    assert [s.what for s in network_map.steps(store, person, copy.person_key)] == ["Bellen"]
    assert rows(store, NetworkMap) == 2


def test_no_versions_is_not_found_and_an_unknown_participant_too(store: Store) -> None:
    person = noor(store)
    assert network_map.list_versions(store, person) == []
    with pytest.raises(NotFound):
        network_map.version(store, person)
    with pytest.raises(NotFound):
        network_map.list_versions(store, "no-such-participant")
    with pytest.raises(NotFound):
        network_map.start_map(store, "no-such-participant")
    with pytest.raises(NotFound):
        network_map.start_map(store, person, coach_id="no-such-coach")


# -- comparison ----------------------------------------------------------------------------
def test_comparing_a_known_pair_gives_exactly_its_differences(store: Store) -> None:
    person, chart = a_map(store, on=TODAY - timedelta(days=42))
    made = handbook_map(store, chart)
    network_map.update_person(store, made["kat"], own_words="van oma")
    second = network_map.new_version(store, person).id
    copies = {p.label: p.id for p in network_map.persons(store, second)}
    network_map.update_person(store, copies["moeder"], strength=4, trust="wederzijds")
    network_map.update_person(store, copies["vriend"], strength=2, trust="geen")
    network_map.update_person(store, copies["neef"], annotations="")
    network_map.update_person(store, copies["coach"], label="Sanne", category="school_werk")
    network_map.update_person(store, copies["kat"], own_words="")
    network_map.move_person(store, copies["kat"], (-90, 10))  # a move is no difference
    network_map.delete_person(store, copies["opa"])
    network_map.add_person(store, second, "sportmaatje", category="vrienden")

    compared = map_compare.compare(store, person, 1, 2)
    assert compared.lines == [
        "+ sportmaatje (friends/acquaintances)",
        "moeder: line 2 → 4, trust none → mutual",
        "neef: annotations argument → none",
        "vriend: line 4 → 2, trust towards them → none",
        "Sanne: was “coach”, care/professionals → school/work",
        "kat: annotations van oma → none",
        "- opa (family)",
    ]
    signs = {d.label: (d.kind, d.line, d.trust) for d in compared.differences}
    assert signs == {
        "sportmaatje": ("new", 0, 0),
        "moeder": ("changed", 1, 1),
        "neef": ("changed", 0, 0),
        "vriend": ("changed", -1, -1),
        "Sanne": ("changed", 0, 0),
        "kat": ("changed", 0, 0),
        "opa": ("gone", 0, 0),
    }
    back = map_compare.compare(store, person, 2, 1)
    assert (
        back.lines[0] == "+ opa (family)"
        and back.lines[-1] == "- sportmaatje (friends/acquaintances)"
    )
    assert map_compare.compare(store, person, 2, 2).lines == []
    with pytest.raises(NotFound):
        map_compare.compare(store, person, 1, 3)


# -- layout --------------------------------------------------------------------------------
def test_overlapping_boxes_are_pushed_apart_while_drawing_and_positions_stay(
    store: Store,
) -> None:
    _, chart = a_map(store)
    for label in ("Ahmed", "Bram", "Chris", "Daan"):
        network_map.add_person(store, chart, label, category="vrienden", position=(60, -20))
    network_map.add_person(store, chart, "mentor", category="school_werk", position=(0, 0))
    stored = [(p.id, p.position) for p in network_map.persons(store, chart)]
    before = logged(store)

    found = network_map.persons(store, chart)
    drawn = layout_map("Noor", inputs(found))
    assert layout_map("Noor", inputs(found)) == drawn, "the same every time"
    boxes = [drawn.middle, *(p.box for p in drawn.persons)]
    assert no_overlap([b.grown(GAP / 2 - 0.01) for b in boxes])
    assert [p.moved for p in drawn.persons] == [False, True, True, True, True]
    first = drawn.persons[0].box
    assert (first.cx, first.cy) == (60, -20), "the earliest keeps its spot"
    assert [(p.id, p.position) for p in network_map.persons(store, chart)] == stored
    assert logged(store) == before, "drawing writes nothing"


def test_the_layout_gives_lines_and_arrowheads_per_trust() -> None:
    drawn = layout_map(
        "Noor",
        [
            PersonInput("a", "opa", "familie", (-60, -40), strength=1),
            PersonInput("b", "vriend", "vrienden", (60, -40), strength=5, trust="naar_persoon"),
            PersonInput("c", "coach", "hulpverlening", (-60, 40), strength=9, trust="wederzijds"),
        ],
    )
    assert [len(p.arrows) for p in drawn.persons] == [0, 1, 2]
    assert [p.strength for p in drawn.persons] == [1, 5, 5]
    assert drawn.persons[0].line_width < drawn.persons[1].line_width
    tip = drawn.persons[1].arrows[0][0]
    assert tip == drawn.persons[1].line[1], "the arrow points at the person"
    assert all(drawn.bounds.united(p.box) == drawn.bounds for p in drawn.persons)


@pytest.mark.parametrize("category", sorted(CATEGORY_ANGLES))
def test_free_spots_for_thirty_persons_of_one_category_do_not_overlap(category: str) -> None:
    boxes: list[Rect] = []
    for i in range(30):
        label = f"vriend {i}" if i % 3 else f"een lange naam nummer {i}"
        width = person_box(label, (0.0, 0.0))[0].w
        spot = free_spot(category, boxes, width)
        boxes.append(person_box(label, spot)[0])
    assert no_overlap(boxes)
    middle = layout_map("", []).middle
    assert not any(b.overlaps(middle) for b in boxes)


def test_free_spot_through_the_service_for_thirty_persons(store: Store) -> None:
    _, chart = a_map(store)
    for i in range(30):
        network_map.add_person(store, chart, f"klasgenoot {i}", category="school_werk")
    found = network_map.persons(store, chart)
    boxes = [person_box(p.label, parse_position(p.position))[0] for p in found]
    assert no_overlap(boxes)
    drawn = layout_map("Noor", inputs(found))
    assert not any(p.moved for p in drawn.persons), "nothing to push apart"


def test_a_free_spot_leaves_room_for_the_annotations_in_brackets(store: Store) -> None:
    _, chart = a_map(store)
    for label in ("opa", "oma", "oom", "tante", "neef", "nicht"):
        network_map.add_person(
            store, chart, label, category="familie", annotations="overleden ruzie"
        )
    drawn = layout_map("Noor", inputs(network_map.persons(store, chart)))
    assert drawn.persons[0].text == "opa (deceased, argument)"
    assert not any(p.moved for p in drawn.persons), "each box fits where it was put"


def test_two_arrowheads_on_a_short_thick_line_stay_apart() -> None:
    from jiu_desktop.printing.map_layout import arrowhead

    start, end = (0.0, 0.0), (8.0, 0.0)
    towards = arrowhead(start, end, 2.6)
    back = arrowhead(end, start, 2.6)
    tip_base = min(x for x, _y in towards)  # where the arrow at the person begins
    back_base = max(x for x, _y in back)
    assert back_base < tip_base, "the two triangles do not overlap"
    long_line = arrowhead((0.0, 0.0), (100.0, 0.0), 2.6)
    assert 100.0 - min(x for x, _y in long_line) > 6.0, "a long line keeps a big arrow"
