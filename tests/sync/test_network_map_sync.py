"""The network map between laptops, case by case, over a shared folder and a real WebDAV
server: edits of different persons add up, a move wins whole, a rename on two laptops is a
labelled conflict, a deletion stays, persons added on two laptops both appear without
anyone rewriting their positions, a person that arrives before its map waits for it, two
new versions made offline on one day are both kept and numbered alike, and an erasure takes
the maps, their persons and the steps from every laptop."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, or_, select

from jiu_desktop.models import ImprovementStep, MapPerson, NetworkMap
from jiu_desktop.services import conflicts, erasure, network_map, participants
from jiu_desktop.sync.received import log_entry
from tests.sync.conftest import Replica

Make = Callable[[int], list[Replica]]
TODAY = date.today()
MAP_TABLES = ("network_map", "map_person", "improvement_step")


def sync_all(replicas: list[Replica], rounds: int = 2) -> None:
    for _ in range(rounds):
        for replica in replicas:
            assert replica.sync().rejected == []


def shared_map(a: Replica, b: Replica) -> tuple[str, str, dict[str, str]]:
    """A participant with a map of three persons, on both laptops."""
    noor = participants.create_participant(a.store, first_name="Noor", last_name="Bakker").id
    chart = network_map.start_map(a.store, noor, on=TODAY - timedelta(days=14)).id
    made = {
        label: network_map.add_person(a.store, chart, label, category=category).id
        for label, category in (("moeder", "familie"), ("vriend", "vrienden"), ("kat", "huisdier"))
    }
    sync_all([a, b])
    return noor, chart, made


def seen(replica: Replica, chart: str) -> dict[str, tuple[object, ...]]:
    return {
        p.label: (p.person_key, p.position, p.strength, p.trust, p.annotations)
        for p in network_map.persons(replica.store, chart)
    }


def test_edits_of_different_persons_on_two_laptops_are_both_kept(replicas: Make) -> None:
    a, b = replicas(2)
    noor, chart, made = shared_map(a, b)
    network_map.update_person(a.store, made["moeder"], strength=5, trust="wederzijds")
    network_map.update_person(b.store, made["vriend"], annotations="ruzie", strength=1)
    network_map.move_person(b.store, made["kat"], (-100, 5))
    sync_all([a, b])
    for replica in (a, b):
        found = {p.label: p for p in network_map.persons(replica.store, chart)}
        assert (found["moeder"].strength, found["moeder"].trust) == (5, "wederzijds")
        assert (found["vriend"].annotations, found["vriend"].strength) == ("ruzie", 1)
        assert found["kat"].position == "-100 5"
        assert conflicts.open_conflicts(replica.store, noor) == []
    assert a.snapshot() == b.snapshot()


def test_a_person_moved_on_two_laptops_lands_whole_where_one_of_them_put_it(
    replicas: Make,
) -> None:
    a, b = replicas(2)
    _, _, made = shared_map(a, b)
    network_map.move_person(a.store, made["moeder"], (-40, -30))
    network_map.move_person(b.store, made["moeder"], (-70, 10))
    sync_all([a, b])
    landed = {network_map.get_person(r.store, made["moeder"]).position for r in (a, b)}
    assert len(landed) == 1 and landed <= {"-40 -30", "-70 10"}, (
        "x and y from the same laptop (never -70 -30 or -40 10), the same on both"
    )
    for replica in (a, b):
        assert conflicts.open_conflicts(replica.store) == [], "a move is no conflict"
    assert a.snapshot() == b.snapshot()


def test_a_person_renamed_on_two_laptops_is_a_labelled_conflict(replicas: Make) -> None:
    a, b = replicas(2)
    noor, _, made = shared_map(a, b)
    network_map.update_person(a.store, made["vriend"], label="Ahmed", strength=4)
    network_map.update_person(b.store, made["vriend"], label="Mo", trust="naar_persoon")
    sync_all([a, b])
    for replica in (a, b):
        found = conflicts.open_conflicts(replica.store, noor)
        assert [(c.entity, c.row_id, c.field, c.label) for c in found] == [
            ("map_person", made["vriend"], "label", "Name on the network map")
        ]
        assert {found[0].current_value, found[0].other_value} == {"Ahmed", "Mo"}
        person = network_map.get_person(replica.store, made["vriend"])
        assert (person.strength, person.trust) == (4, "naar_persoon"), "the rest merges"
    assert conflicts.open_conflicts(a.store) == conflicts.open_conflicts(b.store)
    assert a.snapshot() == b.snapshot()


def test_a_person_deleted_on_one_laptop_and_edited_on_the_other_stays_deleted(
    replicas: Make,
) -> None:
    a, b = replicas(2)
    noor, chart, made = shared_map(a, b)
    network_map.delete_person(a.store, made["vriend"])
    network_map.update_person(b.store, made["vriend"], strength=5, coach_note="Belt vaak")
    network_map.move_person(b.store, made["vriend"], (40, -50))
    network_map.update_person(b.store, made["kat"], strength=2)  # edited first...
    network_map.delete_person(a.store, made["kat"])  # ...and deleted later
    sync_all([a, b])
    for replica in (a, b):
        assert list(seen(replica, chart)) == ["moeder"]
        assert [v.persons for v in network_map.list_versions(replica.store, noor)] == [1]
    assert a.snapshot() == b.snapshot()


def test_persons_added_on_two_laptops_both_appear_where_each_was_put(replicas: Make) -> None:
    a, b = replicas(2)
    _, chart, _ = shared_map(a, b)
    from_a = network_map.add_person(a.store, chart, "sportmaatje", category="vrienden").id
    from_b = network_map.add_person(b.store, chart, "buurman", category="vrienden").id
    put = {
        from_a: network_map.get_person(a.store, from_a).position,
        from_b: network_map.get_person(b.store, from_b).position,
    }
    assert put[from_a] == put[from_b], "both took the same free spot, offline"
    sync_all([a, b])
    for replica in (a, b):
        labels = list(seen(replica, chart))
        assert sorted(labels) == ["buurman", "kat", "moeder", "sportmaatje", "vriend"]
        for person_id, position in put.items():
            assert network_map.get_person(replica.store, person_id).position == position
        with replica.store.session() as session:
            moves = session.scalar(
                select(func.count()).where(
                    log_entry.c.row_id.in_(put), log_entry.c.field == "position"
                )
            )
        assert moves == 2, "only the additions wrote a position"
    assert seen(a, chart) == seen(b, chart)
    assert a.snapshot() == b.snapshot()


def _devices(replica: Replica) -> Path:
    return replica.remote_root / "jiu-sync-v1" / "devices"


def test_a_person_that_arrives_before_its_map_waits_for_it(replicas: Make, tmp_path: Path) -> None:
    a, b, c = replicas(3)
    noor = participants.create_participant(a.store, first_name="Noor").id
    sync_all([a, b, c], rounds=1)
    chart = network_map.start_map(a.store, noor).id
    a.sync()  # A's bundle 2: the map
    c.sync()
    person = network_map.add_person(c.store, chart, "moeder", category="familie").id
    c.sync()  # C's bundle: only the person
    held = _devices(a) / a.store.device_id / "00000002.bin"
    aside = tmp_path / "held-back.bin"
    shutil.move(held, aside)

    report = b.sync()
    assert [g.device for g in report.gaps] == [a.store.device_id]
    assert network_map.list_versions(b.store, noor) == []
    assert network_map.persons(b.store, chart) == []
    assert participants.get_participant(b.store, noor).first_name == "Noor"
    assert [p.id for p in participants.list_participants(b.store)] == [noor]

    shutil.move(aside, held)
    assert b.sync().gaps == []
    versions = network_map.list_versions(b.store, noor)
    assert [(v.map.id, v.persons) for v in versions] == [(chart, 1)]
    assert [p.id for p in network_map.persons(b.store, chart)] == [person]
    sync_all([a, b, c])
    assert a.snapshot() == b.snapshot() == c.snapshot()


def test_a_person_added_to_a_map_deleted_elsewhere_is_not_shown(replicas: Make) -> None:
    a, b = replicas(2)
    noor, chart, _ = shared_map(a, b)
    second = network_map.new_version(a.store, noor).id
    sync_all([a, b])
    network_map.delete_version(a.store, chart)
    network_map.add_person(b.store, chart, "opa", category="familie")
    sync_all([a, b])
    for replica in (a, b):
        assert [v.map.id for v in network_map.list_versions(replica.store, noor)] == [second]
        assert network_map.persons(replica.store, chart) == []
    assert a.snapshot() == b.snapshot()


def test_two_new_versions_made_offline_on_one_day_are_both_kept_and_numbered_alike(
    replicas: Make,
) -> None:
    a, b = replicas(2)
    noor, chart, made = shared_map(a, b)
    network_map.add_step(a.store, made["moeder"], "Samen koken")
    sync_all([a, b])
    from_a = network_map.new_version(a.store, noor).id
    from_b = network_map.new_version(b.store, noor).id
    network_map.add_person(b.store, from_b, "sportmaatje", category="vrienden")
    assert [v.number for v in network_map.list_versions(a.store, noor)] == [1, 2]
    sync_all([a, b])
    numbered = [
        [(v.number, v.map.id, v.persons) for v in network_map.list_versions(r.store, noor)]
        for r in (a, b)
    ]
    assert numbered[0] == numbered[1]
    assert numbered[0][0][1] == chart
    assert {n[1] for n in numbered[0][1:]} == {from_a, from_b}
    assert sorted(n[2] for n in numbered[0]) == [3, 3, 4]
    for replica in (a, b):
        assert network_map.number_of(replica.store, from_a) == network_map.number_of(
            a.store, from_a
        )
        keys = [
            {p.person_key for p in network_map.persons(replica.store, m)} for m in (chart, from_a)
        ]
        assert keys[0] == keys[1], "both copies are the same persons"
        mother = network_map.persons(replica.store, from_b)[0]
        assert [s.what for s in network_map.steps(replica.store, noor, mother.person_key)] == [
            "Samen koken"
        ]
    network_map.delete_version(b.store, numbered[0][1][1])
    sync_all([a, b])
    for replica in (a, b):
        assert [v.number for v in network_map.list_versions(replica.store, noor)] == [1, 2]
    assert a.snapshot() == b.snapshot()


def test_an_erasure_takes_the_maps_persons_and_steps_from_every_laptop(replicas: Make) -> None:
    a, b = replicas(2)
    noor, chart, made = shared_map(a, b)
    network_map.add_step(a.store, made["moeder"], "Bellen")
    network_map.new_version(a.store, noor)
    other = participants.create_participant(a.store, first_name="Sem").id
    kept = network_map.start_map(a.store, other).id
    network_map.add_person(a.store, kept, "broer", category="familie")
    sync_all([a, b])
    network_map.update_person(b.store, made["vriend"], label="Ahmed")  # history on B too
    network_map.update_person(a.store, made["vriend"], label="Mo")
    sync_all([a, b])
    assert conflicts.open_conflicts(a.store, noor), "an open conflict goes as well"

    erasure.erase(b.store, noor)
    sync_all([a, b])
    for replica in (a, b):
        with replica.store.session() as session:
            for kind in (NetworkMap, MapPerson, ImprovementStep):
                left = session.scalars(select(kind.participant_id)).all()
                assert set(left) <= {other}, (replica.name, kind.__tablename__)
            history = session.scalar(
                select(func.count())
                .select_from(log_entry)
                .where(
                    or_(
                        log_entry.c.participant_id == noor,
                        log_entry.c.row_id.in_([chart, *made.values()]),
                    )
                )
            )
        assert history == 0, replica.name
        assert conflicts.open_conflicts(replica.store) == []
        assert list(seen(replica, kept)) == ["broer"], "another participant's map stays"
    assert a.snapshot() == b.snapshot()
