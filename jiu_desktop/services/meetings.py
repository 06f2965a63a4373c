"""Groups and their meetings (bijeenkomsten): the group list, a group's details, the
roster (*Rooster maken*) and single meetings.

A roster is the same roster on every laptop: each meeting it makes has the id of its
group, day and start time (``roster_meeting_id``), so two coaches making "12 weken,
dinsdag en donderdag 13:00–15:30, vanaf 2 maart" offline end up with 24 meetings, not 48.

Making a roster again (to add weeks, or on a second laptop) only adds what is missing:

- a meeting that is there already is left as it is: its topic, place, who leads it and
  *gaat niet door* stay, and so do its time and part when they were changed since;
- a meeting that was deleted stays deleted: the coordinator took it out on purpose (a
  holiday, a day the building is closed), and a roster made again must not bring it back
  silently. The preview says how many are skipped for that reason; a meeting wanted after
  all is added by hand (*Bijeenkomst toevoegen*).

A meeting added by hand gets an id of its own: two coaches adding the same extra meeting
offline make two, as with two notes, and one of them is deleted.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput
from jiu_desktop.i18n import translate
from jiu_desktop.models import Attendance, Group, Meeting
from jiu_desktop.models.meetings import roster_meeting_id
from jiu_desktop.services import memberships
from jiu_desktop.services import validation as v
from jiu_desktop.services.cascade import soft_delete
from jiu_desktop.services.changes import NOTHING, Added, Changes, added, written

#: A roster runs for at most a year.
MAX_WEEKS = 52
_TIME = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?")


@dataclass(frozen=True)
class GroupSummary:
    """One line of the group list."""

    id: str
    name: str
    starts_on: date | None
    ends_on: date | None
    attendance_rule: str
    #: Participants in the group today.
    participants: int
    #: Meetings on or before today that did not get *gaat niet door*.
    held: int
    #: Every meeting of the group (held, to come and cancelled).
    meetings: int


@dataclass(frozen=True)
class RosterPlan:
    """What *Rooster maken* would do, for the preview: the days it covers, and of those
    the ones that get a new meeting, already have it, or had it deleted."""

    days: tuple[date, ...]
    new: tuple[date, ...]
    existing: tuple[date, ...]
    deleted: tuple[date, ...]


@dataclass(frozen=True)
class Roster:
    """What *Rooster maken* did."""

    plan: RosterPlan
    changes: Changes


# -- checking -------------------------------------------------------------------------------
def check_time(value: object, label: str, *, required: bool = False) -> str:
    """A time of day as "13:00" (typed as 13:00, 13.00, 9:30 or 13), or "" when empty."""
    text = str(value or "").strip()
    if not text:
        if required:
            raise InvalidInput(
                translate("meetings", "{field}: fill in a time, such as 13:00.").format(field=label)
            )
        return ""
    match = _TIME.fullmatch(text)
    hours = int(match.group(1)) if match else -1
    minutes = int(match.group(2) or 0) if match else -1
    if not (0 <= hours <= 23 and 0 <= minutes <= 59):
        raise InvalidInput(
            translate("meetings", "{field}: “{value}” is not a time, such as 13:00.").format(
                field=label, value=text
            )
        )
    return f"{hours:02d}:{minutes:02d}"


def _check_times(starts_at: str, ends_at: str) -> None:
    if starts_at and ends_at and ends_at <= starts_at:
        raise InvalidInput(translate("meetings", "A meeting cannot end before it starts."))


def clean_meeting_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "held_on":
            day = v.as_date(value, translate("meetings", "Date"))
            if day is None:
                raise InvalidInput(translate("meetings", "A meeting needs a date."))
            clean[key] = day
        elif key == "starts_at":
            clean[key] = check_time(value, translate("meetings", "Start"))
        elif key == "ends_at":
            clean[key] = check_time(value, translate("meetings", "End"))
        elif key == "part":
            clean[key] = v.check_choice(value, Meeting, "part", translate("meetings", "Part"))
        elif key in ("topic", "place", "led_by"):
            clean[key] = " ".join(str(value or "").split())
        elif key == "cancelled":
            clean[key] = bool(value)
        else:
            raise InvalidInput(translate("meetings", "Unknown field: {field}").format(field=key))
    return clean


def _group(session: Session, group_id: str) -> Group:
    return v.live_row(session, Group, group_id, translate("meetings", "Group"))


def _meeting(session: Session, meeting_id: str) -> Meeting:
    return v.live_row(session, Meeting, meeting_id, translate("meetings", "Meeting"))


# -- groups ---------------------------------------------------------------------------------
def group_summaries(store: Store, today: date | None = None) -> list[GroupSummary]:
    """Every group (not deleted), by name, with its numbers for the list."""
    day = today or date.today()
    counts = memberships.group_counts(store, day)
    live = Meeting.deleted.is_(False)
    held = func.sum(case(((Meeting.held_on <= day) & Meeting.cancelled.is_(False), 1), else_=0))
    with store.session() as session:
        groups = list(
            session.scalars(
                select(Group).where(Group.deleted.is_(False)).order_by(func.lower(Group.name))
            )
        )
        numbers = {
            group_id: (int(total), int(done or 0))
            for group_id, total, done in session.execute(
                select(Meeting.group_id, func.count(), held).where(live).group_by(Meeting.group_id)
            )
        }
    return [
        GroupSummary(
            g.id,
            g.name,
            g.starts_on,
            g.ends_on,
            g.attendance_rule,
            counts.get(g.id, 0),
            numbers.get(g.id, (0, 0))[1],
            numbers.get(g.id, (0, 0))[0],
        )
        for g in groups
    ]


def get_group(store: Store, group_id: str) -> Group:
    with store.session() as session:
        return _group(session, group_id)


def update_group(store: Store, group_id: str, **fields: Any) -> Changes:
    """Set the group's ``name``, ``starts_on``, ``ends_on`` or ``attendance_rule`` (what
    the group agreed about attendance, in its own words: "minstens 80% aanwezig")."""
    with store.session() as session:
        group = _group(session, group_id)
        clean: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "name":
                clean[key] = str(value or "").strip()
                if not clean[key]:
                    raise InvalidInput(translate("team", "A group needs a name."))
            elif key == "starts_on":
                clean[key] = v.as_date(value, translate("meetings", "From"))
            elif key == "ends_on":
                clean[key] = v.as_date(value, translate("meetings", "Until"))
            elif key == "attendance_rule":
                clean[key] = " ".join(str(value or "").split())
            else:
                raise InvalidInput(
                    translate("meetings", "Unknown field: {field}").format(field=key)
                )
        start = clean.get("starts_on", group.starts_on)
        end = clean.get("ends_on", group.ends_on)
        if start and end and end < start:
            raise InvalidInput(translate("team", "A group cannot end before it starts."))
        v.assign_changed(group, clean)
        return written(session)


# -- meetings -------------------------------------------------------------------------------
def meetings_of(store: Store, group_id: str) -> list[Meeting]:
    """The group's meetings (not deleted), in the order they come: by day and start."""
    with store.session() as session:
        _group(session, group_id)
        return live_meetings(session, group_id)


def live_meetings(session: Session, group_id: str) -> list[Meeting]:
    """``meetings_of`` inside a session (for services that read more with them)."""
    stmt = (
        select(Meeting)
        .where(Meeting.group_id == group_id, Meeting.deleted.is_(False))
        .order_by(Meeting.held_on, Meeting.starts_at, Meeting.created_at, Meeting.id)
    )
    return list(session.scalars(stmt))


def recent_meetings(store: Store, participant_id: str, day: date, days: int = 14) -> list[Meeting]:
    """The meetings a form filled in on ``day`` may be for: those of the groups the
    participant was in on their day, held in the ``days`` before it or on it, not
    cancelled; the latest first."""
    with store.session() as session:
        rows = memberships.live_rows(session, participant_id)
        stmt = (
            select(Meeting)
            .where(
                Meeting.group_id.in_({r.group_id for r in rows if r.group_id}),
                Meeting.deleted.is_(False),
                Meeting.cancelled.is_(False),
                Meeting.held_on.between(day - timedelta(days=days), day),
            )
            .order_by(Meeting.held_on.desc(), Meeting.starts_at.desc(), Meeting.id)
        )
        return [
            m
            for m in session.scalars(stmt)
            if any(
                r.group_id == m.group_id and r.from_date <= m.held_on <= (r.to_date or m.held_on)
                for r in rows
            )
        ]


def get_meeting(store: Store, meeting_id: str) -> Meeting:
    with store.session() as session:
        return _meeting(session, meeting_id)


def add_meeting(store: Store, group_id: str, **fields: Any) -> Added[Meeting]:
    """One meeting (a date is needed; the rest may follow)."""
    clean = clean_meeting_fields(fields)
    if "held_on" not in clean:
        raise InvalidInput(translate("meetings", "A meeting needs a date."))
    _check_times(clean.get("starts_at", ""), clean.get("ends_at", ""))
    with store.session() as session:
        _group(session, group_id)
        meeting = Meeting(group_id=group_id, **clean)
        session.add(meeting)
        return added(session, meeting)


def update_meeting(store: Store, meeting_id: str, **fields: Any) -> Changes:
    clean = clean_meeting_fields(fields)
    with store.session() as session:
        meeting = _meeting(session, meeting_id)
        _check_times(
            clean.get("starts_at", meeting.starts_at), clean.get("ends_at", meeting.ends_at)
        )
        v.assign_changed(meeting, clean)
        return written(session)


def marks_at(store: Store, meeting_id: str) -> int:
    """How many attendance marks the meeting holds (said before it is deleted)."""
    with store.session() as session:
        return len(_marks(session, [meeting_id]))


def _marks(session: Session, meeting_ids: Collection[str]) -> list[Attendance]:
    stmt = select(Attendance).where(
        Attendance.meeting_id.in_(meeting_ids), Attendance.deleted.is_(False)
    )
    return list(session.scalars(stmt))


def delete_meeting(store: Store, meeting_id: str) -> Changes:
    """Take the meeting out of the roster, with its attendance marks (a meeting that did
    not take place but stays in the roster is *gaat niet door*, not deleted). A roster
    made again does not bring it back."""
    with store.session() as session:
        meeting = _meeting(session, meeting_id)
        soft_delete(session, meeting)
        for mark in _marks(session, [meeting.id]):
            soft_delete(session, mark)
        return written(session)


# -- the roster -----------------------------------------------------------------------------
def roster_days(first_day: date, weeks: int, weekdays: Collection[int]) -> list[date]:
    """Every day from ``first_day`` on, for ``weeks`` weeks, that falls on one of
    ``weekdays`` (0 is Monday): "12 weken, dinsdag en donderdag" is 24 days."""
    return [
        day
        for offset in range(7 * weeks)
        if (day := first_day + timedelta(days=offset)).weekday() in weekdays
    ]


def _check_roster(
    first_day: object, weeks: int, weekdays: Collection[int], starts_at: object, ends_at: object
) -> tuple[date, str, str]:
    day = v.as_date(first_day, translate("meetings", "From"))
    if day is None:
        raise InvalidInput(translate("meetings", "A roster needs a first day."))
    if not 1 <= weeks <= MAX_WEEKS:
        raise InvalidInput(
            translate("meetings", "A roster runs for 1 to {most} weeks.").format(most=MAX_WEEKS)
        )
    if not weekdays or any(d not in range(7) for d in weekdays):
        raise InvalidInput(translate("meetings", "Choose at least one day of the week."))
    start = check_time(starts_at, translate("meetings", "Start"), required=True)
    end = check_time(ends_at, translate("meetings", "End"), required=True)
    _check_times(start, end)
    return day, start, end


def plan_roster(
    store: Store,
    group_id: str,
    first_day: date | str,
    weeks: int,
    weekdays: Collection[int],
    starts_at: str,
    ends_at: str,
) -> RosterPlan:
    """What :func:`make_roster` would do with these answers (for the preview)."""
    day, start, _end = _check_roster(first_day, weeks, weekdays, starts_at, ends_at)
    with store.session() as session:
        _group(session, group_id)
        return _plan(session, group_id, roster_days(day, weeks, weekdays), start)


def _plan(session: Session, group_id: str, days: list[date], starts_at: str) -> RosterPlan:
    ids = {roster_meeting_id(group_id, d, starts_at): d for d in days}
    found = {
        row.id: row.deleted
        for row in session.scalars(select(Meeting).where(Meeting.id.in_(list(ids))))
    }
    return RosterPlan(
        days=tuple(days),
        new=tuple(d for ident, d in ids.items() if ident not in found),
        existing=tuple(d for ident, d in ids.items() if found.get(ident) is False),
        deleted=tuple(d for ident, d in ids.items() if found.get(ident) is True),
    )


def make_roster(
    store: Store,
    group_id: str,
    first_day: date | str,
    weeks: int,
    weekdays: Collection[int],
    starts_at: str,
    ends_at: str,
    *,
    part: str = "anders",
    place: str = "",
) -> Roster:
    """Make the group's meetings: every ``weekdays`` (0 is Monday) from ``first_day`` for
    ``weeks`` weeks, from ``starts_at`` to ``ends_at``. What is there already, and what was
    deleted, is left alone (see the module's docstring). A group without a period gets the
    roster's first and last day as its period."""
    day, start, end = _check_roster(first_day, weeks, weekdays, starts_at, ends_at)
    clean = clean_meeting_fields({"part": part, "place": place})
    with store.session() as session:
        group = _group(session, group_id)
        days = roster_days(day, weeks, weekdays)
        plan = _plan(session, group_id, days, start)
        for held_on in plan.new:
            session.add(
                Meeting(
                    id=roster_meeting_id(group_id, held_on, start),
                    group_id=group_id,
                    held_on=held_on,
                    starts_at=start,
                    ends_at=end,
                    **clean,
                )
            )
        if plan.new and group.starts_on is None and group.ends_on is None:
            group.starts_on, group.ends_on = days[0], days[-1]
        return Roster(plan, written(session) if plan.new else NOTHING)


# -- for the start page ---------------------------------------------------------------------
def groups_starting_on(store: Store, day: date) -> list[Group]:
    """The groups whose first meeting (that goes ahead) is on ``day``; a group without
    meetings counts from its start date. For "Morgen start …" the day before."""
    first = (
        select(Meeting.group_id, func.min(Meeting.held_on).label("first"))
        .where(Meeting.deleted.is_(False), Meeting.cancelled.is_(False))
        .group_by(Meeting.group_id)
        .subquery()
    )
    any_meeting = select(Meeting.group_id).where(Meeting.deleted.is_(False))
    with store.session() as session:
        by_roster = (
            select(Group).join(first, first.c.group_id == Group.id).where(first.c.first == day)
        )
        by_period = select(Group).where(Group.starts_on == day, Group.id.not_in(any_meeting))
        found = {
            g.id: g
            for stmt in (by_roster, by_period)
            for g in session.scalars(stmt.where(Group.deleted.is_(False)))
        }
    return sorted(found.values(), key=lambda g: g.name.casefold())
