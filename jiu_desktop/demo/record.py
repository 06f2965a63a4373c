"""The record around a demo participant: intake, care workers, talents and successes,
consent on record (now and then withdrawn), group history; and the team's notes.

Written through the ORM like the rest of the demo, so change capture records it.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy.orm import Session

from jiu_desktop.demo import texts as text
from jiu_desktop.models import (
    INCOME_SOURCES,
    REACH_WAYS,
    CareContact,
    ConsentRecord,
    GroupMembership,
    Intake,
    Participant,
    Talent,
    TeamNote,
)
from jiu_desktop.models.intake import intake_id
from jiu_desktop.models.membership import membership_id

#: How likely a young person says yes to each kind of consent.
CONSENT_YES = {
    "gegevens_bewaren": 1.0,
    "contact_delen": 0.6,
    "beeldmateriaal": 0.4,
    "uitspraken_anoniem": 0.5,
    "info_uitwisselen": 0.7,
}


def _some(rng: random.Random, codes: tuple[str, ...], most: int) -> str:
    chosen = set(rng.sample(codes, rng.randint(1, most)))
    return " ".join(code for code in codes if code in chosen)


def _day_between(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, max(0, (end - start).days)))


def add_record(
    session: Session,
    rng: random.Random,
    person: Participant,
    started: date,
    today: date,
    groups: list[str],
    interest: str,
) -> int:
    """Everything around ``person`` (in the trajectory since ``started``); returns the
    number of talents and successes."""
    contacts = _care_contacts(session, rng, person)
    if person.status != "aangemeld" or rng.random() < 0.3:
        _intake(session, rng, person)
    _consents(session, rng, person, started, today, has_care=bool(contacts))
    _memberships(session, rng, person, started, today, groups)
    return _talents(session, rng, person, started, today, interest)


def _intake(session: Session, rng: random.Random, person: Participant) -> None:
    income = rng.choice((*INCOME_SOURCES[1:], "uitkering", "uitkering", "onbekend"))
    needed = income == "uitkering" and rng.random() < 0.6
    verbinder, reach = rng.choice(text.VERBINDERS) if rng.random() < 0.6 else ("", "")
    parent = rng.random() < 0.5
    session.add(
        Intake(
            id=intake_id(person.id),
            participant_id=person.id,
            days_now=rng.choice(text.DAYS_NOW),
            income=income,
            has_computer=rng.random() < 0.4,
            has_email=rng.random() < 0.7,
            social_services_permission_needed=needed,
            social_services_permission_given=needed and rng.random() < 0.8,
            verbinder_name=verbinder,
            verbinder_reach=reach,
            parent_contact=parent,
            parent_who=rng.choice(text.PARENTS) if parent else "",
            parent_contact_allowed=parent and rng.random() < 0.5,
            reach_by=_some(rng, REACH_WAYS, 3),
            coach_subjects=_some(
                rng, ("werk", "ontwikkeling", "vrije_tijd", "sociale_contacten"), 2
            ),
        )
    )


def _care_contacts(session: Session, rng: random.Random, person: Participant) -> list[str]:
    made = []
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        contact = CareContact(
            participant_id=person.id,
            organisation=rng.choice(text.ORGANISATIONS),
            first_name=rng.choice(text.CARE_FIRST_NAMES),
            reach=f"06-{rng.randint(10_000_000, 99_999_999)}",
            subjects=_some(rng, ("wonen", "inkomen", "gezondheid", "welbevinden"), 2),
        )
        session.add(contact)
        made.append(contact.organisation)
    return made


def _consents(
    session: Session,
    rng: random.Random,
    person: Participant,
    started: date,
    today: date,
    *,
    has_care: bool,
) -> None:
    asked = min(person.intake_date or started, today)
    for kind, chance in CONSENT_YES.items():
        if kind == "info_uitwisselen" and not has_care and rng.random() < 0.7:
            continue  # nobody else involved: it did not come up
        if rng.random() >= chance:
            continue  # a no when asked: nothing on record, which reads as not given
        session.add(_record(person, kind, True, asked))
        if kind != "gegevens_bewaren" and rng.random() < 0.12 and asked < today:
            session.add(_record(person, kind, False, _day_between(rng, asked, today)))


def _record(person: Participant, kind: str, given: bool, day: date) -> ConsentRecord:
    return ConsentRecord(
        participant_id=person.id,
        kind=kind,
        decision="gegeven" if given else "ingetrokken",
        recorded_on=day,
        coach_id=person.coach_id,
        wording_version="v1",
    )


def _memberships(
    session: Session,
    rng: random.Random,
    person: Participant,
    started: date,
    today: date,
    groups: list[str],
) -> None:
    """One group since they started; some moved to another group part of the way (a
    spring group, then the autumn one). ``group_id`` is the group of today."""
    first = rng.choice(groups)
    moved = (today - started).days > 120 and rng.random() < 0.25
    if not moved:
        _membership(session, person, first, started, None)
        person.group_id = first
        return
    second = rng.choice([g for g in groups if g != first])
    switch = _day_between(rng, started + timedelta(days=60), today - timedelta(days=30))
    _membership(session, person, first, started, switch - timedelta(days=1))
    _membership(session, person, second, switch, None)
    person.group_id = second


def _membership(
    session: Session, person: Participant, group: str, start: date, end: date | None
) -> None:
    session.add(
        GroupMembership(
            id=membership_id(person.id, group, start.isoformat()),
            participant_id=person.id,
            group_id=group,
            from_date=start,
            to_date=end,
        )
    )


def _talents(
    session: Session,
    rng: random.Random,
    person: Participant,
    started: date,
    today: date,
    interest: str,
) -> int:
    count = 0
    for phrase in rng.sample(text.TALENTS, rng.randint(1, 3)):
        day = _day_between(rng, started, today)
        session.add(
            Talent(
                participant_id=person.id,
                kind="talent",
                text=phrase.format(interest=interest),
                noted_on=day,
            )
        )
        count += 1
    if person.status == "aangemeld":
        return count
    for phrase in rng.sample(text.SUCCESSES, rng.randint(0, 3)):
        day = _day_between(rng, person.intake_date or started, today)
        session.add(Talent(participant_id=person.id, kind="succes", text=phrase, noted_on=day))
        count += 1
    return count


def add_team_notes(session: Session, rng: random.Random, today: date) -> int:
    """A few months of the team's notes."""
    count = 0
    day = today - timedelta(days=120)
    while day <= today:
        kind = rng.choice(list(text.TEAM_NOTES))
        session.add(TeamNote(note_date=day, kind=kind, text=rng.choice(text.TEAM_NOTES[kind])))
        count += 1
        day += timedelta(days=rng.randint(10, 25))
    return count
