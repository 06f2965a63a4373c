"""Encrypted backups, restore, and the automatic backup before a schema migration."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from sqlalchemy import inspect

from jiu_desktop.errors import InvalidBackup, WrongPassphrase
from jiu_desktop.services import backup, participants, profile
from jiu_desktop.vault import migrate
from jiu_desktop.vault.backup_file import read_backup
from jiu_desktop.vault.backups import (
    INCOMING,
    KEEP_AUTOMATIC,
    KEEP_BEFORE_RESTORE,
    snapshot_database,
)
from jiu_desktop.vault.paths import ProfilePaths
from jiu_desktop.vault.restore import verify_backup
from tests.conftest import PASSPHRASE


def names(root: Path, passphrase: str = PASSPHRASE) -> list[str]:
    store = profile.open_profile(root, passphrase)
    try:
        return [row.first_name for row in participants.list_participants(store)]
    finally:
        store.close()


def test_backup_and_restore_round_trip(profile_dir: Path, tmp_path: Path) -> None:
    store, _ = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    participants.create_participant(store, first_name="Noor")
    out = tmp_path / "chosen" / "mijn-backup.jiubackup"
    size = backup.write_backup(store, out)
    assert size == out.stat().st_size > 0
    participants.create_participant(store, first_name="Ilias")
    store.close()
    assert sorted(names(profile_dir)) == ["Ilias", "Noor"]

    backup.restore_backup(profile_dir, out, PASSPHRASE)
    assert names(profile_dir) == ["Noor"]
    kept = list(ProfilePaths(profile_dir).backups.glob("before-restore-*/data.db"))
    assert len(kept) == 1, "the replaced database is kept"


def test_restore_into_a_new_folder(profile_dir: Path, tmp_path: Path) -> None:
    store, _ = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    participants.create_participant(store, first_name="Noor")
    backup.write_backup(store, tmp_path / "b.jiubackup")
    store.close()
    backup.restore_backup(tmp_path / "new-laptop", tmp_path / "b.jiubackup", PASSPHRASE)
    assert names(tmp_path / "new-laptop") == ["Noor"]


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_damaged_backup_is_refused_and_changes_nothing(
    profile_dir: Path, tmp_path: Path, damage: str
) -> None:
    store, _ = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    participants.create_participant(store, first_name="Noor")
    good = tmp_path / "b.jiubackup"
    backup.write_backup(store, good)
    store.close()
    raw = good.read_bytes()
    bad = tmp_path / "bad.jiubackup"
    bad.write_bytes(
        {
            "truncate": raw[: len(raw) // 2],
            "flip": raw[:500] + bytes([raw[500] ^ 1]) + raw[501:],
            "garbage": b"\x89PNG not a backup at all",
            "empty": b"",
        }[damage]
    )
    before = {p: p.read_bytes() for p in profile_dir.rglob("*") if p.is_file()}
    with pytest.raises(InvalidBackup):
        backup.restore_backup(profile_dir, bad, PASSPHRASE)
    after = {p: p.read_bytes() for p in profile_dir.rglob("*") if p.is_file()}
    assert after == before


def test_restore_with_wrong_passphrase_changes_nothing(profile_dir: Path, tmp_path: Path) -> None:
    store, _ = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    backup.write_backup(store, tmp_path / "b.jiubackup")
    store.close()
    before = {p: p.read_bytes() for p in profile_dir.rglob("*") if p.is_file()}
    with pytest.raises(WrongPassphrase):
        backup.restore_backup(profile_dir, tmp_path / "b.jiubackup", "niet het goede")
    assert {p: p.read_bytes() for p in profile_dir.rglob("*") if p.is_file()} == before


def test_only_the_newest_before_restore_copies_are_kept(profile_dir: Path, tmp_path: Path) -> None:
    store, _ = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    backup.write_backup(store, tmp_path / "b.jiubackup")
    store.close()
    replaced = ProfilePaths(profile_dir).backups
    made: list[str] = []
    for _ in range(KEEP_BEFORE_RESTORE + 2):
        earlier = {p.name for p in replaced.glob("before-restore-*")}
        backup.restore_backup(profile_dir, tmp_path / "b.jiubackup", PASSPHRASE)
        made += [p.name for p in replaced.glob("before-restore-*") if p.name not in earlier]
    assert len(made) == KEEP_BEFORE_RESTORE + 2
    left = sorted(p.name for p in replaced.iterdir() if p.name.startswith("before-restore-"))
    assert left == made[-KEEP_BEFORE_RESTORE:], "the oldest are removed completely"


def test_pruning_removes_what_interrupted_work_left_behind(profile_dir: Path) -> None:
    store, _ = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    paths = store.paths
    paths.backups.mkdir(parents=True, exist_ok=True)
    stale = [
        paths.backups / ".export-abc123.db",
        paths.backups / ".export-abc123.db-journal",
        paths.backups / ".verify-def456.db",
        paths.backups / ".verify-def456.db-wal",
        paths.backups / ".20260101-120000-000000-test.jiubackup.x1y2.tmp",
        paths.root / INCOMING,
        paths.root / f"{INCOMING}-wal",
    ]
    busy = paths.backups / ".export-now.db"  # another operation's, still being written
    an_hour_ago = time.time() - 3600
    for path in stale:
        path.write_bytes(b"encrypted leftover")
        os.utime(path, (an_hour_ago, an_hour_ago))
    busy.write_bytes(b"in progress")
    os.utime(busy, (time.time() + 60, time.time() + 60))

    snapshot_database(store.engine, store.data_key, paths, reason="test")
    store.close()
    assert [p for p in stale if p.exists()] == []
    assert busy.exists()


def test_backups_of_the_coach_do_not_push_out_the_automatic_ones(profile_dir: Path) -> None:
    store, _ = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    paths = store.paths
    paths.backups.mkdir(parents=True, exist_ok=True)
    own = [paths.backups / f"mijn-backup-{n}.jiubackup" for n in range(KEEP_AUTOMATIC)]
    for path in own:
        path.write_bytes(b"a backup the coach put here")
    made = [
        snapshot_database(store.engine, store.data_key, paths, reason="test")
        for _ in range(KEEP_AUTOMATIC + 1)
    ]
    store.close()
    assert all(path.exists() for path in own)
    assert [p.exists() for p in made] == [False] + [True] * KEEP_AUTOMATIC


NEXT_REVISION = '''
"""a test-only column"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("coach") as batch:
        batch.add_column(sa.Column("nickname", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("coach") as batch:
        batch.drop_column("nickname")
'''


def test_unlock_migrates_an_old_schema_after_a_backup(
    profile_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, _ = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    participants.create_participant(store, first_name="Noor")
    store.close()

    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, newer, ignore=shutil.ignore_patterns("__pycache__"))
    (newer / "versions" / "9999_test_column.py").write_text(
        NEXT_REVISION.replace("{head}", migrate.head_revision())
    )
    monkeypatch.setattr(migrate, "MIGRATIONS", newer)

    reopened = profile.open_profile(profile_dir, PASSPHRASE)
    columns = {c["name"] for c in inspect(reopened.engine).get_columns("coach")}
    assert "nickname" in columns
    assert migrate.current_revision(reopened.engine) == "9999"
    reopened.close()

    snapshots = list(ProfilePaths(profile_dir).backups.glob("*before-migration.jiubackup"))
    assert len(snapshots) == 1
    contents = read_backup(snapshots[0])
    key = verify_backup(contents, PASSPHRASE, tmp_path)
    assert len(key) == 32


def test_models_and_migrations_describe_the_same_schema(profile_dir: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from jiu_desktop.models import Base

    store, _ = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    with store.engine.connect() as conn:
        drift = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    store.close()
    # The full-text search tables are created by hand in the migration, not by the models.
    assert [d for d in drift if "search_" not in str(d)] == []
