"""Soft delete that follows the declarations: a row's children go with it.

Deleting sets ``deleted`` (a tombstone that travels); rows nested under the deleted one
(``Synced.parent``, or directly under a participant) are marked deleted too, however deep,
so no screen or export shows a step of a deleted dream or a note of a deleted participant.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from jiu_desktop.models import SyncEntity
from jiu_desktop.models.declaration import children_of


def soft_delete(session: Session, row: SyncEntity) -> int:
    """Mark ``row`` and everything nested under it deleted; returns how many rows."""
    count = 0
    pending: list[SyncEntity] = [row]
    while pending:
        current = pending.pop()
        if not current.deleted:
            current.deleted = True
            count += 1
        for child, column in children_of(type(current)):
            attribute = getattr(child, column)
            found = session.scalars(
                select(child).where(attribute == current.id, child.deleted.is_(False))
            )
            pending.extend(found)
    return count
