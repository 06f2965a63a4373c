"""Change capture: every write of a syncable field lands in ``change_log``.

One SQLAlchemy ``after_flush`` hook on the sessions of an open profile inspects what the
flush wrote (new, changed and deleted :class:`SyncEntity` rows, field by field) and appends
one log row per field with a fresh hybrid-logical-clock timestamp, this device's id, and the
stamp of the value it replaced (its *base*, which tells a later merge whether two writes were
concurrent). Feature code never has to remember to sync: if it went through the ORM, it is
captured. Sessions that apply remote changes set ``session.info[APPLYING_REMOTE]`` and log
the incoming changes themselves, with their original stamps.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, event, insert, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from jiu_desktop.models import ChangeLogEntry, LocalState, SyncEntity
from jiu_desktop.sync.clock import HybridLogicalClock

CLOCK_KEY = "hlc_last"
DELETED_FIELD = "deleted"
APPLYING_REMOTE = "jiu_applying_remote"
_CHUNK = 500

Stamp = tuple[int, str]

#: The last write of every field of some rows: highest (hlc, device) wins, ties included.
#: Read through the view of both tables of the log (``sync/received.py``).
LATEST_WRITES = """
SELECT row_id, field, value, hlc, device FROM (
    SELECT row_id, field, value, hlc, device, ROW_NUMBER() OVER (
        PARTITION BY row_id, field ORDER BY hlc DESC, device DESC) AS rank
    FROM log_entry WHERE entity = :entity AND row_id IN ({marks})
) WHERE rank = 1
"""


def encode_value(value: Any) -> str:
    """JSON for a column value; dates as ISO strings."""
    if isinstance(value, datetime | date):
        return json.dumps(value.isoformat())
    return json.dumps(value, ensure_ascii=False)


def current_stamps(
    connection: Connection,
    entity: str,
    row_ids: Iterable[str],
    fields: Iterable[str] | None = None,
) -> dict[tuple[str, str], Stamp]:
    """The (hlc, device) of the last write of each field (or only ``fields``) of the rows."""
    stamps: dict[tuple[str, str], Stamp] = {}
    ids = list(dict.fromkeys(row_ids))
    wanted = sorted(set(fields)) if fields is not None else None
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join(f":r{i}" for i in range(len(chunk)))
        params: dict[str, Any] = {f"r{i}": rid for i, rid in enumerate(chunk)}
        params["entity"] = entity
        query = LATEST_WRITES.format(marks=marks)
        if wanted is not None:
            names = ", ".join(f":f{i}" for i in range(len(wanted)))
            params.update({f"f{i}": name for i, name in enumerate(wanted)})
            query = query.replace("AND row_id IN", f"AND field IN ({names}) AND row_id IN")
        rows = connection.execute(text(query), params)
        for row_id, field, _value, hlc, device in rows:
            stamps[(row_id, field)] = (int(hlc), str(device))
    return stamps


def changed_fields(obj: SyncEntity) -> Iterator[tuple[str, Any]]:
    """The captured fields of an edited row whose value really changed, with the new value
    (setting a field to the value it had is no change)."""
    state = inspect(obj)
    columns = state.mapper.column_attrs
    # Only attributes with a committed (old) value can have changed.
    for key in [k for k in state.committed_state if k in columns]:
        if key in SyncEntity.UNCAPTURED:
            continue
        history = state.attrs[key].history
        if not history.added:
            continue
        value = history.added[0]
        if history.deleted and history.deleted[0] == value:
            continue
        yield key, value


class ChangeCapture:
    """Installed on a sessionmaker; holds the clock and this device's id."""

    def __init__(self, clock: HybridLogicalClock, device_id: str) -> None:
        self.clock = clock
        self.device_id = device_id
        self.enabled = True

    def install(self, factory: sessionmaker[Session]) -> None:
        event.listen(factory, "after_flush", self._after_flush)

    def _after_flush(self, session: Session, _context: Any) -> None:
        if not self.enabled or session.info.get(APPLYING_REMOTE):
            return
        rows = list(self._entries(session))
        if not rows:
            return
        connection = session.connection()
        self._fill_bases(connection, rows)
        connection.execute(insert(ChangeLogEntry), rows)
        save_clock(connection, self.clock.last)

    def _fill_bases(self, connection: Connection, rows: list[dict[str, Any]]) -> None:
        edited: dict[str, list[str]] = defaultdict(list)
        fields: dict[str, set[str]] = defaultdict(set)
        for row in rows:
            if not row.pop("_new"):
                edited[row["entity"]].append(row["row_id"])
                fields[row["entity"]].add(row["field"])
        stamps: dict[tuple[str, str, str], Stamp] = {}
        for entity, ids in edited.items():
            found = current_stamps(connection, entity, ids, fields[entity])
            for (row_id, field), stamp in found.items():
                stamps[(entity, row_id, field)] = stamp
        for row in rows:
            base = stamps.get((row["entity"], row["row_id"], row["field"]))
            row["base_hlc"], row["base_device"] = base if base else (None, None)
        newest_base = max((hlc for hlc, _device in stamps.values()), default=0)
        if any(row["hlc"] <= newest_base for row in rows):
            # A remote change landed after these writes were stamped (a pull running
            # beside the coach's typing): a write must come after what it replaces.
            self.clock.receive(newest_base)
            for row in rows:
                row["hlc"] = self.clock.now()

    def _entries(self, session: Session) -> Iterator[dict[str, Any]]:
        for obj in session.new:
            if isinstance(obj, SyncEntity):
                yield from self._fields(obj, only_changed=False)
        for obj in session.dirty:
            if isinstance(obj, SyncEntity) and session.is_modified(obj):
                yield from self._fields(obj, only_changed=True)
        for obj in session.deleted:
            if isinstance(obj, SyncEntity):
                yield self._entry(obj, DELETED_FIELD, True, new=False)

    def _fields(self, obj: SyncEntity, *, only_changed: bool) -> Iterator[dict[str, Any]]:
        if only_changed:
            for key, value in changed_fields(obj):
                yield self._entry(obj, key, value, new=False)
            return
        only_set = type(obj).sync.derived_id
        for attribute in inspect(obj).mapper.column_attrs:
            if attribute.key in SyncEntity.UNCAPTURED:
                continue
            value = getattr(obj, attribute.key)
            if only_set and _is_default(attribute.columns[0], value):
                continue  # another laptop may have made the same row with this filled in
            yield self._entry(obj, attribute.key, value, new=True)

    def _entry(self, obj: SyncEntity, field: str, value: Any, *, new: bool) -> dict[str, Any]:
        return {
            "hlc": self.clock.now(),
            "device": self.device_id,
            "entity": type(obj).__tablename__,
            "row_id": obj.id,
            "field": field,
            "value": encode_value(value),
            "participant_id": obj.owner_participant_id(),
            "_new": new,
        }


def _is_default(column: Any, value: Any) -> bool:
    """Whether ``value`` is what the column holds when nothing was set (a new row of a
    derived id records only the rest; ``Synced.derived_id``)."""
    default = column.default
    if default is None:
        return column.nullable and value is None  # type: ignore[no-any-return]
    return bool(default.is_scalar and default.arg == value)


def save_clock(connection: Connection, last: int) -> None:
    """Remember the clock's last reading (the one place that writes it)."""
    connection.execute(
        insert(LocalState).prefix_with("OR REPLACE"), {"key": CLOCK_KEY, "value": str(last)}
    )


def write_local(
    connection: Connection,
    clock: HybridLogicalClock,
    device: str,
    *,
    entity: str,
    row_id: str,
    field: str,
    value: str | None,
    participant_id: str | None,
    base: Stamp | None = None,
) -> Stamp:
    """One local write that does not go through the ORM (settling a conflict, an erasure):
    logged with a fresh stamp, and the clock saved. Returns the write's stamp."""
    hlc = clock.now()
    connection.execute(
        insert(ChangeLogEntry).values(
            hlc=hlc,
            device=device,
            entity=entity,
            row_id=row_id,
            field=field,
            value=value,
            participant_id=participant_id,
            base_hlc=base[0] if base else None,
            base_device=base[1] if base else None,
        )
    )
    save_clock(connection, clock.last)
    return hlc, device


def read_clock(connection: Connection) -> int:
    value = connection.execute(
        text("SELECT value FROM local_state WHERE key = :key"), {"key": CLOCK_KEY}
    ).scalar()
    return int(value or 0)


def erasure_entries(connection: Connection) -> list[tuple[int, str, str, str, str, str | None]]:
    """Every erasure in the log, as (hlc, device, entity, row id, field, value)."""
    rows = connection.execute(
        text(
            "SELECT hlc, device, entity, row_id, field, value FROM change_log "
            "WHERE entity = 'erasure'"
        )
    )
    return [(int(h), str(d), str(e), str(r), str(f), v) for h, d, e, r, f, v in rows]


def adopt_erasures(
    connection: Connection, entries: list[tuple[int, str, str, str, str, str | None]]
) -> None:
    """Copy erasures from another copy of this profile (a restore keeps them), unchanged
    and waiting to be published again (receivers drop what they have)."""
    if not entries:
        return
    connection.execute(
        insert(ChangeLogEntry).prefix_with("OR IGNORE"),
        [
            {
                "hlc": hlc,
                "device": device,
                "entity": entity,
                "row_id": row_id,
                "field": name,
                "value": value,
                "participant_id": None,
                "bundle_seq": None,
            }
            for hlc, device, entity, row_id, name, value in entries
        ],
    )
