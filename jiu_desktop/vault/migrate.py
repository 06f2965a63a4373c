"""Run Alembic migrations on the open database (the caller backs up first).

Alembic is imported only when a database is migrated: whether it needs to be is a
comparison of the revision the database stores, read with one query, with
``HEAD_REVISION``. Importing Alembic costs about a quarter of a second, more than most
commands take. Should a migration be added without changing ``HEAD_REVISION``, its file
name (``0010_….py``) gives it away and Alembic reads the scripts instead: slower, never
wrong.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jiu_desktop.errors import ProfileDamaged

# Named here too: where the scripts are, which a test may point elsewhere.
from jiu_desktop.paths import MIGRATIONS as MIGRATIONS

if TYPE_CHECKING:  # the quick sync check reads HEAD_REVISION without the database layer
    from alembic.config import Config
    from sqlalchemy import Engine


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


#: The newest revision in ``migrations/versions``, whose file is named after it; a new
#: migration changes it (a test compares it with the scripts' head).
HEAD_REVISION = "0011"
#: Where Alembic keeps the revision of a database (its default table).
VERSION_TABLE = "alembic_version"


def head_revision() -> str:
    if _newest_script_number() == HEAD_REVISION:
        return HEAD_REVISION
    return scripts_head()


def _newest_script_number() -> str | None:
    """The highest ``NNNN`` of the ``NNNN_name.py`` scripts; None when a name is otherwise."""
    numbers = [
        script.name.split("_", 1)[0]
        for script in (MIGRATIONS / "versions").glob("*.py")
        if not script.name.startswith("_")
    ]
    if not numbers or not all(number.isdigit() for number in numbers):
        return None
    return max(numbers)


def scripts_head() -> str:
    """The head revision as Alembic finds it in the scripts (slow: imports Alembic)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None for a database Alembic never touched."""
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (VERSION_TABLE,)
        ).first()
        if has_table is None:
            return None
        rows = conn.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
        if len(rows) > 1:  # branches: Alembic itself says what is wrong
            from alembic.runtime.migration import MigrationContext

            return MigrationContext.configure(conn).get_current_revision()
    return str(rows[0][0]) if rows else None


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def upgrade(engine: Engine) -> None:
    """Migrate to the newest revision with foreign keys off, as SQLite's own procedure for
    changing a table asks: a batch operation copies a table and drops the old one, and
    with foreign keys on, dropping a table that others refer to (``form_response``, under
    every ``form_answer``) fails on any profile that has rows in it. The keys are checked
    before the migration is committed."""
    from alembic import command

    config = _config()
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")  # ignored inside a transaction
        conn.commit()
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    tables = sorted({str(row[0]) for row in broken})
                    raise ProfileDamaged(", ".join(tables))
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
            conn.commit()
