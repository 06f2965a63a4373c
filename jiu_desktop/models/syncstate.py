"""Local bookkeeping of sync: what came in from whom, erasures, history.

None of these tables travel as such; they are derived from the changes every device
exchanges, so every device that has seen the same changes holds the same state. The last
writer of a field is not stored separately: it is the highest (hlc, device) in change_log.
"""

from datetime import datetime

from sqlalchemy.orm import Mapped, mapped_column

from jiu_desktop.models.base import Base, utc_now


class SyncPeer(Base):
    """How far the bundles of another device have been applied here."""

    __tablename__ = "sync_peer"

    device: Mapped[str] = mapped_column(primary_key=True)
    #: Every bundle up to this number has been applied.
    last_seq: Mapped[int] = mapped_column(default=0)
    #: The highest number any bundle said this device had written: a gap detector.
    known_seq: Mapped[int] = mapped_column(default=0, server_default="0")
    #: JSON list of bundle numbers above ``last_seq`` that were applied already.
    applied_above: Mapped[str] = mapped_column(default="[]", server_default="[]")


class ErasedParticipant(Base):
    """A participant erased for good (AVG right to be forgotten): later changes are dropped."""

    __tablename__ = "erased_participant"

    participant_id: Mapped[str] = mapped_column(primary_key=True)
    hlc: Mapped[int]
    device: Mapped[str]


class SyncRun(Base):
    """One sync round, for the history view: counts and errors, never content."""

    __tablename__ = "sync_run"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(default=utc_now)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    target: Mapped[str] = mapped_column(default="")
    pushed: Mapped[int] = mapped_column(default=0)
    pulled: Mapped[int] = mapped_column(default=0)
    conflicts: Mapped[int] = mapped_column(default=0)
    rejected: Mapped[int] = mapped_column(default=0)
    #: What a round that ran could not exchange (0: everything); ``error`` says it in words.
    problems: Mapped[int] = mapped_column(default=0, server_default="0")
    error: Mapped[str] = mapped_column(default="")
