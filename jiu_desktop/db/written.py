"""What a session's flushes wrote: the synced rows, kept in ``session.info``.

The store installs :func:`record_flush` and :func:`forget_flushes` on every session;
``services/changes.py`` turns :func:`written_rows` into the ``Changes`` a service returns.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from jiu_desktop.models.base import SyncEntity
from jiu_desktop.sync.changelog import changed_fields

#: Where a session keeps what its flushes wrote: {entity class: row ids}.
WRITTEN_KEY = "jiu_written"


def record_flush(session: Session, _context: Any) -> None:
    """``after_flush``: note the synced rows this flush wrote in ``session.info``.

    An edit counts when a captured column really changed (the same test the change log
    uses), so loading a row, or setting a field to the value it had, is no change.
    """
    seen: dict[type[SyncEntity], set[str]] = session.info.setdefault(WRITTEN_KEY, {})
    for obj in (*session.new, *session.deleted):
        if isinstance(obj, SyncEntity):
            seen.setdefault(type(obj), set()).add(obj.id)
    for obj in session.dirty:
        if isinstance(obj, SyncEntity) and _edited(obj):
            seen.setdefault(type(obj), set()).add(obj.id)


def forget_flushes(session: Session) -> None:
    """After a rollback nothing that was flushed was written."""
    session.info.pop(WRITTEN_KEY, None)


def written_rows(session: Session) -> dict[type[SyncEntity], set[str]]:
    """Every synced row this session wrote so far, by entity class (it is flushed first)."""
    session.flush()
    rows: dict[type[SyncEntity], set[str]] = session.info.get(WRITTEN_KEY, {})
    return rows


def _edited(obj: SyncEntity) -> bool:
    return next(changed_fields(obj), None) is not None
