"""A new profile's database: a copy of an empty one at the newest revision.

Running every migration and making the search schema took 0.16 s for each new profile; a
process that makes many of them (the test suite makes about 1,800) spent a quarter of its
time there. The first new profile of a process makes the empty database once, in memory,
by the same migrations and ``search_schema.bring_in_line``; every new profile's file is
then written as a copy of it with ``sqlcipher_export``, as a backup is (0.01 s). The copy
holds what the migrations made, the schema and the revision (a test compares it with a
database migrated in place).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine
from sqlalchemy.pool import StaticPool

from jiu_desktop.services import search_schema
from jiu_desktop.vault import migrate
from jiu_desktop.vault.backups import export_database
from jiu_desktop.vault.sqlcipher import raw_key_literal

_made = threading.Lock()
#: The empty database of each folder of migrations and its head revision (the program has
#: one; a test may add a migration elsewhere).
_empty: dict[tuple[Path, str], Engine] = {}


def write_new_database(path: Path, data_key: bytes) -> None:
    """A new database file at ``path``, encrypted with ``data_key``, at the newest revision
    and with the search schema (any file there is replaced)."""
    with _made:  # one connection holds an empty database: one copy at a time
        export_database(_empty_at_head(), data_key, path, unjournaled=True)


def _empty_at_head() -> Engine:
    head = (migrate.MIGRATIONS, migrate.head_revision())
    empty = _empty.get(head)
    if empty is None:
        # In memory, under a key that is never kept; it holds no one's data.
        url = URL.create(
            "sqlite+pysqlcipher", password=raw_key_literal(os.urandom(32)), database=":memory:"
        )
        empty = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
        migrate.upgrade(empty)
        search_schema.bring_in_line(empty)
        _empty[head] = empty
    return empty
