"""What came of a trajectory (resultaten) and what a young person said that may be quoted
(uitspraken). Both are reported to funders, a quote only with its own consent."""

from datetime import date

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from jiu_desktop.models.base import SyncEntity
from jiu_desktop.models.declaration import PARTICIPANT, QT_TRANSLATE_NOOP, Synced

OUTCOME_KINDS = (
    "diploma_lsr2",
    "diploma_lsr3",
    "werk",
    "opleiding",
    "stage",
    "vrijwilligerswerk",
    "vervolgtraject",
    "anders",
)
#: The kinds that count as "afgerond met diploma".
DIPLOMAS = ("diploma_lsr2", "diploma_lsr3")


class Outcome(SyncEntity):
    __tablename__ = "outcome"
    sync = Synced(
        owner=PARTICIPANT,
        export="outcomes",
        text={"note": QT_TRANSLATE_NOOP("fields", "Result: note")},
        choices={"kind": OUTCOME_KINDS},
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    kind: Mapped[str] = mapped_column(default="anders")
    achieved_on: Mapped[date | None] = mapped_column(default=None)
    note: Mapped[str] = mapped_column(default="")


class Quote(SyncEntity):
    """Something the young person said. ``consent``: it may be used, anonymously, in
    reports; off until they say so. ``attribution`` is how it is signed ("Deelnemer (24
    jaar), 2027"): never a name."""

    __tablename__ = "quote"
    sync = Synced(
        owner=PARTICIPANT,
        export="quotes",
        text={
            "text": QT_TRANSLATE_NOOP("fields", "Quote"),
            "attribution": QT_TRANSLATE_NOOP("fields", "Quote: signed as"),
        },
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    said_on: Mapped[date]
    text: Mapped[str] = mapped_column(default="")
    consent: Mapped[bool] = mapped_column(default=False)
    attribution: Mapped[str] = mapped_column(default="")
