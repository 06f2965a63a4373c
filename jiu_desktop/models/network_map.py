"""The network map (netwerkkaart): the young person in the middle, the people who matter
around them, and per person the line to the middle.

A map is a dated version. "New version" copies the latest one; the copies keep their
``person_key``, so a person is the same person on every version (comparison, and the
improvement plan, follow the key). Every line runs between the middle and one person, so
the line (its thickness and the trust it carries) is a property of the person.

Version numbers are not stored: they follow from ``(drawn_on, created_at, id)``, which
every laptop has the same after sync, so two versions made offline on the same day are
both kept and numbered alike everywhere (``services/network_map.py``).
"""

from datetime import date

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from jiu_desktop.models.base import SyncEntity
from jiu_desktop.models.declaration import PARTICIPANT, QT_TRANSLATE_NOOP, Synced

#: Who a person is to the young person; the backdrop's four sectors are the first four.
MAP_CATEGORIES = (
    "familie",
    "vrienden",
    "school_werk",
    "hulpverlening",
    "huisdier",
    "online",
    "overig",
)
#: Trust as an arrow: none, towards the person ("bij wie hij terecht kan"), or both ways.
TRUST_DIRECTIONS = ("geen", "naar_persoon", "wederzijds")
#: The annotations the handbook writes in brackets; own words go in ``own_words``.
MAP_ANNOTATIONS = ("overleden", "uit_beeld", "ruzie")
#: How a step to improve a connection went: not yet told, it worked, still obstacles.
STEP_OUTCOMES = ("open", "gelukt", "belemmeringen")

#: The line's thickness: 1 (thin: the relation feels bad) to 5; 3 for a new person.
MIN_STRENGTH, MAX_STRENGTH, DEFAULT_STRENGTH = 1, 5, 3


class NetworkMap(SyncEntity):
    """One dated version of a participant's map."""

    __tablename__ = "network_map"
    sync = Synced(
        owner=PARTICIPANT,
        export="network_maps",
        text={"note": QT_TRANSLATE_NOOP("fields", "Network map: remark")},
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"))
    drawn_on: Mapped[date]
    #: The coach who made this version (empty: not known).
    coach_id: Mapped[str | None] = mapped_column(ForeignKey("coach.id"), default=None)
    #: Show the four sectors and three closeness rings behind the map.
    backdrop: Mapped[bool] = mapped_column(default=False)
    #: The version this one was copied from (empty: drawn from scratch).
    copied_from: Mapped[str] = mapped_column(default="")
    #: The coach's remark on this version; never printed for the participant.
    note: Mapped[str] = mapped_column(default="")

    __table_args__ = (Index("ix_network_map_participant", "participant_id", "drawn_on"),)


class MapPerson(SyncEntity):
    """A person (or pet, or online contact) on one version, with the line to the middle."""

    __tablename__ = "map_person"
    sync = Synced(
        owner=PARTICIPANT,
        export="persons",
        parent="map_id",
        text={
            "label": QT_TRANSLATE_NOOP("fields", "Name on the network map"),
            "own_words": QT_TRANSLATE_NOOP("fields", "Network map: in their words"),
            "coach_note": QT_TRANSLATE_NOOP("fields", "Network map: coach's note"),
        },
        search=("label", "own_words"),
        choices={"category": MAP_CATEGORIES, "trust": TRUST_DIRECTIONS},
        choice_sets={"annotations": MAP_ANNOTATIONS},
        ranges={"strength": (MIN_STRENGTH, MAX_STRENGTH)},
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    map_id: Mapped[str] = mapped_column(ForeignKey("network_map.id"), index=True)
    #: The same person on every version of the map (copies keep it).
    person_key: Mapped[str]
    #: As the young person says it: "moeder", "sportmaatje", "Ahmed", "de hond".
    label: Mapped[str] = mapped_column(default="")
    category: Mapped[str] = mapped_column(default="overig")
    annotations: Mapped[str] = mapped_column(default="")
    own_words: Mapped[str] = mapped_column(default="")
    #: Never printed on the participant's version, hidden in "Samen kijken".
    coach_note: Mapped[str] = mapped_column(default="")
    #: "x y" in millimetres from the middle (x to the right, y down): one field, so a
    #: move on two laptops lets one position win whole.
    position: Mapped[str] = mapped_column(default="0 0")
    strength: Mapped[int] = mapped_column(default=DEFAULT_STRENGTH)
    trust: Mapped[str] = mapped_column(default="geen")
    #: The young person wants to improve this connection (steps 5–9 of the method).
    improve: Mapped[bool] = mapped_column(default=False)


class ImprovementStep(SyncEntity):
    """A step to improve the connection with one person: it belongs to the person across
    versions (``person_key``), so a plan made in week 2 is still there on the week-8 map."""

    __tablename__ = "improvement_step"
    sync = Synced(
        owner=PARTICIPANT,
        export="improvement_steps",
        text={
            "what": QT_TRANSLATE_NOOP("fields", "Network map: step"),
            "with_whom": QT_TRANSLATE_NOOP("fields", "Network map: step, with whom"),
            "feedback": QT_TRANSLATE_NOOP("fields", "Network map: how it went"),
        },
        search=("what", "feedback"),
        choices={"outcome": STEP_OUTCOMES},
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"))
    person_key: Mapped[str]
    what: Mapped[str] = mapped_column(default="")
    with_whom: Mapped[str] = mapped_column(default="")
    planned_on: Mapped[date | None] = mapped_column(default=None)
    outcome: Mapped[str] = mapped_column(default="open")
    feedback: Mapped[str] = mapped_column(default="")
    feedback_on: Mapped[date | None] = mapped_column(default=None)

    __table_args__ = (Index("ix_improvement_step_participant", "participant_id", "person_key"),)
