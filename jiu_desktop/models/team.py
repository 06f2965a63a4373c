"""Team data: groups (trajecten), coaches and team notes. Not owned by a participant."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Mapped, mapped_column

from jiu_desktop.models.base import SyncEntity
from jiu_desktop.models.declaration import QT_TRANSLATE_NOOP, TEAM, Synced


class Group(SyncEntity):
    """A group or trajectory, e.g. "Voorjaar 2027": 12 weeks, two afternoons a week."""

    __tablename__ = "team_group"
    sync = Synced(
        owner=TEAM, export="groups", text={"name": QT_TRANSLATE_NOOP("fields", "Group name")}
    )

    name: Mapped[str] = mapped_column(default="")
    starts_on: Mapped[date | None] = mapped_column(default=None)
    ends_on: Mapped[date | None] = mapped_column(default=None)


class Coach(SyncEntity):
    __tablename__ = "coach"
    sync = Synced(
        owner=TEAM,
        export="coaches",
        text={
            "name": QT_TRANSLATE_NOOP("fields", "Coach name"),
            "email": QT_TRANSLATE_NOOP("fields", "Coach e-mail"),
            "phone": QT_TRANSLATE_NOOP("fields", "Coach phone"),
        },
    )

    name: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(default="")


#: What a team note is about: intervision between coaches, coordination with partners,
#: the week's planning, or something else.
TEAM_NOTE_KINDS = ("intervisie", "afstemmingsoverleg", "planning", "anders")


class TeamNote(SyncEntity):
    """A note about the team's work, not about one young person (the screen reminds the
    coach not to name participants; ``services/team_notes.names_mentioned`` helps)."""

    __tablename__ = "team_note"
    sync = Synced(
        owner=TEAM,
        export="team_notes",
        text={"text": QT_TRANSLATE_NOOP("fields", "Team note")},
        choices={"kind": TEAM_NOTE_KINDS},
    )

    note_date: Mapped[date] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(default="anders")
    text: Mapped[str] = mapped_column(default="")
