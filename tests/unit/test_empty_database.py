"""A new profile's database is a copy of an empty one made by the migrations
(``services/empty_database.py``): it must be what migrating a new file in place makes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from jiu_desktop.services import profile, search_schema
from jiu_desktop.vault import migrate
from jiu_desktop.vault.engine import open_engine
from jiu_desktop.vault.paths import sidecars
from tests.conftest import PASSPHRASE


def contents(engine: Engine) -> tuple[list[tuple[Any, ...]], dict[str, list[tuple[Any, ...]]]]:
    """The schema (each statement's lines sorted: Alembic's copies of a table list its
    constraints in another order from run to run) and every table's rows."""
    with engine.connect() as conn:
        schema = sorted(
            (kind, name, table, sorted((sql or "").splitlines()))
            for kind, name, table, sql in conn.exec_driver_sql(
                "SELECT type, name, tbl_name, sql FROM sqlite_master"
            )
        )
        tables = [
            row[0]
            for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        rows = {
            table: sorted(map(tuple, conn.exec_driver_sql(f'SELECT * FROM "{table}"')))
            for table in tables
        }
    return schema, rows


def test_a_new_profile_holds_what_migrating_a_new_database_in_place_makes(tmp_path: Path) -> None:
    store, _ = profile.create_profile(tmp_path / "new", "Test", PASSPHRASE)
    in_place = open_engine(tmp_path / "in-place.db", bytes(range(32)))
    try:
        migrate.upgrade(in_place)
        search_schema.bring_in_line(in_place)
        copied_schema, copied_rows = contents(store.engine)
        schema, rows = contents(in_place)
        assert copied_schema == schema
        # The store wrote its own identity when it opened; the rest is as migrated.
        assert {t: r for t, r in copied_rows.items() if t != "local_state"} == {
            t: r for t, r in rows.items() if t != "local_state"
        }
        assert rows["alembic_version"] == [(migrate.HEAD_REVISION,)]
        assert not migrate.needs_upgrade(store.engine)
    finally:
        in_place.dispose()
        store.close()


def test_each_new_profile_is_its_own_encrypted_file(tmp_path: Path) -> None:
    first, _ = profile.create_profile(tmp_path / "a", "A", PASSPHRASE)
    second, _ = profile.create_profile(tmp_path / "b", "B", PASSPHRASE)
    # Copies of one empty database, but two laptops: each takes its own identity.
    assert first.device_id != second.device_id
    first.close()
    second.close()
    one, other = (tmp_path / name / "data.db" for name in ("a", "b"))
    for database in (one, other):
        data = database.read_bytes()
        assert not data.startswith(b"SQLite format 3")
        assert b"CREATE TABLE" not in data and b"participant" not in data
        assert not any(path.exists() for path in sidecars(database))
    assert one.read_bytes()[:4096] != other.read_bytes()[:4096]
    reopened = profile.open_profile(tmp_path / "b", PASSPHRASE)
    try:
        with reopened.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        reopened.close()
