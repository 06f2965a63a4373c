"""This laptop's identity in the team, and what happens when a profile turns up twice.

A device id names one line of history: the changes one copy of a profile made, and the
bundle numbers it used. A restored backup, or a profile folder copied to a second laptop,
would carry on that line from an older point (or twice at once), reuse bundle numbers that
already exist on the remote, and lose one side's work without a word. So a profile that
was restored, or that is opened on another machine or in another folder than before, or
that finds files under its own number it did not write, takes a *new* device id:

- the old id becomes a peer like any other laptop: its bundles above what this copy had
  published are pulled (the other copy's work comes back, erasures included);
- own changes that the old id had not published go out again in the new id's bundles,
  still named as the old id's (a change both copies published is then one change); two
  copies that wrote different changes with the same stamp are reported, never merged.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from sqlalchemy import Connection, delete, insert, select

from jiu_desktop.models import LocalState, SyncPeer
from jiu_desktop.sync import ranges
from jiu_desktop.sync.place import DEVICE_KEY as DEVICE_KEY
from jiu_desktop.sync.place import HOME_KEY as HOME_KEY
from jiu_desktop.sync.place import NOTICE_KEY as NOTICE_KEY
from jiu_desktop.sync.place import RESET_KEY as RESET_KEY
from jiu_desktop.sync.place import home_fingerprint as home_fingerprint

log = logging.getLogger(__name__)

RETIRED_KEY = "retired_devices"
PUBLISHED_KEY = "sync_published_seq"

RESTORED, COPIED, CLASHED = "restored", "copied", "clashed"


def _state(conn: Connection) -> dict[str, str]:
    return {key: value for key, value in conn.execute(select(LocalState.key, LocalState.value))}


def _put(conn: Connection, key: str, value: str) -> None:
    conn.execute(insert(LocalState).prefix_with("OR REPLACE").values(key=key, value=value))


def settle_on_open(conn: Connection, profile_root: Path, new_id: str) -> str:
    """The device id to use, taking ``new_id`` when this copy is not where it was."""
    state = _state(conn)
    device = state.get(DEVICE_KEY)
    home = home_fingerprint(profile_root)
    if device is None:
        _put(conn, DEVICE_KEY, new_id)
        _put(conn, HOME_KEY, home)
        return new_id
    reason = None
    if RESET_KEY in state:
        reason = RESTORED
    elif state.get(HOME_KEY, home) != home:
        reason = COPIED
    if state.get(HOME_KEY) != home:  # written only when it changes: opening writes nothing
        _put(conn, HOME_KEY, home)
    if RESET_KEY in state:
        conn.execute(delete(LocalState).where(LocalState.key == RESET_KEY))
    if reason is None:
        return device
    retire(conn, device, new_id, reason)
    return new_id


def retire(conn: Connection, old: str, new: str, reason: str) -> None:
    """Continue as ``new``; ``old`` becomes a peer from what this copy had published."""
    state = _state(conn)
    published = int(state.get(PUBLISHED_KEY, "0"))
    retired = json.loads(state.get(RETIRED_KEY, "{}"))
    retired[old] = published
    _put(conn, RETIRED_KEY, json.dumps(retired))
    _put(conn, DEVICE_KEY, new)
    _put(conn, PUBLISHED_KEY, "0")
    _put(conn, NOTICE_KEY, reason)
    existing = conn.execute(select(SyncPeer.last_seq).where(SyncPeer.device == old)).scalar()
    if existing is None:
        conn.execute(
            insert(SyncPeer).values(
                device=old, last_seq=published, known_seq=published, applied_above="[]"
            )
        )
    log.info("profile continues under a new device id (%s)", reason)


def move_unpublished(conn: Connection, own: str) -> int:
    """Send the retired ids' unpublished changes from ``own``'s bundles; before any pull.

    The changes keep their identity (the old id as author, their stamp): where the other
    copy published the same change, every laptop sees one write, not two. Returns how many
    changes wait to go out again.
    """
    state = _state(conn)
    retired: dict[str, int] = json.loads(state.get(RETIRED_KEY, "{}"))
    if not retired:
        return 0
    # Bundles numbered above what was published were never sent: their entries wait again.
    ranges.forget_above(conn, min(retired.values()))
    upto = ranges.numbered_upto(conn)
    marks = ", ".join("?" * len(retired))
    moved = int(
        conn.exec_driver_sql(
            f"SELECT count(*) FROM change_log WHERE {ranges.SENDING} AND seq > ?"
            f" AND device IN ({marks})",
            (upto, *retired),
        ).scalar_one()
    )
    conn.execute(delete(LocalState).where(LocalState.key == RETIRED_KEY))
    return moved


def take_notice(conn: Connection) -> str | None:
    """Why this profile took a new device id, once (None when it did not)."""
    reason = conn.execute(select(LocalState.value).where(LocalState.key == NOTICE_KEY)).scalar()
    if reason is not None:
        conn.execute(delete(LocalState).where(LocalState.key == NOTICE_KEY))
    return reason


def peek_notice(conn: Connection) -> str | None:
    return conn.execute(select(LocalState.value).where(LocalState.key == NOTICE_KEY)).scalar()
