"""Group history: memberships from a day to a day, the group on a date, lists per date,
and the participant's group_id as the group of today."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.models import Participant
from jiu_desktop.services import memberships, participants, team

TODAY = date.today()
DAY = timedelta(days=1)


@pytest.fixture
def groups(store: Store) -> tuple[str, str]:
    spring = team.create_group(store, "Voorjaar", date(2026, 3, 2), date(2026, 5, 29)).id
    autumn = team.create_group(store, "Najaar", date(2026, 9, 7), date(2026, 12, 4)).id
    return spring, autumn


def person(store: Store, name: str = "Noor") -> str:
    return participants.create_participant(store, first_name=name).id


def history(store: Store, pid: str) -> list[tuple[str | None, date, date | None]]:
    return [(m.group_id, m.from_date, m.to_date) for m in memberships.memberships(store, pid)]


def test_moving_ends_the_open_membership_the_day_before(
    store: Store, groups: tuple[str, str]
) -> None:
    spring, autumn = groups
    noor = person(store)
    memberships.move_to_group(store, noor, spring, date(2026, 3, 2))
    memberships.move_to_group(store, noor, autumn, "2026-09-07")
    assert history(store, noor) == [
        (spring, date(2026, 3, 2), date(2026, 9, 6)),
        (autumn, date(2026, 9, 7), None),
    ]
    on = memberships.group_on
    assert on(store, noor, date(2026, 3, 1)) is None
    assert on(store, noor, date(2026, 9, 6)).id == spring  # type: ignore[union-attr]
    assert on(store, noor, date(2026, 9, 7)).id == autumn  # type: ignore[union-attr]
    assert participants.get_participant(store, noor).group_id == on(store, noor).id  # type: ignore[union-attr]


def test_moving_into_the_group_one_is_in_changes_nothing(
    store: Store, groups: tuple[str, str]
) -> None:
    spring, _autumn = groups
    noor = person(store)
    first = memberships.move_to_group(store, noor, spring, TODAY - 10 * DAY)
    again = memberships.move_to_group(store, noor, spring, TODAY)
    assert again.id == first.id and not again.changes
    assert len(memberships.memberships(store, noor)) == 1


def test_a_move_on_the_start_day_of_a_membership_replaces_it(
    store: Store, groups: tuple[str, str]
) -> None:
    """The wrong group picked today: corrected, not a membership of zero days."""
    spring, autumn = groups
    noor = person(store)
    memberships.move_to_group(store, noor, spring)
    memberships.move_to_group(store, noor, autumn)
    assert history(store, noor) == [(autumn, TODAY, None)]
    memberships.move_to_group(store, noor, spring)
    assert history(store, noor) == [(spring, TODAY, None)], "the same row comes back"


def test_a_move_planned_for_later_shows_from_that_day(
    store: Store, groups: tuple[str, str]
) -> None:
    spring, autumn = groups
    noor = person(store)
    memberships.move_to_group(store, noor, spring, TODAY - 30 * DAY)
    memberships.move_to_group(store, noor, autumn, TODAY + 7 * DAY)
    assert participants.get_participant(store, noor).group_id == spring
    assert not memberships.refresh_current_groups(store), "nothing to do today"
    changed = memberships.refresh_current_groups(store, TODAY + 7 * DAY)
    assert changed.ids == {noor}
    assert participants.get_participant(store, noor).group_id == autumn
    earlier = memberships.move_to_group(store, noor, autumn, TODAY - 10 * DAY)
    assert earlier.row.to_date is None
    assert history(store, noor)[0][2] == TODAY - 11 * DAY


def test_ending_and_correcting_a_membership(store: Store, groups: tuple[str, str]) -> None:
    spring, autumn = groups
    noor = person(store)
    made = memberships.move_to_group(store, noor, spring, TODAY - 20 * DAY)
    memberships.end_membership(store, made.id, TODAY - DAY)
    assert participants.get_participant(store, noor).group_id is None
    assert memberships.group_on(store, noor) is None
    with pytest.raises(InvalidInput):
        memberships.end_membership(store, made.id, TODAY - 30 * DAY)
    memberships.update_membership(store, made.id, to_date=None, group_id=autumn)
    assert participants.get_participant(store, noor).group_id == autumn
    with pytest.raises(InvalidInput):
        memberships.update_membership(store, made.id, from_date=None)
    with pytest.raises(InvalidInput):
        memberships.update_membership(store, made.id, to_date=TODAY - 40 * DAY)
    with pytest.raises(InvalidInput):
        memberships.update_membership(store, made.id, colour="rood")
    with pytest.raises(NotFound):
        memberships.update_membership(store, made.id, group_id="no-such-group")
    memberships.delete_membership(store, made.id)
    assert memberships.memberships(store, noor) == []
    assert participants.get_participant(store, noor).group_id is None
    with pytest.raises(NotFound):
        memberships.move_to_group(store, noor, "no-such-group")


def test_lists_and_counts_follow_the_membership_of_the_date(
    store: Store, groups: tuple[str, str]
) -> None:
    spring, autumn = groups
    noor, ilias, sem = person(store, "Noor"), person(store, "Ilias"), person(store, "Sem")
    for who in (noor, ilias, sem):
        memberships.move_to_group(store, who, spring, date(2026, 3, 2))
    memberships.move_to_group(store, noor, autumn, date(2026, 9, 7))
    memberships.move_to_group(store, ilias, autumn, date(2026, 9, 7))
    participants.delete_participant(store, sem)
    in_spring = memberships.participants_in_group(store, spring, on=date(2026, 4, 1))
    assert [m.first_name for m in in_spring] == ["Ilias", "Noor"], "deleted: left out"
    assert in_spring[0].from_date == date(2026, 3, 2)
    assert in_spring[0].to_date == date(2026, 9, 6)
    assert memberships.count_in_group(store, spring, on=date(2026, 4, 1)) == 2
    assert memberships.count_in_group(store, spring, on=date(2026, 10, 1)) == 0
    assert memberships.group_counts(store, on=date(2026, 10, 1)) == {autumn: 2}
    assert memberships.group_counts(store, on=date(2026, 1, 1)) == {}


def test_the_details_tab_group_field_makes_memberships(
    store: Store, groups: tuple[str, str]
) -> None:
    spring, autumn = groups
    noor = participants.create_participant(
        store, first_name="Noor", group_id=spring, intake_date=TODAY - 40 * DAY
    ).id
    assert history(store, noor) == [(spring, TODAY - 40 * DAY, None)], "from the intake date"
    participants.update_participant(store, noor, group_id=autumn)
    assert history(store, noor) == [
        (spring, TODAY - 40 * DAY, TODAY - DAY),
        (autumn, TODAY, None),
    ]
    participants.update_participant(store, noor, group_id=None)
    assert history(store, noor) == [(spring, TODAY - 40 * DAY, TODAY - DAY)]
    assert participants.get_participant(store, noor).group_id is None
    rows = participants.list_participants(store, group_id=spring)
    assert rows == [], "the list's group is the group of today"


def test_refresh_leaves_participants_without_memberships_alone(
    store: Store, groups: tuple[str, str]
) -> None:
    """A group set by a laptop that is not upgraded yet is kept until a membership exists."""
    spring, _autumn = groups
    noor = person(store)
    with store.session() as session:
        from jiu_desktop.models import Participant

        row = session.get(Participant, noor)
        assert row is not None
        row.group_id = spring
    assert not memberships.refresh_current_groups(store)
    assert participants.get_participant(store, noor).group_id == spring


def test_the_list_filters_a_group_by_membership_on_a_date(
    store: Store, groups: tuple[str, str]
) -> None:
    spring, autumn = groups
    noor, sem = person(store), person(store, "Sem")
    memberships.move_to_group(store, noor, spring, date(2026, 3, 2))
    memberships.move_to_group(store, noor, autumn, date(2026, 9, 7))
    memberships.move_to_group(store, sem, autumn, date(2026, 9, 7))

    def names(group: str, on: date) -> list[str]:
        return [r.first_name for r in participants.list_participants(store, group_id=group, on=on)]

    assert names(spring, date(2026, 4, 1)) == ["Noor"]
    assert names(autumn, date(2026, 4, 1)) == []
    assert names(spring, date(2026, 10, 1)) == []
    assert names(autumn, date(2026, 10, 1)) == ["Noor", "Sem"]


def test_the_list_filter_of_today_follows_the_membership_not_the_copy(
    store: Store, groups: tuple[str, str]
) -> None:
    spring, autumn = groups
    noor = person(store)
    memberships.move_to_group(store, noor, spring, TODAY - 10 * DAY)
    memberships.move_to_group(store, noor, autumn, TODAY + 5 * DAY)  # planned
    with store.session() as session:  # a copy not refreshed yet (an upgrade pending)
        row = session.get(Participant, noor)
        assert row is not None
        row.group_id = autumn
    assert [r.id for r in participants.list_participants(store, group_id=spring)] == [noor]
    assert participants.list_participants(store, group_id=autumn) == []
    later = participants.list_participants(store, group_id=autumn, on=TODAY + 5 * DAY)
    assert [r.id for r in later] == [noor]


def test_someone_without_memberships_is_listed_by_the_group_they_have(
    store: Store, groups: tuple[str, str]
) -> None:
    spring, _autumn = groups
    noor = person(store)
    with store.session() as session:  # set by a laptop not yet upgraded
        row = session.get(Participant, noor)
        assert row is not None
        row.group_id = spring
    assert [r.id for r in participants.list_participants(store, group_id=spring)] == [noor]
