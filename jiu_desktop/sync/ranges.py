"""Which of this laptop's outgoing bundles carries which change_log entry.

An entry this laptop sends (its own; after a change of team, every entry) keeps
``bundle_seq`` NULL, one received from the team's remote has 0. Bundle N carries the NULL
entries numbered above bundle N-1's ``last_seq`` up to its own (table ``bundle_range``).
Giving waiting changes a bundle adds one row there instead of rewriting each entry: for a
first push of 111,000 changes, rewriting them was a third of the round. Entries are
numbered in the order they are written, so whatever waits lies above the last range.
"""

from __future__ import annotations

from bisect import bisect_left

from sqlalchemy import Connection

#: The entries that go out, whatever their bundle (the ``ix_change_log_sending`` index).
SENDING = "bundle_seq IS NULL"


def ranges(conn: Connection) -> list[tuple[int, int]]:
    """(bundle number, last entry) of every numbered bundle, in order."""
    rows = conn.exec_driver_sql(
        "SELECT bundle_seq, last_seq FROM bundle_range ORDER BY bundle_seq"
    ).fetchall()
    return [(int(bundle), int(last)) for bundle, last in rows]


def highest(conn: Connection) -> int:
    """The highest bundle number given out (0 for none)."""
    return int(
        conn.exec_driver_sql("SELECT coalesce(max(bundle_seq), 0) FROM bundle_range").scalar_one()
    )


def numbered_upto(conn: Connection) -> int:
    """The last entry any numbered bundle carries (0 when there are none): what waits lies
    above it."""
    found = conn.exec_driver_sql("SELECT coalesce(max(last_seq), 0) FROM bundle_range")
    return int(found.scalar_one())


def end_of(conn: Connection, bundle: int) -> int:
    """The last entry carried by bundles 1 to ``bundle`` (0 when there are none)."""
    found = conn.exec_driver_sql(
        "SELECT coalesce(max(last_seq), 0) FROM bundle_range WHERE bundle_seq <= ?", (bundle,)
    ).scalar_one()
    return int(found)


def add(conn: Connection, bundle: int, last_seq: int) -> None:
    conn.exec_driver_sql(
        "INSERT INTO bundle_range (bundle_seq, last_seq) VALUES (?, ?)", (bundle, last_seq)
    )


def forget_above(conn: Connection, bundle: int) -> None:
    """Bundles above ``bundle`` were never published: their entries wait again."""
    conn.exec_driver_sql("DELETE FROM bundle_range WHERE bundle_seq > ?", (bundle,))


def forget_all(conn: Connection) -> None:
    conn.exec_driver_sql("DELETE FROM bundle_range")


class Bundles:
    """Maps entry numbers to bundle numbers with the ranges read once."""

    def __init__(self, numbered: list[tuple[int, int]]) -> None:
        self._bundles = [bundle for bundle, _ in numbered]
        self._ends = [last for _, last in numbered]

    def of(self, seq: int) -> int | None:
        """The bundle that carries sending entry ``seq``; None while it waits."""
        at = bisect_left(self._ends, seq)
        return self._bundles[at] if at < len(self._ends) else None
