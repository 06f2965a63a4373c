"""A restore brings back the data of the backup, but not the people erased since, and the
restored profile is marked to sync as a new device."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Connection, inspect, select, text

from jiu_desktop import cli
from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidBackup
from jiu_desktop.models import ChangeLogEntry, ErasedParticipant, LocalState
from jiu_desktop.services import backup, erasure, notes, participants, profile
from jiu_desktop.sync import identity
from jiu_desktop.sync.engine import sync_round
from jiu_desktop.sync.merge import ERASURE_ENTITY
from jiu_desktop.sync.team import create_team
from jiu_desktop.sync.transports.folder import FolderTransport
from jiu_desktop.vault import migrate
from jiu_desktop.vault.engine import open_engine
from jiu_desktop.vault.paths import ProfilePaths
from jiu_desktop.vault.vaultfile import VaultFile
from tests.conftest import PASSPHRASE
from tests.unit.test_backup_and_migration import NEXT_REVISION

OTHER_PASSPHRASE = "nog een geheim 99"


@contextmanager
def restored_database(root: Path, passphrase: str = PASSPHRASE) -> Iterator[Connection]:
    """The profile's database as it lies on disk, without opening a Store (which may act on
    what the restore left for it)."""
    paths = ProfilePaths(root)
    engine = open_engine(paths.database, VaultFile.load(paths.vault).unlock(passphrase))
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def files(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


def erasure_rows(conn: Connection) -> list[tuple[object, ...]]:
    c = ChangeLogEntry
    query = select(c.hlc, c.device, c.entity, c.row_id, c.field, c.value, c.participant_id)
    return [tuple(row) for row in conn.execute(query.where(c.entity == ERASURE_ENTITY))]


def backup_then_erase(store: Store, tmp_path: Path) -> tuple[Path, str, str]:
    """Noor and Ilias are in the backup; Noor is erased after it. Returns the backup file,
    Noor's id and Ilias's id."""
    noor = participants.create_participant(store, first_name="Noor")
    ilias = participants.create_participant(store, first_name="Ilias")
    notes.add_note(store, noor.id, note_date=date(2026, 3, 1), text="thuissituatie")
    made = tmp_path / "before-erasure.jiubackup"
    backup.write_backup(store, made)
    erasure.erase(store, noor.id)
    return made, noor.id, ilias.id


def test_people_erased_after_the_backup_stay_erased(store: Store, tmp_path: Path) -> None:
    made, noor, ilias = backup_then_erase(store, tmp_path)
    with store.engine.connect() as conn:
        erased_before = conn.execute(select(ErasedParticipant.hlc, ErasedParticipant.device))
        erased_before_row = tuple(erased_before.one())
        log_before = erasure_rows(conn)
    assert len(log_before) == 1
    store.close()

    backup.restore_backup(store.root, made, PASSPHRASE)

    with restored_database(store.root) as conn:
        ids = set(conn.execute(text("SELECT id FROM participant")).scalars())
        assert ids == {ilias}
        assert conn.execute(text("SELECT count(*) FROM session_note")).scalar() == 0
        erased = conn.execute(select(ErasedParticipant)).one()
        assert (erased.participant_id, erased.hlc, erased.device) == (noor, *erased_before_row)
        assert erasure_rows(conn) == log_before
        unpublished = select(ChangeLogEntry.bundle_seq).where(
            ChangeLogEntry.entity == ERASURE_ENTITY
        )
        assert conn.execute(unpublished).scalar_one() is None, "it is published again"
        about_noor = select(ChangeLogEntry).where(ChangeLogEntry.participant_id == noor)
        assert conn.execute(about_noor).first() is None
    reopened = profile.open_profile(store.root, PASSPHRASE)
    try:
        assert [p.id for p in participants.list_participants(reopened)] == [ilias]
    finally:
        reopened.close()


def test_an_erasure_already_in_the_backup_is_not_doubled(store: Store, tmp_path: Path) -> None:
    noor = participants.create_participant(store, first_name="Noor")
    erasure.erase(store, noor.id)
    made = tmp_path / "after-erasure.jiubackup"
    backup.write_backup(store, made)
    store.close()

    backup.restore_backup(store.root, made, PASSPHRASE)

    with restored_database(store.root) as conn:
        assert len(erasure_rows(conn)) == 1
        assert conn.execute(select(ErasedParticipant.participant_id)).scalars().all() == [noor.id]


def test_a_restored_database_is_marked_to_take_a_new_device_id(
    store: Store, tmp_path: Path
) -> None:
    made, _noor, _ilias = backup_then_erase(store, tmp_path)
    store.close()
    backup.restore_backup(store.root, made, PASSPHRASE)
    with restored_database(store.root) as conn:
        marked = select(LocalState.value).where(LocalState.key == identity.RESET_KEY)
        assert conn.execute(marked).scalar() == identity.RESTORED


def test_a_restored_profile_opens_under_a_new_device_id(store: Store, tmp_path: Path) -> None:
    made = tmp_path / "b.jiubackup"
    backup.write_backup(store, made)
    old_device = store.device_id
    store.close()
    backup.restore_backup(store.root, made, PASSPHRASE)
    reopened = profile.open_profile(store.root, PASSPHRASE)
    try:
        assert reopened.device_id != old_device
    finally:
        reopened.close()


def test_an_erasure_not_yet_synced_reaches_the_team_after_a_restore(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    transport = FolderTransport(shared)
    team, document = create_team("kaars fiets zevende molen")
    assert transport.create_team(document)
    a, _ = profile.create_profile(tmp_path / "a", "Sanne", PASSPHRASE)
    b, _ = profile.create_profile(tmp_path / "b", "Ilias", PASSPHRASE)
    try:
        noor = participants.create_participant(a, first_name="Noor").id
        ilias = participants.create_participant(a, first_name="Ilias").id
        sync_round(a, transport, team)
        sync_round(b, transport, team)
        assert len(participants.list_participants(b)) == 2
        made = tmp_path / "a.jiubackup"
        backup.write_backup(a, made)
        erasure.erase(a, noor)  # not synced before the restore
        a.close()
        backup.restore_backup(a.root, made, PASSPHRASE)
        a = profile.open_profile(a.root, PASSPHRASE)
        sync_round(a, transport, team)
        sync_round(b, transport, team)
        for store in (a, b):
            assert [p.id for p in participants.list_participants(store)] == [ilias]
            with store.engine.connect() as conn:
                erased = select(ErasedParticipant.participant_id)
                assert conn.execute(erased).scalars().all() == [noor]
    finally:
        for store in (a, b):
            if store.data_key:
                store.close()


def test_restore_into_a_new_folder_is_marked_too(store: Store, tmp_path: Path) -> None:
    made = tmp_path / "b.jiubackup"
    backup.write_backup(store, made)
    store.close()
    backup.restore_backup(tmp_path / "new-laptop", made, PASSPHRASE)
    with restored_database(tmp_path / "new-laptop") as conn:
        marked = select(LocalState.value).where(LocalState.key == identity.RESET_KEY)
        assert conn.execute(marked).scalar() == identity.RESTORED


def test_a_passphrase_that_opens_only_the_backup_changes_nothing(
    store: Store, tmp_path: Path
) -> None:
    made, noor, _ilias = backup_then_erase(store, tmp_path)
    store.close()
    profile.change_passphrase(store.root, PASSPHRASE, OTHER_PASSPHRASE)
    before = files(store.root)
    for current in (None, "niet het goede"):
        with pytest.raises(backup.CurrentPassphraseNeeded, match="erased in it stay erased"):
            backup.restore_backup(store.root, made, PASSPHRASE, current_passphrase=current)
        assert files(store.root) == before
    assert not list(ProfilePaths(store.root).backups.glob("before-restore-*"))

    backup.restore_backup(store.root, made, PASSPHRASE, current_passphrase=OTHER_PASSPHRASE)
    with restored_database(store.root) as conn:  # the backup's passphrase opens it again
        assert conn.execute(select(ErasedParticipant.participant_id)).scalar() == noor


def test_a_current_profile_that_cannot_be_read_changes_nothing(
    store: Store, tmp_path: Path
) -> None:
    made = tmp_path / "b.jiubackup"
    backup.write_backup(store, made)
    store.close()
    ProfilePaths(store.root).database.write_bytes(b"\x00" * 8192)
    before = files(store.root)
    with pytest.raises(backup.CurrentProfileUnreadable):
        backup.restore_backup(store.root, made, PASSPHRASE)
    assert files(store.root) == before


def test_a_failure_while_preparing_the_restore_changes_nothing(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made, _noor, _ilias = backup_then_erase(store, tmp_path)
    store.close()
    before = files(store.root)

    def power_cut(*_args: object) -> bool:
        raise KeyboardInterrupt

    monkeypatch.setattr(backup, "erase_participant", power_cut)
    with pytest.raises(KeyboardInterrupt):
        backup.restore_backup(store.root, made, PASSPHRASE)
    assert files(store.root) == before, "no half-prepared database is left beside it"


def newer_migrations(tmp_path: Path) -> Path:
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, newer, ignore=shutil.ignore_patterns("__pycache__"))
    (newer / "versions" / "9999_test_column.py").write_text(
        NEXT_REVISION.replace("{head}", migrate.head_revision())
    )
    return newer


def test_an_older_backup_is_brought_to_the_current_schema_first(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made, noor, _ilias = backup_then_erase(store, tmp_path)
    store.close()
    monkeypatch.setattr(migrate, "MIGRATIONS", newer_migrations(tmp_path))

    backup.restore_backup(store.root, made, PASSPHRASE)

    with restored_database(store.root) as conn:
        assert "nickname" in {c["name"] for c in inspect(conn).get_columns("coach")}
        assert conn.execute(select(ErasedParticipant.participant_id)).scalar() == noor


def test_a_backup_from_a_newer_version_is_refused(
    profile_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    current = migrate.MIGRATIONS
    monkeypatch.setattr(migrate, "MIGRATIONS", newer_migrations(tmp_path))
    newer, _ = profile.create_profile(tmp_path / "newer", "Sanne", PASSPHRASE)
    backup.write_backup(newer, tmp_path / "newer.jiubackup")
    newer.close()
    monkeypatch.setattr(migrate, "MIGRATIONS", current)
    profile.create_profile(profile_dir, "Sanne", PASSPHRASE)[0].close()
    before = files(profile_dir)
    with pytest.raises(InvalidBackup, match="newer version"):
        backup.restore_backup(profile_dir, tmp_path / "newer.jiubackup", PASSPHRASE)
    assert files(profile_dir) == before


def test_the_command_line_asks_for_the_current_passphrase_only_when_it_differs(
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    made, noor, _ilias = backup_then_erase(store, tmp_path)
    store.close()
    monkeypatch.setenv("JIU_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("JIU_CURRENT_PASSPHRASE", raising=False)
    restore = ["restore", "--profile", str(store.root), str(made)]

    assert cli.main(restore) == 0
    assert "syncs as a new device" in capsys.readouterr().out

    profile.change_passphrase(store.root, PASSPHRASE, OTHER_PASSPHRASE)
    assert cli.main(restore) == 1
    assert "JIU_CURRENT_PASSPHRASE" in capsys.readouterr().err

    monkeypatch.setenv("JIU_CURRENT_PASSPHRASE", OTHER_PASSPHRASE)
    assert cli.main(restore) == 0
    with restored_database(store.root) as conn:
        assert conn.execute(select(ErasedParticipant.participant_id)).scalar() == noor
