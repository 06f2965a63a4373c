"""Dream tins for about 60 % of the demo participants: one dream or two, in their own
words, each with a first step; some steps taken (with how it went, and the next step),
some open with a best-before date in the coming three weeks, a few past it. Now and then
a helper is someone from the participant's latest network map.

Written through the ORM inside the demo's session, so change capture records it.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from jiu_desktop.models import Dream, DreamStep, MapPerson, NetworkMap, Participant

SHARE = 0.6
#: Per life domain: dreams, and steps toward them (haalbaar, concreet, positief gezegd).
DREAMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "wonen": (
        ("Een eigen plek waar ik rust heb", "Op mezelf wonen in een studio in de stad"),
        (
            "Me inschrijven bij de woningcorporatie",
            "Uitzoeken wat een studio per maand kost",
            "Samen met mijn coach een huurtoeslag-berekening maken",
            "Mijn kamer opruimen en kijken wat ik mee wil nemen",
        ),
    ),
    "werk": (
        ("Ik wil later mijn eigen kapsalon", "Een vaste baan waar ik trots op ben"),
        (
            "Een dag meelopen bij een kapper",
            "Mijn cv afmaken en laten lezen",
            "Drie vacatures uitzoeken die bij me passen",
            "Bellen met het uitzendbureau voor een afspraak",
            "Vragen of ik een week mag meedraaien op de stage",
        ),
    ),
    "inkomen": (
        ("Geen schulden meer en elke maand rondkomen", "Sparen voor een rijbewijs"),
        (
            "Al mijn brieven in één map stoppen",
            "Een afspraak maken bij de schuldhulp",
            "Een week lang opschrijven waar mijn geld heen gaat",
        ),
    ),
    "mobiliteit": (
        ("Mijn rijbewijs halen", "Zelf met de trein naar mijn werk kunnen"),
        (
            "Het theorieboek lenen en het eerste hoofdstuk lezen",
            "Drie rijscholen vergelijken",
            "Een keer samen de treinreis oefenen",
        ),
    ),
    "vrije_tijd": (
        ("Weer gaan voetballen in een team", "Muziek maken met anderen"),
        (
            "Een proeftraining afspreken bij de club",
            "Langsgaan bij het jongerencentrum voor de muziekavond",
            "Vragen of een vriend een keer mee wil",
        ),
    ),
    "ontwikkeling": (
        ("Mijn diploma halen", "Een opleiding doen in de zorg"),
        (
            "Informatie opvragen over de opleiding bij het ROC",
            "Naar de open dag gaan",
            "Elke dag een half uur huiswerk maken",
            "Een gesprek plannen met de studieloopbaanbegeleider",
        ),
    ),
    "sociale_contacten": (
        ("Weer contact met mijn zus", "Vrienden om mee af te spreken in het weekend"),
        (
            "Een berichtje sturen om te vragen hoe het gaat",
            "Samen een kop koffie drinken",
            "Meegaan naar de spelletjesavond in de buurt",
        ),
    ),
    "gezondheid": (
        ("Fitter worden en beter slapen", "Minder stress, meer lol"),
        (
            "Drie keer per week een half uur wandelen",
            "Om elf uur mijn telefoon wegleggen",
            "Een afspraak maken bij de huisarts",
        ),
    ),
    "zingeving": (
        ("Iets doen waar anderen wat aan hebben", "Weten wat ik echt belangrijk vind"),
        (
            "Vragen of ik kan helpen bij de voedselbank",
            "Opschrijven waar ik blij van word",
        ),
    ),
    "welbevinden": (
        ("Lekker in mijn vel zitten", "Meer zelfvertrouwen"),
        (
            "Elke avond één ding opschrijven dat goed ging",
            "Praten met iemand die ik vertrouw",
            "Een keer per week iets leuks voor mezelf plannen",
        ),
    ),
}
REFLECTIONS = {
    "gezet": (
        "Het was spannender dan gedacht, maar het ging goed.",
        "Gelukt! Ik ben er trots op.",
        "Het was leuk, ik wil meer weten.",
        "Ze waren heel aardig, ik mag terugkomen.",
    ),
    "bijgesteld": (
        "Te veel in één keer, ik doe het in kleinere stukjes.",
        "Andere datum gekozen, dat past beter.",
    ),
    "anders_gelopen": (
        "Het liep anders: ik was ziek. Nieuwe kans.",
        "Geen antwoord gekregen, ik probeer het op een andere manier.",
    ),
}
TYPED_HELPERS = ("mijn coach", "mijn moeder", "een vriendin", "de jongerenwerker", "")


def add_dreams(
    session: Session, rng: random.Random, person: Participant, intake: date, last: date
) -> int:
    """One or two dreams for ``person`` (about 60 % of everyone), started between the
    intake and ``last`` (their last day of coaching); returns the number of dreams."""
    if rng.random() >= SHARE:
        return 0
    helpers = _map_helpers(session, person.id)
    areas = rng.sample(sorted(DREAMS), rng.choice((1, 1, 1, 2)))
    for area in areas:
        started = intake + timedelta(days=rng.randint(0, max(0, (last - intake).days)))
        dream = Dream(
            participant_id=person.id,
            text=rng.choice(DREAMS[area][0]),
            life_domain=area,
            started_on=started,
            share_with_group=rng.random() < 0.3,
        )
        session.add(dream)
        session.flush()
        _add_steps(session, rng, dream, area, helpers, last)
    return len(areas)


def _add_steps(
    session: Session,
    rng: random.Random,
    dream: Dream,
    area: str,
    helpers: list[MapPerson],
    last: date,
) -> None:
    """The first step, and when it was taken (or went otherwise) the next one; the last
    is open, due in the coming three weeks (a few already past). Someone no longer
    coached has their dream come true, let go, or (now and then) still waiting."""
    today = date.today()
    texts = rng.sample(DREAMS[area][1], min(3, len(DREAMS[area][1])))
    day = dream.started_on
    for number, text in enumerate(texts):
        due = day + timedelta(days=rng.randint(7, 21))
        step = _step(rng, dream, text, due, (day, number), helpers)
        session.add(step)
        if number < len(texts) - 1 and due <= last and rng.random() < 0.6:
            step.status = rng.choices(("gezet", "bijgesteld", "anders_gelopen"), (6, 1, 1))[0]
            step.taken_on = max(day, min(last, due - timedelta(days=rng.randint(0, 5))))
            step.reflection = rng.choice(REFLECTIONS[step.status])
            day = step.taken_on
            continue
        if last < today:  # coaching has ended
            if rng.random() < 0.45:
                dream.status = "uitgekomen"
                step.status, step.taken_on = "gezet", min(last, max(day, due))
                step.reflection = rng.choice(REFLECTIONS["gezet"])
            elif rng.random() < 0.8:
                dream.status = "losgelaten"
        elif due < today and rng.random() < 0.9:
            step.best_before = today + timedelta(days=rng.randint(0, 21))
        return


def _step(
    rng: random.Random,
    dream: Dream,
    text: str,
    due: date,
    written: tuple[date, int],
    helpers: list[MapPerson],
) -> DreamStep:
    step = DreamStep(
        participant_id=dream.participant_id,
        dream_id=dream.id,
        text=text,
        best_before=due,
        # the day it was written down, steps in their order (``current_step`` relies on it)
        created_at=datetime.combine(written[0], time(12)) + timedelta(minutes=written[1]),
    )
    if helpers and rng.random() < 0.4:
        person = rng.choice(helpers)
        step.helper_lineage_id, step.helper_text = person.person_key, person.label
    else:
        step.helper_text = rng.choice(TYPED_HELPERS)
    return step


def _map_helpers(session: Session, participant_id: str) -> list[MapPerson]:
    """The people on the participant's latest network map who could help (no pets, no one
    who passed away, is out of the picture or in a quarrel)."""
    latest = session.scalars(
        select(NetworkMap.id)
        .where(NetworkMap.participant_id == participant_id)
        .order_by(NetworkMap.drawn_on.desc(), NetworkMap.created_at.desc())
        .limit(1)
    ).first()
    if latest is None:
        return []
    persons = session.scalars(
        select(MapPerson).where(MapPerson.map_id == latest).order_by(MapPerson.label)
    )
    return [p for p in persons if not p.annotations and p.category != "huisdier"]
