"""Team data: groups (trajecten), coaches and team notes. Not owned by a participant."""

from datetime import date

from sqlalchemy.orm import Mapped, mapped_column

from jiu_desktop.models.base import SyncEntity, derived_id
from jiu_desktop.models.declaration import QT_TRANSLATE_NOOP, TEAM, Synced


class Group(SyncEntity):
    """A group or trajectory, e.g. "Voorjaar 2027": 12 weeks, two afternoons a week."""

    __tablename__ = "team_group"
    sync = Synced(
        owner=TEAM,
        export="groups",
        text={
            "name": QT_TRANSLATE_NOOP("fields", "Group name"),
            "attendance_rule": QT_TRANSLATE_NOOP("fields", "Group: attendance requirement"),
        },
    )

    name: Mapped[str] = mapped_column(default="")
    starts_on: Mapped[date | None] = mapped_column(default=None)
    ends_on: Mapped[date | None] = mapped_column(default=None)
    #: What the group agreed about attendance ("minstens 80% aanwezig"), shown as plain
    #: text beside each count; never computed into a verdict.
    attendance_rule: Mapped[str] = mapped_column(default="")


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


#: The one row of team settings: the same id on every laptop.
TEAM_SETTINGS_ID = derived_id("team_settings")


class TeamSettings(SyncEntity):
    """What the whole team shares: its name (on every report page) and whether its
    spiral has the handbook's sixth step (*zelfstandig*)."""

    __tablename__ = "team_settings"
    sync = Synced(
        owner=TEAM,
        export="team_settings",
        text={"name": QT_TRANSLATE_NOOP("fields", "Team name")},
        derived_id=True,
    )

    name: Mapped[str] = mapped_column(default="")
    spiral_step_six: Mapped[bool] = mapped_column(default=False)
