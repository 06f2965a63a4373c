"""Putting a backup in place of a closed profile, so that it is never a loss.

First the backup is checked (it opens with the passphrase, the database inside is sound),
then its database is prepared beside the profile's own, and only when it is complete are
the files swapped; the replaced database and vault.json move to
``backups/before-restore-…``. What the restored database takes over from the replaced
profile is the caller's decision (``services/backup.py``).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine

from jiu_desktop.errors import InvalidBackup, ProfileDamaged, WrongPassphrase
from jiu_desktop.i18n import translate
from jiu_desktop.vault import migrate
from jiu_desktop.vault.atomic import fsync_dir, write_atomic
from jiu_desktop.vault.backup_file import BackupContents
from jiu_desktop.vault.backups import BEFORE_RESTORE, INCOMING, prune_backups
from jiu_desktop.vault.engine import integrity_check, open_engine
from jiu_desktop.vault.paths import ProfilePaths, sidecars
from jiu_desktop.vault.vaultfile import VaultFile


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
        for leftover in (tmp, *sidecars(tmp)):
            leftover.unlink(missing_ok=True)
    return data_key


def prepare_incoming(
    paths: ProfilePaths,
    database: bytes,
    data_key: bytes,
    carry_over: Callable[[Connection], None],
) -> Path:
    """Write the backup's database beside the profile, bring it to the current schema and
    let ``carry_over`` change it in one transaction; it is complete before anything of the
    profile is moved. Returns where it is."""
    incoming = paths.root / INCOMING
    for leftover in sidecars(incoming):
        leftover.unlink(missing_ok=True)  # a stale WAL must never be applied to it
    write_atomic(incoming, database)
    try:
        engine = open_engine(incoming, data_key)
        try:
            if migrate.needs_upgrade(engine):
                _upgrade(engine)
            with engine.begin() as conn:
                carry_over(conn)
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
    except BaseException:
        for path in (incoming, *sidecars(incoming)):
            path.unlink(missing_ok=True)
        raise
    return incoming


def put_in_place(paths: ProfilePaths, incoming: Path, vault: VaultFile, started: float) -> None:
    """Make the prepared database and the backup's vault.json the profile's. The current
    ones, when there are, move to ``backups/before-restore-…``; then the copies are pruned
    as after any backup (``started``: when the restore began, a time.time() value)."""
    if paths.exists():
        keep = paths.backups / f"{BEFORE_RESTORE}{datetime.now():%Y%m%d-%H%M%S-%f}"
        keep.mkdir()
        for path in (paths.database, *sidecars(paths.database), paths.vault):
            if path.exists():
                shutil.move(path, keep / path.name)
    else:
        for path in sidecars(paths.database):
            path.unlink(missing_ok=True)
    os.replace(incoming, paths.database)
    vault.save(paths.vault)
    fsync_dir(paths.root)
    prune_backups(paths, started)


def _upgrade(engine: Engine) -> None:
    from alembic.util.exc import CommandError  # Alembic only when it is used (start-up time)

    try:
        migrate.upgrade(engine)
    except CommandError:
        raise InvalidBackup(
            translate("backup", "it was made by a newer version of JIU Desktop")
        ) from None
