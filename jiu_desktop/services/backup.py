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
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from jiu_desktop.errors import InvalidBackup, JiuError, ProfileDamaged, WrongPassphrase
from jiu_desktop.i18n import translate
from jiu_desktop.services.store import Store
from jiu_desktop.vault.atomic import fsync_dir, write_atomic
from jiu_desktop.vault.engine import integrity_check, open_engine, raw_key_literal
from jiu_desktop.vault.paths import ProfilePaths
from jiu_desktop.vault.vaultfile import VaultFile

log = logging.getLogger(__name__)

MAGIC = b"JIU-BACKUP\x00\x01"
SUFFIX = ".jiubackup"
KEEP_AUTOMATIC = 5


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
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = paths.backups / f"{stamp}-{reason}{SUFFIX}"
    write_atomic(target, _backup_bytes(engine, data_key, paths))
    automatic = sorted(p for p in paths.backups.glob(f"*{SUFFIX}"))
    for old in automatic[:-KEEP_AUTOMATIC]:
        old.unlink(missing_ok=True)
    return target


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


def restore_backup(root: Path, backup_file: Path, passphrase: str) -> None:
    """Replace the (closed) profile in ``root`` by the backup. The current database and
    vault are first moved to ``backups/before-restore-…`` so a restore is never a loss."""
    contents = read_backup(backup_file)
    paths = ProfilePaths(root)
    paths.root.mkdir(parents=True, exist_ok=True)
    paths.backups.mkdir(parents=True, exist_ok=True)
    verify_backup(contents, passphrase, paths.backups)

    incoming = paths.root / ".restore-incoming.db"
    write_atomic(incoming, contents.database)
    if paths.exists():
        keep = paths.backups / f"before-restore-{datetime.now():%Y%m%d-%H%M%S-%f}"
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
    log.info("backup restored")


def _sidecars(database: Path) -> tuple[Path, Path]:
    return Path(f"{database}-wal"), Path(f"{database}-shm")
