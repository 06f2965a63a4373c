"""Snapshots and erasures as this laptop knows them, for the Settings and ``sync-status``:
the newest snapshot the team has, and until when an erased participant's data may still
be on the sync target. Read from ``local_state`` only, never from the network: the last
round remembered what it saw (sync/snapshots.py ``SEEN_KEY``, sync/compaction.py
``State``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, func, select

from jiu_desktop.db.store import Store
from jiu_desktop.models import ErasedParticipant, LocalState
from jiu_desktop.services import sync_service
from jiu_desktop.sync import compaction, devices, snapshots
from jiu_desktop.sync.clock import unpack
from jiu_desktop.sync.transports import SNAPSHOT_NAME


@dataclass(frozen=True)
class NewestSnapshot:
    device: str
    written: datetime
    #: What its coach calls the laptop that wrote it ("" when it has no name here).
    name: str
    this_laptop: bool


@dataclass(frozen=True)
class SyncOverview:
    #: None until a laptop of the team has written one (as far as the last round saw).
    snapshot: NewestSnapshot | None
    #: When an erased participant's data is gone from the target at the latest; None when
    #: no erasure waits for that.
    erasure_gone_by: datetime | None


def sync_overview(store: Store) -> SyncOverview | None:
    """None when sync is not set up."""
    days = sync_service.erasure_leaves_server_within_days(store)
    if days is None:
        return None
    with store.engine.connect() as conn:
        newest = newest_snapshot(conn, store.device_id)
        erased_ms = erasure_waiting_since(conn)
    gone_by = None
    if erased_ms is not None:
        gone_by = datetime.fromtimestamp(erased_ms / 1000, UTC) + timedelta(days=days)
    return SyncOverview(newest, gone_by)


def _local(conn: Connection, key: str) -> str | None:
    return conn.execute(select(LocalState.value).where(LocalState.key == key)).scalar()


def newest_snapshot(conn: Connection, own: str) -> NewestSnapshot | None:
    """The newest of the snapshots the last round found usable on the target, and of this
    laptop's own (its newest is written after the listing, so it is not among them)."""
    seen = json.loads(_local(conn, snapshots.SEEN_KEY) or "{}")
    found: list[tuple[int, str]] = [
        (int(meta[0]), match.group(1))
        for name, meta in seen.items()
        if isinstance(meta, list) and (match := SNAPSHOT_NAME.match(name))
    ]
    state = compaction.load_state(conn)
    if state.number:
        found.append((state.snapshot_ms, own))
    if not found:
        return None
    written_ms, device = max(found)
    names = devices.laptop_names(conn, own)
    return NewestSnapshot(
        device,
        datetime.fromtimestamp(written_ms / 1000, UTC),
        names.get(device, ""),
        this_laptop=device == own,
    )


def erasure_waiting_since(conn: Connection) -> int | None:
    """When the newest erasure happened (ms), while its data may still be on the target:
    compaction has not run since it, or found files of it that not every laptop has
    applied yet."""
    row = conn.execute(
        select(func.count(), func.max(ErasedParticipant.hlc)).select_from(ErasedParticipant)
    ).one()
    count, newest = int(row[0] or 0), row[1]
    if not count:
        return None
    state = compaction.load_state(conn)
    if count == state.erased and not state.erasure_waiting:
        return None
    return unpack(int(newest))[0]
