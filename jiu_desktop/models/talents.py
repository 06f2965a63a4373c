"""Talents and what goes well (talenten en wat goed gaat), in plain words and dated: the
method looks at what goes well and reinforces it."""

from datetime import date

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from jiu_desktop.models.base import SyncEntity
from jiu_desktop.models.declaration import PARTICIPANT, QT_TRANSLATE_NOOP, Synced

#: A talent ("kan goed uitleggen") or a success ("eerste keer op tijd bij de training").
TALENT_KINDS = ("talent", "succes")


class Talent(SyncEntity):
    __tablename__ = "talent"
    sync = Synced(
        owner=PARTICIPANT,
        export="talents",
        text={"text": QT_TRANSLATE_NOOP("fields", "Talent or success")},
        search=("text",),
        choices={"kind": TALENT_KINDS},
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"))
    kind: Mapped[str] = mapped_column(default="talent")
    text: Mapped[str] = mapped_column(default="")
    noted_on: Mapped[date]

    __table_args__ = (Index("ix_talent_participant_date", "participant_id", "noted_on"),)
