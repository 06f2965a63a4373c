"""Applying changes from other devices: per field, the highest (hlc, device) wins.

Incoming changes are first added to the log (ignored when already there; its two tables in
``sync/received.py``), then every touched row is *materialised* from the log: each field
takes the value of its last write.
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
from collections.abc import Callable
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
    Table,
    delete,
    insert,
    select,
    text,
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
from jiu_desktop.sync import received
from jiu_desktop.sync.bundle import WireChange
from jiu_desktop.sync.changelog import LATEST_WRITES
from jiu_desktop.sync.clock import COUNTER_BITS
from jiu_desktop.sync.heads import count_open
from jiu_desktop.sync.log_load import Known, indexes_set_aside, stamps_by_author, worth_it
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
    #: The changes added to the log, by entity (until their rows are written).
    logged: dict[str, list[WireChange]] = field(default_factory=dict)


def erased_participants(conn: Connection) -> set[str]:
    return set(conn.execute(select(ErasedParticipant.participant_id)).scalars())


def check_values(changes: list[WireChange]) -> None:
    """Raise ValueError when a change writes a value its column cannot hold."""
    known = by_table()
    checks: dict[tuple[str, str], Callable[[WireChange], None]] = {}
    for c in changes:
        where = (c.entity, c.field)
        check = checks.get(where)
        if check is None:
            check = checks[where] = _checker(known.get(c.entity), c.entity, c.field)
        check(c)


def _checker(cls: type[SyncEntity] | None, name: str, field: str) -> Callable[[WireChange], None]:
    """The check of the changes of one field of one entity, made once for all of them: the
    value read as JSON, the participant it names, whether its column may be empty, and its
    kind (in this order, so a change is refused for the same reason as one by one)."""
    if cls is None:  # an entity of a newer version: kept in the log, used once understood

        def check_json(c: WireChange) -> None:
            _loads(c.value)  # ValueError if not JSON

        return check_json
    team = cls.sync.owner != PARTICIPANT
    own_row = cls.__tablename__ == "participant"
    names_owner = field == "participant_id"
    found = table_of(cls).columns.get(field)
    column = None if field in SyncEntity.UNCAPTURED else found
    nullable = column is None or column.nullable
    fits = _fits(column.type) if column is not None else None
    #: A text column's plain texts (most changes) are taken without reading them.
    plain = _PLAIN_TEXT.fullmatch if fits is _is_text and not names_owner else None

    def check(c: WireChange) -> None:
        raw = c.value
        if plain is not None and raw is not None and plain(raw):
            value: Any = raw
        else:
            value = _loads(raw)  # ValueError if not JSON
        if team:
            if c.participant_id is not None:
                raise ValueError(f"{name} is team data but names a participant")
        else:
            # A participant's row names that participant in every change (erasure relies
            # on it).
            owner = c.row_id if own_row else c.participant_id
            if owner is None or c.participant_id != owner:
                raise ValueError(f"{name}.{field} does not name its participant")
            if names_owner and value != owner:
                raise ValueError(f"{name} moves to another participant")
        if value is None:
            if not nullable:
                raise ValueError(f"{name}.{field} cannot be empty")
            return
        if fits is not None and not fits(value):
            raise ValueError(f"{name}.{field} has a value of the wrong kind")

    return check


def _fits(column_type: Any) -> Callable[[Any], bool] | None:
    """Whether a value (not None) fits a column of this type; None: any value does."""
    if isinstance(column_type, DateTime):
        return _is_plain_moment
    if isinstance(column_type, Date):
        return _is_date
    if isinstance(column_type, SaBoolean):
        return lambda value: isinstance(value, bool)
    if isinstance(column_type, Integer):
        return lambda value: (
            isinstance(value, int) and not isinstance(value, bool) and abs(value) < 1 << 63
        )
    if isinstance(column_type, String):
        return _is_text
    return None


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


def _is_plain_moment(value: Any) -> bool:
    """A date-time without a time zone, as ISO text."""
    if not isinstance(value, str):
        return False
    try:
        return datetime.fromisoformat(value).tzinfo is None
    except ValueError:
        return False


def _is_date(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


#: A JSON text that is one string without escapes: its characters are the string itself.
_PLAIN_TEXT = re.compile(r'"[^"\\\x00-\x1f]*"')


_LITERALS: dict[str, Any] = {"null": None, "true": True, "false": False, "0": 0}


def _loads(raw: str | None) -> Any:
    """A value's JSON decoded; most values are plain text, a literal or a whole number,
    read without the parser."""
    if raw is None:
        return None
    if raw[:1] == '"':  # a text: not a literal, and not hashed to find out
        return raw[1:-1] if _PLAIN_TEXT.fullmatch(raw) else json.loads(raw)
    if raw in _LITERALS:
        return _LITERALS[raw]
    if raw.isascii() and raw.isdigit() and raw[0] != "0":
        return int(raw)
    return json.loads(raw)


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
    erasing = {c.row_id for _, changes in bundles for c in changes if c.entity == ERASURE_ENTITY}
    gone = erased_participants(conn) | erasing
    text_rows = _text_rows(bundles, gone)
    open_before = count_open(conn, text_rows, text_fields())
    before = received.floor(conn)
    # Only writes that replaced a value become change_log entries one by one.
    incoming = sum(c.base_hlc is not None for _, changes in bundles for c in changes)
    if worth_it(incoming, before.log) and not erasing:
        # Many edits into a small log (a first sync in a team with a long history; a new
        # row's writes go into received_row anyway): the log's indexes are built once
        # at the end instead of taking the entries one by one (sync/log_load.py). Not
        # with erasures about: erasing looks the log up by participant, and a received
        # erasure is kept once through the unique index of author and stamp.
        known = Known.read(conn, stamps_by_author(bundles))
        with indexes_set_aside(conn):
            results = [_log_changes(conn, d, changes, now_ms, known) for d, changes in bundles]
    else:
        results = [_log_changes(conn, d, changes, now_ms) for d, changes in bundles]
    # A later bundle of the set may have erased what an earlier one wrote.
    erased = erased_participants(conn)
    logged: dict[str, list[tuple[str, list[WireChange]]]] = defaultdict(list)
    for (device, _), result in zip(bundles, results, strict=True):
        for name, changes in result.logged.items():
            if erased:
                changes = [c for c in changes if _owner(c) not in erased]
            if changes:
                logged[name].append((device, changes))
        result.logged = {}
    if logged:
        # The search documents of the participants concerned are made once, at the end,
        # instead of again for each row written.
        with indexed_once(conn) as owners:
            for name, parts in logged.items():
                named = {c.participant_id for _, changes in parts for c in changes}
                owners.update(filter(None, named))  # team data names no one
                rows = {c.row_id for _, changes in parts for c in changes}
                materialise(conn, name, rows, since=(before, parts))
    if results:
        results[-1].conflicts = max(0, count_open(conn, text_rows, text_fields()) - open_before)
    return results


def _owner(c: WireChange) -> str | None:
    return c.row_id if c.entity == "participant" else c.participant_id


def _log_changes(
    conn: Connection,
    device: str,
    changes: list[WireChange],
    now_ms: int,
    known: Known | None = None,
) -> ApplyResult:
    """Obey one bundle's erasures and add its other new changes to the log. With
    ``known``, the log's writes are looked up there instead of in the log (whose indexes
    are set aside), and the new ones added to it."""
    result = ApplyResult()
    limit = (now_ms + MAX_AHEAD_MS) << COUNTER_BITS
    stamps = [c.hlc for c in changes]
    if stamps and max(stamps) > limit:
        future = [hlc for hlc in stamps if hlc > limit]
        result.future, result.future_hlc = len(future), min(future)
        changes = [c for c in changes if c.hlc <= limit]
        stamps = [c.hlc for c in changes]
    if not changes:
        return result
    result.max_hlc = max(stamps)
    erasures = [c for c in changes if c.entity == ERASURE_ENTITY]
    for change in erasures:
        if erase_participant(conn, change.row_id, change.hlc, change.author_or(device)):
            result.erased += 1
    _keep_erasures(conn, device, erasures)
    erased = erased_participants(conn)
    wanted = changes
    if erasures or erased:
        wanted = [
            c
            for c in changes
            if c.entity != ERASURE_ENTITY
            and c.participant_id not in erased
            and not (c.entity == "participant" and c.row_id in erased)
        ]
    in_log = known if known is not None else Known.read(conn, stamps_by_author([(device, wanted)]))
    wanted, result.clashes = _drop_known(device, wanted, in_log)
    if wanted:
        received.add(conn, device, wanted)
        if known is not None:
            known.add(device, wanted)
    result.new_changes = len(wanted)
    by_entity: dict[str, list[WireChange]] = defaultdict(list)
    for c in wanted:
        by_entity[c.entity].append(c)
    result.logged = dict(by_entity)
    result.touched.update((name, {c.row_id for c in items}) for name, items in by_entity.items())
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


def _keep_erasures(conn: Connection, device: str, erasures: list[WireChange]) -> None:
    """Received erasures stay in the log like one's own, so this laptop passes them on
    (to a new team, after a restore) instead of only obeying them."""
    if erasures:
        rows = [{**_log_row(c, device), "participant_id": None} for c in erasures]
        conn.execute(insert(ChangeLogEntry).prefix_with("OR IGNORE"), rows)


def _text_rows(bundles: list[tuple[str, list[WireChange]]], gone: set[str]) -> dict[str, set[str]]:
    """The rows whose free texts the bundles write, except those of participants who are
    ``gone`` (erased)."""
    rows: dict[str, set[str]] = defaultdict(set)
    fields = text_fields()
    for _, changes in bundles:
        for _hlc, kind, row_id, name, _value, owner, *_ in changes:
            if name in fields.get(kind, ()) and not (
                gone and (row_id if kind == "participant" else owner) in gone
            ):
                rows[kind].add(row_id)
    return rows


def _drop_known(
    device: str, changes: list[WireChange], in_log: Known
) -> tuple[list[WireChange], int]:
    """Leave out changes this laptop has already (``in_log``): the same author and the
    same stamp. Also returns how many of those said something else than the change here
    (two copies of one profile that wrote at the same instant: reported, the first one
    kept)."""
    by_author: dict[str, list[WireChange]] = defaultdict(list)
    for c in changes:
        by_author[c.author or device].append(c)
    fresh: list[WireChange] = []
    clashes = 0
    for author, items in by_author.items():
        known = in_log.of(author)
        if not known:  # a first sync: none of them is here yet
            fresh += items
            continue
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


def _latest_since(
    conn: Connection,
    entity: str,
    row_ids: list[str],
    before: received.Floor,
    logged: list[tuple[str, list[WireChange]]],
) -> dict[tuple[str, str], str | None]:
    """As ``_latest`` (the value of each field's last write), when the log was at
    ``before`` until ``logged`` (bundles' changes, with the device of each bundle) were
    added: the earlier entries are read (by number: the new ones are passed over) and
    ``logged`` taken as they are."""
    stamps: dict[tuple[str, str], tuple[int, str]] = {}
    values: dict[tuple[str, str], str | None] = {}

    def offer(key: tuple[str, str], stamp: tuple[int, str], value: str | None) -> None:
        known = stamps.get(key)
        if known is None or stamp > known:
            stamps[key] = stamp
            values[key] = value

    for start in range(0, len(row_ids), _CHUNK):
        chunk = row_ids[start : start + _CHUNK]
        for row_id, name, value, hlc, device in received.earlier_writes(
            conn, entity, chunk, before
        ):
            offer((row_id, name), (hlc, device), value)
    for device, changes in logged:  # unpacked as tuples: every change of a set passes here
        for hlc, _entity, row_id, name, value, _owner, _base, _base_device, author in changes:
            key = (row_id, name)
            stamp = (hlc, author or device)
            known = stamps.get(key)
            if known is None or stamp > known:
                stamps[key] = stamp
                values[key] = value
    return values


def materialise(
    conn: Connection,
    entity_name: str,
    row_ids: set[str] | list[str],
    *,
    since: tuple[received.Floor, list[tuple[str, list[WireChange]]]] | None = None,
) -> None:
    """Write each row's fields as their last writes in the log say. ``since`` is where
    the log was before some changes were added, and those changes (bundles' changes, with
    the device of each bundle): their rows' last writes are then found without reading
    them back."""
    cls = entity(entity_name)
    if cls is None:
        return  # an entity of a newer version: kept in the log, shown once understood
    ids = list(row_ids)
    if since is None:
        latest = {key: row.value for key, row in _latest(conn, entity_name, ids).items()}
    else:
        latest = _latest_since(conn, entity_name, ids, *since)
    plan = _Rows(conn, table_of(cls))
    decoders = plan.decoders
    values: dict[str, dict[str, Any]] = defaultdict(dict)
    for (row_id, name), raw in latest.items():
        decode = decoders.get(name)
        if decode is not None:
            values[row_id][name] = decode(raw)
    existing: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = tuple(ids[start : start + _CHUNK])
        query = f"SELECT id FROM {plan.table} WHERE id IN ({', '.join('?' * len(chunk))})"
        existing.update(row_id for (row_id,) in conn.exec_driver_sql(query, chunk))
    updates: dict[frozenset[str], list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    inserts: dict[frozenset[str], list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for row_id, fields in values.items():
        if row_id in existing:
            updates[frozenset(fields)].append((row_id, fields))
        elif plan.required <= fields.keys():
            inserts[frozenset(fields)].append((row_id, fields))
    # One statement per shape of row, executed for many rows, with each value as its
    # column's type stores it (what SQLAlchemy sends): compiling a statement per row, and
    # then a parameter dictionary per row, were most of the time of a first sync's rows.
    now = plan.now
    for names, rows in updates.items():
        order = sorted(names)
        conn.exec_driver_sql(
            plan.update(order), [(*[f[n] for n in order], now, row_id) for row_id, f in rows]
        )
    for names, rows in inserts.items():
        order = sorted(names)
        sql, fill = plan.insert(order)
        conn.exec_driver_sql(
            sql, [(row_id, *[f[n] for n in order], now, *fill()) for row_id, f in rows]
        )


class _Rows:
    """How ``materialise`` writes the rows of one table in plain SQL, as SQLAlchemy would:
    each value through its column type's bind processor, ``updated_at`` set to now, and a
    new row's other columns filled with their defaults. Made for each call (a test may
    change a column's type)."""

    def __init__(self, conn: Connection, table: Table) -> None:
        dialect = conn.dialect
        self._quote = dialect.identifier_preparer.quote
        self._table = table
        self.table = self._quote(table.name)
        self._processors = {
            c.name: c.type.dialect_impl(dialect).bind_processor(dialect) for c in table.columns
        }
        #: The fields a change may write, each with how its JSON becomes the stored value.
        self.decoders = {
            c.name: _decoder(c.type, self._processors[c.name])
            for c in table.columns
            if c.name not in SyncEntity.UNCAPTURED
        }
        #: What a new row needs from the changes: it cannot be written without.
        self.required = {
            c.name
            for c in table.columns
            if not c.nullable and c.default is None and c.name not in SyncEntity.UNCAPTURED
        }
        self.now = self._stored("updated_at", utc_now())

    def _stored(self, name: str, value: Any) -> Any:
        process = self._processors[name]
        return value if process is None else process(value)

    def update(self, names: list[str]) -> str:
        sets = ", ".join(f"{self._quote(name)} = ?" for name in (*names, "updated_at"))
        return f"UPDATE {self.table} SET {sets} WHERE id = ?"

    def insert(self, names: list[str]) -> tuple[str, Callable[[], tuple[Any, ...]]]:
        """The statement for new rows that have ``names`` (after their id, before their
        ``updated_at``), and the values of the other columns that have a default, for each
        row (a callable default is called for each, as SQLAlchemy does)."""
        given = {"id", *names, "updated_at"}
        defaults = [c for c in self._table.columns if c.name not in given and c.default]
        fixed: list[Any] = []
        called: list[tuple[int, str, Callable[[Any], Any]]] = []
        for i, column in enumerate(defaults):
            default: Any = column.default
            if default.is_scalar:
                fixed.append(self._stored(column.name, default.arg))
            elif default.is_callable:
                fixed.append(None)
                called.append((i, column.name, default.arg))
            else:
                raise TypeError(f"{self._table.name}.{column.name}: an unsupported default")
        constant = tuple(fixed)

        def fill() -> tuple[Any, ...]:
            if not called:
                return constant
            values = list(constant)
            for i, name, make in called:
                values[i] = self._stored(name, make(None))
            return tuple(values)

        columns = ", ".join(self._quote(name) for name in ("id", *names, "updated_at"))
        columns += "".join(f", {self._quote(c.name)}" for c in defaults)
        marks = ", ".join("?" * (len(names) + 2 + len(defaults)))
        return f"INSERT INTO {self.table} ({columns}) VALUES ({marks})", fill


def _decoder(column_type: Any, process: Callable[[Any], Any] | None) -> Callable[[str | None], Any]:
    """How a change's JSON becomes the value stored in a column of this type: read as
    JSON (a date or date-time from its ISO text, a truth value as bool), then through the
    type's bind processor (when it has one). Dates and truth values repeat: each text is
    read once."""
    convert: Callable[[Any], Any] | None = None
    if isinstance(column_type, DateTime):
        convert = datetime.fromisoformat
    elif isinstance(column_type, Date):
        convert = date.fromisoformat
    elif isinstance(column_type, SaBoolean):
        convert = bool
    if convert is None and process is None:
        return _loads

    def decode(raw: str | None) -> Any:
        value = _loads(raw)
        if value is None:
            return None
        if convert is not None:
            value = convert(value)
        return value if process is None else process(value)

    if isinstance(column_type, DateTime):
        return decode  # a moment seldom repeats
    known: dict[str | None, Any] = {}

    def remembered(raw: str | None) -> Any:
        if raw in known:
            return known[raw]
        value = known[raw] = decode(raw)
        return value

    return remembered


def erase_participant(conn: Connection, participant_id: str, hlc: int, device: str) -> bool:
    """Remove everything about a participant here; True when it was not erased before.
    Rows go children first (the reverse of the declared order), so foreign keys hold."""
    for cls in reversed(synced_entities()):
        table = table_of(cls)
        if cls.sync.owner != PARTICIPANT:
            continue
        column = table.c.id if cls.__tablename__ == "participant" else table.c.participant_id
        conn.execute(delete(table).where(column == participant_id))
    received.erase(conn, participant_id)
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
                f"SELECT DISTINCT row_id FROM {received.VIEW} WHERE entity = :entity "
                f"AND field IN ({marks})"
            ),
            {"entity": table.name, **{f"f{i}": n for i, n in enumerate(names)}},
        ).scalars()
        ids = list(rows)
        if ids:
            materialise(conn, table.name, ids)
            touched += len(ids)
    return touched
