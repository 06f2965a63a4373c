"""Applying changes from other devices: per field, the highest (hlc, device) wins.

Incoming changes are first added to ``change_log`` (ignored when already there), then every
touched row is *materialised* from the log: each field takes the value of its last write.
The state of a row is therefore a pure function of the set of changes a device has seen, in
whatever order they arrived, which is what makes all devices converge.

Two writes of the same text field are *concurrent* when neither author had seen the other's
write (the incoming change's base is not the field's current stamp, nor an ancestor of it).
Then the losing value is kept as a :class:`ConflictVersion` for the coach to look at.

An *erasure* removes a participant and everything about them (rows, change history,
conflict versions, search index) and is remembered, so no later or older change about that
participant is ever applied again.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Boolean as SaBoolean
from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    String,
    Table,
    delete,
    insert,
    select,
    text,
    update,
)

from jiu_desktop.models import (
    SYNCED_ENTITIES,
    ChangeLogEntry,
    ConflictVersion,
    ErasedParticipant,
    SyncEntity,
)
from jiu_desktop.models.base import new_id, utc_now
from jiu_desktop.sync.bundle import WireChange
from jiu_desktop.sync.changelog import LATEST_WRITES, Stamp

ERASURE_ENTITY = "erasure"
ERASURE_FIELD = "erased"
ENTITIES: dict[str, type[SyncEntity]] = {cls.__tablename__: cls for cls in SYNCED_ENTITIES}
_CHUNK = 500
_MAX_ANCESTRY = 64


def table_of(cls: type[SyncEntity]) -> Table:
    return cast(Table, cls.__table__)


def _text_fields(cls: type[SyncEntity]) -> frozenset[str]:
    """Free-text columns, where a lost concurrent edit is worth showing to the coach."""
    enums = {"status", "kind"}
    return frozenset(
        col.name
        for col in table_of(cls).columns
        if isinstance(col.type, String)
        and col.name not in enums
        and not col.name.endswith("id")
        and col.name not in SyncEntity.UNCAPTURED
    )


TEXT_FIELDS = {name: _text_fields(cls) for name, cls in ENTITIES.items()}


@dataclass
class ApplyResult:
    new_changes: int = 0
    conflicts: int = 0
    erased: int = 0
    touched: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    max_hlc: int = 0


def erased_participants(conn: Connection) -> set[str]:
    return set(conn.execute(select(ErasedParticipant.participant_id)).scalars())


def apply_changes(
    conn: Connection, device: str, seq: int | None, changes: list[WireChange]
) -> ApplyResult:
    """Apply one bundle's changes inside the caller's transaction."""
    result = ApplyResult()
    if not changes:
        return result
    result.max_hlc = max(c.hlc for c in changes)
    for change in changes:
        if change.entity == ERASURE_ENTITY and erase_participant(
            conn, change.row_id, change.hlc, device
        ):
            result.erased += 1
    erased = erased_participants(conn)
    wanted = [
        c
        for c in changes
        if c.entity != ERASURE_ENTITY
        and c.participant_id not in erased
        and not (c.entity == "participant" and c.row_id in erased)
    ]
    wanted = _drop_known(conn, device, wanted)
    result.conflicts = _record_conflicts(conn, device, wanted)
    if wanted:
        conn.execute(
            insert(ChangeLogEntry),
            [
                {
                    "hlc": c.hlc,
                    "device": device,
                    "entity": c.entity,
                    "row_id": c.row_id,
                    "field": c.field,
                    "value": c.value,
                    "participant_id": c.participant_id,
                    "bundle_seq": seq,
                    "base_hlc": c.base_hlc,
                    "base_device": c.base_device,
                }
                for c in wanted
            ],
        )
    result.new_changes = len(wanted)
    for c in wanted:
        result.touched[c.entity].add(c.row_id)
    for entity, row_ids in result.touched.items():
        materialise(conn, entity, row_ids)
    return result


def _drop_known(conn: Connection, device: str, changes: list[WireChange]) -> list[WireChange]:
    if not changes:
        return changes
    low, high = min(c.hlc for c in changes), max(c.hlc for c in changes)
    known = set(
        conn.execute(
            select(ChangeLogEntry.hlc).where(
                ChangeLogEntry.device == device,
                ChangeLogEntry.hlc >= low,
                ChangeLogEntry.hlc <= high,
            )
        ).scalars()
    )
    return [c for c in changes if c.hlc not in known]


def _latest(conn: Connection, entity: str, row_ids: list[str]) -> dict[tuple[str, str], Any]:
    latest: dict[tuple[str, str], Any] = {}
    for start in range(0, len(row_ids), _CHUNK):
        chunk = row_ids[start : start + _CHUNK]
        marks = ", ".join(f":r{i}" for i in range(len(chunk)))
        params: dict[str, Any] = {f"r{i}": rid for i, rid in enumerate(chunk)}
        params["entity"] = entity
        for row in conn.execute(text(LATEST_WRITES.format(marks=marks)), params):
            latest[(row.row_id, row.field)] = row
    return latest


def _record_conflicts(conn: Connection, device: str, changes: list[WireChange]) -> int:
    by_entity: dict[str, list[WireChange]] = defaultdict(list)
    for c in changes:
        if c.field in TEXT_FIELDS.get(c.entity, ()):
            by_entity[c.entity].append(c)
    found = 0
    for entity, items in by_entity.items():
        latest = _latest(conn, entity, list({c.row_id for c in items}))
        current: dict[tuple[str, str], tuple[Stamp, str | None]] = {
            key: ((int(row.hlc), str(row.device)), row.value) for key, row in latest.items()
        }
        for c in sorted(items, key=lambda c: (c.hlc, device)):
            key = (c.row_id, c.field)
            incoming: Stamp = (c.hlc, device)
            if key not in current:
                current[key] = (incoming, c.value)
                continue
            stamp, value = current[key]
            base = (c.base_hlc, c.base_device)
            sequential = base == stamp or _is_ancestor(conn, incoming, stamp)
            if not sequential and value != c.value:
                winner, loser = (incoming, stamp) if incoming > stamp else (stamp, incoming)
                loser_value = value if loser == stamp else c.value
                owner = c.participant_id
                found += _add_conflict(conn, entity, c, owner, loser, loser_value, winner)
            if incoming > stamp:
                current[key] = (incoming, c.value)
    return found


def _is_ancestor(conn: Connection, candidate: Stamp, stamp: Stamp) -> bool:
    """Whether ``candidate`` lies on the chain of writes that ``stamp`` overwrote."""
    cursor: Stamp | None = stamp
    for _ in range(_MAX_ANCESTRY):
        if cursor is None or cursor < candidate:
            return False
        row = conn.execute(
            select(ChangeLogEntry.base_hlc, ChangeLogEntry.base_device).where(
                ChangeLogEntry.device == cursor[1], ChangeLogEntry.hlc == cursor[0]
            )
        ).first()
        if row is None or row.base_hlc is None or row.base_device is None:
            return False
        cursor = (int(row.base_hlc), str(row.base_device))
        if cursor == candidate:
            return True
    return False


def _add_conflict(
    conn: Connection,
    entity: str,
    change: WireChange,
    owner: str | None,
    loser: Stamp,
    loser_value: str | None,
    winner: Stamp,
) -> int:
    stmt = (
        insert(ConflictVersion)
        .prefix_with("OR IGNORE")
        .values(
            id=new_id(),
            entity=entity,
            row_id=change.row_id,
            field=change.field,
            participant_id=owner,
            value=loser_value,
            hlc=loser[0],
            device=loser[1],
            winner_hlc=winner[0],
            winner_device=winner[1],
            dismissed=False,
            created_at=utc_now(),
        )
    )
    return conn.execute(stmt).rowcount


def materialise(conn: Connection, entity: str, row_ids: set[str] | list[str]) -> None:
    """Write each row's fields as their last writes in change_log say."""
    cls = ENTITIES.get(entity)
    if cls is None:
        return  # an entity of a newer version: kept in the log, shown once understood
    table = table_of(cls)
    columns = {c.name: c for c in table.columns}
    ids = list(row_ids)
    latest = _latest(conn, entity, ids)
    values: dict[str, dict[str, Any]] = defaultdict(dict)
    for (row_id, name), row in latest.items():
        if name in columns and name not in SyncEntity.UNCAPTURED:
            values[row_id][name] = _decode(columns[name].type, row.value)
    existing: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        existing |= set(conn.execute(select(table.c.id).where(table.c.id.in_(chunk))).scalars())
    required = {
        c.name
        for c in table.columns
        if not c.nullable and c.default is None and c.name not in SyncEntity.UNCAPTURED
    }
    now = utc_now()
    for row_id, fields in values.items():
        if row_id in existing:
            conn.execute(update(table).where(table.c.id == row_id).values(**fields, updated_at=now))
        elif required <= fields.keys():
            conn.execute(insert(table).values(id=row_id, **fields, updated_at=now))


def _decode(column_type: Any, raw: str | None) -> Any:
    value = json.loads(raw) if raw is not None else None
    if value is None:
        return None
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    if isinstance(column_type, SaBoolean):
        return bool(value)
    return value


def erase_participant(conn: Connection, participant_id: str, hlc: int, device: str) -> bool:
    """Remove everything about a participant here; True when it was not erased before."""
    for cls in ENTITIES.values():
        table = table_of(cls)
        if "participant_id" in table.c:
            conn.execute(delete(table).where(table.c.participant_id == participant_id))
    participant = table_of(ENTITIES["participant"])
    conn.execute(delete(participant).where(participant.c.id == participant_id))
    conn.execute(delete(ChangeLogEntry).where(ChangeLogEntry.participant_id == participant_id))
    conn.execute(delete(ConflictVersion).where(ConflictVersion.participant_id == participant_id))
    created = conn.execute(
        insert(ErasedParticipant)
        .prefix_with("OR IGNORE")
        .values(participant_id=participant_id, hlc=hlc, device=device)
    ).rowcount
    # Rewrite the search index segments so no token of the erased text remains in them.
    conn.execute(text("INSERT INTO search_fts(search_fts) VALUES ('optimize')"))
    return bool(created)
