"""Groups and meetings: the group list's numbers, a group's details, Rooster maken (one
roster, what exists left alone, what was deleted not revived) and single meetings."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.models import Attendance, Meeting
from jiu_desktop.models.meetings import roster_meeting_id
from jiu_desktop.services import attendance, meetings, memberships, participants, team

TUESDAY, THURSDAY = 1, 3
MARCH_2 = date(2027, 3, 2)  # a Tuesday


def spring(store: Store) -> str:
    return team.create_group(store, "Voorjaar 2027").id


def roster(store: Store, group: str, weeks: int = 12, **extra: object) -> meetings.Roster:
    return meetings.make_roster(
        store, group, MARCH_2, weeks, [TUESDAY, THURSDAY], "13:00", "15:30", **extra
    )


def count_rows(store: Store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(Meeting)) or 0)


def test_twelve_weeks_on_tuesday_and_thursday_is_24_meetings(store: Store) -> None:
    group = spring(store)
    made = roster(store, group, part="lsr", place="Buurthuis De Kolk")
    listed = meetings.meetings_of(store, group)
    assert len(made.plan.new) == 24 and made.plan.existing == () == made.plan.deleted
    assert [m.held_on for m in listed][:3] == [MARCH_2, date(2027, 3, 4), date(2027, 3, 9)]
    assert listed[-1].held_on == date(2027, 5, 20)
    assert {(m.starts_at, m.ends_at, m.part, m.place) for m in listed} == {
        ("13:00", "15:30", "lsr", "Buurthuis De Kolk")
    }
    assert {m.id for m in listed} == {roster_meeting_id(group, m.held_on, "13:00") for m in listed}


def test_a_group_without_a_period_gets_the_rosters_and_keeps_its_own(store: Store) -> None:
    group = spring(store)
    roster(store, group)
    found = meetings.get_group(store, group)
    assert (found.starts_on, found.ends_on) == (MARCH_2, date(2027, 5, 20))
    other = team.create_group(store, "Najaar", date(2027, 9, 1), date(2027, 12, 1)).id
    roster(store, other)
    kept = meetings.get_group(store, other)
    assert (kept.starts_on, kept.ends_on) == (date(2027, 9, 1), date(2027, 12, 1))


def test_a_roster_made_again_leaves_what_is_there_alone(store: Store) -> None:
    group = spring(store)
    roster(store, group)
    first = meetings.meetings_of(store, group)[0]
    meetings.update_meeting(store, first.id, topic="Kookclinic", ends_at="16:00")
    again = roster(store, group)
    assert again.plan.new == () and len(again.plan.existing) == 24
    assert not again.changes, "nothing written"
    kept = meetings.get_meeting(store, first.id)
    assert (kept.topic, kept.ends_at) == ("Kookclinic", "16:00")
    longer = roster(store, group, weeks=14)
    assert len(longer.plan.new) == 4 and len(longer.plan.existing) == 24
    assert count_rows(store) == 28


def test_a_deleted_meeting_is_not_brought_back_by_the_roster(store: Store) -> None:
    group = spring(store)
    roster(store, group)
    holiday = meetings.meetings_of(store, group)[5]
    meetings.delete_meeting(store, holiday.id)
    plan = meetings.plan_roster(store, group, MARCH_2, 12, [TUESDAY, THURSDAY], "13:00", "15:30")
    assert plan.deleted == (holiday.held_on,) and plan.new == ()
    roster(store, group)
    assert holiday.id not in {m.id for m in meetings.meetings_of(store, group)}
    with pytest.raises(NotFound):
        meetings.get_meeting(store, holiday.id)
    added = meetings.add_meeting(store, group, held_on=holiday.held_on, starts_at="13:00")
    assert added.id != holiday.id, "wanted after all: added by hand"


def test_the_preview_writes_nothing(store: Store) -> None:
    group = spring(store)
    plan = meetings.plan_roster(store, group, "02-03-2027", 2, [TUESDAY], "13.00", "15")
    assert plan.new == (MARCH_2, date(2027, 3, 9))
    assert count_rows(store) == 0


@pytest.mark.parametrize(
    ("weeks", "days", "start", "end"),
    [
        (0, [TUESDAY], "13:00", "15:30"),
        (53, [TUESDAY], "13:00", "15:30"),
        (12, [], "13:00", "15:30"),
        (12, [7], "13:00", "15:30"),
        (12, [TUESDAY], "25:00", "15:30"),
        (12, [TUESDAY], "", "15:30"),
        (12, [TUESDAY], "15:30", "13:00"),
    ],
)
def test_a_roster_that_cannot_be_made_makes_nothing(
    store: Store, weeks: int, days: list[int], start: str, end: str
) -> None:
    group = spring(store)
    with pytest.raises(InvalidInput):
        meetings.make_roster(store, group, MARCH_2, weeks, days, start, end)
    with pytest.raises(InvalidInput):
        meetings.make_roster(store, group, MARCH_2, 2, [TUESDAY], "13:00", "15:30", part="yoga")
    assert count_rows(store) == 0


def test_times_are_kept_as_typed_in_one_way() -> None:
    assert meetings.check_time("13.00", "Begin") == "13:00"
    assert meetings.check_time("9:30", "Begin") == "09:30"
    assert meetings.check_time("13", "Begin") == "13:00"
    assert meetings.check_time(" ", "Begin") == ""
    for wrong in ("13:60", "1300h", "half twee"):
        with pytest.raises(InvalidInput, match="is not a time"):
            meetings.check_time(wrong, "Begin")


def test_a_single_meeting_is_added_changed_cancelled_and_deleted(store: Store) -> None:
    group = spring(store)
    made = meetings.add_meeting(
        store, group, held_on="10-03-2027", starts_at="13:00", ends_at="15:30", part="atelier"
    )
    assert made.changes.touches(Meeting)
    changes = meetings.update_meeting(
        store, made.id, topic="  Netwerkkaart   invullen ", led_by="Sanne", cancelled=True
    )
    assert changes.ids == {made.id}
    found = meetings.get_meeting(store, made.id)
    assert (found.topic, found.led_by, found.cancelled) == ("Netwerkkaart invullen", "Sanne", True)
    assert not meetings.update_meeting(store, made.id, led_by="Sanne"), "no change, no write"
    with pytest.raises(InvalidInput):
        meetings.update_meeting(store, made.id, held_on="")
    with pytest.raises(InvalidInput):
        meetings.update_meeting(store, made.id, ends_at="12:00")
    with pytest.raises(InvalidInput):
        meetings.add_meeting(store, group, topic="Zonder datum")
    meetings.delete_meeting(store, made.id)
    assert meetings.meetings_of(store, group) == []


def test_deleting_a_meeting_takes_its_marks(store: Store) -> None:
    group = spring(store)
    noor = participants.create_participant(store, first_name="Noor", group_id=group).id
    meeting = meetings.add_meeting(store, group, held_on=date.today()).id
    attendance.mark(store, meeting, noor, "aanwezig")
    assert meetings.marks_at(store, meeting) == 1
    meetings.delete_meeting(store, meeting)
    assert meetings.marks_at(store, meeting) == 0
    with store.session() as s:
        assert s.scalars(select(Attendance)).one().deleted


def test_the_group_list_counts_participants_now_and_meetings_held(store: Store) -> None:
    group = spring(store)
    roster(store, group)
    listed = meetings.meetings_of(store, group)
    meetings.update_meeting(store, listed[1].id, cancelled=True)
    noor = participants.create_participant(store, first_name="Noor").id
    sem = participants.create_participant(store, first_name="Sem").id
    memberships.move_to_group(store, noor, group, on=date(2027, 3, 1))
    memberships.move_to_group(store, sem, group, on=date(2027, 3, 1))
    memberships.end_membership(
        store, memberships.memberships(store, sem)[0].id, on=date(2027, 3, 20)
    )
    team.create_group(store, "Najaar 2027")
    [autumn, found] = meetings.group_summaries(store, today=date(2027, 3, 25))
    assert (autumn.name, autumn.participants, autumn.held, autumn.meetings) == (
        "Najaar 2027",
        0,
        0,
        0,
    )
    assert found.name == "Voorjaar 2027" and found.participants == 1
    assert found.meetings == 24
    assert found.held == 7, "8 days up to 25 March, one did not go ahead"


def test_a_groups_details_and_attendance_rule_are_saved(store: Store) -> None:
    group = spring(store)
    meetings.update_group(
        store, group, attendance_rule=" minstens 80%   aanwezig ", starts_on="02-03-2027"
    )
    found = meetings.get_group(store, group)
    assert (found.attendance_rule, found.starts_on) == ("minstens 80% aanwezig", MARCH_2)
    for wrong in ({"name": " "}, {"ends_on": "01-03-2027"}, {"colour": "blauw"}):
        with pytest.raises(InvalidInput):
            meetings.update_group(store, group, **wrong)
    assert meetings.get_group(store, group).name == "Voorjaar 2027"


def test_the_group_whose_first_meeting_is_tomorrow(store: Store) -> None:
    tomorrow = date.today() + timedelta(days=1)
    group = spring(store)
    meetings.add_meeting(store, group, held_on=tomorrow)
    meetings.add_meeting(store, group, held_on=tomorrow + timedelta(days=2))
    late = team.create_group(store, "Later").id
    meetings.add_meeting(store, late, held_on=date.today(), cancelled=True)
    meetings.add_meeting(store, late, held_on=tomorrow)
    planned = team.create_group(store, "Zonder rooster", tomorrow).id
    started = team.create_group(store, "Al begonnen").id
    meetings.add_meeting(store, started, held_on=date.today())
    meetings.add_meeting(store, started, held_on=tomorrow)
    found = meetings.groups_starting_on(store, tomorrow)
    assert [g.name for g in found] == ["Later", "Voorjaar 2027", "Zonder rooster"]
    assert planned in {g.id for g in found}
    assert meetings.groups_starting_on(store, date.today() + timedelta(days=3)) == []
