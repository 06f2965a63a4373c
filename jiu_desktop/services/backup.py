"""Backing up the open profile and restoring a backup, and what a restore keeps.

The files themselves are ``vault/``'s work (``backup_file.py``, ``backups.py``,
``restore.py``). What is decided here: a restore keeps what the replaced profile knew that
the backup may not, namely whom it erased (they stay erased), its clock and where it
synced; and the restored copy takes a new device id when it is next opened.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, insert, inspect, select
from sqlalchemy.exc import DatabaseError

from jiu_desktop.db.store import Store
from jiu_desktop.errors import JiuError, ProfileDamaged, WrongPassphrase
from jiu_desktop.i18n import translate
from jiu_desktop.models import ErasedParticipant, LocalState
from jiu_desktop.services.sync_service import CONFIG_KEY
from jiu_desktop.sync import identity
from jiu_desktop.sync.changelog import adopt_erasures, erasure_entries, read_clock, save_clock
from jiu_desktop.sync.merge import erase_participant, erased_participants
from jiu_desktop.vault.atomic import write_atomic
from jiu_desktop.vault.backup_file import read_backup
from jiu_desktop.vault.backups import backup_bytes
from jiu_desktop.vault.engine import open_engine
from jiu_desktop.vault.paths import ProfilePaths
from jiu_desktop.vault.restore import prepare_incoming, put_in_place, verify_backup
from jiu_desktop.vault.vaultfile import VaultFile

log = logging.getLogger(__name__)


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


def write_backup(store: Store, out: Path) -> int:
    """Back up the open profile to ``out`` (atomically). Returns the file size in bytes."""
    data = backup_bytes(store.engine, store.data_key, store.paths)
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

    incoming = prepare_incoming(
        paths, contents.database, data_key, lambda conn: apply_carried_state(conn, carried)
    )
    put_in_place(paths, incoming, contents.vault, started)
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
