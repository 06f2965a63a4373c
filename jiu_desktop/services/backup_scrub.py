"""Erased people leave the profile's own backups too.

An erasure (AVG right to be forgotten) removes a participant from the database, but the
automatic backups in ``backups/`` (before a migration) and the copies a restore kept
(``backups/before-restore-…``) are copies of older databases that still hold them. Every
copy encrypted under this profile's data key is opened, the erased participants are
removed from it (with ``secure_delete``), and it is written back atomically. A copy under
another key (a restore from another profile) cannot be opened and is left as it is; backups
the coach saved elsewhere are theirs to delete, and the erasure question says so.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from sqlalchemy import Engine, select

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidBackup, ProfileDamaged, WrongPassphrase
from jiu_desktop.models import ErasedParticipant
from jiu_desktop.sync.merge import erase_participant
from jiu_desktop.vault import migrate
from jiu_desktop.vault.atomic import write_atomic
from jiu_desktop.vault.backups import BEFORE_RESTORE, SUFFIX, pack, unpack
from jiu_desktop.vault.engine import open_engine
from jiu_desktop.vault.paths import ProfilePaths

log = logging.getLogger(__name__)


def erased_ids(store: Store) -> list[tuple[str, int, str]]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(
                ErasedParticipant.participant_id, ErasedParticipant.hlc, ErasedParticipant.device
            )
        )
        return [(who, int(hlc), str(device)) for who, hlc, device in rows]


def scrub_backups(paths: ProfilePaths, data_key: bytes, erased: list[tuple[str, int, str]]) -> int:
    """Remove ``erased`` participants from every copy in ``backups/``; returns how many
    copies were rewritten. Safe to run at any time and again: copies without them are
    left untouched."""
    if not erased or not paths.backups.is_dir():
        return 0
    rewritten = 0
    for copy in sorted(paths.backups.glob(f"[0-9]*{SUFFIX}")):
        rewritten += _scrub_backup_file(copy, paths.backups, data_key, erased)
    for folder in sorted(paths.backups.glob(f"{BEFORE_RESTORE}*")):
        database = folder / paths.database.name
        if database.is_file():
            rewritten += _scrub_database(database, data_key, erased)
    if rewritten:
        log.info("erased participants removed from %d backup copies", rewritten)
    return rewritten


def _scrub_backup_file(
    path: Path, workdir: Path, data_key: bytes, erased: list[tuple[str, int, str]]
) -> int:
    try:
        contents = unpack(path.read_bytes())
    except (OSError, InvalidBackup):
        return 0
    fd, name = tempfile.mkstemp(prefix=".scrub-", suffix=".db", dir=workdir)
    with os.fdopen(fd, "wb") as handle:
        handle.write(contents.database)
    temporary = Path(name)
    try:
        if not _scrub_database(temporary, data_key, erased):
            return 0
        write_atomic(path, pack(contents.vault, temporary.read_bytes()))
        return 1
    finally:
        for leftover in (temporary, Path(f"{temporary}-wal"), Path(f"{temporary}-shm")):
            leftover.unlink(missing_ok=True)


def _scrub_database(path: Path, data_key: bytes, erased: list[tuple[str, int, str]]) -> int:
    try:
        engine = open_engine(path, data_key)
    except (WrongPassphrase, ProfileDamaged):
        return 0  # another key: not this profile's copy
    try:
        if not _holds_any(engine, [who for who, _hlc, _device in erased]):
            return 0
        if migrate.needs_upgrade(engine):
            migrate.upgrade(engine)
        with engine.begin() as conn:
            for who, hlc, device in erased:
                erase_participant(conn, who, hlc, device)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.exec_driver_sql("VACUUM")
        return 1
    finally:
        engine.dispose()


def _holds_any(engine: Engine, ids: list[str]) -> bool:
    marks = ", ".join("?" for _ in ids)
    with engine.connect() as conn:
        for table in ("participant", "change_log"):
            column = "id" if table == "participant" else "participant_id"
            found = conn.exec_driver_sql(
                f"SELECT 1 FROM {table} WHERE {column} IN ({marks}) LIMIT 1", tuple(ids)
            ).first()
            if found:
                return True
    return False


def scrub(store: Store) -> int:
    """The open profile's erasures, applied to its backup copies."""
    return scrub_backups(store.paths, store.data_key, erased_ids(store))
