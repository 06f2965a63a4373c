"""Open conflicts, derived from the change log alone.

Every write names its *base*, the write it replaced on its author's laptop. A write that no
other write names as base is a *head*: nobody built on it. A field normally has one head,
its current value. Two heads mean two laptops wrote the field without seeing each other's
write; the head that is not the current value, with a different text, is an open conflict.

Settling a conflict is a change of its own (entity ``settled``) whose base is the losing
write, so that write stops being a head on every laptop. Because all of this is a function
of the set of changes a laptop has seen, every laptop that has seen the same changes shows
the same conflicts, whatever order the changes arrived in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from jiu_desktop.sync.received import write_at

SETTLED_ENTITY = "settled"
_CHUNK = 400

_MAX_CHAIN = 64
#: The writes of some fields not named as a base by another write. Only a change_log
#: entry names a base (``sync/received.py``): the packed writes are read through the view.
_HEADS = """
SELECT c.entity, c.row_id, c.field, c.value, c.hlc, c.device, c.participant_id,
       c.base_hlc, c.base_device
FROM log_entry c
WHERE c.entity = :entity AND c.field IN ({fields}) AND {where}
AND NOT EXISTS (
    SELECT 1 FROM change_log s WHERE s.base_device = c.device AND s.base_hlc = c.hlc
)
"""


@dataclass(frozen=True)
class OpenConflict:
    entity: str
    row_id: str
    field: str
    participant_id: str | None
    #: The write that lost: its stamp and JSON value.
    hlc: int
    device: str
    value: str | None
    #: The field's current write.
    current_hlc: int
    current_device: str
    current_value: str | None

    @property
    def key(self) -> str:
        return f"{self.entity}/{self.row_id}/{self.field}/{self.hlc}/{self.device}"


def _query(
    conn: Connection, entity: str, fields: frozenset[str], where: str, params: dict[str, Any]
) -> list[Any]:
    if not fields:
        return []
    names = sorted(fields)
    marks = ", ".join(f":f{i}" for i in range(len(names)))
    params = {**params, "entity": entity, **{f"f{i}": n for i, n in enumerate(names)}}
    return list(conn.execute(text(_HEADS.format(fields=marks, where=where)), params))


def _seen_values(conn: Connection, head: Any) -> set[str | None]:
    """The texts the author of ``head`` had in the field, down its chain of bases: a head
    with one of those texts was seen and written over, not lost."""
    values: set[str | None] = {head.value}
    hlc, device = head.base_hlc, head.base_device
    for _ in range(_MAX_CHAIN):
        if hlc is None:
            break
        write = write_at(conn, hlc, device)
        if write is None:
            break
        value, hlc, device = write
        values.add(value)
    return values


def _conflicts(conn: Connection, heads: list[Any]) -> list[OpenConflict]:
    by_field: dict[tuple[str, str, str], list[Any]] = defaultdict(list)
    for head in heads:
        by_field[(head.entity, head.row_id, head.field)].append(head)
    found: list[OpenConflict] = []
    for (entity, row_id, name), items in by_field.items():
        if len(items) < 2:
            continue
        current = max(items, key=lambda h: (int(h.hlc), str(h.device)))
        seen = _seen_values(conn, current)
        for head in items:
            if head is current or head.value in seen:
                continue
            found.append(
                OpenConflict(
                    entity,
                    row_id,
                    name,
                    head.participant_id,
                    int(head.hlc),
                    str(head.device),
                    head.value,
                    int(current.hlc),
                    str(current.device),
                    current.value,
                )
            )
    return sorted(found, key=lambda c: (c.entity, c.row_id, c.field, c.hlc, c.device))


def open_in_rows(
    conn: Connection, entity: str, row_ids: set[str] | list[str], fields: frozenset[str]
) -> list[OpenConflict]:
    ids = sorted(row_ids)
    heads: list[Any] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join(f":r{i}" for i in range(len(chunk)))
        params = {f"r{i}": rid for i, rid in enumerate(chunk)}
        heads += _query(conn, entity, fields, f"c.row_id IN ({marks})", params)
    return _conflicts(conn, heads)


def open_for(
    conn: Connection, fields: Mapping[str, frozenset[str]], participant_id: str | None = None
) -> list[OpenConflict]:
    """Every open conflict, or those of one participant."""
    found: list[OpenConflict] = []
    for entity, names in sorted(fields.items()):
        if participant_id is None:
            # Through the rows where a field can have two heads: reading every line of
            # the view would unpack every received row.
            found += open_in_rows(conn, entity, _written_twice(conn, entity, None, names), names)
            continue
        heads = _query(conn, entity, names, "c.participant_id = :p", {"p": participant_id})
        found += _conflicts(conn, heads)
    return found


def count_open(
    conn: Connection, rows: Mapping[str, set[str]], fields: Mapping[str, frozenset[str]]
) -> int:
    total = 0
    for entity, ids in rows.items():
        names = fields.get(entity, frozenset())
        if ids and names:
            total += len(
                open_in_rows(conn, entity, _written_twice(conn, entity, ids, names), names)
            )
    return total


def _written_twice(
    conn: Connection, entity: str, row_ids: set[str] | None, fields: frozenset[str]
) -> list[str]:
    """The rows (of ``row_ids``, or all) that may have a field of ``fields`` written more
    than once: only there can a field have two heads. Counted in the indexes alone,
    without reading any value: a row's entries of those fields in ``change_log`` and its
    packed entries (each holds a field once), more than one together."""
    names = sorted(fields)
    query = (
        "SELECT row_id FROM ("
        " SELECT row_id FROM change_log WHERE entity = ?{rows}"
        f" AND field IN ({', '.join('?' * len(names))})"
        " UNION ALL"
        " SELECT row_id FROM received_row WHERE entity = ?{rows}"
        ") GROUP BY row_id HAVING count(*) > 1"
    )
    if row_ids is None:
        everywhere = query.format(rows="")
        return [row[0] for row in conn.exec_driver_sql(everywhere, (entity, *names, entity))]
    ids = sorted(row_ids)
    found: list[str] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        among = query.format(rows=f" AND row_id IN ({', '.join('?' * len(chunk))})")
        params = (entity, *chunk, *names, entity, *chunk)
        found += [row[0] for row in conn.exec_driver_sql(among, params)]
    return found
