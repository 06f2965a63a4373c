"""Adding many received changes to ``change_log`` at once.

Each entry of the log sits in several indexes, most keyed by random ids (a row's, a
participant's), so each insert lands on another page of each index. When a batch brings
more ``change_log`` entries than the log holds, as on a joining laptop's first sync, those
indexes are set aside while the entries go in and built again from the whole table
afterwards: one sort instead of a random insert per entry and index (on the data of
``make bench``'s team sync, when all 111,000 writes were such entries: 0.48 s instead of
0.92 s, in pages that come out fuller). Only writes that replaced a value are entries of
``change_log`` now; a new row's writes are packed per row (``sync/received.py``).

While the indexes are away nothing may look up the log by them, so the writes already
there that the batch could repeat are read beforehand (``Known``), and the batch's own
entries are added to that as they go in. Everything happens in the caller's transaction:
when anything fails, the indexes come back with the rollback, exactly as they were.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter

from sqlalchemy import Connection

from jiu_desktop.sync.bulk import transaction_begun
from jiu_desktop.sync.bundle import RowWrites, WireChange
from jiu_desktop.sync.received import Write, writes_between

#: Below this many changes a batch goes in through the indexes (their rebuild would cost
#: more than it saves).
BULK_MIN_CHANGES = 20_000

#: Every index of the log except the one of the entries this laptop sends: received
#: entries do not enter that one, and rebuilding it would cost without gain.
_SET_ASIDE = (
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'change_log'"
    " AND sql IS NOT NULL AND name != 'ix_change_log_sending'"
)


_HLC = itemgetter(0)
_AUTHOR = itemgetter(8)


def worth_it(incoming: int, log_size: int) -> bool:
    """Whether a batch of ``incoming`` changes goes in with the indexes set aside, when
    the log holds about ``log_size`` entries (its highest number: never fewer)."""
    return incoming >= BULK_MIN_CHANGES and incoming >= log_size


class Known:
    """The log's writes by author and stamp, for the authors and stamps of one bundle,
    or of a whole batch: then read once before the log's indexes are set aside, and kept
    up to date as the batch's entries go in."""

    def __init__(self) -> None:
        self._writes: dict[str, dict[int, Write]] = defaultdict(dict)

    @classmethod
    def read(cls, conn: Connection, stamps: dict[str, list[int]]) -> Known:
        """The writes already in the log by these authors within these stamps' range."""
        known = cls()
        for author, hlcs in stamps.items():
            known._writes[author].update(writes_between(conn, author, min(hlcs), max(hlcs)))
        return known

    def of(self, author: str) -> dict[int, Write]:
        return self._writes[author]

    def holds_any(self) -> bool:
        return any(self._writes.values())

    def add(self, device: str, changes: Sequence[WireChange]) -> None:
        """Changes that went into the log (of a bundle from ``device``)."""
        for c in changes:
            self._writes[c.author or device][c.hlc] = (c.entity, c.row_id, c.field, c.value)


def stamps_by_author(
    bundles: Sequence[tuple[str, Sequence[RowWrites]]],
) -> dict[str, list[int]]:
    """The stamps of the bundles' changes (by row, with each bundle's device) by author."""
    stamps: dict[str, list[int]] = defaultdict(list)
    for device, rows in bundles:
        own = stamps[device]
        for row in rows:
            if any(map(_AUTHOR, row.changes)):
                for c in row.changes:
                    stamps[c.author or device].append(c.hlc)
            else:  # every change of the row is the bundle's device's own (the usual case)
                own.extend(map(_HLC, row.changes))
    return {author: hlcs for author, hlcs in stamps.items() if hlcs}


@contextmanager
def indexes_set_aside(conn: Connection) -> Iterator[None]:
    """Inside, the log's indexes (but the sending one) are gone; after, they are built
    again from the same statements. When the inside fails they are not: the caller's
    rollback brings them back."""
    transaction_begun(conn)
    indexes = [(str(name), str(sql)) for name, sql in conn.exec_driver_sql(_SET_ASIDE)]
    for name, _ in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in indexes:
        conn.exec_driver_sql(sql)
