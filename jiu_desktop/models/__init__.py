"""SQLAlchemy 2.0 entities. Import from here: ``from jiu_desktop.models import Participant``."""

from jiu_desktop.models.base import Base, SyncEntity, new_id
from jiu_desktop.models.declaration import (
    PARTICIPANT,
    TEAM,
    Synced,
    check_declarations,
    choices_of,
    synced_entities,
)
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

#: The synced entities of this version, parents before children (``synced_entities()``
#: also sees entities declared later, e.g. by a test).
SYNCED_ENTITIES: tuple[type[SyncEntity], ...] = synced_entities()

__all__ = [
    "NOTE_KINDS",
    "PARTICIPANT",
    "PARTICIPANT_STATUSES",
    "REFERRAL_STATUSES",
    "SYNCED_ENTITIES",
    "TEAM",
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
    "Synced",
    "check_declarations",
    "choices_of",
    "new_id",
    "synced_entities",
]
