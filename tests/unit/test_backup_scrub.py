"""An erasure also leaves the profile's own backup copies: the automatic backups and the
copies a restore kept. Copies without erased people are left byte for byte."""

from __future__ import annotations

from pathlib import Path

from jiu_desktop.db.store import Store
from jiu_desktop.services import backup, backup_scrub, erasure, participants, profile
from jiu_desktop.vault.backup_file import read_backup
from jiu_desktop.vault.backups import snapshot_database
from tests.conftest import PASSPHRASE

MARKER = "Vergeetmijniet-Zeldzaam-4242"


def names_in(database: Path, key: bytes) -> set[str]:
    from jiu_desktop.vault.engine import open_engine

    engine = open_engine(database, key)
    try:
        with engine.connect() as conn:
            return {row[0] for row in conn.exec_driver_sql("SELECT last_name FROM participant")}
    finally:
        engine.dispose()


def test_erased_people_leave_automatic_backups_and_restore_copies(
    store: Store, profile_dir: Path, tmp_path: Path
) -> None:
    doomed = participants.create_participant(store, first_name="Wordt", last_name=MARKER)
    participants.create_participant(store, first_name="Blijft", last_name="Bakker")
    automatic = snapshot_database(store.engine, store.data_key, store.paths, "test")
    manual = tmp_path / "manual.jiubackup"
    backup.write_backup(store, manual)
    store.close()
    backup.restore_backup(profile_dir, manual, PASSPHRASE)  # keeps a before-restore copy
    reopened = profile.open_profile(profile_dir, PASSPHRASE)
    try:
        erasure.erase(reopened, doomed.id)
        untouched = sorted(p for p in (profile_dir / "backups").rglob("*") if p.is_file())
        assert backup_scrub.scrub(reopened) == 2
        (kept,) = (profile_dir / "backups").glob("before-restore-*")
        assert names_in(kept / "data.db", reopened.data_key) == {"Bakker"}
        contents = read_backup(automatic)
        restored_copy = tmp_path / "copy.db"
        restored_copy.write_bytes(contents.database)
        assert names_in(restored_copy, reopened.data_key) == {"Bakker"}
        assert untouched, "there were copies to look at"
        assert backup_scrub.scrub(reopened) == 0, "a second run finds nothing to do"
    finally:
        reopened.close()
    assert read_backup(manual).database, "a backup saved elsewhere is the coach's"


def test_an_erasure_from_another_laptop_leaves_this_ones_backups(tmp_path: Path) -> None:
    from jiu_desktop.services import sync_service

    shared = tmp_path / "shared"
    shared.mkdir()
    a = profile.create_profile(tmp_path / "a", "A", PASSPHRASE)[0]
    b = profile.create_profile(tmp_path / "b", "B", PASSPHRASE)[0]
    team = {"kind": "folder", "target": str(shared), "team_passphrase": "kaars fiets zevende molen"}
    try:
        sync_service.setup_sync(a, create=True, **team)  # type: ignore[arg-type]
        sync_service.setup_sync(b, create=False, **team)  # type: ignore[arg-type]
        doomed = participants.create_participant(a, first_name="Wordt", last_name=MARKER)
        sync_service.run_sync(a)
        sync_service.run_sync(b)
        copy = snapshot_database(b.engine, b.data_key, b.paths, "before-migration")
        erasure.erase(a, doomed.id)
        sync_service.run_sync(a)
        assert sync_service.run_sync(b).report.erased == 1
        database = tmp_path / "check.db"
        database.write_bytes(read_backup(copy).database)
        assert MARKER not in names_in(database, b.data_key)
    finally:
        a.close()
        b.close()
