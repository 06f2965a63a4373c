"""Group meetings (bijeenkomsten) and who was there.

A roster made on two laptops offline is one roster: a meeting made by *Rooster maken* has
the id of its group, day and start time (``roster_meeting_id``). Attendance of one person
at one meeting is one row on every laptop (``attendance_id``); the last mark wins.
"""

from datetime import date

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from jiu_desktop.models.base import SyncEntity, derived_id
from jiu_desktop.models.declaration import PARTICIPANT, QT_TRANSLATE_NOOP, TEAM, Synced

#: Levensstijlregie (LSR), the LEV training, the atelier, or something else.
MEETING_PARTS = ("lsr", "lev", "atelier", "anders")
#: Aanwezig, te laat, afgemeld, afwezig zonder bericht, niet van toepassing (e.g. after
#: someone stopped), in the order a click cycles through them.
PRESENCES = ("aanwezig", "te_laat", "afgemeld", "afwezig", "nvt")
#: The marks that count as being there.
PRESENT = ("aanwezig", "te_laat")


def roster_meeting_id(group_id: str, held_on: date, starts_at: str) -> str:
    return derived_id("meeting", group_id, held_on.isoformat(), starts_at)


def attendance_id(meeting_id: str, participant_id: str) -> str:
    return derived_id("attendance", meeting_id, participant_id)


class Meeting(SyncEntity):
    __tablename__ = "meeting"
    sync = Synced(
        owner=TEAM,
        export="meetings",
        text={
            "topic": QT_TRANSLATE_NOOP("fields", "Meeting: topic"),
            "place": QT_TRANSLATE_NOOP("fields", "Meeting: place"),
            "led_by": QT_TRANSLATE_NOOP("fields", "Meeting: led by"),
        },
        choices={"part": MEETING_PARTS},
        # A roster's meetings are made on every laptop that makes the roster: a second
        # laptop's creation must not write its empty topic, or a deletion's undoing, over
        # what the first one set since.
        derived_id=True,
    )

    group_id: Mapped[str] = mapped_column(ForeignKey("team_group.id"))
    held_on: Mapped[date]
    #: "13:00"; text, so a time is shown as it was typed on every laptop.
    starts_at: Mapped[str] = mapped_column(default="")
    ends_at: Mapped[str] = mapped_column(default="")
    part: Mapped[str] = mapped_column(default="anders")
    topic: Mapped[str] = mapped_column(default="")
    place: Mapped[str] = mapped_column(default="")
    led_by: Mapped[str] = mapped_column(default="")
    #: Gaat niet door: kept in the roster, left out of every attendance count.
    cancelled: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (Index("ix_meeting_group", "group_id", "held_on"),)


class Attendance(SyncEntity):
    __tablename__ = "attendance"
    sync = Synced(
        owner=PARTICIPANT,
        export="attendance",
        choices={"presence": PRESENCES},
        derived_id=True,
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"))
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    #: No column default on purpose: a derived-id row records only what differs from the
    #: default when made, and every mark must be recorded for the last one to win.
    presence: Mapped[str]
    #: The *er op af* note made for this absence ('' when none): a session note's id.
    note_id: Mapped[str] = mapped_column(default="")

    __table_args__ = (Index("ix_attendance_participant", "participant_id", "meeting_id"),)
