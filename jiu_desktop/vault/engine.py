"""The SQLCipher engine: the whole database file is encrypted with the raw data key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError

from jiu_desktop.errors import ProfileDamaged, WrongPassphrase

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


def open_engine(path: Path, data_key: bytes, *, check: bool = True) -> Engine:
    """Open (or create) the encrypted database; raise WrongPassphrase if the key is wrong."""
    url = URL.create("sqlite+pysqlcipher", password=raw_key_literal(data_key), database=str(path))
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _apply_pragmas)
    if check:
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
        except DatabaseError as exc:
            engine.dispose()
            if "not a database" in str(exc.orig):
                raise WrongPassphrase() from None
            raise ProfileDamaged(str(exc.orig)) from None
    return engine


def _apply_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in CONNECTION_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def integrity_check(engine: Engine) -> list[str]:
    """Both SQLCipher's page HMAC check and SQLite's structural check; empty when sound."""
    problems: list[str] = []
    with engine.connect() as conn:
        problems += [row[0] for row in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
        rows = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
        problems += [r for r in rows if r != "ok"]
    return problems
