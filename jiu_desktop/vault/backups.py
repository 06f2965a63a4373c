"""The profile's backups: making a backup file, the automatic copies in ``backups/`` and
how many of them are kept, and changing the database inside a copy.

The database copy is made with ``sqlcipher_export`` and stays encrypted under the same
data key (``vault/backup_file.py`` holds the file format). Putting a backup in place of a
profile is ``vault/restore.py``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from jiu_desktop.errors import InvalidBackup
from jiu_desktop.vault.atomic import fsync_dir, write_atomic
from jiu_desktop.vault.backup_file import pack, unpack
from jiu_desktop.vault.engine import raw_key_literal
from jiu_desktop.vault.paths import ProfilePaths, sidecars
from jiu_desktop.vault.vaultfile import VaultFile

SUFFIX = ".jiubackup"
KEEP_AUTOMATIC = 5
KEEP_BEFORE_RESTORE = 3
BEFORE_RESTORE = "before-restore-"
#: The restored database while it is being prepared, beside the profile's own.
INCOMING = ".restore-incoming.db"
#: What interrupted work leaves in ``backups/``: temporary database copies, half-written files.
LEFTOVERS = (".export-*.db*", ".verify-*.db*", ".*.tmp")


def export_database(
    engine: Engine, data_key: bytes, target: Path, *, unjournaled: bool = False
) -> None:
    """Write a consistent, encrypted copy of the open database to ``target``.

    ``unjournaled``: for a file no one uses until it is complete (a new profile's
    database, written before its vault.json): without a journal and a sync after each
    statement, and synced once when written. An empty schema took 0.10 s the usual way
    (a sync per table), 0.01 s so."""
    target.unlink(missing_ok=True)
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        path = str(target).replace("'", "''")
        cursor.execute(f"ATTACH DATABASE '{path}' AS backup KEY \"{raw_key_literal(data_key)}\"")
        try:
            if unjournaled:
                cursor.execute("PRAGMA backup.journal_mode = OFF")
                cursor.execute("PRAGMA backup.synchronous = OFF")
            cursor.execute("SELECT sqlcipher_export('backup')")
        finally:
            cursor.execute("DETACH DATABASE backup")
        cursor.close()
    finally:
        raw.close()
    if unjournaled:
        with open(target, "rb+") as written:
            os.fsync(written.fileno())
        fsync_dir(target.parent)


def backup_bytes(engine: Engine, data_key: bytes, paths: ProfilePaths) -> bytes:
    """The whole backup file of the open profile, in memory."""
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


def snapshot_database(engine: Engine, data_key: bytes, paths: ProfilePaths, reason: str) -> Path:
    """Automatic backup inside the profile's ``backups/`` folder; keeps the newest few."""
    started = time.time()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = paths.backups / f"{stamp}-{reason}{SUFFIX}"
    write_atomic(target, backup_bytes(engine, data_key, paths))
    prune_backups(paths, started)
    return target


def automatic_backups(paths: ProfilePaths) -> list[Path]:
    """The automatic backup files in ``backups/``, oldest first (named by their time)."""
    return sorted(paths.backups.glob(f"[0-9]*{SUFFIX}"))


def replaced_profiles(paths: ProfilePaths) -> list[Path]:
    """The folders in which restores kept the profile they replaced, oldest first."""
    return sorted(p for p in paths.backups.glob(f"{BEFORE_RESTORE}*") if p.is_dir())


def prune_backups(paths: ProfilePaths, started: float) -> None:
    """Keep the newest automatic backups and before-restore copies, and remove what
    interrupted work left behind before ``started`` (a time.time() value).

    Old copies are removed completely: they may hold people erased since (AVG).
    """
    for old in automatic_backups(paths)[:-KEEP_AUTOMATIC]:
        old.unlink(missing_ok=True)
    for old in replaced_profiles(paths)[:-KEEP_BEFORE_RESTORE]:
        shutil.rmtree(old)
    leftovers = [p for pattern in LEFTOVERS for p in paths.backups.glob(pattern)]
    leftovers += [paths.root / INCOMING, *sidecars(paths.root / INCOMING)]
    for leftover in leftovers:
        try:
            if leftover.is_file() and leftover.stat().st_mtime < started:
                leftover.unlink()
        except FileNotFoundError:
            continue  # removed meanwhile by whoever made it


def edit_database_inside(path: Path, workdir: Path, edit: Callable[[Path], bool]) -> bool:
    """Hand the database inside the backup file ``path`` to ``edit``, as a temporary
    (still encrypted) file in ``workdir``; when ``edit`` says it changed it, write the
    backup file again, atomically. A file that is no readable backup is left alone."""
    try:
        contents = unpack(path.read_bytes())
    except (OSError, InvalidBackup):
        return False
    fd, name = tempfile.mkstemp(prefix=".scrub-", suffix=".db", dir=workdir)
    with os.fdopen(fd, "wb") as handle:
        handle.write(contents.database)
    temporary = Path(name)
    try:
        if not edit(temporary):
            return False
        write_atomic(path, pack(contents.vault, temporary.read_bytes()))
        return True
    finally:
        for leftover in (temporary, *sidecars(temporary)):
            leftover.unlink(missing_ok=True)
