"""Local bookkeeping of sync: what came in from whom, conflicts, erasures, history.

None of these tables travel as such; they are derived from the changes every device
exchanges, so every device that has seen the same changes holds the same state. The last
writer of a field is not stored separately: it is the highest (hlc, device) in change_log.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlalchemy.orm import Mapped, mapped_column

from jiu_desktop.models.base import Base, new_id, utc_now


class SyncPeer(Base):
    """How far the bundles of another device have been applied here."""

    __tablename__ = "sync_peer"

    device: Mapped[str] = mapped_column(primary_key=True)
    last_seq: Mapped[int] = mapped_column(default=0)


class ConflictVersion(Base):
    """A value that lost to a concurrent edit of the same text field; shown to the coach
    while the field still holds the winning write (any later write resolves it)."""

    __tablename__ = "conflict_version"

    id: Mapped[str] = mapped_column(primary_key=True, default=new_id)
    entity: Mapped[str]
    row_id: Mapped[str]
    field: Mapped[str]
    participant_id: Mapped[str | None]
    value: Mapped[str | None]
    hlc: Mapped[int]
    device: Mapped[str]
    winner_hlc: Mapped[int]
    winner_device: Mapped[str]
    dismissed: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    __table_args__ = (
        Index("ix_conflict_version_row", "entity", "row_id", "field"),
        Index(
            "ix_conflict_version_unique", "entity", "row_id", "field", "hlc", "device", unique=True
        ),
    )


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
    error: Mapped[str] = mapped_column(default="")
