"""Run Alembic migrations on the open database (the caller backs up first).

Alembic is imported when a revision is first looked at, after the unlock screen shows:
it is a fifth of the start-up time otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine

from jiu_desktop.errors import ProfileDamaged
from jiu_desktop.paths import MIGRATIONS

if TYPE_CHECKING:
    from alembic.config import Config


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


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
