"""Group history: which group (traject) a participant was in, from when to when.

A participant can be in more than one group over time (spring, then autumn). The group on
a date is the membership that holds that date; when two do (two coaches moved someone
offline), the one that started last. ``Participant.group_id`` is a copy of the group on
today, written by the membership service only (``services/memberships.py``).
"""

from datetime import date

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from jiu_desktop.models.base import SyncEntity, derived_id
from jiu_desktop.models.declaration import PARTICIPANT, Synced


def membership_id(participant_id: str, group_id: str, start: str) -> str:
    """The same membership on every laptop: this person in this group from this day
    (``start`` is an ISO date, or ``overgenomen`` for one carried over by migration 0005)."""
    return derived_id("membership", participant_id, group_id, start)


class GroupMembership(SyncEntity):
    __tablename__ = "group_membership"
    sync = Synced(owner=PARTICIPANT, export="group_history", derived_id=True)

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"))
    #: Never empty when written by the service; an export writes null for a deleted group.
    group_id: Mapped[str | None] = mapped_column(ForeignKey("team_group.id"), default=None)
    from_date: Mapped[date]
    #: The last day in the group, or None while it lasts.
    to_date: Mapped[date | None] = mapped_column(default=None)

    __table_args__ = (
        Index("ix_group_membership_participant", "participant_id", "from_date"),
        Index("ix_group_membership_group", "group_id", "from_date"),
    )
