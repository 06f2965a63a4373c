"""Forms filled in by the active demo participants: an evaluation after some of the
group's recent sessions, for about a third a weekly LSR observation series (themselves
and the trainer, now and then peers) whose scores rise for most, and for a few a
"Van betekenis zijn" with a small step planned.

Meetings do not exist yet, so the forms are dated on the group's session days: two
afternoons a week, on the weekday the group starts and three days later, while the
participant is in the group. Written through the ORM, so change capture records it.
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from jiu_desktop.models import FormAnswer, FormResponse, GroupMembership, Participant
from jiu_desktop.models.base import new_id
from jiu_desktop.services.form_catalogue import template_row
from jiu_desktop.services.form_responses import answer_id

EVALUATION = "evaluatie-bijeenkomst@1"
LSR = "lsr-observatie-reflectie@1"
MEANING = "van-betekenis-zijn@1"
#: How many of the latest session days an active participant may have evaluated.
EVALUATED_DAYS = 5
LSR_SHARE, MEANING_SHARE = 0.35, 0.3

WENT_WELL = (
    "Het spel aan het begin was leuk.",
    "Ik durfde meer te zeggen dan vorige keer.",
    "We hebben veel gelachen.",
    "Samen koken ging goed.",
    "Ik heb iemand nieuw leren kennen.",
    "De opdracht in tweetallen.",
)
TAKE_HOME = (
    "Dat ik het verschil kan maken, ook in het klein.",
    "Een tip om rustig te blijven als het spannend wordt.",
    "Dat de anderen ook weleens twijfelen.",
    "Hoe je een goed voornemen opschrijft.",
)
NEXT_TIME = (
    "Iets meer tijd voor de pauze.",
    "Vaker naar buiten.",
    "Liever in kleine groepjes.",
    "Niks, het was goed zo.",
)
GAMES = ("Trefbal", "Stoelendans", "Levend memory", "Estafette", "Wie ben ik?", "Ren je rot")
GOOD = (
    "Je sprak rustig en duidelijk.",
    "Iedereen deed mee.",
    "Je keek de groep aan.",
    "Je deed het eerst zelf voor.",
)
TIPS = (
    "Wacht tot het stil is voor je begint.",
    "Vraag of iedereen het snapt.",
    "Sta zo dat iedereen je kan zien.",
    "Zeg vooraf hoe lang het spel duurt.",
)
MEANING_NOW = (
    "Ik help mijn moeder met de boodschappen.",
    "Bij mijn neefje: ik breng hem naar school.",
    "Voor mijn vrienden: ik luister als het niet goed gaat.",
)
MEANING_LATER = (
    "Bij de buurvrouw, ze is vaak alleen.",
    "Bij de voetbalclub, als trainer van de kleintjes.",
    "Bij de voedselbank in de buurt.",
)
MEANING_STEPS = (
    ("Vragen of ik een keer kan meehelpen", "Even langsgaan en het gewoon vragen", "Mijn coach"),
    ("Een bericht sturen naar de club", "Vanavond na het eten", "Het nummer van de trainer"),
    ("Een kaartje schrijven", "Samen met mijn zus", "Een kaart en een postzegel"),
)


def _session_days(starts: date, ends: date, first: date, last: date) -> list[date]:
    """The group's session days from ``first`` to ``last`` (both included)."""
    days = []
    week = starts
    while week <= min(ends, last):
        for day in (week, week + timedelta(days=3)):
            if first <= day <= min(ends, last):
                days.append(day)
        week += timedelta(days=7)
    return days


def _days_in_groups(
    session: Session, person: Participant, groups: Mapping[str, tuple[date, date]], last: date
) -> list[date]:
    rows = session.scalars(
        select(GroupMembership).where(GroupMembership.participant_id == person.id)
    ).all()
    start = person.intake_date or last
    found: set[date] = set()
    for row in rows:
        period = groups.get(row.group_id or "")
        if period is None:
            continue
        until = min(last, row.to_date or last)
        found.update(_session_days(*period, max(start, row.from_date), until))
    return sorted(found)


def _respond(
    session: Session,
    person: Participant,
    template_id: str,
    day: date,
    answers: Mapping[str, int | str | date],
    respondent: str = "deelnemer",
    from_paper: bool = False,
) -> None:
    template_row(session, template_id)
    response = FormResponse(
        id=new_id(),
        participant_id=person.id,
        template_id=template_id,
        filled_on=day,
        respondent=respondent,
        coach_id=person.coach_id if respondent != "trainer" else None,
        from_paper=from_paper,
        complete=True,
    )
    session.add(response)
    session.flush()  # before its answers (no relationship orders them)
    for key, value in answers.items():
        text, as_json = "", ""
        if isinstance(value, str):
            text = value
        elif isinstance(value, date):
            as_json = json.dumps(value.isoformat())
        else:
            as_json = json.dumps(value)
        session.add(
            FormAnswer(
                id=answer_id(response.id, key),
                participant_id=person.id,
                response_id=response.id,
                question_key=key,
                value_text=text,
                value_json=as_json,
            )
        )


def add_forms(
    session: Session,
    rng: random.Random,
    person: Participant,
    last: date,
    groups: Mapping[str, tuple[date, date]],
) -> int:
    """The forms of ``person`` (only someone active now has any), dated on their group's
    session days up to ``last``; returns the number of responses."""
    if person.status != "actief":
        return 0
    days = _days_in_groups(session, person, groups, min(last, date.today()))
    if not days:
        return 0
    count = _evaluations(session, rng, person, days[-EVALUATED_DAYS:])
    if rng.random() < LSR_SHARE:
        count += _lsr_series(session, rng, person, days)
    if rng.random() < MEANING_SHARE:
        day = rng.choice(days)
        now, later, (step, how, needed) = (
            rng.choice(MEANING_NOW),
            rng.choice(MEANING_LATER),
            rng.choice(MEANING_STEPS),
        )
        answers: dict[str, int | str | date] = {
            "nu-van-betekenis": now,
            "wil-van-betekenis": later,
            "kleine-stap": step,
            "stap": step,
            "hoe": how,
            "nodig": needed,
            "wanneer": day + timedelta(days=rng.randint(10, 35)),
        }
        _respond(session, person, MEANING, day, answers, from_paper=True)
        count += 1
    return count


def _evaluations(
    session: Session, rng: random.Random, person: Participant, days: list[date]
) -> int:
    count = 0
    for day in days:
        if rng.random() >= 0.7:
            continue
        answers: dict[str, int | str | date] = {
            "hoe-was-het": rng.choices((2, 3, 4, 5), (1, 3, 5, 3))[0]
        }
        if rng.random() < 0.8:
            answers["ging-goed"] = rng.choice(WENT_WELL)
        if rng.random() < 0.5:
            answers["neem-mee"] = rng.choice(TAKE_HOME)
        if rng.random() < 0.4:
            answers["volgende-keer"] = rng.choice(NEXT_TIME)
        _respond(session, person, EVALUATION, day, answers, from_paper=rng.random() < 0.6)
        count += 1
    return count


def _lsr_series(session: Session, rng: random.Random, person: Participant, days: list[date]) -> int:
    """A game led every week (the first session day of the last four to seven weeks):
    the participant's own view and the trainer's, and now and then two peers'."""
    weekly: dict[date, date] = {}
    for day in days:
        weekly.setdefault(day - timedelta(days=day.weekday()), day)
    chosen = sorted(weekly.values())[-rng.randint(4, 7) :]
    rising = rng.random() < 0.7
    level = rng.uniform(1.6, 2.8)
    count = 0
    for day in chosen:
        game = rng.choice(GAMES)
        for respondent, bias in (("deelnemer", 0.0), ("trainer", rng.uniform(-0.6, 0.8))):
            _respond(session, person, LSR, day, _lsr_answers(rng, level + bias, game), respondent)
            count += 1
        if rng.random() < 0.3:
            for _ in range(2):
                answers = _lsr_answers(rng, level + rng.uniform(-0.5, 1.0), game)
                _respond(session, person, LSR, day, answers, "groepsgenoot")
                count += 1
        level += rng.uniform(0.25, 0.6) if rising else rng.uniform(-0.3, 0.3)
    return count


def _lsr_answers(rng: random.Random, level: float, game: str) -> dict[str, int | str | date]:
    answers: dict[str, int | str | date] = {"spel": game}
    for key in ("houding", "presentatie", "inhoud"):
        answers[key] = max(1, min(5, round(level + rng.uniform(-0.7, 0.7))))
        if rng.random() < 0.6:
            answers[f"{key}-goed"] = rng.choice(GOOD)
        if rng.random() < 0.4:
            answers[f"{key}-tip"] = rng.choice(TIPS)
    return answers
