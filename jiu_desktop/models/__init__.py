"""SQLAlchemy 2.0 entities. Import from here: ``from jiu_desktop.models import Participant``."""

from jiu_desktop.models.base import Base, SyncEntity, new_id
from jiu_desktop.models.local import ChangeLogEntry, LocalState
from jiu_desktop.models.notes import NOTE_KINDS, SessionNote
from jiu_desktop.models.participant import (
    PARTICIPANT_STATUSES,
    REFERRAL_STATUSES,
    Participant,
    Referral,
    StatusChange,
)
from jiu_desktop.models.syncstate import (
    ErasedParticipant,
    SyncPeer,
    SyncRun,
)
from jiu_desktop.models.team import Coach, Group

SYNCED_ENTITIES: tuple[type[SyncEntity], ...] = (
    Participant,
    StatusChange,
    Referral,
    SessionNote,
    Group,
    Coach,
)

__all__ = [
    "NOTE_KINDS",
    "PARTICIPANT_STATUSES",
    "REFERRAL_STATUSES",
    "SYNCED_ENTITIES",
    "Base",
    "ChangeLogEntry",
    "Coach",
    "ErasedParticipant",
    "Group",
    "LocalState",
    "Participant",
    "Referral",
    "SessionNote",
    "StatusChange",
    "SyncEntity",
    "SyncPeer",
    "SyncRun",
    "new_id",
]
