"""Writing a set of received rows without making search documents over and over.

The search index (services/search_schema.py) is kept by triggers named
``<table>_search_<event>``: each written row makes its participant's whole document again,
so a participant with ten notes that arrive together would be indexed ten times. While a
set is written the triggers are set aside; then they are put back as they were and each
participant concerned is indexed once, by the participant's own update trigger (the same
SQL, so the documents are exactly the ones the triggers make). All of it happens in the
caller's transaction: a crash leaves the triggers and the documents as they were.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from jiu_desktop.sync.bulk import transaction_begun

_CHUNK = 500
_SEARCH_TRIGGERS = (
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
    " AND (name LIKE '%\\_search\\_insert' ESCAPE '\\'"
    " OR name LIKE '%\\_search\\_update' ESCAPE '\\'"
    " OR name LIKE '%\\_search\\_delete' ESCAPE '\\')"
)


@contextmanager
def indexed_once(conn: Connection) -> Iterator[set[str]]:
    """Inside, written rows leave the search documents alone; afterwards the documents of
    the participants put in the yielded set are made again, each once."""
    triggers: dict[str, str] = {
        str(name): str(sql) for name, sql in conn.exec_driver_sql(_SEARCH_TRIGGERS)
    }
    owners: set[str] = set()
    transaction_begun(conn)
    for name in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    try:
        yield owners
    finally:
        for sql in triggers.values():
            conn.exec_driver_sql(sql)
    if "participant_search_update" in triggers:
        _reindex(conn, sorted(owners))


def _reindex(conn: Connection, participants: list[str]) -> None:
    """Setting ``deleted`` to itself changes nothing but fires the participant's update
    trigger, which makes the document from the participant's rows as they are now."""
    for start in range(0, len(participants), _CHUNK):
        chunk = tuple(participants[start : start + _CHUNK])
        conn.exec_driver_sql(
            f"UPDATE participant SET deleted = deleted WHERE id IN ({', '.join('?' * len(chunk))})",
            chunk,
        )
