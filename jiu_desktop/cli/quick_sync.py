"""``jiu-desktop sync`` when nothing changed on either side, answered without loading the
database layer (SQLAlchemy and the models take most of a second to import).

The last full round that found nothing new stored a fingerprint of the target's listing
and of this profile (``sync/quiet.py``). Here the profile is opened with a plain SQLCipher
connection, keyed and set up as the engine's are, and the round is taken as quiet only
when everything the full command would do first would change nothing:

- the schema is at ``vault/migrate.HEAD_REVISION`` (no migration) and no upgrade step
  waits;
- the profile is where it was (``sync/identity.settle_on_open`` would keep its id), and no
  identity notice waits to be said;
- sync is set up, compaction is not due and the clock did not go back;
- the fingerprint of the target's listing now and of the profile's rows is the stored one.

Then the round is recorded as a full nothing-new round records it: a history row with its
start and end and nothing sent, received or wrong, and no missing files. Anything else,
and any error on the way, leaves it to the full round, which stays the one that decides:
this check never fails where the full round would succeed, nor answers where it would not.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jiu_desktop.sync import place, quiet
from jiu_desktop.sync.transports.make import make_transport
from jiu_desktop.vault import migrate, sqlcipher
from jiu_desktop.vault.paths import ProfilePaths

log = logging.getLogger(__name__)


def attempt(root: Path, data_key: bytes) -> bool:
    """True when the round was quiet and is recorded; False: run the full round. The
    caller holds the profile lock."""
    try:
        return _attempt(root, data_key)
    except Exception as doubt:  # any doubt at all: the full round decides
        log.debug("quick sync check not used: %s", type(doubt).__name__)
        return False


def _attempt(root: Path, data_key: bytes) -> bool:
    started = _timestamp()
    conn = sqlcipher.connect(ProfilePaths(root).database, data_key)
    try:
        target = _quiet_target(conn, root)
        if target is None:
            return False
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO sync_run (started_at, finished_at, target, pushed, pulled, conflicts,"
            " rejected, problems, error) VALUES (?, ?, ?, 0, 0, 0, 0, 0, '')",
            (started, _timestamp(), target),
        )
        conn.execute(
            "INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)",
            (quiet.GAPS_KEY, quiet.NO_GAPS),
        )
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # as closing the store does
        return True
    finally:
        conn.close()


def _quiet_target(conn: Any, root: Path) -> str | None:
    """The configured target when this round would be a quiet one; None otherwise."""

    def query(sql: str) -> list[Any]:
        return list(conn.execute(sql).fetchall())

    day = quiet.today()
    conn.execute("BEGIN")  # one reading of every row
    try:
        revisions = query("SELECT version_num FROM alembic_version")
        if revisions != [(migrate.HEAD_REVISION,)]:
            return None
        if migrate.head_revision() != migrate.HEAD_REVISION:
            return None
        if query("SELECT count(*) FROM upgrade_step") != [(0,)]:
            return None
        state = {str(key): str(value) for key, value in query("SELECT key, value FROM local_state")}
        raw = state.get(quiet.FINGERPRINT_KEY)
        if raw is None:
            return None
        stored = quiet.Stored.from_json(raw)
        if not stored.holds_at(quiet.now_ms()):
            return None
        if not state.get(place.DEVICE_KEY) or place.RESET_KEY in state:
            return None
        if place.NOTICE_KEY in state:
            return None
        if state.get(place.HOME_KEY) != place.home_fingerprint(root):
            return None
        config = json.loads(state[quiet.CONFIG_KEY])
        kind, target = str(config["kind"]), str(config["target"])
        user, password = str(config["user"]), str(config["password"])
        local = quiet.local_rows(query)
    finally:
        conn.execute("COMMIT")
    seen = quiet.listing(make_transport(kind, target, user, password))
    if quiet.fingerprint(seen, local, day) != stored.fingerprint:
        return None
    return target


def _timestamp() -> str:
    """Now in UTC as the history keeps it (SQLAlchemy's DateTime in SQLite)."""
    return datetime.now(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
