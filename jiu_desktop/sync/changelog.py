"""Change capture: every write of a syncable field lands in ``change_log``.

One SQLAlchemy ``after_flush`` hook on the sessions of an open profile inspects what the
flush wrote (new, changed and deleted :class:`SyncEntity` rows, field by field) and appends
one log row per field with a fresh hybrid-logical-clock timestamp and this device's id.
Feature code never has to remember to sync: if it went through the ORM, it is captured.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from jiu_desktop.models import ChangeLogEntry, LocalState, SyncEntity
from jiu_desktop.sync.clock import HybridLogicalClock

CLOCK_KEY = "hlc_last"
DELETED_FIELD = "deleted"


def encode_value(value: Any) -> str:
    """JSON for a column value; dates as ISO strings."""
    if isinstance(value, datetime | date):
        return json.dumps(value.isoformat())
    return json.dumps(value, ensure_ascii=False)


class ChangeCapture:
    """Installed on a sessionmaker; holds the clock and this device's id."""

    def __init__(self, clock: HybridLogicalClock, device_id: str) -> None:
        self.clock = clock
        self.device_id = device_id
        self.enabled = True

    def install(self, factory: sessionmaker[Session]) -> None:
        event.listen(factory, "after_flush", self._after_flush)

    def _after_flush(self, session: Session, _context: Any) -> None:
        if not self.enabled:
            return
        rows = list(self._entries(session))
        if not rows:
            return
        connection = session.connection()
        connection.execute(insert(ChangeLogEntry), rows)
        connection.execute(
            insert(LocalState).prefix_with("OR REPLACE"),
            {"key": CLOCK_KEY, "value": str(self.clock.last)},
        )

    def _entries(self, session: Session) -> Iterator[dict[str, Any]]:
        for obj in session.new:
            if isinstance(obj, SyncEntity):
                yield from self._fields(obj, only_changed=False)
        for obj in session.dirty:
            if isinstance(obj, SyncEntity) and session.is_modified(obj):
                yield from self._fields(obj, only_changed=True)
        for obj in session.deleted:
            if isinstance(obj, SyncEntity):
                yield self._entry(obj, DELETED_FIELD, True)

    def _fields(self, obj: SyncEntity, *, only_changed: bool) -> Iterator[dict[str, Any]]:
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            key = attr.key
            if key in SyncEntity.UNCAPTURED:
                continue
            if only_changed:
                history = state.attrs[key].history
                if not history.added:
                    continue
                value = history.added[0]
                if history.deleted and history.deleted[0] == value:
                    continue
            else:
                value = getattr(obj, key)
            yield self._entry(obj, key, value)

    def _entry(self, obj: SyncEntity, field: str, value: Any) -> dict[str, Any]:
        return {
            "hlc": self.clock.now(),
            "device": self.device_id,
            "entity": type(obj).__tablename__,
            "row_id": obj.id,
            "field": field,
            "value": encode_value(value),
            "participant_id": obj.owner_participant_id(),
        }
