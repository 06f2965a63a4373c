"""Attendance: who is in the grid on which day (the group history), one row per cell,
the count as the report defines it, and er op af with its follow-up on the start page."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput
from jiu_desktop.models import Attendance, SessionNote
from jiu_desktop.models.meetings import attendance_id
from jiu_desktop.services import (
    agenda,
    attendance,
    meetings,
    memberships,
    notes,
    participants,
    team,
)

MARCH_2 = date(2027, 3, 2)


def group_with_roster(store: Store, weeks: int = 2) -> tuple[str, list[str]]:
    group = team.create_group(store, "Voorjaar 2027").id
    meetings.make_roster(store, group, MARCH_2, weeks, [1, 3], "13:00", "15:30")
    return group, [m.id for m in meetings.meetings_of(store, group)]


def person(store: Store, name: str, group: str, on: date = date(2027, 3, 1)) -> str:
    ident = participants.create_participant(store, first_name=name).id
    memberships.move_to_group(store, ident, group, on=on)
    return ident


def test_the_cycle_goes_through_every_mark_and_back_to_none() -> None:
    seen, mark = [], None
    for _ in range(6):
        mark = attendance.next_presence(mark)
        seen.append(mark)
    assert seen == ["aanwezig", "te_laat", "afgemeld", "afwezig", "nvt", None]


def test_the_grid_follows_who_was_in_the_group_on_each_day(store: Store) -> None:
    group, ids = group_with_roster(store)  # 2, 4, 9 and 11 March
    other = team.create_group(store, "Najaar").id
    noor = person(store, "Noor", group)
    sem = person(store, "Sem", group, on=date(2027, 3, 8))  # joined in the second week
    ilias = person(store, "Ilias", group)
    memberships.move_to_group(store, ilias, other, on=date(2027, 3, 5))  # moved on
    person(store, "Aylin", other)
    grid = attendance.attendance_grid(store, group, today=date(2027, 3, 3))
    assert [p.first_name for p in grid.people] == ["Ilias", "Noor", "Sem"]
    assert {m for p, m in grid.members if p == noor} == set(ids)
    assert {m for p, m in grid.members if p == sem} == set(ids[2:])
    assert {m for p, m in grid.members if p == ilias} == set(ids[:2])


def test_someone_marked_outside_their_membership_stays_in_the_grid(store: Store) -> None:
    group, ids = group_with_roster(store)
    guest = participants.create_participant(store, first_name="Daan").id
    attendance.mark(store, ids[0], guest, "aanwezig")
    grid = attendance.attendance_grid(store, group)
    assert [p.first_name for p in grid.people] == ["Daan"]
    assert grid.marks == {(guest, ids[0]): "aanwezig"} and grid.members == frozenset()


def test_one_cell_is_one_row_however_often_it_is_marked(store: Store) -> None:
    group, ids = group_with_roster(store)
    noor = person(store, "Noor", group)
    for mark in ("aanwezig", "te_laat", "afwezig"):
        changes = attendance.mark(store, ids[0], noor, mark)
        assert changes.ids == {attendance_id(ids[0], noor)}
    assert attendance.clear(store, ids[0], noor)
    assert not attendance.clear(store, ids[0], noor), "nothing left to clear"
    assert attendance.attendance_grid(store, group).marks == {}
    attendance.set_mark(store, ids[0], noor, "afgemeld")
    with store.session() as s:
        [row] = s.scalars(select(Attendance)).all()
        assert (row.id, row.presence, row.deleted) == (
            attendance_id(ids[0], noor),
            "afgemeld",
            False,
        )


def test_a_mark_is_one_of_the_declared_and_a_cancelled_meeting_takes_none(store: Store) -> None:
    group, ids = group_with_roster(store)
    noor = person(store, "Noor", group)
    with pytest.raises(InvalidInput):
        attendance.mark(store, ids[0], noor, "ziek")
    meetings.update_meeting(store, ids[1], cancelled=True)
    with pytest.raises(InvalidInput, match="does not go ahead"):
        attendance.mark(store, ids[1], noor, "aanwezig")
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Attendance)) == 0


def test_the_count_is_present_and_late_over_every_mark_but_not_applicable(store: Store) -> None:
    group, ids = group_with_roster(store, weeks=13)  # 26 meetings
    noor = person(store, "Noor", group)
    marks = ["aanwezig"] * 16 + ["te_laat"] * 2 + ["afgemeld", "afwezig"] * 2 + ["nvt"] * 2
    for meeting, mark in zip(ids, marks, strict=False):
        attendance.mark(store, meeting, noor, mark)
    grid = attendance.attendance_grid(store, group)
    assert grid.count(noor) == attendance.Count(18, 22), "aanwezig 18 van 22"
    meetings.update_meeting(store, ids[0], cancelled=True)  # marked, then it did not go ahead
    assert attendance.attendance_grid(store, group).count(noor) == attendance.Count(17, 21)
    assert attendance.count_marks([None, None]) == attendance.Count(0, 0), "no mark, no count"


def test_er_op_af_makes_a_note_with_its_follow_up_on_the_start_page(store: Store) -> None:
    group, ids = group_with_roster(store)
    noor = person(store, "Noor", group)
    meetings.update_meeting(store, ids[0], topic="Kookclinic")
    attendance.mark(store, ids[0], noor, "afwezig")
    made = attendance.er_op_af(store, ids[0], noor)
    note = notes.get_note(store, made.id)
    assert (note.kind, note.follow_up, note.follow_up_due) == (
        "er_op_af",
        "Call, message or visit",
        date.today(),
    )
    assert "02-03-2027" in note.text and "Kookclinic" in note.text
    assert attendance.attendance_grid(store, group).notes == {(noor, ids[0]): made.id}
    [item] = agenda.agenda(store)
    assert (item.participant_id, item.text) == (noor, "Call, message or visit")
    again = attendance.er_op_af(store, ids[0], noor)
    assert again.id == made.id and not again.changes, "one note per absence"


def test_er_op_af_is_for_an_absence_without_notice_only(store: Store) -> None:
    group, ids = group_with_roster(store)
    noor = person(store, "Noor", group)
    with pytest.raises(InvalidInput):
        attendance.er_op_af(store, ids[0], noor)
    attendance.mark(store, ids[0], noor, "afgemeld")
    with pytest.raises(InvalidInput):
        attendance.er_op_af(store, ids[0], noor)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(SessionNote)) == 0


def test_er_op_af_taken_back_removes_the_note_and_its_follow_up(store: Store) -> None:
    group, ids = group_with_roster(store)
    noor = person(store, "Noor", group)
    attendance.mark(store, ids[0], noor, "afwezig")
    made = attendance.er_op_af(store, ids[0], noor, today=date.today() - timedelta(days=1))
    assert notes.get_note(store, made.id).follow_up_due == date.today() - timedelta(days=1)
    changes = attendance.undo_er_op_af(store, ids[0], noor)
    assert changes.touches(SessionNote, Attendance)
    assert agenda.agenda(store) == [] and notes.list_notes(store, noor) == []
    assert attendance.attendance_grid(store, group).notes == {}
    again = attendance.er_op_af(store, ids[0], noor)
    assert again.id != made.id
