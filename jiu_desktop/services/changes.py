"""What a service call changed, so every open screen can decide for itself to refresh.

A service that writes returns :class:`Changes`: the entity classes and row ids it wrote.
It does not list them by hand: the store's sessions note every synced row a flush writes
(new, edited, soft deleted, children included; ``db/written.py``), and the service ends
with ``return written(session)``. Writes outside the ORM (an erasure, settling a conflict)
build theirs with :meth:`Changes.of`. Sync turns the table names it received into classes
with :meth:`Changes.from_tables`.

The screen that made a change says so (``changes.by(self)``), so it can skip its own
change while every other screen redraws: ``if changes.initiator is self: return``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from jiu_desktop.db.written import written_rows
from jiu_desktop.models.base import SyncEntity
from jiu_desktop.models.declaration import entity

Row = TypeVar("Row", bound=SyncEntity)


@dataclass(frozen=True)
class Changes:
    """Entity classes and row ids touched by one operation, and who made it.

    The initiator (a screen, compared by identity) is no part of what changed: two
    ``Changes`` with the same classes and ids are equal whoever made them.
    """

    entities: frozenset[type[SyncEntity]] = frozenset()
    ids: frozenset[str] = frozenset()
    initiator: object | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, kind: type[SyncEntity], *ids: str) -> Changes:
        return cls(frozenset({kind}), frozenset(ids))

    @classmethod
    def from_tables(cls, touched: Mapping[str, Iterable[str]]) -> Changes:
        """From rows named by table (what sync received); tables no entity has here (a
        newer version's) are left out."""
        changes = NOTHING
        for name, ids in touched.items():
            kind = entity(name)
            if kind is not None:
                changes |= cls.of(kind, *ids)
        return changes

    def __or__(self, other: Changes) -> Changes:
        """Both together; the initiator is kept only when both sides (that changed
        anything) share it, so a combination of two screens' changes reloads both."""
        makers = {id(c.initiator): c.initiator for c in (self, other) if c}
        initiator = next(iter(makers.values())) if len(makers) == 1 else None
        return Changes(self.entities | other.entities, self.ids | other.ids, initiator)

    def __bool__(self) -> bool:
        return bool(self.entities)

    def touches(self, *kinds: type[SyncEntity]) -> bool:
        return any(kind in self.entities for kind in kinds)

    def by(self, initiator: object | None) -> Changes:
        """The same changes, made by ``initiator``."""
        return replace(self, initiator=initiator)


NOTHING = Changes()


@dataclass(frozen=True)
class Added(Generic[Row]):
    """A new row and everything its creation wrote (a participant comes with its first
    status, for instance)."""

    row: Row
    changes: Changes

    @property
    def id(self) -> str:
        return self.row.id


def written(session: Session) -> Changes:
    """Everything this session wrote so far (it is flushed first)."""
    changes = NOTHING
    for kind, ids in written_rows(session).items():
        changes |= Changes.of(kind, *ids)
    return changes


def added(session: Session, row: Row) -> Added[Row]:
    """``row``, new in this session, with what the session wrote."""
    return Added(row, written(session))
