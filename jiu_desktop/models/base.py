"""Declarative base and the columns every syncable entity shares."""

import uuid
from datetime import UTC, datetime
from typing import ClassVar

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from jiu_desktop.models.declaration import PARTICIPANT, Synced

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


#: The namespace of derived ids (fixed for good: changing it would split rows in two).
ID_NAMESPACE = uuid.UUID("6f1c2b9e-3a47-5d0e-9c8b-1f2a3b4c5d6e")


def new_id() -> str:
    return str(uuid.uuid4())


def derived_id(*parts: str) -> str:
    """The id of a row that is *about* these parts (``derived_id("intake", person_id)``):
    every laptop derives the same one, so rows made offline on two laptops are one row."""
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(parts)))


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SyncEntity(Base):
    """A row that travels between devices. Deleting sets ``deleted``; rows are never removed
    by feature code, so the deletion itself can be synced (a tombstone). Every concrete
    subclass declares ``sync = Synced(...)`` (see ``models/declaration.py``)."""

    __abstract__ = True

    sync: ClassVar[Synced]

    #: Columns that are bookkeeping, not content: never captured as a change. (The id is
    #: the row's address in every change; updated_at is this device's own bookkeeping.)
    UNCAPTURED = frozenset({"id", "updated_at"})

    id: Mapped[str] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    deleted: Mapped[bool] = mapped_column(default=False)

    def owner_participant_id(self) -> str | None:
        """The participant this row belongs to, or None for team data (used for erasure)."""
        if type(self).sync.owner != PARTICIPANT:
            return None
        owner = getattr(self, "participant_id", None)
        if owner is None:
            raise ValueError(f"{type(self).__tablename__} row {self.id} has no participant_id")
        return str(owner)
