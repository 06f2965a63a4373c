"""Demo data has network maps: about half of the participants, two versions or more, the
later one showing growth, the same for the same seed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from jiu_desktop.db.store import Store
from jiu_desktop.demo import fill_demo_data
from jiu_desktop.models import ChangeLogEntry, MapPerson, NetworkMap, Participant
from jiu_desktop.printing.map_layout import layout_map
from jiu_desktop.services import map_compare, network_map, profile
from jiu_desktop.services.map_document import map_document, person_input

HANDBOOK_LABELS = {"vriend", "sportmaatje", "moeder", "zus en broer", "neef", "coach", "opa"}


def maps_by_participant(store: Store) -> dict[str, list[network_map.MapVersion]]:
    with store.session() as s:
        ids = list(s.scalars(select(Participant.id)))
    found = {pid: network_map.list_versions(store, pid) for pid in ids}
    return {pid: versions for pid, versions in found.items() if versions}


def test_about_half_the_participants_have_a_map_that_grows(store: Store) -> None:
    summary = fill_demo_data(store, 40, seed=11)
    maps = maps_by_participant(store)
    assert 12 <= len(maps) <= 28, len(maps)
    assert summary.maps == sum(len(v) for v in maps.values())
    today = date.today()
    for pid, versions in maps.items():
        assert len(versions) >= 2
        assert all(v.map.drawn_on <= today for v in versions)
        assert 7 <= versions[0].persons <= 12
        labels = {p.label for p in network_map.persons(store, versions[0].map.id)}
        assert labels & HANDBOOK_LABELS or len(labels) >= 7
        last = len(versions)
        comparison = map_compare.compare(store, pid, last - 1, last)
        changed = [d for d in comparison.differences if d.kind == "changed"]
        assert any(d.line > 0 for d in changed), "a thicker line"
        assert any(d.kind == "new" for d in comparison.differences), "someone new"
        plans = map_document(store, pid).plans
        assert any(step.outcome != "open" and step.feedback for p in plans for step in p.steps)
    gained = sum(
        any(d.trust > 0 for d in map_compare.compare(store, pid, 1, 2).differences) for pid in maps
    )
    assert gained >= len(maps) * 0.8, "trust gained on most maps"
    with store.session() as s:
        logged = s.scalar(
            select(func.count())
            .select_from(ChangeLogEntry)
            .where(ChangeLogEntry.entity == MapPerson.__tablename__)
        )
        assert (logged or 0) >= sum(v.persons for vs in maps.values() for v in vs)


def test_demo_maps_do_not_overlap(store: Store) -> None:
    fill_demo_data(store, 20, seed=5)
    with store.session() as s:
        charts = list(s.scalars(select(NetworkMap)))
    assert charts
    for chart in charts:
        layout = layout_map("Noor", [person_input(p) for p in network_map.persons(store, chart.id)])
        assert not any(p.moved for p in layout.persons), "every person on a free spot"


def test_demo_maps_are_the_same_for_the_same_seed(store: Store, tmp_path: Path) -> None:
    other, _ = profile.create_profile(tmp_path / "other", "x", "geheim 12345")
    try:
        contents = []
        for target in (store, other):
            fill_demo_data(target, 16, seed=4)
            with target.session() as s:
                people = {p.id: (p.first_name, p.last_name) for p in s.scalars(select(Participant))}
                rows = s.execute(
                    select(
                        MapPerson.participant_id,
                        NetworkMap.drawn_on,
                        MapPerson.label,
                        MapPerson.strength,
                        MapPerson.trust,
                        MapPerson.position,
                    ).join(NetworkMap, NetworkMap.id == MapPerson.map_id)
                )
                contents.append(sorted((people[r[0]], *r[1:]) for r in rows))
        assert contents[0] and contents[0] == contents[1]
    finally:
        other.close()
