"""The participation spiral's services: a measurement makes one row per domain measured
with the criteria ticked for the way to the next step; corrections, deleting and undoing
that; the history per domain with its baseline and latest; and the team's step 6."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.models import SpiralAssessment, SpiralCriterionCheck
from jiu_desktop.models.progress import criterion_check_id
from jiu_desktop.services import participants, spiral, team, team_settings

TODAY = date.today()
AGO = TODAY - timedelta(days=60)


def noor(store: Store) -> str:
    return participants.create_participant(store, first_name="Noor").row.id


def rows_in(store: Store, kind: type[SpiralAssessment] | type[SpiralCriterionCheck]) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(kind)) or 0)


def test_a_measurement_is_one_row_per_domain_measured(store: Store) -> None:
    pid = noor(store)
    coach = team.create_coach(store, "Sanne").id
    made = spiral.record_measurement(
        store,
        pid,
        AGO,
        steps={"werk": 2, "algemeen": 1, "wonen": None},
        together=True,
        note=" Rustig gesprek ",
        coach_id=coach,
    )
    assert [(r.domain, r.step) for r in made.rows] == [("algemeen", 1), ("werk", 2)]
    for row in made.rows:
        assert (row.assessed_on, row.together, row.note, row.coach_id) == (
            AGO,
            True,
            "Rustig gesprek",
            coach,
        )
    assert made.changes.touches(SpiralAssessment) and set(made.ids) <= made.changes.ids
    shown = spiral.history(store, pid)
    assert list(shown) == ["algemeen", *[d for d in shown if d != "algemeen"]]
    assert len(shown) == 11 and shown["wonen"].rows == () and shown["wonen"].latest is None
    assert shown["werk"].latest is not None and shown["werk"].latest.step == 2


def test_the_criteria_of_the_next_step_are_ticked_per_domain(store: Store) -> None:
    pid = noor(store)
    made = spiral.record_measurement(
        store,
        pid,
        TODAY,
        steps={"algemeen": 1, "werk": 2},
        criteria={
            "algemeen": {"1-2.afspraken": True, "1-2.contacten": False},
            "werk": {"2-3.taal": True},
        },
    )
    overall, work = made.rows
    assert spiral.criterion_checks(store, overall.id) == {
        "1-2.afspraken": True,
        "1-2.contacten": False,
    }
    assert spiral.criterion_checks(store, work.id) == {"2-3.taal": True}
    with store.session() as s:
        check = s.get(SpiralCriterionCheck, criterion_check_id(overall.id, "1-2.afspraken"))
        assert check is not None and check.participant_id == pid, "one id on every laptop"


@pytest.mark.parametrize(
    ("steps", "criteria", "said"),
    [
        ({}, None, "at least one life domain"),
        ({"werk": None}, None, "at least one life domain"),
        ({"hobby": 2}, None, "not one of the options"),
        ({"werk": 0}, None, "from 1 to 6"),
        ({"werk": 7}, None, "from 1 to 6"),
        ({"werk": "twee"}, None, "from 1 to 6"),
        ({"werk": 6}, None, "five steps"),
        ({"werk": 2}, {"werk": {"1-2.afspraken": True}}, "no criterion of the way from step 2"),
        ({"werk": 2}, {"wonen": {"1-2.afspraken": True}}, "choose a step before"),
        ({"werk": 2}, {"werk": {"2-3.bestaat-niet": True}}, "no criterion"),
    ],
)
def test_a_wrong_measurement_writes_nothing(
    store: Store, steps: dict[str, object], criteria: dict[str, dict[str, bool]] | None, said: str
) -> None:
    pid = noor(store)
    with pytest.raises(InvalidInput, match=said):
        spiral.record_measurement(store, pid, TODAY, steps=steps, criteria=criteria)
    assert rows_in(store, SpiralAssessment) == rows_in(store, SpiralCriterionCheck) == 0


@pytest.mark.parametrize(
    ("day", "said"),
    [
        (None, "needs a date"),
        ("", "needs a date"),
        (TODAY + timedelta(1), "future"),
        ("31-02-2027", "not a date"),
    ],
)
def test_a_measurement_needs_a_real_date_not_in_the_future(
    store: Store, day: object, said: str
) -> None:
    with pytest.raises(InvalidInput, match=said):
        spiral.record_measurement(store, noor(store), day, steps={"algemeen": 2})


def test_a_measurement_of_someone_unknown_is_refused(store: Store) -> None:
    with pytest.raises(NotFound):
        spiral.record_measurement(store, "nobody", TODAY, steps={"algemeen": 2})
    with pytest.raises(NotFound):
        spiral.record_measurement(store, noor(store), TODAY, steps={"algemeen": 2}, coach_id="x")


def test_step_six_only_when_the_team_uses_it(store: Store) -> None:
    pid = noor(store)
    assert spiral.shown_steps(store, pid) == (1, 2, 3, 4, 5)
    team_settings.save_team_settings(store, spiral_step_six=True)
    six = spiral.record_measurement(store, pid, TODAY, steps={"algemeen": 6}).rows[0]
    assert six.step == 6 and spiral.shown_steps(store) == (1, 2, 3, 4, 5, 6)
    assert spiral.record_measurement(
        store, pid, TODAY, steps={"algemeen": 5}, criteria={"algemeen": {"5-6.werk": True}}
    ).rows
    team_settings.save_team_settings(store, spiral_step_six=False)
    assert spiral.shown_steps(store) == (1, 2, 3, 4, 5)
    assert spiral.shown_steps(store, pid) == (1, 2, 3, 4, 5, 6), "her dot at 6 stays in view"
    spiral.correct_assessment(store, six.id, note="Eigen bedrijf")  # the step stays 6
    five = spiral.history(store, pid)["algemeen"].rows[-1]
    with pytest.raises(InvalidInput, match="five steps"):
        spiral.correct_assessment(store, five.id, step=6)
    with pytest.raises(InvalidInput, match="five steps"):
        spiral.record_measurement(store, pid, TODAY, steps={"werk": 6})


def test_the_latest_is_by_date_then_by_when_it_was_written(store: Store) -> None:
    pid = noor(store)
    later = spiral.record_measurement(store, pid, TODAY, steps={"algemeen": 3}).rows[0]
    first = spiral.record_measurement(store, pid, AGO, steps={"algemeen": 1}).rows[0]
    same_day = spiral.record_measurement(store, pid, TODAY, steps={"algemeen": 2}).rows[0]
    overall = spiral.history(store, pid)["algemeen"]
    assert [r.id for r in overall.rows] == [first.id, later.id, same_day.id]
    assert overall.first is not None and overall.first.id == first.id, "the baseline"
    assert overall.latest is not None and overall.latest.step == 2, "written last that day"
    until = spiral.history(store, pid, until=TODAY - timedelta(1))["algemeen"]
    assert [r.id for r in until.rows] == [first.id]


def test_a_row_is_corrected_field_by_field(store: Store) -> None:
    pid = noor(store)
    made = spiral.record_measurement(
        store, pid, TODAY, steps={"werk": 2, "wonen": 3}, note="Goed gesprek",
        criteria={"werk": {"2-3.taal": True}},
    )  # fmt: skip
    home, work = made.rows  # in the order of the domains: wonen before werk
    changes = spiral.correct_assessment(
        store, work.id, step=3, assessed_on=AGO, note="Eerder gemeten", together=True,
        criteria={"3-4.afspraken": True},
    )  # fmt: skip
    assert changes.touches(SpiralAssessment) and work.id in changes.ids
    fixed = spiral.get_assessment(store, work.id)
    assert (fixed.step, fixed.assessed_on, fixed.note, fixed.together) == (
        3,
        AGO,
        "Eerder gemeten",
        True,
    )
    assert spiral.criterion_checks(store, work.id) == {"2-3.taal": True, "3-4.afspraken": True}
    untouched = spiral.get_assessment(store, home.id)
    assert (untouched.step, untouched.note) == (3, "Goed gesprek"), "only the one row"
    assert not spiral.correct_assessment(store, work.id, step=3, note="Eerder gemeten")
    with pytest.raises(InvalidInput, match="no criterion"):
        spiral.correct_assessment(store, work.id, criteria={"2-3.taal": False})
    with pytest.raises(InvalidInput, match="from 1 to 6"):
        spiral.correct_assessment(store, work.id, step=9)
    assert spiral.get_assessment(store, work.id).step == 3


def test_deleting_a_row_takes_its_ticks_and_undoing_brings_both_back(store: Store) -> None:
    pid = noor(store)
    row = spiral.record_measurement(
        store, pid, TODAY, steps={"algemeen": 1}, criteria={"algemeen": {"1-2.motivatie": True}}
    ).rows[0]
    changes = spiral.delete_assessment(store, row.id)
    assert changes.touches(SpiralAssessment, SpiralCriterionCheck)
    assert spiral.history(store, pid)["algemeen"].rows == ()
    assert spiral.criterion_checks(store, row.id) == {}
    with pytest.raises(NotFound):
        spiral.get_assessment(store, row.id)
    with pytest.raises(NotFound):
        spiral.correct_assessment(store, row.id, note="Te laat")
    spiral.restore_assessment(store, row.id)
    assert [r.id for r in spiral.history(store, pid)["algemeen"].rows] == [row.id]
    assert spiral.criterion_checks(store, row.id) == {"1-2.motivatie": True}
    with pytest.raises(NotFound):
        spiral.restore_assessment(store, "nothing")


def test_a_deleted_participant_has_no_spiral(store: Store) -> None:
    pid = noor(store)
    row = spiral.record_measurement(store, pid, TODAY, steps={"algemeen": 2}).rows[0]
    participants.delete_participant(store, pid)
    with pytest.raises(NotFound):
        spiral.history(store, pid)
    with pytest.raises(NotFound):
        spiral.restore_assessment(store, row.id)


def test_the_team_settings_are_one_row_with_defaults_until_set(store: Store) -> None:
    assert team_settings.team_settings(store) == team_settings.TeamChoices("", False)
    assert not team_settings.save_team_settings(store)
    changes = team_settings.save_team_settings(store, name="  JIU   Arnhem ")
    assert changes
    assert team_settings.team_settings(store) == team_settings.TeamChoices("JIU Arnhem", False)
    team_settings.save_team_settings(store, spiral_step_six=True)
    assert team_settings.team_settings(store) == team_settings.TeamChoices("JIU Arnhem", True)
    assert team_settings.uses_step_six(store)
    assert not team_settings.save_team_settings(store, name="JIU Arnhem", spiral_step_six=True)
