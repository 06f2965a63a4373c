"""Network maps for about half of the demo participants: two versions or three, built from
the handbook's example map, each young person with their own people, and the later
version showing growth: a thicker line, trust gained, someone new, a plan with feedback.

Written through the ORM inside the demo's session, so change capture records it.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy.orm import Session

from jiu_desktop.demo import texts as text
from jiu_desktop.models import ImprovementStep, MapPerson, NetworkMap, Participant
from jiu_desktop.models.base import new_id
from jiu_desktop.printing.map_layout import Rect, box_text, format_position, free_spot, person_box
from jiu_desktop.services.map_labels import annotations_in_words

#: The handbook's example (Bijlage 5, "Werkvorm: Netwerkkaart"): label, category, annotation.
HANDBOOK = (
    ("vriend", "vrienden", ""),
    ("sportmaatje", "vrienden", ""),
    ("moeder", "familie", ""),
    ("zus en broer", "familie", ""),
    ("neef", "familie", "ruzie"),
    ("coach", "hulpverlening", ""),
    ("opa", "familie", "overleden"),
    ("jongerenwerker", "hulpverlening", ""),
    ("vriend", "vrienden", ""),
    ("vader", "familie", "uit_beeld"),
    ("kat", "huisdier", ""),
    ("partner", "vrienden", ""),
)
#: Who comes onto a later version.
NEWCOMERS = (
    ("collega", "school_werk"),
    ("klasgenoot", "school_werk"),
    ("buurvrouw", "overig"),
    ("tante", "familie"),
    ("trainer", "school_werk"),
    ("schuldhulpverlener", "hulpverlening"),
    ("gamevrienden", "online"),
    ("de hond", "huisdier"),
)
#: Labels the young person sometimes says as a first name.
NAMED = ("vriend", "sportmaatje", "partner", "jongerenwerker")
STEPS = (
    ("Een berichtje sturen om af te spreken", ""),
    ("Samen koken op zondag", ""),
    ("Vragen of we samen naar de training gaan", ""),
    ("Bellen in plaats van appen", ""),
    ("Een afspraak maken om het uit te praten", "de coach"),
    ("Op verjaardag gaan", "zus"),
)
FEEDBACK = (
    ("gelukt", "We hebben afgesproken, het was fijn."),
    ("gelukt", "Gebeld, we zien elkaar nu elke week."),
    ("belemmeringen", "Nog geen antwoord gekregen, volgende week opnieuw."),
    ("belemmeringen", "Het voelde nog te spannend; eerst samen oefenen."),
)
COACH_NOTES = (
    "Praat liever niet over thuis.",
    "Belangrijk steunpunt, vaker naar vragen.",
    "Contact is wisselend.",
)
MAP_NOTES = (
    "Samen gemaakt in het jongerencentrum.",
    "Kaart in het café gemaakt; jongere tekende zelf de lijnen.",
    "",
)
TRUST = ("geen", "geen", "naar_persoon", "wederzijds")


def add_maps(
    session: Session, rng: random.Random, person: Participant, intake: date, today: date
) -> int:
    """Two or three versions for ``person`` (about half of those coached for at least two
    weeks after the intake, up to ``today``: their last day of coaching); returns the
    number of versions."""
    if person.intake_date is None or (today - intake).days < 15 or rng.random() < 0.4:
        return 0
    first_day = intake + timedelta(days=rng.randint(0, min(30, (today - intake).days - 14)))
    days = [first_day, min(today, first_day + timedelta(days=rng.randint(14, 70)))]
    if rng.random() < 0.25 and (today - days[1]).days >= 14:
        days.append(min(today, days[1] + timedelta(days=rng.randint(14, 60))))
    persons = _first_persons(rng)
    previous: NetworkMap | None = None
    rows: list[MapPerson] = []
    for number, day in enumerate(days):
        chart = NetworkMap(
            id=new_id(),
            participant_id=person.id,
            drawn_on=day,
            coach_id=person.coach_id,
            backdrop=rng.random() < 0.3,
            copied_from=previous.id if previous else "",
            note=rng.choice(MAP_NOTES),
        )
        session.add(chart)
        session.flush()  # no ORM relationship orders the map before its persons
        if number:
            persons = _grown(session, rng, person, persons, days[number - 1], day)
            for row in rows:  # the plan was made on the earlier version
                row.improve = row.improve or any(
                    p["person_key"] == row.person_key and p.get("improve") for p in persons
                )
        rows = [MapPerson(participant_id=person.id, map_id=chart.id, **f) for f in persons]
        session.add_all(rows)
        previous = chart
    return len(days)


def _first_persons(rng: random.Random) -> list[dict[str, object]]:
    """A subset of 7–12 of the handbook's people (in its order), placed on free spots."""
    chosen = sorted(rng.sample(range(len(HANDBOOK)), rng.randint(7, 12)))
    persons: list[dict[str, object]] = []
    for index in chosen:
        label, category, annotation = HANDBOOK[index]
        if label in NAMED and rng.random() < 0.35:
            label = rng.choice(text.FIRST_NAMES)
        strength = {"ruzie": rng.randint(1, 2), "uit_beeld": 1}.get(annotation, rng.randint(1, 5))
        persons.append(
            {
                "person_key": new_id(),
                "label": label,
                "category": category,
                "annotations": annotation,
                "strength": strength,
                "trust": "geen" if annotation else rng.choice(TRUST),
                "coach_note": rng.choice(COACH_NOTES) if rng.random() < 0.15 else "",
            }
        )
    _place(persons)
    return persons


def _place(persons: list[dict[str, object]]) -> None:
    """Give every person without a position a free spot in the direction of their category."""
    occupied: list[Rect] = []
    for fields in persons:
        words = annotations_in_words(str(fields["annotations"]))
        label = box_text(str(fields["label"]), words)
        if "position" not in fields:
            width = person_box(label, (0.0, 0.0))[0].w
            fields["position"] = format_position(
                free_spot(str(fields["category"]), occupied, width)
            )
        x, y = (float(c) for c in str(fields["position"]).split())
        occupied.append(person_box(label, (x, y))[0])


def _grown(
    session: Session,
    rng: random.Random,
    person: Participant,
    before: list[dict[str, object]],
    planned: date,
    told: date,
) -> list[dict[str, object]]:
    """The next version: the persons copied (same keys and spots), one connection improved
    with a plan that got feedback, trust gained elsewhere, and someone new."""
    persons = [dict(fields) for fields in before]
    thin = [p for p in persons if int(str(p["strength"])) < 5 and not p["annotations"]]
    target = rng.choice(thin or persons)
    target["strength"] = min(5, int(str(target["strength"])) + rng.randint(1, 2))
    target["improve"] = True
    what, with_whom = rng.choice(STEPS)
    outcome, feedback = rng.choice(FEEDBACK)
    session.add(
        ImprovementStep(
            participant_id=person.id,
            person_key=str(target["person_key"]),
            what=what,
            with_whom=with_whom or str(target["label"]),
            planned_on=planned + timedelta(days=rng.randint(1, 7)),
            outcome=outcome,
            feedback=feedback,
            feedback_on=told,
        )
    )
    wary = [p for p in persons if p["trust"] != "wederzijds" and not p["annotations"]]
    if wary:
        gains = rng.choice(wary)
        gains["trust"] = "naar_persoon" if gains["trust"] == "geen" else "wederzijds"
    labels = {p["label"] for p in persons}
    label, category = rng.choice([n for n in NEWCOMERS if n[0] not in labels] or NEWCOMERS)
    persons.append(
        {
            "person_key": new_id(),
            "label": label,
            "category": category,
            "annotations": "",
            "strength": rng.randint(2, 4),
            "trust": "geen",
            "coach_note": "",
        }
    )
    _place(persons)
    return persons
