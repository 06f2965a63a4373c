"""The spiral between laptops: two coaches who measure the same young person on the same
day, offline, both keep their rows and every laptop calls the same one the latest; a tick
of one criterion made on two laptops is one row; the team's step 6 travels."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import func, select

from jiu_desktop.models import SpiralCriterionCheck
from jiu_desktop.services import conflicts, participants, spiral, team, team_settings
from tests.sync.conftest import Replica

Make = Callable[[int], list[Replica]]
TODAY = date.today()


def sync_all(replicas: list[Replica], rounds: int = 2) -> None:
    for _ in range(rounds):
        for replica in replicas:
            assert replica.sync().rejected == []


def test_two_coaches_measuring_the_same_day_both_keep_their_row(replicas: Make) -> None:
    a, b = replicas(2)
    noor = participants.create_participant(a.store, first_name="Noor").id
    sanne = team.create_coach(a.store, "Sanne").id
    ahmed = team.create_coach(a.store, "Ahmed").id
    sync_all([a, b])
    spiral.record_measurement(
        a.store, noor, TODAY, steps={"algemeen": 2, "werk": 3}, note="Met Sanne", coach_id=sanne
    )
    spiral.record_measurement(
        b.store, noor, TODAY, steps={"algemeen": 3}, note="Met Ahmed", coach_id=ahmed
    )
    sync_all([a, b])
    seen = []
    for replica in (a, b):
        shown = spiral.history(replica.store, noor)
        overall = shown["algemeen"]
        assert sorted(r.note for r in overall.rows) == ["Met Ahmed", "Met Sanne"]
        assert [r.step for r in shown["werk"].rows] == [3]
        assert overall.latest is not None
        seen.append((overall.latest.id, [r.id for r in overall.rows]))
        assert conflicts.open_conflicts(replica.store, noor) == [], "two rows, no conflict"
    assert seen[0] == seen[1], "the same latest, in the same order, on both laptops"
    assert a.snapshot() == b.snapshot()


def test_a_criterion_ticked_on_two_laptops_is_one_row(replicas: Make) -> None:
    a, b = replicas(2)
    noor = participants.create_participant(a.store, first_name="Noor").id
    row = spiral.record_measurement(a.store, noor, TODAY, steps={"algemeen": 1}).rows[0]
    sync_all([a, b])
    spiral.correct_assessment(a.store, row.id, criteria={"1-2.afspraken": True})
    spiral.correct_assessment(
        b.store, row.id, criteria={"1-2.afspraken": True, "1-2.contacten": True}
    )
    sync_all([a, b])
    for replica in (a, b):
        assert spiral.criterion_checks(replica.store, row.id) == {
            "1-2.afspraken": True,
            "1-2.contacten": True,
        }
        with replica.store.session() as s:
            assert s.scalar(select(func.count()).select_from(SpiralCriterionCheck)) == 2
    assert a.snapshot() == b.snapshot()


def test_a_correction_a_delete_and_step_six_reach_the_other_laptop(replicas: Make) -> None:
    a, b = replicas(2)
    noor = participants.create_participant(a.store, first_name="Noor").id
    first, second = spiral.record_measurement(
        a.store, noor, TODAY, steps={"algemeen": 2, "wonen": 1}
    ).rows
    team_settings.save_team_settings(a.store, name="JIU Arnhem", spiral_step_six=True)
    sync_all([a, b])
    assert team_settings.team_settings(b.store) == team_settings.TeamChoices("JIU Arnhem", True)
    spiral.correct_assessment(b.store, first.id, step=6)
    spiral.delete_assessment(b.store, second.id)
    sync_all([a, b])
    shown = spiral.history(a.store, noor)
    assert [r.step for r in shown["algemeen"].rows] == [6]
    assert shown["wonen"].rows == ()
    assert a.snapshot() == b.snapshot()
