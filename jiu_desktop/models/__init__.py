"""SQLAlchemy 2.0 entities. Import from here: ``from jiu_desktop.models import Participant``.

The entity modules evaluate their annotations as the classes are made (no ``from __future__
import annotations``): postponed, each ``Mapped[...]`` is a string that SQLAlchemy parses
and evaluates itself, a fifth of the time these modules take to import on every start of
the program and of every command (about 0.12 against 0.10 s here)."""

from jiu_desktop.models.base import Base, SyncEntity, new_id
from jiu_desktop.models.consent import CONSENT_DECISIONS, CONSENT_KINDS, ConsentRecord
from jiu_desktop.models.declaration import (
    PARTICIPANT,
    TEAM,
    Synced,
    check_declarations,
    choices_of,
    synced_entities,
)
from jiu_desktop.models.domains import LIFE_DOMAINS
from jiu_desktop.models.dreams import DREAM_STATUSES, STEP_STATUSES, Dream, DreamStep
from jiu_desktop.models.forms import (
    RESPONDENTS,
    TEMPLATE_SOURCES,
    CoachReflection,
    FormAnswer,
    FormResponse,
    FormTemplate,
    SharedReflection,
)
from jiu_desktop.models.intake import INCOME_SOURCES, REACH_WAYS, CareContact, Intake
from jiu_desktop.models.local import (
    BundleRange,
    ChangeLogEntry,
    LocalState,
    ReceivedRow,
    UpgradeStep,
)
from jiu_desktop.models.meetings import MEETING_PARTS, PRESENCES, Attendance, Meeting
from jiu_desktop.models.membership import GroupMembership
from jiu_desktop.models.network_map import (
    MAP_ANNOTATIONS,
    MAP_CATEGORIES,
    STEP_OUTCOMES,
    TRUST_DIRECTIONS,
    ImprovementStep,
    MapPerson,
    NetworkMap,
)
from jiu_desktop.models.notes import NOTE_KINDS, SessionNote
from jiu_desktop.models.outcomes import OUTCOME_KINDS, Outcome, Quote
from jiu_desktop.models.participant import (
    LEFT_REASONS,
    PARTICIPANT_STATUSES,
    REFERRAL_SOURCES,
    REFERRAL_STATUSES,
    Participant,
    Referral,
    StatusChange,
)
from jiu_desktop.models.progress import (
    SPIRAL_DOMAINS,
    SPIRAL_STEPS,
    SpiralAssessment,
    SpiralCriterionCheck,
)
from jiu_desktop.models.syncstate import (
    ErasedParticipant,
    SyncPeer,
    SyncRun,
)
from jiu_desktop.models.talents import TALENT_KINDS, Talent
from jiu_desktop.models.team import TEAM_NOTE_KINDS, Coach, Group, TeamNote, TeamSettings

#: The synced entities of this version, parents before children (``synced_entities()``
#: also sees entities declared later, e.g. by a test).
SYNCED_ENTITIES: tuple[type[SyncEntity], ...] = synced_entities()

__all__ = [
    "CONSENT_DECISIONS",
    "CONSENT_KINDS",
    "DREAM_STATUSES",
    "INCOME_SOURCES",
    "LEFT_REASONS",
    "LIFE_DOMAINS",
    "MAP_ANNOTATIONS",
    "MAP_CATEGORIES",
    "MEETING_PARTS",
    "NOTE_KINDS",
    "OUTCOME_KINDS",
    "PARTICIPANT",
    "PARTICIPANT_STATUSES",
    "PRESENCES",
    "REACH_WAYS",
    "REFERRAL_SOURCES",
    "REFERRAL_STATUSES",
    "RESPONDENTS",
    "SPIRAL_DOMAINS",
    "SPIRAL_STEPS",
    "STEP_OUTCOMES",
    "STEP_STATUSES",
    "SYNCED_ENTITIES",
    "TALENT_KINDS",
    "TEAM",
    "TEAM_NOTE_KINDS",
    "TEMPLATE_SOURCES",
    "TRUST_DIRECTIONS",
    "Attendance",
    "Base",
    "BundleRange",
    "CareContact",
    "ChangeLogEntry",
    "Coach",
    "CoachReflection",
    "ConsentRecord",
    "Dream",
    "DreamStep",
    "ErasedParticipant",
    "FormAnswer",
    "FormResponse",
    "FormTemplate",
    "Group",
    "GroupMembership",
    "ImprovementStep",
    "Intake",
    "LocalState",
    "MapPerson",
    "Meeting",
    "NetworkMap",
    "Outcome",
    "Participant",
    "Quote",
    "ReceivedRow",
    "Referral",
    "SessionNote",
    "SharedReflection",
    "SpiralAssessment",
    "SpiralCriterionCheck",
    "StatusChange",
    "SyncEntity",
    "SyncPeer",
    "SyncRun",
    "Synced",
    "Talent",
    "TeamNote",
    "TeamSettings",
    "UpgradeStep",
    "check_declarations",
    "choices_of",
    "new_id",
    "synced_entities",
]
