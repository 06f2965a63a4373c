"""Whether a profile needs migrating is decided without Alembic: the head revision is a
constant and the stored revision is read with one query; both must agree with Alembic."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.runtime.migration import MigrationContext

from jiu_desktop.vault import migrate
from jiu_desktop.vault.engine import open_engine

KEY = bytes(range(32))


def alembic_revision(path: Path) -> str | None:
    engine = open_engine(path, KEY)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def test_the_head_revision_constant_is_the_head_of_the_scripts() -> None:
    assert migrate.scripts_head() == migrate.HEAD_REVISION, (
        "a new migration: set migrate.HEAD_REVISION to its revision"
    )


def test_the_stored_revision_is_read_as_alembic_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "data.db"
    engine = open_engine(path, KEY)
    try:
        assert migrate.current_revision(engine) is None
        assert alembic_revision(path) is None
        assert migrate.needs_upgrade(engine)
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.HEAD_REVISION
        assert not migrate.needs_upgrade(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0004'")
        assert migrate.current_revision(engine) == "0004" == alembic_revision(path)
        assert migrate.needs_upgrade(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM alembic_version")
        assert migrate.current_revision(engine) is None
        assert alembic_revision(path) is None
    finally:
        engine.dispose()


def test_a_migration_added_without_a_new_head_constant_is_still_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, newer, ignore=shutil.ignore_patterns("__pycache__"))
    following = f"{int(migrate.HEAD_REVISION) + 1:04d}"
    (newer / "versions" / f"{following}_next.py").write_text(
        f'revision = "{following}"\ndown_revision = "{migrate.HEAD_REVISION}"\n'
        "branch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade() -> None:\n    pass\n"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS", newer)
    assert migrate.head_revision() == following
