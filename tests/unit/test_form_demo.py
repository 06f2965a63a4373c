"""Demo data has forms: evaluations on the group's session days for active participants, a
weekly LSR observation series (rising for some), a few "Van betekenis zijn"; the same for
the same seed, and the rest of the demo as it was without them."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import select

from jiu_desktop.db.store import Store
from jiu_desktop.demo import fill_demo_data, people
from jiu_desktop.demo.forms import _session_days
from jiu_desktop.models import FormResponse, Group, GroupMembership, Participant
from jiu_desktop.printing.form_pdf import filled_pdf, series_pdf
from jiu_desktop.services import form_document, form_growth, form_responses, profile
from tests.conftest import PASSPHRASE
from tests.unit.test_dream_demo import snapshot

SEED = 7


def responses(store: Store) -> list[FormResponse]:
    with store.session() as s:
        return list(s.scalars(select(FormResponse).order_by(FormResponse.filled_on)))


def test_session_days_are_two_afternoons_a_week_within_the_group() -> None:
    days = _session_days(date(2026, 9, 7), date(2026, 12, 4), date(2026, 9, 8), date(2026, 9, 21))
    assert days == [date(2026, 9, 10), date(2026, 9, 14), date(2026, 9, 17), date(2026, 9, 21)]


def test_active_participants_evaluate_sessions_of_their_group(store: Store) -> None:
    summary = fill_demo_data(store, 80, seed=SEED)
    found = responses(store)
    assert summary.forms == len(found) > 0
    with store.session() as s:
        status = {p.id: p.status for p in s.scalars(select(Participant))}
        groups = {g.id: (g.starts_on, g.ends_on) for g in s.scalars(select(Group))}
        held = defaultdict(list)
        for m in s.scalars(select(GroupMembership)):
            held[m.participant_id].append(m)
    assert {status[r.participant_id] for r in found} == {"actief"}
    today = date.today()
    for response in found:
        day = response.filled_on
        assert day <= today
        membership = next(
            m
            for m in held[response.participant_id]
            if m.from_date <= day and (m.to_date is None or day <= m.to_date)
        )
        starts, ends = groups[membership.group_id]
        assert starts <= day <= ends and (day - starts).days % 7 in (0, 3), day
    evaluations = [r for r in found if r.template_id == "evaluatie-bijeenkomst@1"]
    assert len({r.participant_id for r in evaluations}) >= 10
    meaning = [r for r in found if r.template_id == "van-betekenis-zijn@1"]
    assert 2 <= len(meaning) <= 15


def test_some_lsr_series_rise_week_by_week(store: Store) -> None:
    fill_demo_data(store, 80, seed=SEED)
    lsr = [r for r in responses(store) if r.template_id == "lsr-observatie-reflectie@1"]
    owners = sorted({r.participant_id for r in lsr})
    assert len(owners) >= 4
    rising = 0
    for owner in owners:
        own = [r for r in lsr if r.participant_id == owner and r.respondent == "deelnemer"]
        days = [r.filled_on for r in own]
        assert len(days) >= 4 and all(b - a >= timedelta(days=4) for a, b in pairwise(days))
        assert any(r.respondent == "trainer" for r in lsr if r.participant_id == owner)
        lines = form_growth.growth(store, owner, "lsr-observatie-reflectie", "deelnemer")
        houding = next(line for line in lines if line.key == "houding").points
        rising += houding[-1].value > houding[0].value
    assert rising >= 2


def test_the_demo_forms_print(store: Store) -> None:
    fill_demo_data(store, 80, seed=SEED)
    found = responses(store)
    one = next(r for r in found if r.template_id == "van-betekenis-zijn@1")
    pdf = filled_pdf(form_document.filled_document(store, one.id))
    assert len(form_responses.filled_form(store, one.id).answers) >= 6 and pdf
    owner = next(r.participant_id for r in found if r.template_id.startswith("lsr"))
    assert series_pdf(form_document.series_document(store, owner, "lsr-observatie-reflectie@1"))


def test_the_same_seed_gives_the_same_forms_and_the_rest_stays_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def filled(name: str) -> Store:
        store, _recovery = profile.create_profile(tmp_path / name, "Sanne", PASSPHRASE)
        fill_demo_data(store, 30, seed=SEED)
        return store

    def forms(store: Store) -> list[tuple[date, str, str]]:
        return sorted((r.filled_on, r.template_id, r.respondent) for r in responses(store))

    first, second = filled("a"), filled("b")
    monkeypatch.setattr(people, "add_forms", lambda *args: 0)
    without = filled("c")
    try:
        assert forms(first) == forms(second) and forms(first)
        assert snapshot(first) == snapshot(without)
        assert responses(without) == []
    finally:
        for store in (first, second, without):
            store.close()
