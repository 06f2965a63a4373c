"""The SQLCipher engine: the whole database file is encrypted with the raw data key. The key
and the pragmas of every connection are in ``vault/sqlcipher.py``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError

from jiu_desktop.errors import ProfileDamaged, WrongPassphrase
from jiu_desktop.vault.sqlcipher import CONNECTION_PRAGMAS, apply_pragmas, raw_key_literal

__all__ = ["CONNECTION_PRAGMAS", "integrity_check", "open_engine", "raw_key_literal"]


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
    apply_pragmas(dbapi_connection)


def integrity_check(engine: Engine) -> list[str]:
    """Both SQLCipher's page HMAC check and SQLite's structural check; empty when sound."""
    problems: list[str] = []
    with engine.connect() as conn:
        problems += [row[0] for row in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
        rows = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
        problems += [r for r in rows if r != "ok"]
    return problems
