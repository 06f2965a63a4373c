"""What the funder report is counted from, read from the profile in one pass: plain
values, no ORM objects, nothing stored.

Only what a definition needs is read, and only for the people the report is about (the
*scope*: everyone, or who was in the chosen group at some day in the period). Deleted
rows never count, and a participant who was erased is simply gone, so every number
follows at once. Notes and attendance are the big tables (100,000 and 50,000 rows in the
benchmark): they are narrowed down in SQL.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from jiu_desktop.models import (
    Attendance,
    Coach,
    ConsentRecord,
    Group,
    GroupMembership,
    Meeting,
    Outcome,
    Participant,
    Quote,
    Referral,
    SessionNote,
    SpiralAssessment,
    StatusChange,
    TeamSettings,
)
from jiu_desktop.models.consent import is_given
from jiu_desktop.models.meetings import PRESENT
from jiu_desktop.models.team import TEAM_SETTINGS_ID

#: "Nog in contact": a session note in the last this many days of the period.
CONTACT_DAYS = 90
QUOTE_CONSENT = "uitspraken_anoniem"
#: Niet van toepassing: a mark that does not count (after someone stopped, say).
NOT_APPLICABLE = "nvt"
#: The group row of people without a group in the period.
NO_GROUP = ""


@dataclass(frozen=True)
class Period:
    """P = [start, end], both days included."""

    start: date
    end: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    @property
    def contact_from(self) -> date:
        """The first day of the last ``CONTACT_DAYS`` days of the period."""
        return max(self.start, self.end - timedelta(days=CONTACT_DAYS - 1))


@dataclass(frozen=True)
class Person:
    """What the report reads of a participant: codes only, never a name."""

    referral_source: str
    left_reason: str
    coach_id: str | None


@dataclass(frozen=True)
class Measurement:
    assessed_on: date
    step: int


@dataclass(frozen=True)
class Marks:
    """A person's marks at the meetings of one group held in the period: how many say
    they were there (aanwezig, te laat), and how many count (all but n.v.t.)."""

    participant_id: str
    group_id: str
    present: int
    counted: int


@dataclass
class Facts:
    """Everything the definitions count, for the people in scope."""

    period: Period
    team_name: str = ""
    step_six: bool = False
    group_name: str | None = None
    people: dict[str, Person] = field(default_factory=dict)
    #: Per person, their status changes (day, status) in order, up to the period's end.
    history: dict[str, list[tuple[date, str]]] = field(default_factory=dict)
    #: Who had a session note in the last 90 days of the period.
    noted_recently: set[str] = field(default_factory=set)
    er_op_af_notes: int = 0
    #: Per (person, domain), the measurements up to the period's end, in order.
    measurements: dict[tuple[str, str], list[Measurement]] = field(default_factory=dict)
    marks: list[Marks] = field(default_factory=list)
    meetings_held: int = 0
    meetings_cancelled: int = 0
    #: (person, referral status) of every referral made in the period.
    referrals: list[tuple[str, str]] = field(default_factory=list)
    #: (person, kind, achieved on) of every result.
    outcomes: list[tuple[str, str, date | None]] = field(default_factory=list)
    #: Group id → the people in it at some day in the period.
    members: dict[str, set[str]] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)
    live_coaches: set[str] = field(default_factory=set)
    #: (person, text, attribution) of the quotes that may be used as far as the period
    #: goes, in the order they were said (``build_report`` asks consent about now).
    quotes: list[tuple[str, str, str]] = field(default_factory=list)
    _changed: dict[str, set[str]] | None = field(default=None, repr=False)

    def changed_in_period(self) -> dict[str, set[str]]:
        """Status → who had a change to it in the period (read once, asked often)."""
        if self._changed is None:
            found: dict[str, set[str]] = defaultdict(set)
            for person, changes in self.history.items():
                for day, status in changes:
                    if day in self.period:
                        found[status].add(person)
            self._changed = dict(found)
        return self._changed


def _run(session: Session, stmt: Any) -> Any:
    """Plain rows on the session's connection: the report reads columns, never objects,
    and skipping the ORM's row handling halves the time over a large profile."""
    return session.connection().execute(stmt)


def _scalars(session: Session, stmt: Any) -> Any:
    return _run(session, stmt).scalars()


def load_facts(session: Session, period: Period, group_id: str | None) -> Facts:
    facts = Facts(period)
    settings = session.get(TeamSettings, TEAM_SETTINGS_ID)
    if settings is not None and not settings.deleted:
        facts.team_name, facts.step_six = settings.name.strip(), settings.spiral_step_six
    groups = _run(session, select(Group.id, Group.name).where(Group.deleted.is_(False)))
    facts.groups = {ident: name for ident, name in groups}
    if group_id is not None:
        facts.group_name = facts.groups[group_id]
    facts.members = _members(session, period, group_id)
    scope = facts.members.get(group_id, set()) if group_id is not None else None
    facts.people = _people(session, scope)
    wanted = facts.people.keys()
    facts.history = _history(session, period, wanted)
    _notes(session, facts)
    facts.measurements = _measurements(session, period, wanted)
    _attendance(session, facts, group_id)
    facts.referrals = [
        (person, status)
        for person, status in _run(
            session,
            select(Referral.participant_id, Referral.status).where(
                Referral.deleted.is_(False),
                Referral.referred_on >= period.start,
                Referral.referred_on <= period.end,
            ),
        )
        if person in wanted
    ]
    facts.outcomes = [
        (person, kind, day)
        for person, kind, day in _run(
            session,
            select(Outcome.participant_id, Outcome.kind, Outcome.achieved_on).where(
                Outcome.deleted.is_(False)
            ),
        )
        if person in wanted
    ]
    facts.live_coaches = set(_scalars(session, select(Coach.id).where(Coach.deleted.is_(False))))
    facts.quotes = _quotes(session, period, wanted)
    return facts


def _members(session: Session, period: Period, group_id: str | None) -> dict[str, set[str]]:
    """Group → who was in it at some day in the period (memberships that overlap it)."""
    m = GroupMembership
    stmt = (
        select(m.group_id, m.participant_id)
        .join(Participant, Participant.id == m.participant_id)
        .join(Group, Group.id == m.group_id)
        .where(
            m.deleted.is_(False),
            Participant.deleted.is_(False),
            Group.deleted.is_(False),
            m.from_date <= period.end,
            or_(m.to_date.is_(None), m.to_date >= period.start),
        )
    )
    if group_id is not None:
        stmt = stmt.where(m.group_id == group_id)
    found: dict[str, set[str]] = defaultdict(set)
    for group, person in _run(session, stmt):
        found[str(group)].add(person)
    return dict(found)


def _people(session: Session, scope: set[str] | None) -> dict[str, Person]:
    p = Participant
    stmt = select(p.id, p.referral_source, p.left_reason, p.coach_id).where(p.deleted.is_(False))
    return {
        ident: Person(source, reason, coach)
        for ident, source, reason, coach in _run(session, stmt)
        if scope is None or ident in scope
    }


def _history(
    session: Session, period: Period, wanted: Container[str]
) -> dict[str, list[tuple[date, str]]]:
    s = StatusChange
    stmt = (
        select(s.participant_id, s.changed_on, s.status)
        .where(s.deleted.is_(False), s.changed_on <= period.end)
        .order_by(s.participant_id, s.changed_on, s.created_at, s.id)
    )
    found: dict[str, list[tuple[date, str]]] = defaultdict(list)
    for person, day, status in _run(session, stmt):
        if person in wanted:
            found[person].append((day, status))
    return dict(found)


def _notes(session: Session, facts: Facts) -> None:
    n, period = SessionNote, facts.period
    recent = (
        select(n.participant_id)
        .distinct()
        .where(n.deleted.is_(False), n.note_date >= period.contact_from, n.note_date <= period.end)
    )
    facts.noted_recently = {
        person for person in _scalars(session, recent) if person in facts.people
    }
    reached = select(n.participant_id).where(
        n.deleted.is_(False),
        n.kind == "er_op_af",
        n.note_date >= period.start,
        n.note_date <= period.end,
    )
    facts.er_op_af_notes = sum(1 for person in _scalars(session, reached) if person in facts.people)


def _measurements(
    session: Session, period: Period, wanted: Container[str]
) -> dict[tuple[str, str], list[Measurement]]:
    a = SpiralAssessment
    stmt = (
        select(a.participant_id, a.domain, a.assessed_on, a.step)
        .where(a.deleted.is_(False), a.assessed_on <= period.end)
        .order_by(a.participant_id, a.domain, a.assessed_on, a.created_at, a.id)
    )
    found: dict[tuple[str, str], list[Measurement]] = defaultdict(list)
    for person, domain, day, step in _run(session, stmt):
        if person in wanted:
            found[(person, domain)].append(Measurement(day, step))
    return dict(found)


def _attendance(session: Session, facts: Facts, group_id: str | None) -> None:
    """The meetings of the period (of the group, when one is chosen) and the marks at
    those that were held; a meeting that did not go ahead (*gaat niet door*) has none."""
    m, a, period = Meeting, Attendance, facts.period
    in_period = and_(
        m.deleted.is_(False),
        Group.deleted.is_(False),
        m.held_on >= period.start,
        m.held_on <= period.end,
    )
    if group_id is not None:
        in_period = and_(in_period, m.group_id == group_id)
    meetings = select(m.cancelled).join(Group, Group.id == m.group_id).where(in_period)
    for cancelled in _scalars(session, meetings):
        if cancelled:
            facts.meetings_cancelled += 1
        else:
            facts.meetings_held += 1
    present = func.sum(case((a.presence.in_(PRESENT), 1), else_=0))
    counted = func.sum(case((a.presence != NOT_APPLICABLE, 1), else_=0))
    marks = (
        select(a.participant_id, m.group_id, present, counted)
        .join(m, m.id == a.meeting_id)
        .join(Group, Group.id == m.group_id)
        .where(in_period, m.cancelled.is_(False), a.deleted.is_(False))
        .group_by(a.participant_id, m.group_id)
    )
    facts.marks = [
        Marks(person, group, int(there or 0), int(count or 0))
        for person, group, there, count in _run(session, marks)
        if person in facts.people and count
    ]


def _quotes(session: Session, period: Period, wanted: Container[str]) -> list[tuple[str, str, str]]:
    """Quotes said in the period with their own consent ("mag gebruikt worden in
    verslagen"), of people whose consent for anonymous quotes stood at the period's end."""
    q = Quote
    stmt = (
        select(q.participant_id, q.text, q.attribution)
        .where(
            q.deleted.is_(False),
            q.consent.is_(True),
            q.said_on >= period.start,
            q.said_on <= period.end,
        )
        .order_by(q.said_on, q.created_at, q.id)
    )
    rows = [row for row in _run(session, stmt) if row[0] in wanted]
    if not rows:
        return []
    records: dict[str, list[ConsentRecord]] = defaultdict(list)
    stmt_consent = select(ConsentRecord).where(
        ConsentRecord.kind == QUOTE_CONSENT,
        ConsentRecord.deleted.is_(False),
        ConsentRecord.participant_id.in_({row[0] for row in rows}),
    )
    for record in session.scalars(stmt_consent):
        records[record.participant_id].append(record)
    allowed = {
        person
        for person, held in records.items()
        if is_given([r for r in held if r.recorded_on <= period.end], QUOTE_CONSENT)
    }
    return [(person, text, attribution) for person, text, attribution in rows if person in allowed]
