"""Progress and accountability in the demo: each group's 12-week roster (two afternoons a
week, the days the demo forms are dated on), attendance marks that fit the status history
(n.v.t. after someone stopped, now and then absent with an *er op af* note), spiral
measurements that mostly rise one step, results for those who finished, quotes (most
with consent), the referral source and, for those who dropped out, why.

Written through the ORM like the rest of the demo, so change capture records it.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from jiu_desktop.models import (
    LEFT_REASONS,
    LIFE_DOMAINS,
    REFERRAL_SOURCES,
    Attendance,
    Group,
    GroupMembership,
    Meeting,
    Outcome,
    Participant,
    Quote,
    SessionNote,
    SpiralAssessment,
    SpiralCriterionCheck,
    TeamSettings,
)
from jiu_desktop.models.meetings import attendance_id, roster_meeting_id
from jiu_desktop.models.progress import OVERALL, criterion_check_id
from jiu_desktop.models.team import TEAM_SETTINGS_ID

WEEKS = 12
STARTS_AT, ENDS_AT = "13:00", "15:30"
#: What the meetings are about, in the order a group meets them (and then again).
PROGRAMME = (
    ("lsr", "Kennismaken en groepsafspraken"),
    ("lev", "Netwerkkaart invullen en bespreken"),
    ("atelier", "Kookclinic"),
    ("lsr", "Je droom in een blik"),
    ("lev", "Wat kan ik goed? Talenten zoeken"),
    ("atelier", "Fietsen opknappen"),
    ("lsr", "Omgaan met geld"),
    ("lev", "Op bezoek bij een werkgever"),
    ("anders", "Sporten in het park"),
    ("lsr", "Nee zeggen en grenzen aangeven"),
    ("lev", "Sollicitatiegesprek oefenen"),
    ("atelier", "Samen een maaltijd voor de buurt"),
)
PLACES = ("Buurthuis De Poort", "Wijkcentrum Doorwerth")
PRESENCE_WEIGHTS = {"aanwezig": 78, "te_laat": 8, "afgemeld": 8, "afwezig": 6}
ER_OP_AF = (
    "{name} was er niet en had niets laten weten. Gebeld: lag ziek op bed, komt donderdag weer.",
    "{name} niet op de training. Appje gestuurd, vanavond teruggebeld: had een afspraak bij de "
    "gemeente.",
    "Langsgegaan bij {name}: het ging even niet. Afgesproken dat ik volgende keer ophaal.",
)
QUOTES = (
    "Ik dacht dat niemand mij iets kon leren, maar hier luisteren ze echt.",
    "Voor het eerst in jaren sta ik op een vaste tijd op.",
    "Ik durf nu zelf te bellen als er iets is.",
    "Het blik staat op mijn kast. Elke dag zie ik mijn droom.",
    "Ik wist niet dat ik zoveel mensen om me heen had.",
    "Ik ben trots dat ik het diploma heb gehaald.",
)
MOVES = ((1, 70), (0, 20), (-1, 10))  # a step up for most, the same or lower for some
DOMAIN_MEASUREMENTS = (0, 1, 2, 3)


@dataclass(frozen=True)
class Roster:
    """A group's meetings (not cancelled) by day."""

    meetings: dict[date, str]


def add_team(
    session: Session, groups: Sequence[Group], coaches: Sequence[str]
) -> dict[str, Roster]:
    """The team settings (unless the profile has them: demo data added again) and every
    group's roster; returns the rosters by group."""
    if session.get(TeamSettings, TEAM_SETTINGS_ID) is None:
        session.add(TeamSettings(id=TEAM_SETTINGS_ID, name="JIU Renkum"))
    rosters: dict[str, Roster] = {}
    for index, group in enumerate(groups):
        if group.starts_on is None:
            continue
        group.attendance_rule = "minstens 80% aanwezig (examen)"
        rng = random.Random(f"roster-{index}")
        days = roster_days(group.starts_on)
        cancelled = rng.choice(days[3:-3])
        held: dict[date, str] = {}
        for number, day in enumerate(days):
            part, topic = PROGRAMME[number % len(PROGRAMME)]
            meeting = Meeting(
                id=roster_meeting_id(group.id, day, STARTS_AT),
                group_id=group.id,
                held_on=day,
                starts_at=STARTS_AT,
                ends_at=ENDS_AT,
                part=part,
                topic=topic,
                place=PLACES[index % len(PLACES)],
                led_by=coaches[(index + number) % len(coaches)].split()[0],
                cancelled=day == cancelled,
            )
            session.add(meeting)
            if not meeting.cancelled:
                held[day] = meeting.id
        rosters[group.id] = Roster(held)
    return rosters


def roster_days(starts: date) -> list[date]:
    """Two afternoons a week for twelve weeks: the day the group starts and three later."""
    return [
        starts + timedelta(weeks=week, days=offset) for week in range(WEEKS) for offset in (0, 3)
    ]


def add_progress(
    session: Session,
    rng: random.Random,
    person: Participant,
    history: Sequence[tuple[str, date]],
    rosters: Mapping[str, Roster],
    today: date,
) -> int:
    """Everything of this module for one participant; returns the attendance marks."""
    if rng.random() < 0.85:
        person.referral_source = rng.choice(REFERRAL_SOURCES[1:])
    if person.status == "afgehaakt" and rng.random() < 0.8:
        person.left_reason = rng.choice(LEFT_REASONS[1:])
    started = next((day for status, day in history if status == "actief"), None)
    if started is None:
        return 0
    endings = [(status, day) for status, day in history if status in ("afgerond", "afgehaakt")]
    stopped = endings[-1][1] if endings else None
    marks = _attendance(session, rng, person, rosters, stopped, today)
    _spiral(session, rng, person, started, stopped or today)
    if endings and endings[-1][0] == "afgerond":
        _outcomes(session, rng, person, endings[-1][1])
    if rng.random() < 0.3:
        _quote(session, rng, person, started, stopped or today)
    return marks


def _attendance(
    session: Session,
    rng: random.Random,
    person: Participant,
    rosters: Mapping[str, Roster],
    stopped: date | None,
    today: date,
) -> int:
    memberships = session.scalars(
        select(GroupMembership).where(GroupMembership.participant_id == person.id)
    ).all()
    marks = 0
    for membership in memberships:
        roster = rosters.get(membership.group_id or "")
        if roster is None:
            continue
        until = min(membership.to_date or today, today - timedelta(days=1))
        for day, meeting_id in roster.meetings.items():
            if not membership.from_date <= day <= until:
                continue
            if stopped is not None and day > stopped:
                presence = "nvt"
            else:
                presence = rng.choices(*zip(*PRESENCE_WEIGHTS.items(), strict=True))[0]
            mark = Attendance(
                id=attendance_id(meeting_id, person.id),
                participant_id=person.id,
                meeting_id=meeting_id,
                presence=presence,
            )
            if presence == "afwezig" and rng.random() < 0.7 and not _noted(session, person, day):
                mark.note_id = _er_op_af(session, rng, person, day, today).id
            session.add(mark)
            marks += 1
    return marks


def _noted(session: Session, person: Participant, day: date) -> bool:
    """Whether a note of that day exists (one a day reads better in the demo)."""
    stmt = select(SessionNote.id).where(
        SessionNote.participant_id == person.id, SessionNote.note_date == day
    )
    return session.scalar(stmt) is not None


def _er_op_af(
    session: Session, rng: random.Random, person: Participant, day: date, today: date
) -> SessionNote:
    """Marked absent on ``day``; the coach goes after them the day after."""
    note = SessionNote(
        participant_id=person.id,
        note_date=day,
        kind="er_op_af",
        text=rng.choice(ER_OP_AF).format(name=person.first_name),
        follow_up="Bellen, appen of langsgaan",
        follow_up_due=day + timedelta(days=1),
        follow_up_done=day + timedelta(days=1) < today,
    )
    session.add(note)
    session.flush()
    return note


def _spiral(
    session: Session, rng: random.Random, person: Participant, started: date, last: date
) -> None:
    """Two or three overall measurements (the first when they started), and the same for
    a few life domains."""
    span = (last - started).days
    times = 1 if span < 30 else rng.choice((2, 2, 3))
    days = [started + timedelta(days=span * index // max(1, times - 1)) for index in range(times)]
    domains = [OVERALL, *rng.sample(LIFE_DOMAINS, rng.choice(DOMAIN_MEASUREMENTS))]
    for domain in domains:
        step = rng.choices((1, 2, 3), (3, 5, 2))[0]
        for number, day in enumerate(days):
            if number:
                move = rng.choices(*zip(*MOVES, strict=True))[0]
                step = min(5, max(1, step + move))
            row = SpiralAssessment(
                participant_id=person.id,
                assessed_on=day,
                domain=domain,
                step=step,
                together=rng.random() < 0.8,
                coach_id=person.coach_id,
            )
            session.add(row)
            if domain == OVERALL and number == len(days) - 1 and step < 5:
                session.flush()
                key = f"{step}-{step + 1}.afspraken"
                session.add(
                    SpiralCriterionCheck(
                        id=criterion_check_id(row.id, key),
                        participant_id=person.id,
                        assessment_id=row.id,
                        criterion=key,
                        met=rng.random() < 0.6,
                    )
                )


def _outcomes(session: Session, rng: random.Random, person: Participant, day: date) -> None:
    diploma = rng.choices(("diploma_lsr2", "diploma_lsr3", ""), (60, 25, 15))[0]
    if diploma:
        session.add(Outcome(participant_id=person.id, kind=diploma, achieved_on=day))
    if rng.random() < 0.4:
        kind = rng.choice(("werk", "opleiding", "stage", "vrijwilligerswerk", "vervolgtraject"))
        later = day + timedelta(days=rng.randint(0, 40))
        session.add(Outcome(participant_id=person.id, kind=kind, achieved_on=later))


def _quote(
    session: Session, rng: random.Random, person: Participant, first: date, last: date
) -> None:
    said = first + timedelta(days=rng.randint(0, max(0, (last - first).days)))
    session.add(
        Quote(
            participant_id=person.id,
            said_on=said,
            text=rng.choice(QUOTES),
            consent=rng.random() < 0.7,
            attribution=attribution(person.date_of_birth, said),
        )
    )


def attribution(born: date | None, said: date) -> str:
    """ "Deelnemer (24 jaar), 2027": the age on the day, never a name."""
    if born is None:
        return f"Deelnemer, {said.year}"
    age = said.year - born.year - ((said.month, said.day) < (born.month, born.day))
    return f"Deelnemer ({age} jaar), {said.year}"
