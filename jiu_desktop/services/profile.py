"""Profiles: create, unlock (passphrase or recovery key), change the passphrase."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine, inspect

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, ProfileExists, ProfileNotFound
from jiu_desktop.i18n import translate
from jiu_desktop.services import memberships, search_schema, upgrade_steps
from jiu_desktop.services.empty_database import write_new_database
from jiu_desktop.sync.merge import materialise_after_upgrade
from jiu_desktop.vault import migrate
from jiu_desktop.vault.backups import snapshot_database
from jiu_desktop.vault.engine import open_engine
from jiu_desktop.vault.paths import ProfilePaths, sidecars
from jiu_desktop.vault.vaultfile import VaultFile, new_vault

log = logging.getLogger(__name__)

MIN_PASSPHRASE_LENGTH = 8
DEMO_PASSPHRASE = "demo-jiu-2026"


def check_passphrase(passphrase: str) -> None:
    """Refuse passphrases that are too short to protect this kind of data."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InvalidInput(
            translate("profile", "The passphrase needs at least {n} characters.").format(
                n=MIN_PASSPHRASE_LENGTH
            )
        )


def passphrase_strength(passphrase: str) -> int:
    """A rough 0–4 score for the strength hint: length and variety, not a guarantee."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return 0
    classes = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    score = 1 + (len(passphrase) >= 12) + (len(passphrase) >= 16) + (classes >= 3)
    if len(set(passphrase)) < 5:
        score = 1
    return min(score, 4)


def load_vault(root: Path) -> VaultFile:
    paths = ProfilePaths(root)
    if not paths.exists():
        raise ProfileNotFound(root)
    return VaultFile.load(paths.vault)


def create_profile(
    root: Path, name: str, passphrase: str, *, demo: bool = False
) -> tuple[Store, str]:
    """Create an empty, encrypted profile. Returns the open store and the recovery key,
    which is shown once and never stored in readable form."""
    paths = ProfilePaths(root)
    if paths.exists():
        raise ProfileExists(root)
    name = name.strip()
    if not name:
        raise InvalidInput(translate("profile", "The profile needs a name."))
    if not demo:
        check_passphrase(passphrase)
    paths.root.mkdir(parents=True, exist_ok=True)
    for leftover in (paths.database, *sidecars(paths.database)):
        leftover.unlink(missing_ok=True)  # a creation that was interrupted before vault.json
    vault, data_key, recovery_key = new_vault(name, passphrase, demo=demo)
    write_new_database(paths.database, data_key)
    engine = open_engine(paths.database, data_key)
    search_schema.bring_in_line(engine)  # as at every unlock: one read of the schema
    vault.save(paths.vault)
    log.info("profile created")
    return Store(paths, engine, data_key), recovery_key


def discard_new_profile(root: Path) -> None:
    """Remove a profile that :func:`create_profile` just made, when the coach stops before
    confirming the recovery key: exactly the files it wrote, the vault first (after that
    the folder no longer counts as a profile, so the next start begins again). The folder,
    its lock and its preferences stay. The store must be closed."""
    paths = ProfilePaths(root)
    paths.vault.unlink(missing_ok=True)
    for written in (paths.database, *sidecars(paths.database)):
        written.unlink(missing_ok=True)
    log.info("new profile discarded")


def open_profile(root: Path, passphrase: str) -> Store:
    """Unlock with the passphrase; a wrong one raises WrongPassphrase and touches nothing."""
    vault = load_vault(root)
    data_key = vault.unlock(passphrase)
    return open_with_key(root, data_key)


def verify_passphrase(root: Path, passphrase: str) -> None:
    """Raise WrongPassphrase unless ``passphrase`` unlocks this profile; the key it gives
    is dropped at once. The check before a participant hands the laptop back to the coach:
    the real key derivation, not a flag a participant could get around."""
    load_vault(root).unlock(passphrase)


def open_with_recovery_key(root: Path, recovery_key: str, new_passphrase: str) -> Store:
    """The forgotten-passphrase path: unlock with the recovery key, set a new passphrase."""
    vault = load_vault(root)
    data_key = vault.unlock_with_recovery(recovery_key)
    check_passphrase(new_passphrase)
    vault.rewrap(data_key, new_passphrase).save(ProfilePaths(root).vault)
    log.info("passphrase reset with recovery key")
    return open_with_key(root, data_key)


def change_passphrase(root: Path, old: str, new: str) -> None:
    vault = load_vault(root)
    data_key = vault.unlock(old)
    check_passphrase(new)
    vault.rewrap(data_key, new).save(ProfilePaths(root).vault)
    log.info("passphrase changed")


def open_with_key(root: Path, data_key: bytes) -> Store:
    """Open the database; migrate it (after an automatic backup) when the schema is old;
    bring the search schema in line with the declarations (``services/search_schema.py``);
    write the rows a migration left to be written (``services/upgrade_steps.py``) and the
    group of today (``services/memberships.py``)."""
    paths = ProfilePaths(root)
    engine = open_engine(paths.database, data_key)
    if migrate.needs_upgrade(engine):
        if migrate.current_revision(engine) is not None:
            snapshot_database(engine, data_key, paths, reason="before-migration")
        before = schema_columns(engine)
        migrate.upgrade(engine)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys = OFF")  # as when a bundle is applied
            conn.commit()
            with conn.begin():
                materialise_after_upgrade(conn, before)
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
            conn.commit()
    # Every time, not only after a migration: a declaration may gain a search field alone.
    search_schema.bring_in_line(engine)
    store = Store(paths, engine, data_key)
    upgrade_steps.run_pending(store)  # rows a migration asked for, captured so they sync
    memberships.refresh_current_groups(store)  # the group of today, as days pass
    return store


def schema_columns(engine: Engine) -> dict[str, set[str]]:
    """The columns of every table: compared before and after a migration."""
    inspector = inspect(engine)
    return {t: {c["name"] for c in inspector.get_columns(t)} for t in inspector.get_table_names()}
