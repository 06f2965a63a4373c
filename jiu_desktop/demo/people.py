"""Fictional participants with their trajectory, notes, referrals and follow-ups (and,
in ``record.py``, their intake, care workers, talents, consent and group history).

Everything goes through the ORM, so change capture records it as if a coach typed it.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from jiu_desktop.db.store import Store
from jiu_desktop.demo import texts as text
from jiu_desktop.demo.dreams import add_dreams
from jiu_desktop.demo.forms import add_forms
from jiu_desktop.demo.maps import add_maps
from jiu_desktop.demo.progress import add_progress, add_team
from jiu_desktop.demo.record import add_record, add_team_notes
from jiu_desktop.models import (
    NOTE_KINDS,
    Coach,
    Group,
    Participant,
    Referral,
    SessionNote,
    StatusChange,
)

BATCH = 500
STATUS_PATH = ("aangemeld", "intake", "actief")
ENDINGS = ("afgerond", "afgehaakt")


@dataclass(frozen=True)
class DemoSummary:
    participants: int
    notes: int
    referrals: int
    groups: int
    coaches: int
    talents: int = 0
    team_notes: int = 0
    maps: int = 0  # versions of network maps
    dreams: int = 0
    forms: int = 0  # responses
    attendance: int = 0  # marks


def _person(rng: random.Random, today: date, taken: set[str]) -> dict[str, object]:
    for _ in range(8):  # a small demo reads better without two people of the same name
        first, last = rng.choice(text.FIRST_NAMES), rng.choice(text.LAST_NAMES)
        if f"{first} {last}" not in taken:
            break
    taken.add(f"{first} {last}")
    postcode, place = rng.choice(text.PLACES)
    interest, goal = rng.choice(text.INTERESTS), rng.choice(text.GOALS)
    handle = _ascii(f"{first}.{last}".lower().replace(" ", ""))
    return {
        "first_name": first,
        "last_name": last,
        "date_of_birth": today - timedelta(days=rng.randint(18 * 365 + 5, 32 * 365)),
        "phone": f"06-{rng.randint(10_000_000, 99_999_999)}",
        "email": f"{handle}{rng.randint(1, 99)}@example.nl",
        "address": f"{rng.choice(text.STREETS)} {rng.randint(1, 140)}, "
        f"{postcode} {rng.choice('ABCDEFGHKL')}{rng.choice('ABCDEFGHKL')} {place}",
        "referrer": rng.choice(text.REFERRERS),
        "remarks": rng.choice(text.REMARKS).format(interest=interest, goal=goal),
    }


def _ascii(value: str) -> str:
    """``öztürk`` → ``ozturk``: e-mail addresses keep to plain ASCII."""
    return unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")


def _statuses(rng: random.Random, intake: date, today: date) -> list[tuple[str, date]]:
    """The trajectory so far: signed up shortly before the intake, which falls on the
    intake date; a step that would fall after today has not happened yet."""
    steps = rng.choice((1, 2, 3, 3, 3, 4, 4, 5))
    path = list(STATUS_PATH[: min(steps, 3)])
    if steps >= 4:
        path.append(rng.choice(ENDINGS))
    if steps >= 5:
        path.append("nazorg")
    result = [(path[0], intake - timedelta(days=rng.randint(3, 20)))]
    day = intake
    for status in path[1:]:
        if day > today:
            break
        result.append((status, day))
        day += timedelta(days=rng.randint(7, 60))
    return result


def fill_demo_data(store: Store, participants: int, seed: int | None = None) -> DemoSummary:
    """Add ``participants`` fictional participants with notes, referrals and follow-ups."""
    rng = random.Random(seed)
    today = date.today()
    counts = dict.fromkeys(
        ("notes", "referrals", "talents", "maps", "dreams", "forms", "attendance"), 0
    )
    # The maps draw from a stream of their own: the rest of the demo stays as it was.
    maps_rng = random.Random(None if seed is None else f"{seed}-maps")
    dreams_rng = random.Random(None if seed is None else f"{seed}-dreams")
    forms_rng = random.Random(None if seed is None else f"{seed}-forms")
    progress_rng = random.Random(None if seed is None else f"{seed}-progress")
    taken: set[str] = set()
    with store.session() as session:
        groups = [
            Group(name=name, starts_on=date(*start), ends_on=date(*end))
            for name, start, end in text.GROUPS
        ]
        coaches = [Coach(name=name, email=email) for name, email in text.COACHES]
        session.add_all([*groups, *coaches])
        session.flush()
        group_ids, coach_ids = [g.id for g in groups], [c.id for c in coaches]
        periods = {g.id: (g.starts_on, g.ends_on) for g in groups if g.starts_on and g.ends_on}
        team_notes = add_team_notes(session, rng, today)
        rosters = add_team(session, groups, [name for name, _email in text.COACHES])
    for start in range(0, participants, BATCH):
        with store.session() as session:
            for _ in range(min(BATCH, participants - start)):
                person, intake, last, history = _add_participant(
                    session, rng, today, group_ids, coach_ids, counts, taken
                )
                counts["maps"] += add_maps(session, maps_rng, person, intake, last)
                counts["dreams"] += add_dreams(session, dreams_rng, person, intake, last)
                counts["forms"] += add_forms(session, forms_rng, person, last, periods)
                counts["attendance"] += add_progress(
                    session, progress_rng, person, history, rosters, today
                )
    return DemoSummary(
        participants,
        counts["notes"],
        counts["referrals"],
        len(group_ids),
        len(coach_ids),
        counts["talents"],
        team_notes,
        counts["maps"],
        counts["dreams"],
        counts["forms"],
        counts["attendance"],
    )


def _add_participant(
    session: Session,
    rng: random.Random,
    today: date,
    group_ids: list[str],
    coach_ids: list[str],
    counts: dict[str, int],
    taken: set[str],
) -> tuple[Participant, date, date, list[tuple[str, date]]]:
    """One participant and their record; returns them with their intake date, the last
    day they were coached (today, unless they finished or dropped out) and their status
    history."""
    fields = _person(rng, today, taken)
    intake = today - timedelta(days=rng.randint(10, 400))
    history = _statuses(rng, intake, today)
    status = history[-1][0]
    person = Participant(
        **fields,
        intake_date=intake if status != "aangemeld" else None,
        status=status,
        coach_id=rng.choice(coach_ids),
    )
    session.add(person)
    session.flush()
    for step, day in history:
        session.add(StatusChange(participant_id=person.id, status=step, changed_on=day))
    name = str(fields["first_name"])
    interest, goal = rng.choice(text.INTERESTS), rng.choice(text.GOALS)
    counts["talents"] += add_record(session, rng, person, history[0][1], today, group_ids, interest)
    # Someone who only signed up has been called or visited, not coached yet; someone
    # who finished or dropped out has no coaching after that date (aftercare does).
    kinds: tuple[str, ...]
    if status == "aangemeld":
        day, kinds, count = history[0][1] + timedelta(days=1), ("telefonisch", "er_op_af"), (1, 2)
    else:
        day, kinds, count = intake, NOTE_KINDS[1:], (3, 30)
    last = history[-1][1] if status in ENDINGS else today
    for index in range(rng.randint(*count)):
        if day > last:
            break
        kind = "intake" if index == 0 and status != "aangemeld" else rng.choice(kinds)
        note = SessionNote(
            participant_id=person.id,
            note_date=day,
            kind=kind,
            text=rng.choice(text.NOTE_TEMPLATES[kind]).format(
                name=name, interest=interest, goal=goal
            ),
        )
        if rng.random() < 0.15:
            note.follow_up = rng.choice(text.FOLLOW_UPS)
            note.follow_up_due = day + timedelta(days=rng.randint(2, 21))
            # most past actions were done; a few are overdue and show on the start page
            note.follow_up_done = note.follow_up_due < today and rng.random() < 0.9
        session.add(note)
        counts["notes"] += 1
        day += timedelta(days=rng.randint(2, 14))
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        session.add(
            Referral(
                participant_id=person.id,
                organisation=rng.choice(text.ORGANISATIONS),
                referred_on=min(intake + timedelta(days=rng.randint(7, 90)), today),
                status=rng.choice(("voorgesteld", "aangemeld", "loopt", "afgerond")),
            )
        )
        counts["referrals"] += 1
    return person, intake, last, history
