"""Received writes that replaced nothing, kept one entry per row.

Most of what other laptops send are new rows: each field written once, replacing no
earlier value. A joining laptop's first sync wrote one ``change_log`` entry per field of
them (111,000 for the 12,000 rows of ``make bench``'s team), and writing, indexing and
encrypting those entries was most of its time. Such writes of one row by one author are
kept as one ``received_row`` entry instead, with every field's stamp and value. A write
that replaced a value (it names a *base*) stays one ``change_log`` entry: conflicts
(``heads.py``) ask which write names another as its base, and that stays one index of
``change_log``.

Whatever reads the log as a whole reads the view ``log_entry``: both tables, one line per
field, as ``change_log`` has them (a packed line has ``bundle_seq`` 0, no base and no
number). A lookup by author and stamp goes to the tables themselves (through the view it
would read every packed entry): an entry's stamps lie at most ``SPAN`` apart, so the
entries that may hold a stamp are one range of the author index.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any, NamedTuple

from sqlalchemy import Column, Connection, Integer, MetaData, String, Table

from jiu_desktop.sync.bundle import RowWrites
from jiu_desktop.sync.clock import COUNTER_BITS

#: The view of the whole log (migration 0011).
VIEW = "log_entry"

#: The view for SQLAlchemy's queries; in a metadata of its own, so no table is made of it.
log_entry = Table(
    VIEW,
    MetaData(),
    Column("hlc", Integer),
    Column("device", String),
    Column("entity", String),
    Column("row_id", String),
    Column("field", String),
    Column("value", String),
    Column("participant_id", String),
    Column("bundle_seq", Integer),
    Column("base_hlc", Integer),
    Column("base_device", String),
    Column("seq", Integer),
)

#: How far apart the stamps of one entry may be: ten seconds of the clock. The fields of
#: a new row are stamped in one save, within milliseconds.
SPAN = 10_000 << COUNTER_BITS

#: One write: what it wrote where (entity, row, field, JSON value).
Write = tuple[str, str, str, str | None]

#: The highest number in each table: a pair, as the log is two tables.
FLOOR = "SELECT (SELECT max(seq) FROM change_log), (SELECT max(seq) FROM received_row)"


class Floor(NamedTuple):
    """How far the log went at some moment (the highest number of each of its tables):
    what was added after has higher numbers."""

    log: int
    rows: int

    def holds_any(self) -> bool:
        """Whether the log held anything (not before a laptop's first sync)."""
        return bool(self.log or self.rows)


def floor(conn: Connection) -> Floor:
    log, rows = conn.exec_driver_sql(FLOOR).one()
    return Floor(int(log or 0), int(rows or 0))


class Line(NamedTuple):
    """One line of the log as the view ``log_entry`` has it."""

    hlc: int
    device: str
    entity: str
    row_id: str
    field: str
    value: str | None
    participant_id: str | None
    bundle_seq: int | None
    base_hlc: int | None
    base_device: str | None
    seq: int | None


_LOG_INSERT = (
    "INSERT INTO change_log (hlc, device, entity, row_id, field, value, participant_id,"
    " bundle_seq, base_hlc, base_device) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"
)
_ROW_INSERT = (
    "INSERT INTO received_row (device, entity, row_id, participant_id, lo_hlc, hi_hlc, fields)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def add(conn: Connection, device: str, rows: Sequence[RowWrites]) -> None:
    """Received changes (of a bundle from ``device``, by row, none of them here yet, each
    stamp once: ValueError otherwise) into the log: each one that names a base as a
    ``change_log`` entry, the others of a row packed by author (a field that comes again,
    or a stamp too far from the entry's, starts another entry). Each table gets one
    statement run for all its entries."""
    stamps = [c.hlc for row in rows for c in row.changes]
    if len(set(stamps)) != len(stamps):
        pairs = {(c.author or device, c.hlc) for row in rows for c in row.changes}
        if len(pairs) != len(stamps):
            # change_log's unique index refuses this for its entries; the packed ones
            # have no such index.
            raise ValueError("two changes under one author and stamp")
    based: list[tuple[Any, ...]] = []
    entries: list[tuple[Any, ...]] = []
    quote = encode_basestring
    for entity, row_id, owner, changes in rows:
        by: str | None = None
        parts: list[str] = []
        names: set[str] = set()
        lo = hi = 0
        # Unpacked as tuples: a pull passes over every change it receives here.
        for hlc, _entity, _row, name, value, _owner, base_hlc, base_device, author in changes:
            if base_hlc is not None:
                writes = (hlc, author or device, entity, row_id, name, value, owner)
                based.append((*writes, base_hlc, base_device))
                continue
            writer = author or device
            if writer != by or name in names or hlc > lo + SPAN or hlc < hi - SPAN:
                if parts:
                    entries.append((by, entity, row_id, owner, lo, hi, "{" + ",".join(parts) + "}"))
                by, parts, names, lo, hi = writer, [], set(), hlc, hlc
            names.add(name)
            if hlc < lo:
                lo = hlc
            elif hlc > hi:
                hi = hlc
            parts.append(f"{quote(name)}:[{hlc},{'null' if value is None else quote(value)}]")
        if parts:
            entries.append((by, entity, row_id, owner, lo, hi, "{" + ",".join(parts) + "}"))
    if based:
        conn.exec_driver_sql(_LOG_INSERT, based)
    if entries:
        conn.exec_driver_sql(_ROW_INSERT, entries)


def writes_between(conn: Connection, author: str, lo: int, hi: int) -> Iterator[tuple[int, Write]]:
    """The writes of ``author`` stamped from ``lo`` to ``hi``, by stamp, in both tables."""
    rows = conn.exec_driver_sql(
        "SELECT hlc, entity, row_id, field, value FROM change_log"
        " WHERE device = ? AND hlc >= ? AND hlc <= ?",
        (author, lo, hi),
    )
    for hlc, entity, row_id, name, value in rows:
        yield int(hlc), (entity, row_id, name, value)
    packed = _packed_lines(
        conn,
        "device = ? AND lo_hlc >= ? AND lo_hlc <= ? AND hi_hlc >= ?",
        (author, lo - SPAN, hi, lo),
    )
    for line in packed:
        if lo <= line.hlc <= hi:
            yield line.hlc, (line.entity, line.row_id, line.field, line.value)


def write_at(conn: Connection, hlc: int, device: str) -> tuple[Any, Any, Any] | None:
    """The write with this stamp and author: its value and its base (hlc, device), or None."""
    row = conn.exec_driver_sql(
        "SELECT value, base_hlc, base_device FROM change_log WHERE hlc = ? AND device = ?",
        (hlc, device),
    ).first()
    if row is not None:
        return tuple(row)
    for _, write in writes_between(conn, device, hlc, hlc):
        return write[3], None, None
    return None


def earlier_writes(
    conn: Connection, entity: str, row_ids: Sequence[str], before: Floor
) -> Iterator[tuple[str, str, str | None, int, str]]:
    """Every write (row, field, value, hlc, author) of these rows of ``entity`` that the
    log held at ``before``; ``row_ids`` at most a few hundred."""
    marks = ", ".join("?" * len(row_ids))
    rows = conn.exec_driver_sql(
        "SELECT row_id, field, value, hlc, device FROM change_log"
        f" WHERE entity = ? AND seq <= ? AND row_id IN ({marks})",
        (entity, before.log, *row_ids),
    )
    for row_id, name, value, hlc, device in rows:
        yield row_id, name, value, int(hlc), device
    where = f"entity = ? AND seq <= ? AND row_id IN ({marks})"
    for line in _packed_lines(conn, where, (entity, before.rows, *row_ids)):
        yield line.row_id, line.field, line.value, line.hlc, line.device


_LINE = (
    "SELECT hlc, device, entity, row_id, field, value, participant_id, bundle_seq, base_hlc,"
    " base_device, seq FROM change_log"
)


def every_line(conn: Connection, where: str = "", params: tuple[Any, ...] = ()) -> list[Line]:
    """The whole log as the view reads it, the ``change_log`` entries only ``where`` they
    match (an SQL condition). For reading all of it (a snapshot, its check): unpacking the
    received rows here takes half the time of the view's JSON functions."""
    query = f"{_LINE} WHERE {where}" if where else _LINE
    lines = [Line(*row) for row in conn.exec_driver_sql(query, params)]
    lines += _packed_lines(conn)
    return lines


def _packed_lines(
    conn: Connection, where: str = "", params: tuple[Any, ...] = ()
) -> Iterator[Line]:
    """The lines of the received rows ``where`` they match (an SQL condition): the one
    place that reads their JSON (``{"field": [hlc, value], ...}``)."""
    query = "SELECT device, entity, row_id, participant_id, fields FROM received_row"
    for device, entity, row_id, owner, fields in conn.exec_driver_sql(
        f"{query} WHERE {where}" if where else query, params
    ):
        for name, (hlc, value) in json.loads(fields).items():
            yield Line(hlc, device, entity, row_id, name, value, owner, 0, None, None, None)


def erase(conn: Connection, participant_id: str) -> None:
    """Every entry that names the participant, in both tables."""
    for table in ("change_log", "received_row"):
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE participant_id = ?", (participant_id,))


def unpack_all(conn: Connection) -> int:
    """Every packed entry back into ``change_log``, one entry per field (received, as
    before): for a new team, where every write goes out again in this laptop's bundles.
    Returns how many fields."""
    moved = conn.exec_driver_sql(
        "INSERT INTO change_log (hlc, device, entity, row_id, field, value, participant_id,"
        " bundle_seq) SELECT hlc, device, entity, row_id, field, value, participant_id, 0"
        f" FROM {VIEW} WHERE seq IS NULL ORDER BY hlc, device"
    ).rowcount
    conn.exec_driver_sql("DELETE FROM received_row")
    return int(moved)
