"""Demo data has progress: every group's 12-week roster, attendance that fits the status
history, spiral measurements from the day someone started, results for those who
finished, quotes signed without a name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from jiu_desktop.db.store import Store
from jiu_desktop.demo import fill_demo_data
from jiu_desktop.demo.forms import _session_days
from jiu_desktop.demo.progress import attribution, roster_days
from jiu_desktop.models import (
    Attendance,
    Group,
    GroupMembership,
    Meeting,
    Outcome,
    Participant,
    Quote,
    SessionNote,
    SpiralAssessment,
    StatusChange,
    TeamSettings,
)
from jiu_desktop.models.meetings import attendance_id, roster_meeting_id

SEED = 11


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    from jiu_desktop.services import profile
    from tests.conftest import PASSPHRASE

    store, _ = profile.create_profile(tmp_path_factory.mktemp("demo") / "p", "D", PASSPHRASE)
    fill_demo_data(store, 60, seed=SEED)
    yield store
    store.close()


def test_rosters_are_two_afternoons_a_week_on_the_days_the_forms_use(demo: Store) -> None:
    with demo.session() as s:
        for group in s.scalars(select(Group)):
            assert group.starts_on is not None and group.ends_on is not None
            meetings = s.scalars(select(Meeting).where(Meeting.group_id == group.id)).all()
            days = sorted(m.held_on for m in meetings)
            assert days == roster_days(group.starts_on) and len(days) == 24
            assert days == _session_days(group.starts_on, group.ends_on, days[0], days[-1])
            assert {m.id for m in meetings} == {
                roster_meeting_id(group.id, m.held_on, m.starts_at) for m in meetings
            }
            assert sum(m.cancelled for m in meetings) == 1
            assert {(m.starts_at, m.ends_at) for m in meetings} == {("13:00", "15:30")}
        assert s.scalar(select(TeamSettings.name)) == "JIU Renkum"


def test_attendance_fits_memberships_and_the_status_history(demo: Store) -> None:
    today = date.today()
    with demo.session() as s:
        meetings = {m.id: m for m in s.scalars(select(Meeting))}
        history: dict[str, list[StatusChange]] = defaultdict(list)
        for change in s.scalars(select(StatusChange).order_by(StatusChange.changed_on)):
            history[change.participant_id].append(change)
        marks = list(s.scalars(select(Attendance)))
        assert len(marks) > 100
        notes = {n.id: n for n in s.scalars(select(SessionNote))}
        for mark in marks:
            meeting = meetings[mark.meeting_id]
            assert mark.id == attendance_id(meeting.id, mark.participant_id)
            assert not meeting.cancelled and meeting.held_on < today
            rows = s.scalars(
                select(GroupMembership).where(
                    GroupMembership.participant_id == mark.participant_id,
                    GroupMembership.group_id == meeting.group_id,
                )
            ).all()
            assert any(r.from_date <= meeting.held_on <= (r.to_date or today) for r in rows), (
                "only at meetings of a group they were in"
            )
            steps = history[mark.participant_id]
            started = [c.changed_on for c in steps if c.status == "actief"]
            assert started, "only someone who started is marked"
            ended = [c.changed_on for c in steps if c.status in ("afgerond", "afgehaakt")]
            if ended and meeting.held_on > ended[-1]:
                assert mark.presence == "nvt"
            if mark.note_id:
                note = notes[mark.note_id]
                assert mark.presence == "afwezig" and note.kind == "er_op_af"
                assert note.participant_id == mark.participant_id and note.follow_up
        presences = {m.presence for m in marks}
        assert {"aanwezig", "te_laat", "afgemeld", "afwezig", "nvt"} <= presences
        assert any(m.note_id for m in marks), "some absences were followed up"


def test_spiral_results_and_quotes(demo: Store) -> None:
    with demo.session() as s:
        people = {p.id: p for p in s.scalars(select(Participant))}
        firsts: dict[str, date] = {}
        for change in s.scalars(select(StatusChange).where(StatusChange.status == "actief")):
            firsts[change.participant_id] = min(
                firsts.get(change.participant_id, change.changed_on), change.changed_on
            )
        rows = list(s.scalars(select(SpiralAssessment)))
        overall: dict[str, list[SpiralAssessment]] = defaultdict(list)
        for row in rows:
            assert row.participant_id in firsts and row.assessed_on >= firsts[row.participant_id]
            if row.domain == "algemeen":
                overall[row.participant_id].append(row)
        assert set(overall) == set(firsts), "everyone who started is measured"
        rose = [
            p
            for p, found in overall.items()
            if len(found) > 1
            and max(found, key=lambda r: r.assessed_on).step
            > min(found, key=lambda r: r.assessed_on).step
        ]
        assert len(rose) > len(overall) / 3, "most who were measured twice rose"
        for outcome in s.scalars(select(Outcome)):
            statuses = s.scalars(
                select(StatusChange.status).where(
                    StatusChange.participant_id == outcome.participant_id
                )
            ).all()
            assert "afgerond" in statuses
        quotes = list(s.scalars(select(Quote)))
        assert quotes and any(q.consent for q in quotes) and not all(q.consent for q in quotes)
        for quote in quotes:
            person = people[quote.participant_id]
            assert person.first_name not in quote.attribution
            assert quote.attribution == attribution(person.date_of_birth, quote.said_on)
        sources = {p.referral_source for p in people.values()}
        assert len(sources) > 4


def test_attribution_is_the_age_on_the_day() -> None:
    assert attribution(date(2003, 6, 2), date(2027, 6, 1)) == "Deelnemer (23 jaar), 2027"
    assert attribution(date(2003, 6, 2), date(2027, 6, 2)) == "Deelnemer (24 jaar), 2027"
    assert attribution(None, date(2027, 6, 2)) == "Deelnemer, 2027"


def test_demo_data_added_twice_keeps_one_team_settings_row(tmp_path: Path) -> None:
    from jiu_desktop.services import profile
    from tests.conftest import PASSPHRASE

    store, _ = profile.create_profile(tmp_path / "p", "D", PASSPHRASE)
    try:
        fill_demo_data(store, 3, seed=1)
        fill_demo_data(store, 3, seed=2)
        with store.session() as s:
            assert len(s.scalars(select(TeamSettings)).all()) == 1
            assert len(s.scalars(select(Meeting)).all()) == 2 * 3 * 24, "two sets of groups"
    finally:
        store.close()
