"""Session notes (gespreksnotities), each with an optional follow-up action."""

from datetime import date

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from jiu_desktop.models.base import SyncEntity
from jiu_desktop.models.declaration import PARTICIPANT, QT_TRANSLATE_NOOP, Synced

NOTE_KINDS = ("intake", "coachgesprek", "telefonisch", "er_op_af", "overleg", "overig")


class SessionNote(SyncEntity):
    __tablename__ = "session_note"
    sync = Synced(
        owner=PARTICIPANT,
        export="notes",
        text={
            "text": QT_TRANSLATE_NOOP("fields", "Conversation note"),
            "follow_up": QT_TRANSLATE_NOOP("fields", "Follow-up action"),
        },
        search=("text", "follow_up"),
        choices={"kind": NOTE_KINDS},
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"))
    note_date: Mapped[date]
    kind: Mapped[str] = mapped_column(default="coachgesprek")
    text: Mapped[str] = mapped_column(default="")
    follow_up: Mapped[str] = mapped_column(default="")
    follow_up_due: Mapped[date | None] = mapped_column(default=None)
    follow_up_done: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (
        Index("ix_session_note_participant_date", "participant_id", "note_date"),
        Index("ix_session_note_follow_up_open", "follow_up_done", "follow_up_due"),
    )
