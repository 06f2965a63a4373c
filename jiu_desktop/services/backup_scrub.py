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
from pathlib import Path

from sqlalchemy import Engine, select

from jiu_desktop.db.store import Store
from jiu_desktop.errors import ProfileDamaged, WrongPassphrase
from jiu_desktop.models import ErasedParticipant
from jiu_desktop.sync.merge import erase_participant
from jiu_desktop.vault import migrate
from jiu_desktop.vault.backups import automatic_backups, edit_database_inside, replaced_profiles
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
    for copy in automatic_backups(paths):
        edited = edit_database_inside(
            copy, paths.backups, lambda database: _scrub_database(database, data_key, erased)
        )
        rewritten += int(edited)
    for folder in replaced_profiles(paths):
        database = folder / paths.database.name
        if database.is_file():
            rewritten += int(_scrub_database(database, data_key, erased))
    if rewritten:
        log.info("erased participants removed from %d backup copies", rewritten)
    return rewritten


def _scrub_database(path: Path, data_key: bytes, erased: list[tuple[str, int, str]]) -> bool:
    """Erase ``erased`` in the database at ``path``; False when none of them is in it, or
    when it is under another key (not this profile's copy)."""
    try:
        engine = open_engine(path, data_key)
    except (WrongPassphrase, ProfileDamaged):
        return False
    try:
        if not _holds_any(engine, [who for who, _hlc, _device in erased]):
            return False
        if migrate.needs_upgrade(engine):
            migrate.upgrade(engine)
        with engine.begin() as conn:
            for who, hlc, device in erased:
                erase_participant(conn, who, hlc, device)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.exec_driver_sql("VACUUM")
        return True
    finally:
        engine.dispose()


def _holds_any(engine: Engine, ids: list[str]) -> bool:
    marks = ", ".join("?" for _ in ids)
    with engine.connect() as conn:
        tables = {str(name) for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        # A backup made before migration 0011 has no received_row.
        for table in ("participant", "change_log", "received_row"):
            if table not in tables:
                continue
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
