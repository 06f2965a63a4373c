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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from json.decoder import scanstring  # type: ignore[attr-defined]
from operator import itemgetter
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
from jiu_desktop.sync.bundle import RowWrites, WireChange, by_row
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
    logged: dict[str, list[RowWrites]] = field(default_factory=dict)


def erased_participants(conn: Connection) -> set[str]:
    return set(conn.execute(select(ErasedParticipant.participant_id)).scalars())


def check_values(changes: Sequence[WireChange]) -> None:
    """Raise ValueError when a change writes a value its column cannot hold, or does not
    name the participant its row belongs to."""
    check_rows(by_row(changes))


def check_rows(rows: Sequence[RowWrites]) -> None:
    """``check_values`` for changes by row: what a row's changes share (its participant)
    is checked once for the row, then each value."""
    known = by_table()
    owners: dict[str, Callable[[RowWrites], str | None]] = {}
    checks: dict[tuple[str, str], Callable[[WireChange, str | None], None]] = {}
    for row in rows:
        name = row.entity
        owner_of = owners.get(name)
        if owner_of is None:
            owner_of = owners[name] = _owner_check(known.get(name), name)
        owner = owner_of(row)
        for c in row.changes:
            where = (name, c.field)
            check = checks.get(where)
            if check is None:
                check = checks[where] = _checker(known.get(name), name, c.field)
            check(c, owner)


def _owner_check(cls: type[SyncEntity] | None, name: str) -> Callable[[RowWrites], str | None]:
    """The check of the participant a row of this entity names: none for team data, its
    own for a participant's data (erasure relies on every change naming it). Returns the
    participant (None for team data or an entity of a newer version)."""

    def unchecked(row: RowWrites) -> str | None:
        return None

    if cls is None:
        return unchecked
    if cls.sync.owner != PARTICIPANT:

        def team(row: RowWrites) -> str | None:
            if row.participant_id is not None:
                raise ValueError(f"{name} is team data but names a participant")
            return None

        return team
    own_row = cls.__tablename__ == "participant"

    def participants(row: RowWrites) -> str | None:
        owner = row.row_id if own_row else row.participant_id
        if owner is None or row.participant_id != owner:
            raise ValueError(f"{name}.{row.changes[0].field} does not name its participant")
        return owner

    return participants


def _checker(
    cls: type[SyncEntity] | None, name: str, field: str
) -> Callable[[WireChange, str | None], None]:
    """The check of the values of one field of one entity, made once for all of them: the
    value read as JSON, the participant it names (the row's ``owner``), whether its column
    may be empty, and its kind."""
    if cls is None:  # an entity of a newer version: kept in the log, used once understood

        def check_json(c: WireChange, owner: str | None) -> None:
            _loads(c.value)  # ValueError if not JSON

        return check_json
    names_owner = field == "participant_id" and cls.sync.owner == PARTICIPANT
    found = table_of(cls).columns.get(field)
    column = None if field in SyncEntity.UNCAPTURED else found
    nullable = column is None or column.nullable
    fits = _fits(column.type) if column is not None else None
    #: A text column's texts (most changes) need only be read.
    text_only = fits is _is_text and not names_owner

    def check(c: WireChange, owner: str | None) -> None:
        raw = c.value
        if text_only and raw is not None and raw[:1] == '"':
            _loads(raw)  # ValueError if not JSON; if it is, a text
            return
        value = _loads(raw)  # ValueError if not JSON
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


_LITERALS: dict[str, Any] = {"null": None, "true": True, "false": False, "0": 0}


def _loads(raw: str | None) -> Any:
    """A value's JSON decoded; most values are a text, a literal or a whole number, read
    without the parser (a text by its string scanner, a third of the time of matching a
    long note against a pattern of plain text)."""
    if raw is None:
        return None
    if raw[:1] == '"':  # a text: not a literal, and not hashed to find out
        value, end = scanstring(raw, 1)
        return value if end == len(raw) else json.loads(raw)  # (which says what follows)
    if raw in _LITERALS:
        return _LITERALS[raw]
    if raw.isascii() and raw.isdigit() and raw[0] != "0":
        return int(raw)
    return json.loads(raw)


def apply_changes(
    conn: Connection, device: str, changes: list[WireChange], now_ms: int
) -> ApplyResult:
    """Apply one bundle's changes (already checked) inside the caller's transaction."""
    return apply_bundles(conn, [(device, by_row(changes))], now_ms)[0]


def apply_bundles(
    conn: Connection, bundles: Sequence[tuple[str, Sequence[RowWrites]]], now_ms: int
) -> list[ApplyResult]:
    """Apply several bundles (their device, their checked changes by row) inside the
    caller's transaction, one result each. Every row they touch is materialised once, at
    the end: a row's state depends only on the log, so this equals applying them one by
    one. The conflicts they open are counted on the last result."""
    erasing = {r.row_id for _, rows in bundles for r in rows if r.entity == ERASURE_ENTITY}
    gone = erased_participants(conn) | erasing
    text_rows = _text_rows(bundles, gone)
    before = received.floor(conn)
    open_before = count_open(conn, text_rows, text_fields()) if before.holds_any() else 0
    # Only writes that replaced a value become change_log entries one by one.
    incoming = sum(c.base_hlc is not None for _, rows in bundles for r in rows for c in r.changes)
    if worth_it(incoming, before.log) and not erasing:
        # Many edits into a small log (a first sync in a team with a long history; a new
        # row's writes go into received_row anyway): the log's indexes are built once
        # at the end instead of taking the entries one by one (sync/log_load.py). Not
        # with erasures about: erasing looks the log up by participant, and a received
        # erasure is kept once through the unique index of author and stamp.
        known = Known.read(conn, stamps_by_author(bundles)) if before.holds_any() else Known()
        last = len(bundles) - 1
        with indexes_set_aside(conn):
            results = [
                _log_changes(conn, d, rows, now_ms, known, later=i < last)
                for i, (d, rows) in enumerate(bundles)
            ]
    else:
        results = [_log_changes(conn, d, rows, now_ms) for d, rows in bundles]
    # A later bundle of the set may have erased what an earlier one wrote.
    erased = erased_participants(conn)
    logged: dict[str, list[tuple[str, list[RowWrites]]]] = defaultdict(list)
    for (device, _), result in zip(bundles, results, strict=True):
        for name, rows in result.logged.items():
            if erased:
                rows = [r for r in rows if _owner(r) not in erased]
            if rows:
                logged[name].append((device, rows))
        result.logged = {}
    if logged:
        # The search documents of the participants concerned are made once, at the end,
        # instead of again for each row written.
        with indexed_once(conn) as owners:
            for name, parts in logged.items():
                named = {r.participant_id for _, rows in parts for r in rows}
                owners.update(filter(None, named))  # team data names no one
                ids = {r.row_id for _, rows in parts for r in rows}
                materialise(conn, name, ids, since=(before, parts))
    if results:
        results[-1].conflicts = max(0, count_open(conn, text_rows, text_fields()) - open_before)
    return results


def _owner(row: RowWrites) -> str | None:
    return row.row_id if row.entity == "participant" else row.participant_id


_HLC = itemgetter(0)
_FIELD = itemgetter(3)


def _log_changes(
    conn: Connection,
    device: str,
    rows: Sequence[RowWrites],
    now_ms: int,
    known: Known | None = None,
    later: bool = False,
) -> ApplyResult:
    """Obey one bundle's erasures and add its other new changes to the log. With
    ``known``, the log's writes are looked up there instead of in the log (whose indexes
    are set aside), and the new ones added to it when ``later`` bundles will look."""
    result = ApplyResult()
    limit = (now_ms + MAX_AHEAD_MS) << COUNTER_BITS
    top = max((max(map(_HLC, r.changes)) for r in rows), default=0)
    if top > limit:
        future = [c.hlc for r in rows for c in r.changes if c.hlc > limit]
        result.future, result.future_hlc = len(future), min(future)
        rows = _keep(rows, lambda c: c.hlc <= limit)
        top = max((max(map(_HLC, r.changes)) for r in rows), default=0)
    if not rows:
        return result
    result.max_hlc = top
    erasures = [c for r in rows if r.entity == ERASURE_ENTITY for c in r.changes]
    for change in erasures:
        if erase_participant(conn, change.row_id, change.hlc, change.author_or(device)):
            result.erased += 1
    _keep_erasures(conn, device, erasures)
    erased = erased_participants(conn)
    wanted = list(rows)
    if erasures or erased:
        wanted = [r for r in rows if r.entity != ERASURE_ENTITY and _owner(r) not in erased]
    in_log = known if known is not None else Known.read(conn, stamps_by_author([(device, wanted)]))
    wanted, result.clashes = _drop_known(device, wanted, in_log)
    if wanted:
        received.add(conn, device, wanted)
        if known is not None and later:
            known.add(device, [c for r in wanted for c in r.changes])
    result.new_changes = sum(len(r.changes) for r in wanted)
    by_entity: dict[str, list[RowWrites]] = defaultdict(list)
    for r in wanted:
        by_entity[r.entity].append(r)
    result.logged = dict(by_entity)
    result.touched.update((name, {r.row_id for r in items}) for name, items in by_entity.items())
    return result


def _keep(rows: Sequence[RowWrites], wanted: Callable[[WireChange], bool]) -> list[RowWrites]:
    """The rows with only their ``wanted`` changes (a row left without any is left out)."""
    kept: list[RowWrites] = []
    for row in rows:
        changes = [c for c in row.changes if wanted(c)]
        if len(changes) == len(row.changes):
            kept.append(row)
        elif changes:
            kept.append(row._replace(changes=changes))
    return kept


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


def _text_rows(
    bundles: Sequence[tuple[str, Sequence[RowWrites]]], gone: set[str]
) -> dict[str, set[str]]:
    """The rows whose free texts the bundles write, except those of participants who are
    ``gone`` (erased)."""
    rows: dict[str, set[str]] = defaultdict(set)
    fields = text_fields()
    for _, written in bundles:
        for row in written:
            texts = fields.get(row.entity)
            if not texts or texts.isdisjoint(map(_FIELD, row.changes)):
                continue
            if not (gone and _owner(row) in gone):
                rows[row.entity].add(row.row_id)
    return rows


def _drop_known(device: str, rows: list[RowWrites], in_log: Known) -> tuple[list[RowWrites], int]:
    """Leave out changes this laptop has already (``in_log``): the same author and the
    same stamp. Also returns how many of those said something else than the change here
    (two copies of one profile that wrote at the same instant: reported, the first one
    kept)."""
    if not in_log.holds_any():  # a first sync: none of them is here yet
        return rows, 0
    clashes = 0

    def fresh(c: WireChange) -> bool:
        nonlocal clashes
        here = in_log.of(c.author or device).get(c.hlc)
        if here is None:
            return True
        if here != (c.entity, c.row_id, c.field, c.value):
            clashes += 1
        return False

    kept = _keep(rows, fresh)
    return kept, clashes


#: The last write of a field as far as found: its stamp (hlc, author) and its value.
_Last = tuple[int, str, str | None]


def _latest(conn: Connection, entity: str, row_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Each field's last write in the log, by row and field (the value's JSON)."""
    latest: dict[str, dict[str, Any]] = defaultdict(dict)
    for start in range(0, len(row_ids), _CHUNK):
        chunk = row_ids[start : start + _CHUNK]
        marks = ", ".join(f":r{i}" for i in range(len(chunk)))
        params: dict[str, Any] = {f"r{i}": rid for i, rid in enumerate(chunk)}
        params["entity"] = entity
        for row in conn.execute(text(LATEST_WRITES.format(marks=marks)), params).all():
            latest[row.row_id][row.field] = row.value
    return latest


def _latest_since(
    conn: Connection,
    entity: str,
    row_ids: list[str],
    before: received.Floor,
    logged: list[tuple[str, list[RowWrites]]],
) -> dict[str, dict[str, str | None]]:
    """As ``_latest`` (the value of each field's last write), when the log was at
    ``before`` until ``logged`` (bundles' changes by row, with the device of each bundle)
    were added: the earlier entries are read (by number: the new ones are passed over) and
    ``logged`` taken as they are."""
    last: dict[str, dict[str, Any]] = {}
    # Rows seen once, with each field once (most of a first sync): their values as they
    # came, and what they came with, should the row come again.
    whole: dict[str, tuple[str, list[WireChange]]] = {}
    earlier = row_ids if before.holds_any() else []
    for start in range(0, len(earlier), _CHUNK):
        chunk = earlier[start : start + _CHUNK]
        for row_id, name, value, hlc, device in received.earlier_writes(
            conn, entity, chunk, before
        ):
            _offer(last.setdefault(row_id, {}), name, (hlc, device, value))
    for device, rows in logged:
        for row in rows:
            row_id = row.row_id
            fields = last.get(row_id)
            if fields is None:
                values = {c.field: c.value for c in row.changes}
                if len(values) == len(row.changes):
                    last[row_id] = values
                    whole[row_id] = (device, row.changes)
                    continue
                fields = last[row_id] = {}
            elif row_id in whole:
                sender, changes = whole.pop(row_id)
                fields = last[row_id] = {
                    c.field: (c.hlc, c.author or sender, c.value) for c in changes
                }
            for c in row.changes:
                _offer(fields, c.field, (c.hlc, c.author or device, c.value))
    return {
        row_id: fields if row_id in whole else {name: write[2] for name, write in fields.items()}
        for row_id, fields in last.items()
    }


def _offer(fields: dict[str, _Last], name: str, write: _Last) -> None:
    """Keep ``write`` as the field's last when it is later than the one kept."""
    known = fields.get(name)
    if known is None or write[:2] > known[:2]:
        fields[name] = write


def materialise(
    conn: Connection,
    entity_name: str,
    row_ids: set[str] | list[str],
    *,
    since: tuple[received.Floor, list[tuple[str, list[RowWrites]]]] | None = None,
) -> None:
    """Write each row's fields as their last writes in the log say. ``since`` is where
    the log was before some changes were added, and those changes (bundles' changes by
    row, with the device of each bundle): their rows' last writes are then found without
    reading them back."""
    cls = entity(entity_name)
    if cls is None:
        return  # an entity of a newer version: kept in the log, shown once understood
    ids = list(row_ids)
    if since is None:
        latest = _latest(conn, entity_name, ids)
    else:
        latest = _latest_since(conn, entity_name, ids, *since)
    plan = _Rows(conn, table_of(cls))
    decoders = plan.decoders
    values: dict[str, dict[str, Any]] = {}
    for row_id, fields in latest.items():
        decoded = {
            name: decode(raw)
            for name, raw in fields.items()
            if (decode := decoders.get(name)) is not None
        }
        if decoded:
            values[row_id] = decoded
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
        if process is not None and process(_PROBE) == _PROBE_STORED:
            return _moment_as_stored(decode)
        return decode  # a moment seldom repeats
    known: dict[str | None, Any] = {}

    def remembered(raw: str | None) -> Any:
        if raw in known:
            return known[raw]
        value = known[raw] = decode(raw)
        return value

    return remembered


#: A moment as the program writes it (``datetime.isoformat`` with microseconds), in JSON.
_ISO_MOMENT = re.compile(r'"(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d\.\d{6})"', re.ASCII)
#: SQLite's storage of date-times in SQLAlchemy: the ISO text with a space for the T.
_PROBE = datetime(2001, 2, 3, 4, 5, 6, 7)
_PROBE_STORED = "2001-02-03 04:05:06.000007"


def _moment_as_stored(decode: Callable[[str | None], Any]) -> Callable[[str | None], Any]:
    """``decode`` for a date-time column stored as SQLAlchemy stores them in SQLite: a
    moment in the program's own form becomes its stored text without being parsed and
    formatted again (24,000 moments: 0.046 -> 0.009 s); any other form goes through
    ``decode``. The value was checked when it came in (``check_rows``)."""

    def moment(raw: str | None) -> Any:
        if raw is not None and (found := _ISO_MOMENT.fullmatch(raw)):
            return f"{found[1]} {found[2]}"
        return decode(raw)

    return moment


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
