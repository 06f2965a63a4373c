"""Encrypted backups: one file holding ``vault.json`` and an encrypted copy of the database.

The database copy is made with ``sqlcipher_export`` and stays encrypted under the same data
key, which is wrapped in the enclosed vault.json; so a backup is opened with the passphrase
(or recovery key) that was valid when it was made. Nothing in the file is plaintext.

File layout: ``MAGIC | u32 vault length | vault.json | u64 db length | db | sha256(all before)``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import struct
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, insert, inspect, select
from sqlalchemy.exc import DatabaseError

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidBackup, JiuError, ProfileDamaged, WrongPassphrase
from jiu_desktop.i18n import translate
from jiu_desktop.models import ErasedParticipant, LocalState
from jiu_desktop.services.sync_service import CONFIG_KEY
from jiu_desktop.sync import identity
from jiu_desktop.sync.changelog import adopt_erasures, erasure_entries, read_clock, save_clock
from jiu_desktop.sync.merge import erase_participant, erased_participants
from jiu_desktop.vault import migrate
from jiu_desktop.vault.atomic import fsync_dir, write_atomic
from jiu_desktop.vault.engine import integrity_check, open_engine, raw_key_literal
from jiu_desktop.vault.paths import ProfilePaths
from jiu_desktop.vault.vaultfile import VaultFile

log = logging.getLogger(__name__)

MAGIC = b"JIU-BACKUP\x00\x01"
SUFFIX = ".jiubackup"
KEEP_AUTOMATIC = 5
KEEP_BEFORE_RESTORE = 3
BEFORE_RESTORE = "before-restore-"
#: The restored database while it is being prepared, beside the profile's own.
INCOMING = ".restore-incoming.db"
#: What interrupted work leaves in ``backups/``: temporary database copies, half-written files.
LEFTOVERS = (".export-*.db*", ".verify-*.db*", ".*.tmp")


class CurrentPassphraseNeeded(JiuError):
    """The passphrase opens the backup but not the profile the restore would replace."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "backup",
                "The current profile does not open with this passphrase. Its passphrase is "
                "needed too, so the people erased in it stay erased. Nothing was changed.",
            )
        )


class CurrentProfileUnreadable(JiuError):
    """The current database cannot be read, so its erasures cannot be carried over."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "backup",
                "The current profile cannot be read, so the people erased in it cannot be "
                "kept erased. Nothing was changed. Restore into an empty folder instead.",
            )
        )


@dataclass(frozen=True)
class BackupContents:
    vault: VaultFile
    database: bytes


def export_database(engine: Engine, data_key: bytes, target: Path) -> None:
    """Write a consistent, encrypted copy of the open database to ``target``."""
    target.unlink(missing_ok=True)
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        path = str(target).replace("'", "''")
        cursor.execute(f"ATTACH DATABASE '{path}' AS backup KEY \"{raw_key_literal(data_key)}\"")
        try:
            cursor.execute("SELECT sqlcipher_export('backup')")
        finally:
            cursor.execute("DETACH DATABASE backup")
        cursor.close()
    finally:
        raw.close()


def pack(vault: VaultFile, database: bytes) -> bytes:
    vault_bytes = vault.to_bytes()
    body = (
        MAGIC
        + struct.pack(">I", len(vault_bytes))
        + vault_bytes
        + struct.pack(">Q", len(database))
        + database
    )
    return body + hashlib.sha256(body).digest()


def unpack(raw: bytes) -> BackupContents:
    if not raw.startswith(MAGIC):
        raise InvalidBackup(translate("backup", "the file does not start like a backup"))
    body, digest = raw[:-32], raw[-32:]
    if len(raw) < len(MAGIC) + 44 or hashlib.sha256(body).digest() != digest:
        raise InvalidBackup(translate("backup", "the file is incomplete or damaged"))
    offset = len(MAGIC)
    (vault_len,) = struct.unpack_from(">I", body, offset)
    offset += 4
    vault_raw = body[offset : offset + vault_len]
    offset += vault_len
    (db_len,) = struct.unpack_from(">Q", body, offset)
    offset += 8
    database = body[offset : offset + db_len]
    if len(database) != db_len or offset + db_len != len(body):
        raise InvalidBackup(translate("backup", "the file is incomplete or damaged"))
    try:
        vault = VaultFile.from_bytes(vault_raw)
    except ProfileDamaged as exc:
        raise InvalidBackup(str(exc)) from None
    return BackupContents(vault, database)


def read_backup(path: Path) -> BackupContents:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidBackup(f"{path}: {exc.strerror}") from None
    return unpack(raw)


def _backup_bytes(engine: Engine, data_key: bytes, paths: ProfilePaths) -> bytes:
    # The temporary copy is encrypted (same key) and lives inside the profile folder.
    paths.backups.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=".db", dir=paths.backups)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        export_database(engine, data_key, tmp)
        return pack(VaultFile.load(paths.vault), tmp.read_bytes())
    finally:
        tmp.unlink(missing_ok=True)


def write_backup(store: Store, out: Path) -> int:
    """Back up the open profile to ``out`` (atomically). Returns the file size in bytes."""
    data = _backup_bytes(store.engine, store.data_key, store.paths)
    try:
        write_atomic(out, data)
    except OSError as exc:
        raise JiuError(
            translate("backup", "Cannot write the backup to {path}: {reason}").format(
                path=out, reason=exc.strerror
            )
        ) from None
    log.info("backup written (%d bytes)", len(data))
    return len(data)


def snapshot_database(engine: Engine, data_key: bytes, paths: ProfilePaths, reason: str) -> Path:
    """Automatic backup inside the profile's ``backups/`` folder; keeps the newest few."""
    started = time.time()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = paths.backups / f"{stamp}-{reason}{SUFFIX}"
    write_atomic(target, _backup_bytes(engine, data_key, paths))
    prune_backups(paths, started)
    return target


def prune_backups(paths: ProfilePaths, started: float) -> None:
    """Keep the newest automatic backups and before-restore copies, and remove what
    interrupted work left behind before ``started`` (a time.time() value).

    Old copies are removed completely: they may hold people erased since (AVG).
    """
    automatic = sorted(paths.backups.glob(f"[0-9]*{SUFFIX}"))
    for old in automatic[:-KEEP_AUTOMATIC]:
        old.unlink(missing_ok=True)
    replaced = sorted(p for p in paths.backups.glob(f"{BEFORE_RESTORE}*") if p.is_dir())
    for old in replaced[:-KEEP_BEFORE_RESTORE]:
        shutil.rmtree(old)
    leftovers = [p for pattern in LEFTOVERS for p in paths.backups.glob(pattern)]
    leftovers += [paths.root / INCOMING, *_sidecars(paths.root / INCOMING)]
    for leftover in leftovers:
        try:
            if leftover.is_file() and leftover.stat().st_mtime < started:
                leftover.unlink()
        except FileNotFoundError:
            continue  # removed meanwhile by whoever made it


def verify_backup(contents: BackupContents, passphrase: str, workdir: Path) -> bytes:
    """Check the passphrase opens the backup and the database inside is sound.

    Returns the data key. Raises WrongPassphrase or InvalidBackup; writes only a temporary
    (encrypted) file in ``workdir`` that it removes again.
    """
    data_key = contents.vault.unlock(passphrase)
    fd, tmp_name = tempfile.mkstemp(prefix=".verify-", suffix=".db", dir=workdir)
    with os.fdopen(fd, "wb") as handle:
        handle.write(contents.database)
    tmp = Path(tmp_name)
    try:
        try:
            engine = open_engine(tmp, data_key)
        except (WrongPassphrase, ProfileDamaged):
            raise InvalidBackup(
                translate("backup", "the database inside cannot be opened")
            ) from None
        try:
            problems = integrity_check(engine)
        finally:
            engine.dispose()
        if problems:
            raise InvalidBackup(translate("backup", "the database inside is damaged"))
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
    return data_key


def restore_backup(
    root: Path,
    backup_file: Path,
    passphrase: str,
    *,
    current_passphrase: str | None = None,
    current_key: bytes | None = None,
) -> None:
    """Replace the (closed) profile in ``root`` by the backup. The current database and
    vault are first moved to ``backups/before-restore-…`` so a restore is never a loss.

    People erased in the current profile stay erased: their erasures are applied to the
    restored database before it is put in place, which needs the current profile's
    passphrase (``current_passphrase``, by default the one that opens the backup), or its
    data key when the caller has the profile open (``current_key``). The restored profile
    takes a new device id when it is next opened.
    """
    started = time.time()
    contents = read_backup(backup_file)
    paths = ProfilePaths(root)
    paths.root.mkdir(parents=True, exist_ok=True)
    paths.backups.mkdir(parents=True, exist_ok=True)
    data_key = verify_backup(contents, passphrase, paths.backups)
    carried = CarriedState()
    if paths.exists():
        if current_key is None:
            current = current_passphrase if current_passphrase is not None else passphrase
            current_key = _current_key(paths, current)
        carried = read_carried_state(paths, current_key)

    incoming = _prepare_incoming(paths, contents.database, data_key, carried)
    if paths.exists():
        keep = paths.backups / f"{BEFORE_RESTORE}{datetime.now():%Y%m%d-%H%M%S-%f}"
        keep.mkdir()
        for path in (paths.database, *_sidecars(paths.database), paths.vault):
            if path.exists():
                shutil.move(path, keep / path.name)
    else:
        for path in _sidecars(paths.database):
            path.unlink(missing_ok=True)
    os.replace(incoming, paths.database)
    contents.vault.save(paths.vault)
    fsync_dir(paths.root)
    prune_backups(paths, started)
    log.info("backup restored (%d erasures carried over)", len(carried.erased))


@dataclass(frozen=True)
class CarriedState:
    """What a restore takes over from the profile it replaces."""

    #: (participant id, hlc, device) of every erased participant.
    erased: list[tuple[str, int, str]] = field(default_factory=list)
    #: (hlc, device, entity, row_id, field, value) of every erasure in the change log.
    erasure_log: list[tuple[int, str, str, str, str, str | None]] = field(default_factory=list)
    #: The last clock reading, so later edits are stamped after everything it did.
    clock: int = 0
    #: Where and with which team it synced: an old backup must not point sync back at a
    #: target or team the laptops have since left.
    sync_config: str | None = None


def _current_key(paths: ProfilePaths, passphrase: str) -> bytes:
    try:
        return VaultFile.load(paths.vault).unlock(passphrase)
    except WrongPassphrase:
        raise CurrentPassphraseNeeded() from None
    except ProfileDamaged:
        raise CurrentProfileUnreadable() from None


def read_carried_state(paths: ProfilePaths, data_key: bytes) -> CarriedState:
    """The erasures and the clock of the current profile; reads only, changes nothing."""
    if not paths.database.is_file():
        return CarriedState()
    try:
        engine = open_engine(paths.database, data_key)
    except (WrongPassphrase, ProfileDamaged):
        raise CurrentProfileUnreadable() from None
    try:
        with engine.connect() as conn:
            return _carried_state(conn)
    except DatabaseError:
        raise CurrentProfileUnreadable() from None
    finally:
        engine.dispose()


def _carried_state(conn: Connection) -> CarriedState:
    erased: list[tuple[str, int, str]] = []
    if inspect(conn).has_table(ErasedParticipant.__tablename__):
        e = ErasedParticipant
        query = select(e.participant_id, e.hlc, e.device)
        erased = [(who, hlc, device) for who, hlc, device in conn.execute(query)]
    erasure_log = erasure_entries(conn)
    clock = read_clock(conn)
    config = conn.execute(select(LocalState.value).where(LocalState.key == CONFIG_KEY)).scalar()
    return CarriedState(erased, erasure_log, clock, config)


def _prepare_incoming(
    paths: ProfilePaths, database: bytes, data_key: bytes, carried: CarriedState
) -> Path:
    """Write the backup's database beside the profile, bring it to the current schema and
    apply ``carried`` to it; it is complete before anything of the profile is moved."""
    incoming = paths.root / INCOMING
    for leftover in _sidecars(incoming):
        leftover.unlink(missing_ok=True)  # a stale WAL must never be applied to it
    write_atomic(incoming, database)
    try:
        engine = open_engine(incoming, data_key)
        try:
            if migrate.needs_upgrade(engine):
                _upgrade(engine)
            with engine.begin() as conn:
                apply_carried_state(conn, carried)
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
    except BaseException:
        for path in (incoming, *_sidecars(incoming)):
            path.unlink(missing_ok=True)
        raise
    return incoming


def _upgrade(engine: Engine) -> None:
    try:
        migrate.upgrade(engine)
    except CommandError:
        raise InvalidBackup(
            translate("backup", "it was made by a newer version of JIU Desktop")
        ) from None


def apply_carried_state(conn: Connection, carried: CarriedState) -> None:
    """Erase here whom the replaced profile had erased, keep its erasure changes for sync
    (unpublished, so they travel again; receivers drop what they have), move the clock
    forward, and mark the database so it takes a new device id when it is next opened
    (``sync/identity.py``): it must not go on with the numbers the replaced one used."""
    already = erased_participants(conn)
    for participant_id, hlc, device in carried.erased:
        if participant_id not in already:
            erase_participant(conn, participant_id, hlc, device)
    adopt_erasures(conn, carried.erasure_log)
    stamps = [read_clock(conn), carried.clock, *(hlc for _, hlc, _ in carried.erased)]
    save_clock(conn, max(stamps))
    local = insert(LocalState).prefix_with("OR REPLACE")
    conn.execute(local.values(key=identity.RESET_KEY, value=identity.RESTORED))
    if carried.sync_config is not None:
        conn.execute(local.values(key=CONFIG_KEY, value=carried.sync_config))


def _sidecars(database: Path) -> tuple[Path, Path]:
    return Path(f"{database}-wal"), Path(f"{database}-shm")
