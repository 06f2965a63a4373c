"""Group history: who is in which group (traject) on which day.

A participant can be in more than one group over time; each membership runs from a day to
a day (the last one in the group), or on while it lasts. Moving someone to a group from a
day ends the membership they had the day before. The group *on a date* is the membership
that holds the date; when two do (two coaches moved someone offline), the one that started
last, so every laptop reads the same.

``Participant.group_id`` is a copy of the group on today, for the lists and the details
tab: written here only, when a membership changes, and brought up to date at every unlock
(``refresh_current_groups``) for the days that passed since.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, Subquery, and_, func, or_, select
from sqlalchemy.orm import Session

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput
from jiu_desktop.i18n import translate
from jiu_desktop.models import Group, GroupMembership, Participant
from jiu_desktop.models.membership import membership_id
from jiu_desktop.services import validation as v
from jiu_desktop.services.cascade import soft_delete
from jiu_desktop.services.changes import NOTHING, Added, Changes, added, written

M = GroupMembership


@dataclass(frozen=True)
class Member:
    """A participant in a group on a date, with the membership that says so."""

    participant_id: str
    first_name: str
    last_name: str
    status: str
    membership_id: str
    from_date: date
    to_date: date | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def _person(session: Session, participant_id: str) -> Participant:
    return v.live_row(
        session, Participant, participant_id, translate("participants", "Participant")
    )


def _membership(session: Session, ident: str) -> GroupMembership:
    return v.live_row(session, M, ident, translate("groups", "Group membership"))


def live_rows(session: Session, participant_id: str) -> list[GroupMembership]:
    """The participant's memberships (not deleted), oldest first."""
    return _live(session, participant_id)


def _live(session: Session, participant_id: str) -> list[GroupMembership]:
    stmt = (
        select(M)
        .where(M.participant_id == participant_id, M.deleted.is_(False))
        .order_by(M.from_date, M.created_at, M.id)
    )
    return list(session.scalars(stmt))


def holding(rows: list[GroupMembership], day: date) -> GroupMembership | None:
    """The membership that says which group ``day`` falls in (the one that started last)."""
    found = [
        m
        for m in rows
        if not m.deleted and m.from_date <= day and (m.to_date is None or m.to_date >= day)
    ]
    return max(found, key=lambda m: (m.from_date, m.created_at, m.id)) if found else None


# -- reading ----------------------------------------------------------------------------------
def memberships(store: Store, participant_id: str) -> list[GroupMembership]:
    """The participant's group history, oldest first."""
    with store.session() as session:
        _person(session, participant_id)
        return _live(session, participant_id)


def group_on(store: Store, participant_id: str, on: date | None = None) -> Group | None:
    """The group participant ``participant_id`` is in on ``on`` (default today)."""
    with store.session() as session:
        _person(session, participant_id)
        found = holding(_live(session, participant_id), on or date.today())
        return session.get(Group, found.group_id) if found and found.group_id else None


def _current(day: date) -> Subquery:
    """Per participant, the membership that holds ``day`` (at most one row each)."""
    rank = (
        func.row_number()
        .over(
            partition_by=M.participant_id,
            order_by=(M.from_date.desc(), M.created_at.desc(), M.id.desc()),
        )
        .label("rank")
    )
    inner = (
        select(M.id, M.participant_id, M.group_id, M.from_date, M.to_date, rank)
        .where(M.deleted.is_(False), M.from_date <= day, or_(M.to_date.is_(None), M.to_date >= day))
        .subquery()
    )
    return select(inner).where(inner.c.rank == 1).subquery("current")


def _in_group(group_id: str, day: date) -> tuple[Select[Any], Subquery]:
    current = _current(day)
    stmt = (
        select(Participant.id)
        .join(current, current.c.participant_id == Participant.id)
        .where(current.c.group_id == group_id, Participant.deleted.is_(False))
    )
    return stmt, current


def in_group_filter(group_id: str, day: date) -> ColumnElement[bool]:
    """A condition on ``Participant``: in the group on ``day``, for other queries (the
    participant list). Someone without any membership counts by their ``group_id`` on
    today (set by a laptop not yet upgraded, see ``refresh_current_groups``)."""
    stmt, _current_rows = _in_group(group_id, day)
    members = Participant.id.in_(stmt)
    if day != date.today():
        return members
    has_any = select(M.participant_id).where(M.deleted.is_(False))
    return or_(members, and_(Participant.group_id == group_id, Participant.id.not_in(has_any)))


def participants_in_group(store: Store, group_id: str, on: date | None = None) -> list[Member]:
    """The participants (not deleted) in the group on ``on`` (default today), by name."""
    day = on or date.today()
    stmt, current = _in_group(group_id, day)
    stmt = stmt.add_columns(
        Participant.first_name,
        Participant.last_name,
        Participant.status,
        current.c.id,
        current.c.from_date,
        current.c.to_date,
    ).order_by(func.lower(Participant.first_name), func.lower(Participant.last_name))
    with store.session() as session:
        return [Member(*row) for row in session.execute(stmt)]


def count_in_group(store: Store, group_id: str, on: date | None = None) -> int:
    stmt, _current_rows = _in_group(group_id, on or date.today())
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


def group_counts(store: Store, on: date | None = None) -> dict[str, int]:
    """Group id → how many participants (not deleted) are in it on ``on`` (default
    today); groups nobody is in are left out."""
    current = _current(on or date.today())
    stmt = (
        select(current.c.group_id, func.count())
        .join(Participant, Participant.id == current.c.participant_id)
        .where(Participant.deleted.is_(False), current.c.group_id.is_not(None))
        .group_by(current.c.group_id)
    )
    with store.session() as session:
        return {str(group): int(count) for group, count in session.execute(stmt)}


# -- writing ----------------------------------------------------------------------------------
def move_to_group(
    store: Store, participant_id: str, group_id: str, on: date | str | None = None
) -> Added[GroupMembership]:
    """Put the participant in ``group_id`` from ``on`` (default today): the membership
    they had ends the day before. Moving someone into the group they are in already on
    that day changes nothing; a move into a group planned for a later day brings that
    membership forward; a membership planned after ``on`` in another group stays, and the
    new one ends the day before it."""
    day = v.as_date(on, translate("groups", "From")) or date.today()
    with store.session() as session:
        membership = move(session, _person(session, participant_id), group_id, day)
        return added(session, membership)


def move(session: Session, person: Participant, group_id: str, day: date) -> GroupMembership:
    """``move_to_group`` inside a session (also for services that move as part of more)."""
    v.live_row(session, Group, group_id, translate("groups", "Group"))
    rows = _live(session, person.id)
    now = holding(rows, day)
    if now is not None and now.group_id == group_id:
        return now
    upcoming = sorted((m for m in rows if m.from_date > day), key=lambda m: m.from_date)
    end = upcoming[0].from_date - timedelta(days=1) if upcoming else None
    if upcoming and upcoming[0].group_id == group_id:  # planned for later: brought forward
        end = upcoming[0].to_date
        soft_delete(session, upcoming[0])
    _end_before(session, rows, day)
    ident = membership_id(person.id, group_id, day.isoformat())
    membership = session.get(M, ident)
    if membership is None:
        membership = M(id=ident, participant_id=person.id, group_id=group_id, from_date=day)
        session.add(membership)
    else:  # moved here from this day before, then undone: the same row comes back
        membership.deleted, membership.from_date = False, day
    membership.to_date = end
    sync_current(session, person)
    return membership


def leave_from(session: Session, person: Participant, day: date) -> None:
    """The participant is in no group from ``day`` on (the details tab's empty group)."""
    _end_before(session, _live(session, person.id), day)
    sync_current(session, person)


def _end_before(session: Session, rows: list[GroupMembership], day: date) -> None:
    """End what runs on ``day`` the day before. One that began on ``day`` itself would
    end before it starts (it was a correction): it is deleted. One planned for a later day
    stays."""
    for m in rows:
        if (m.to_date is not None and m.to_date < day) or m.from_date > day:
            continue
        if m.from_date == day:
            soft_delete(session, m)
        else:
            m.to_date = day - timedelta(days=1)


def end_membership(store: Store, membership_id: str, on: date | str | None = None) -> Changes:
    """The participant's last day in the group is ``on`` (default today)."""
    day = v.as_date(on, translate("groups", "Until")) or date.today()
    with store.session() as session:
        membership = _membership(session, membership_id)
        _check_period(membership.from_date, day)
        membership.to_date = day
        sync_current(session, _person(session, membership.participant_id))
        return written(session)


def update_membership(store: Store, membership_id: str, **fields: Any) -> Changes:
    """Correct a membership's ``group_id``, ``from_date`` or ``to_date`` (None: open)."""
    with store.session() as session:
        membership = _membership(session, membership_id)
        clean: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "group_id":
                clean[key] = v.live_row(session, Group, value, translate("groups", "Group")).id
            elif key == "from_date":
                day = v.as_date(value, translate("groups", "From"))
                if day is None:
                    raise InvalidInput(translate("groups", "A membership needs a start date."))
                clean[key] = day
            elif key == "to_date":
                clean[key] = v.as_date(value, translate("groups", "Until"))
            else:
                raise InvalidInput(translate("groups", "Unknown field: {field}").format(field=key))
        start = clean.get("from_date", membership.from_date)
        end = clean.get("to_date", membership.to_date)
        if end is not None:
            _check_period(start, end)
        v.assign_changed(membership, clean)
        sync_current(session, _person(session, membership.participant_id))
        return written(session)


def delete_membership(store: Store, membership_id: str) -> Changes:
    """Remove a membership that was a mistake (the history keeps what really happened)."""
    with store.session() as session:
        membership = _membership(session, membership_id)
        soft_delete(session, membership)
        sync_current(session, _person(session, membership.participant_id))
        return written(session)


def _check_period(start: date, end: date) -> None:
    if end < start:
        raise InvalidInput(translate("groups", "A membership cannot end before it starts."))


def sync_current(session: Session, person: Participant, today: date | None = None) -> None:
    """Set the participant's ``group_id`` copy to the group they are in today."""
    session.flush()
    found = holding(_live(session, person.id), today or date.today())
    group = found.group_id if found is not None else None
    if person.group_id != group:
        person.group_id = group


def refresh_current_groups(store: Store, on: date | None = None) -> Changes:
    """Bring every ``group_id`` copy in line with the memberships on ``on`` (default
    today): run at unlock, so a move planned for a later day shows from that day, and a
    difference left by two coaches moving someone offline is settled. Writes only what
    differs, and leaves participants without any membership as they are."""
    current = _current(on or date.today())
    has_any = select(M.participant_id).where(M.deleted.is_(False)).distinct().subquery()
    stmt = (
        select(Participant.id, current.c.group_id)
        .join(has_any, has_any.c.participant_id == Participant.id)
        .outerjoin(current, current.c.participant_id == Participant.id)
        .where(
            Participant.deleted.is_(False),
            Participant.group_id.is_distinct_from(current.c.group_id),
        )
    )
    with store.session() as session:
        stale = list(session.execute(stmt))
        if not stale:
            return NOTHING
        for person_id, group_id in stale:
            person = session.get(Participant, person_id)
            if person is not None:
                person.group_id = group_id
        return written(session)
