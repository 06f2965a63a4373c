"""How a profile database is opened: the raw key and the pragmas every connection gets.

No SQLAlchemy here: ``vault/engine.py`` builds the engine on these, and the quick check of
a sync round in which nothing is new (``cli/quick_sync.py``) opens a plain connection with
them, so that it starts without loading the database layer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

# Pragmas applied to every connection. WAL keeps readers and the writer apart and makes
# each commit a small append; synchronous=FULL makes every autosave durable on power loss;
# temp_store=MEMORY keeps sort and index temp files off the disk; secure_delete overwrites
# freed pages, so erased content does not linger in the (encrypted) free list. A 16 MiB
# page cache matters more with SQLCipher than without: each page read from disk is
# decrypted and checked, and with SQLite's 2 MiB default the same pages were decrypted
# again and again (make bench: SQLCipher/plain 1.2-1.5 with the default, ~1.0-1.1 with it).
CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA secure_delete = ON",
    "PRAGMA cache_size = -16000",
)


def raw_key_literal(data_key: bytes) -> str:
    """The form SQLCipher takes a raw 256-bit key in: ``x'<64 hex>'`` (skips its own KDF)."""
    if len(data_key) != 32:
        raise ValueError("data key must be 32 bytes")
    return f"x'{data_key.hex()}'"


def apply_pragmas(dbapi_connection: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in CONNECTION_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def connect(path: Path, data_key: bytes) -> Any:
    """A plain ``sqlcipher3`` connection to an existing database, keyed as the engine keys
    its connections (the key first, then ``CONNECTION_PRAGMAS``), in autocommit mode: the
    caller opens its own transactions. A wrong key fails at the first statement."""
    import sqlcipher3

    if not path.is_file():  # connecting would create an empty database
        raise FileNotFoundError(path)
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute(f'PRAGMA key = "{raw_key_literal(data_key)}"')
        apply_pragmas(conn)
    except BaseException:
        conn.close()
        raise
    return conn
