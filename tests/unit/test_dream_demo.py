"""Demo data has dream tins: about 60 % of the participants, one or two dreams, steps
taken, open and a few past their date, helpers from the network map; the same for the
same seed, and the rest of the demo as it was without them."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from jiu_desktop.db.store import Store
from jiu_desktop.demo import fill_demo_data, people
from jiu_desktop.models import Dream, DreamStep, MapPerson, Participant, SessionNote
from jiu_desktop.models.domains import LIFE_DOMAINS
from jiu_desktop.services import profile
from jiu_desktop.services.agenda import due_steps
from tests.conftest import PASSPHRASE

SEED = 7


def rows(store: Store) -> tuple[list[Dream], list[DreamStep]]:
    with store.session() as s:
        return list(s.scalars(select(Dream))), list(s.scalars(select(DreamStep)))


def test_about_60_percent_have_a_dream_tin_with_steps(store: Store) -> None:
    summary = fill_demo_data(store, 80, seed=SEED)
    found, steps = rows(store)
    owners = {d.participant_id for d in found}
    assert 0.45 * 80 <= len(owners) <= 0.75 * 80, len(owners)
    assert summary.dreams == len(found)
    assert all(sum(d.participant_id == p for d in found) <= 2 for p in owners)
    assert {d.life_domain for d in found} <= set(LIFE_DOMAINS)
    by_dream = {d.id: [s for s in steps if s.dream_id == d.id] for d in found}
    assert all(by_dream.values()), "every dream has at least one step"
    today = date.today()
    taken = [s for s in steps if s.status == "gezet"]
    assert len(taken) >= 10 and all(s.reflection and s.taken_on <= today for s in taken)
    assert any(
        any(s.status == "gezet" for s in own) and any(s.status == "open" for s in own)
        for own in by_dream.values()
    ), "a step taken, and the next one"
    active = {d.id for d in found if d.status == "actief"}
    open_steps = [s for s in steps if s.status == "open" and s.dream_id in active]
    soon = [s for s in open_steps if today <= s.best_before <= today + timedelta(21)]
    past = [s for s in open_steps if s.best_before < today]
    assert len(soon) >= 0.6 * len(open_steps)
    assert 1 <= len(past) <= 0.3 * len(open_steps), (len(past), len(open_steps))
    assert due_steps(store), "some show on the start page"
    assert all(s.text and s.best_before for s in steps)


def test_some_helpers_are_people_from_their_network_map(store: Store) -> None:
    fill_demo_data(store, 60, seed=SEED)
    _found, steps = rows(store)
    with store.session() as s:
        on_maps = {(p.participant_id, p.person_key): p.label for p in s.scalars(select(MapPerson))}
    from_map = [st for st in steps if st.helper_lineage_id]
    assert len(from_map) >= 5
    for step in from_map:
        assert on_maps[(step.participant_id, step.helper_lineage_id)] == step.helper_text


def snapshot(store: Store) -> tuple[list[str], list[str], list[str]]:
    with store.session() as s:
        names = sorted(f"{p.first_name} {p.last_name}" for p in s.scalars(select(Participant)))
        notes = sorted(n.text for n in s.scalars(select(SessionNote)))
        labels = sorted(p.label for p in s.scalars(select(MapPerson)))
    return names, notes, labels


def test_the_same_seed_gives_the_same_dreams_and_the_rest_stays_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def filled(name: str) -> Store:
        store, _recovery = profile.create_profile(tmp_path / name, "Sanne", PASSPHRASE)
        fill_demo_data(store, 30, seed=SEED)
        return store

    first, second = filled("a"), filled("b")
    monkeypatch.setattr(people, "add_dreams", lambda *args: 0)
    without = filled("c")
    try:
        texts = [sorted((d.text, d.started_on) for d in rows(s)[0]) for s in (first, second)]
        assert texts[0] == texts[1] and texts[0]
        steps = [sorted((st.text, st.best_before) for st in rows(s)[1]) for s in (first, second)]
        assert steps[0] == steps[1]
        assert snapshot(first) == snapshot(without)
        assert rows(without) == ([], [])
    finally:
        for store in (first, second, without):
            store.close()
