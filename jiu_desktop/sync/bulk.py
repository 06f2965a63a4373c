"""Working with many changes at once.

A round makes hundreds of thousands of small objects (decoded changes, rows, parameters)
that form no reference cycles. Python's cycle collector, triggered by allocations, would
walk every live object again and again meanwhile: on a joining laptop's first sync that
was a third of the time. It is paused for the round and resumes after it.

Sets of changes also set parts of the schema aside for a while (the log's indexes, the
search triggers) inside their transaction, trusting the rollback to bring them back.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine

#: The page cache of the connection that applies a set of received changes (KiB): a set
#: of that size touches pages all over the change log's indexes, and a page that is pushed
#: out of a smaller cache is written to the journal, read back and written again.
APPLY_CACHE_KIB = 128 * 1024


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Also a decorator. Nested use leaves the collector as the outermost found it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def transaction_begun(conn: Connection) -> None:
    """Open the database transaction now, before a schema change that must come back with
    a rollback: the driver opens one only before a write of rows, so a ``DROP`` as a
    transaction's first statement would be committed on its own."""
    if not conn.connection.driver_connection.in_transaction:  # type: ignore[union-attr]
        conn.exec_driver_sql("BEGIN")


@contextmanager
def applying(engine: Engine) -> Iterator[Connection]:
    """A connection to apply sets of received changes on (bundles or a snapshot): foreign
    keys off, as rows may arrive before the rows they refer to (another device's note
    before its participant; they show once the parent is there), and a page cache of
    ``APPLY_CACHE_KIB``; both set back after."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        cache = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
        conn.exec_driver_sql(f"PRAGMA cache_size = -{APPLY_CACHE_KIB}")
        conn.commit()
        try:
            yield conn
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
            conn.exec_driver_sql(f"PRAGMA cache_size = {cache}")
            conn.commit()
