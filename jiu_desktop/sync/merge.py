"""Applying changes from other devices: per field, the highest (hlc, device) wins.

Incoming changes are first added to ``change_log`` (ignored when already there), then every
touched row is *materialised* from the log: each field takes the value of its last write.
The state of a row is therefore a pure function of the set of changes a device has seen, in
whatever order they arrived, which is what makes all devices converge.

Every change is checked against the column it writes before anything is applied (a value
that does not fit refuses the bundle), and a change stamped too far ahead of this laptop's
clock is refused on its own, so one wrong clock cannot drag every laptop into the future.
Conflicts are derived from the log as well (see ``sync/heads.py``).

An *erasure* removes a participant and everything about them (rows, change history,
conflict versions, search index) and is remembered, so no later or older change about that
participant is ever applied again.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean as SaBoolean
from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Integer,
    String,
    bindparam,
    delete,
    insert,
    select,
    text,
    update,
)

from jiu_desktop.models import ChangeLogEntry, ErasedParticipant, SyncEntity
from jiu_desktop.models.base import utc_now
from jiu_desktop.models.declaration import (
    PARTICIPANT,
    by_table,
    entity,
    synced_entities,
    table_of,
    text_fields,
)
from jiu_desktop.sync.bundle import WireChange
from jiu_desktop.sync.changelog import LATEST_WRITES
from jiu_desktop.sync.clock import COUNTER_BITS
from jiu_desktop.sync.heads import count_open
from jiu_desktop.sync.search_sets import indexed_once

ERASURE_ENTITY = "erasure"
ERASURE_FIELD = "erased"
_CHUNK = 500


#: How far ahead of this laptop's clock a received change may be stamped.
MAX_AHEAD_MS = 7 * 24 * 3600 * 1000


@dataclass
class ApplyResult:
    new_changes: int = 0
    conflicts: int = 0
    erased: int = 0
    touched: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    max_hlc: int = 0
    #: Changes refused because they were stamped too far ahead; the earliest such stamp.
    future: int = 0
    future_hlc: int = 0
    #: Changes whose identity (author, stamp) is taken here by a different change.
    clashes: int = 0
    #: The changes added to the log, with their author (until their rows are written).
    logged: list[tuple[WireChange, str]] = field(default_factory=list)


def erased_participants(conn: Connection) -> set[str]:
    return set(conn.execute(select(ErasedParticipant.participant_id)).scalars())


def check_values(changes: list[WireChange]) -> None:
    """Raise ValueError when a change writes a value its column cannot hold."""
    known = by_table()
    columns: dict[tuple[str, str], Any] = {}
    for c in changes:
        value = _loads(c.value)  # ValueError if not JSON
        cls = known.get(c.entity)
        if cls is None:
            continue  # an entity of a newer version: kept in the log, used once understood
        _check_owner(cls, c, value)
        where = (c.entity, c.field)
        if where not in columns:
            found = table_of(cls).columns.get(c.field)
            columns[where] = None if c.field in SyncEntity.UNCAPTURED else found
        column = columns[where]
        if column is None:
            continue
        if value is None:
            if not column.nullable:
                raise ValueError(f"{c.entity}.{c.field} cannot be empty")
            continue
        try:
            _check_type(column.type, value)
        except (ValueError, TypeError, OverflowError):
            raise ValueError(f"{c.entity}.{c.field} has a value of the wrong kind") from None


#: A JSON text that is one string without escapes: its characters are the string itself.
_PLAIN_TEXT = re.compile(r'"[^"\\\x00-\x1f]*"')


_LITERALS: dict[str, Any] = {"null": None, "true": True, "false": False, "0": 0}


def _loads(raw: str | None) -> Any:
    """A value's JSON decoded; most values are plain text, a literal or a whole number,
    read without the parser."""
    if raw is None:
        return None
    if raw in _LITERALS:
        return _LITERALS[raw]
    if _PLAIN_TEXT.fullmatch(raw):
        return raw[1:-1]
    if raw.isascii() and raw.isdigit() and raw[0] != "0":
        return int(raw)
    return json.loads(raw)


def _check_owner(cls: type[SyncEntity], c: WireChange, value: Any) -> None:
    """A participant's row names that participant in every change (erasure relies on it)."""
    if cls.sync.owner != PARTICIPANT:
        if c.participant_id is not None:
            raise ValueError(f"{c.entity} is team data but names a participant")
        return
    owner = c.row_id if cls.__tablename__ == "participant" else c.participant_id
    if owner is None or c.participant_id != owner:
        raise ValueError(f"{c.entity}.{c.field} does not name its participant")
    if c.field == "participant_id" and value != owner:
        raise ValueError(f"{c.entity} moves to another participant")


def _check_type(column_type: Any, value: Any) -> None:
    if isinstance(column_type, DateTime):
        moment = datetime.fromisoformat(str(value))
        if not isinstance(value, str) or moment.tzinfo is not None:
            raise ValueError("not a plain date-time")
    elif isinstance(column_type, Date):
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError("not a date")
        date.fromisoformat(value)
    elif isinstance(column_type, SaBoolean):
        if not isinstance(value, bool):
            raise ValueError("not a truth value")
    elif isinstance(column_type, Integer):
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) >= 1 << 63:
            raise ValueError("not a whole number")
    elif isinstance(column_type, String) and not isinstance(value, str):
        raise ValueError("not text")


def apply_changes(
    conn: Connection, device: str, changes: list[WireChange], now_ms: int
) -> ApplyResult:
    """Apply one bundle's changes (already checked) inside the caller's transaction."""
    return apply_bundles(conn, [(device, changes)], now_ms)[0]


def apply_bundles(
    conn: Connection, bundles: list[tuple[str, list[WireChange]]], now_ms: int
) -> list[ApplyResult]:
    """Apply several bundles (their device, their checked changes) inside the caller's
    transaction, one result each. Every row they touch is materialised once, at the end:
    a row's state depends only on the log, so this equals applying them one by one. The
    conflicts they open are counted on the last result."""
    gone = erased_participants(conn) | {
        c.row_id for _, changes in bundles for c in changes if c.entity == ERASURE_ENTITY
    }
    text_rows = _text_rows([c for _, changes in bundles for c in changes if _owner(c) not in gone])
    before = count_open(conn, text_rows, text_fields())
    floor = int(conn.exec_driver_sql("SELECT max(seq) FROM change_log").scalar() or 0)
    results = [_log_changes(conn, device, changes, now_ms) for device, changes in bundles]
    # A later bundle of the set may have erased what an earlier one wrote.
    erased = erased_participants(conn)
    logged: dict[str, list[tuple[WireChange, str]]] = defaultdict(list)
    for result in results:
        for c, author in result.logged:
            if _owner(c) not in erased:
                logged[c.entity].append((c, author))
        result.logged = []
    if logged:
        # The search documents of the participants concerned are made once, at the end,
        # instead of again for each row written.
        with indexed_once(conn) as owners:
            for name, changes in logged.items():
                owners.update(c.participant_id for c, _ in changes if c.participant_id)
                materialise(conn, name, {c.row_id for c, _ in changes}, since=(floor, changes))
    if results:
        results[-1].conflicts = max(0, count_open(conn, text_rows, text_fields()) - before)
    return results


def _owner(c: WireChange) -> str | None:
    return c.row_id if c.entity == "participant" else c.participant_id


def _log_changes(
    conn: Connection, device: str, changes: list[WireChange], now_ms: int
) -> ApplyResult:
    """Obey one bundle's erasures and add its other new changes to the log."""
    result = ApplyResult()
    limit = (now_ms + MAX_AHEAD_MS) << COUNTER_BITS
    future = [c for c in changes if c.hlc > limit]
    if future:
        result.future, result.future_hlc = len(future), min(c.hlc for c in future)
        changes = [c for c in changes if c.hlc <= limit]
    if not changes:
        return result
    result.max_hlc = max(c.hlc for c in changes)
    for change in changes:
        if change.entity == ERASURE_ENTITY and erase_participant(
            conn, change.row_id, change.hlc, change.author_or(device)
        ):
            result.erased += 1
    _keep_erasures(conn, device, [c for c in changes if c.entity == ERASURE_ENTITY])
    erased = erased_participants(conn)
    wanted = [
        c
        for c in changes
        if c.entity != ERASURE_ENTITY
        and c.participant_id not in erased
        and not (c.entity == "participant" and c.row_id in erased)
    ]
    wanted, result.clashes = _drop_known(conn, device, wanted)
    if wanted:
        _insert_log(conn, device, wanted)
    result.new_changes = len(wanted)
    for c in wanted:
        result.touched[c.entity].add(c.row_id)
    result.logged = [(c, c.author_or(device)) for c in wanted]
    return result


def _log_row(c: WireChange, device: str) -> dict[str, Any]:
    """A received change as a change_log row: it is on the remote already (bundle_seq 0)."""
    return {
        "hlc": c.hlc,
        "device": c.author_or(device),
        "entity": c.entity,
        "row_id": c.row_id,
        "field": c.field,
        "value": c.value,
        "participant_id": c.participant_id,
        "bundle_seq": 0,
        "base_hlc": c.base_hlc,
        "base_device": c.base_device,
    }


_LOG_INSERT = (
    "INSERT INTO change_log (hlc, device, entity, row_id, field, value, participant_id,"
    " bundle_seq, base_hlc, base_device) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"
)


def _insert_log(conn: Connection, device: str, changes: list[WireChange]) -> None:
    """Received changes into ``change_log`` as ``_log_row`` says, in one statement run for
    all of them (building a parameter dictionary per change was a large part of a pull)."""
    conn.exec_driver_sql(
        _LOG_INSERT,
        [
            (
                c.hlc,
                c.author or device,
                c.entity,
                c.row_id,
                c.field,
                c.value,
                c.participant_id,
                c.base_hlc,
                c.base_device,
            )
            for c in changes
        ],
    )


def _keep_erasures(conn: Connection, device: str, erasures: list[WireChange]) -> None:
    """Received erasures stay in the log like one's own, so this laptop passes them on
    (to a new team, after a restore) instead of only obeying them."""
    if erasures:
        rows = [{**_log_row(c, device), "participant_id": None} for c in erasures]
        conn.execute(insert(ChangeLogEntry).prefix_with("OR IGNORE"), rows)


def _text_rows(changes: list[WireChange]) -> dict[str, set[str]]:
    rows: dict[str, set[str]] = defaultdict(set)
    fields = text_fields()
    for c in changes:
        if c.field in fields.get(c.entity, ()):
            rows[c.entity].add(c.row_id)
    return rows


def _drop_known(
    conn: Connection, device: str, changes: list[WireChange]
) -> tuple[list[WireChange], int]:
    """Leave out changes this laptop has already: the same author and the same stamp.
    Also returns how many of those said something else than the change here (two copies
    of one profile that wrote at the same instant: reported, the first one kept)."""
    by_author: dict[str, list[WireChange]] = defaultdict(list)
    for c in changes:
        by_author[c.author_or(device)].append(c)
    fresh: list[WireChange] = []
    clashes = 0
    for author, items in by_author.items():
        low, high = min(c.hlc for c in items), max(c.hlc for c in items)
        known = {
            row.hlc: (row.entity, row.row_id, row.field, row.value)
            for row in conn.execute(
                select(
                    ChangeLogEntry.hlc,
                    ChangeLogEntry.entity,
                    ChangeLogEntry.row_id,
                    ChangeLogEntry.field,
                    ChangeLogEntry.value,
                ).where(
                    ChangeLogEntry.device == author,
                    ChangeLogEntry.hlc >= low,
                    ChangeLogEntry.hlc <= high,
                )
            ).all()
        }
        for c in items:
            here = known.get(c.hlc)
            if here is None:
                fresh.append(c)
            elif here != (c.entity, c.row_id, c.field, c.value):
                clashes += 1
    return fresh, clashes


def _latest(conn: Connection, entity: str, row_ids: list[str]) -> dict[tuple[str, str], Any]:
    latest: dict[tuple[str, str], Any] = {}
    for start in range(0, len(row_ids), _CHUNK):
        chunk = row_ids[start : start + _CHUNK]
        marks = ", ".join(f":r{i}" for i in range(len(chunk)))
        params: dict[str, Any] = {f"r{i}": rid for i, rid in enumerate(chunk)}
        params["entity"] = entity
        for row in conn.execute(text(LATEST_WRITES.format(marks=marks)), params).all():
            latest[(row.row_id, row.field)] = row
    return latest


#: The last write of every field of some rows among the log's first ``seq`` entries.
_EARLIER_WRITES = LATEST_WRITES.replace("AND row_id IN", "AND seq <= ? AND row_id IN").replace(
    ":entity", "?"
)


def _latest_since(
    conn: Connection,
    entity: str,
    row_ids: list[str],
    floor: int,
    logged: list[tuple[WireChange, str]],
) -> dict[tuple[str, str], tuple[str | None, int, str]]:
    """As ``_latest`` (the value and stamp of each field), when the log held its first
    ``floor`` entries before ``logged`` were added: the earlier entries are read (through
    the index: the new ones are passed over there) and ``logged`` taken as they are."""
    latest: dict[tuple[str, str], tuple[str | None, int, str]] = {}
    for start in range(0, len(row_ids), _CHUNK):
        chunk = row_ids[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        query = _EARLIER_WRITES.replace("{marks}", marks)
        for row_id, name, value, hlc, device in conn.exec_driver_sql(
            query, (entity, floor, *chunk)
        ).fetchall():
            latest[(row_id, name)] = (value, int(hlc), str(device))
    for c, author in logged:
        key = (c.row_id, c.field)
        known = latest.get(key)
        if known is None or (c.hlc, author) > (known[1], known[2]):
            latest[key] = (c.value, c.hlc, author)
    return latest


def materialise(
    conn: Connection,
    entity_name: str,
    row_ids: set[str] | list[str],
    *,
    since: tuple[int, list[tuple[WireChange, str]]] | None = None,
) -> None:
    """Write each row's fields as their last writes in change_log say. ``since`` is the
    log's highest number before some changes were added, and those changes (each with its
    author): their rows' last writes are then found without reading them back."""
    cls = entity(entity_name)
    if cls is None:
        return  # an entity of a newer version: kept in the log, shown once understood
    table = table_of(cls)
    columns = {c.name: c for c in table.columns}
    ids = list(row_ids)
    if since is None:
        latest = {key: row.value for key, row in _latest(conn, entity_name, ids).items()}
    else:
        found = _latest_since(conn, entity_name, ids, *since)
        latest = {key: value for key, (value, _hlc, _device) in found.items()}
    values: dict[str, dict[str, Any]] = defaultdict(dict)
    for (row_id, name), raw in latest.items():
        if name in columns and name not in SyncEntity.UNCAPTURED:
            values[row_id][name] = _decode(columns[name].type, raw)
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
    updates: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
    inserts: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
    for row_id, fields in values.items():
        if row_id in existing:
            updates[frozenset(fields)].append({"_row": row_id, **fields, "updated_at": now})
        elif required <= fields.keys():
            inserts[frozenset(fields)].append({"id": row_id, **fields, "updated_at": now})
    # One statement per shape of row, executed for many rows: compiling a statement per
    # row was most of the time of a first sync.
    for names, rows in updates.items():
        assignments: dict[str, Any] = {
            name: bindparam(name) for name in (*sorted(names), "updated_at")
        }
        statement = update(table).where(table.c.id == bindparam("_row")).values(assignments)
        conn.execute(statement, rows)
    for rows in inserts.values():
        conn.execute(insert(table), rows)


def _decode(column_type: Any, raw: str | None) -> Any:
    value = _loads(raw)
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
    """Remove everything about a participant here; True when it was not erased before.
    Rows go children first (the reverse of the declared order), so foreign keys hold."""
    for cls in reversed(synced_entities()):
        table = table_of(cls)
        if cls.sync.owner != PARTICIPANT:
            continue
        column = table.c.id if cls.__tablename__ == "participant" else table.c.participant_id
        conn.execute(delete(table).where(column == participant_id))
    conn.execute(delete(ChangeLogEntry).where(ChangeLogEntry.participant_id == participant_id))
    created = conn.execute(
        insert(ErasedParticipant)
        .prefix_with("OR IGNORE")
        .values(participant_id=participant_id, hlc=hlc, device=device)
    ).rowcount
    # Rewrite the search index segments so no token of the erased text remains in them.
    conn.execute(text("INSERT INTO search_fts(search_fts) VALUES ('optimize')"))
    return bool(created)


def materialise_after_upgrade(conn: Connection, before: dict[str, set[str]]) -> int:
    """Apply changes that arrived before this laptop's schema had their table or column.

    ``before`` holds the columns of every table before the migration. Changes of any
    entity are kept in the log even when unknown; once a migration adds the table or the
    column, the rows they describe are written. Returns how many rows were touched.
    """
    touched = 0
    for cls in synced_entities():
        table = table_of(cls)
        added = {c.name for c in table.columns} - before.get(table.name, set())
        added -= SyncEntity.UNCAPTURED
        if not added:
            continue
        names = sorted(added)
        marks = ", ".join(f":f{i}" for i in range(len(names)))
        rows = conn.execute(
            text(
                f"SELECT DISTINCT row_id FROM change_log WHERE entity = :entity "
                f"AND field IN ({marks})"
            ),
            {"entity": table.name, **{f"f{i}": n for i, n in enumerate(names)}},
        ).scalars()
        ids = list(rows)
        if ids:
            materialise(conn, table.name, ids)
            touched += len(ids)
    return touched
