"""Meetings and attendance between laptops: the same roster made on two laptops offline
is one roster, the same cell ticked on two laptops is one row (the last mark wins), and a
second laptop's roster does not undo what the first one changed or deleted since."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import func, select

from jiu_desktop.models import Attendance, Meeting
from jiu_desktop.services import attendance, conflicts, meetings, memberships, participants, team
from tests.sync.conftest import Replica

Make = Callable[[int], list[Replica]]
MARCH_2 = date(2027, 3, 2)


def sync_all(replicas: list[Replica], rounds: int = 2) -> None:
    for _ in range(rounds):
        for replica in replicas:
            assert replica.sync().rejected == []


def rows(replica: Replica, entity: type[Meeting] | type[Attendance]) -> int:
    with replica.store.session() as s:
        return int(s.scalar(select(func.count()).select_from(entity)) or 0)


def make_roster(replica: Replica, group: str) -> None:
    meetings.make_roster(replica.store, group, MARCH_2, 12, [1, 3], "13:00", "15:30", part="lsr")


def test_the_same_roster_made_on_two_laptops_offline_is_one_roster(replicas: Make) -> None:
    a, b = replicas(2)
    group = team.create_group(a.store, "Voorjaar 2027").id
    sync_all([a, b])
    make_roster(a, group)
    make_roster(b, group)
    sync_all([a, b])
    for replica in (a, b):
        assert rows(replica, Meeting) == 24
        assert len(meetings.meetings_of(replica.store, group)) == 24
        assert conflicts.open_conflicts(replica.store) == []
    assert a.snapshot() == b.snapshot()


def test_the_same_cell_ticked_on_two_laptops_is_one_row_and_the_last_mark_wins(
    replicas: Make,
) -> None:
    a, b = replicas(2)
    group = team.create_group(a.store, "Voorjaar 2027").id
    noor = participants.create_participant(a.store, first_name="Noor").id
    memberships.move_to_group(a.store, noor, group, on=date(2027, 3, 1))
    make_roster(a, group)
    sync_all([a, b])
    first = meetings.meetings_of(a.store, group)[0].id
    attendance.mark(a.store, first, noor, "afwezig")
    attendance.mark(b.store, first, noor, "afgemeld")  # later: it wins
    sync_all([a, b])
    for replica in (a, b):
        assert rows(replica, Attendance) == 1
        grid = attendance.attendance_grid(replica.store, group)
        assert grid.marks == {(noor, first): "afgemeld"}
    assert a.snapshot() == b.snapshot()


def test_a_roster_made_later_offline_keeps_a_topic_and_a_deletion(replicas: Make) -> None:
    a, b = replicas(2)
    group = team.create_group(a.store, "Voorjaar 2027").id
    sync_all([a, b])
    make_roster(a, group)
    listed = meetings.meetings_of(a.store, group)
    meetings.update_meeting(a.store, listed[0].id, topic="Kookclinic", place="De Kolk")
    meetings.delete_meeting(a.store, listed[5].id)
    make_roster(b, group)  # offline, after a's edits: its empty topic must not win
    sync_all([a, b])
    for replica in (a, b):
        found = meetings.meetings_of(replica.store, group)
        assert len(found) == 23
        assert (found[0].topic, found[0].place) == ("Kookclinic", "De Kolk")
        assert listed[5].id not in {m.id for m in found}
    assert a.snapshot() == b.snapshot()


def test_er_op_af_on_one_laptop_reaches_the_other_with_its_follow_up(replicas: Make) -> None:
    a, b = replicas(2)
    group = team.create_group(a.store, "Voorjaar 2027").id
    noor = participants.create_participant(a.store, first_name="Noor").id
    memberships.move_to_group(a.store, noor, group, on=date(2027, 3, 1))
    make_roster(a, group)
    sync_all([a, b])
    first = meetings.meetings_of(a.store, group)[0].id
    attendance.mark(a.store, first, noor, "afwezig")
    note = attendance.er_op_af(a.store, first, noor).id
    sync_all([a, b])
    assert attendance.attendance_grid(b.store, group).notes == {(noor, first): note}
    from jiu_desktop.services import agenda

    assert [item.item_id for item in agenda.agenda(b.store)] == [note]
