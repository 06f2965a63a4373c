"""One sync round: publish this device's new changes, then apply everyone else's.

Publishing is crash-safe without locks: unpublished changes are first *assigned* to the next
bundle numbers in a local transaction, then each assigned bundle is uploaded (atomically,
and skipped when that file already exists), then marked published. A round killed at any
instant leaves either nothing assigned, or assigned bundles the next round uploads as the
same files. Pulling applies each bundle and advances that device's counter in one
transaction, so a bundle is applied completely or not at all, and never twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy import Connection, Engine, func, insert, select, update

from jiu_desktop.errors import BundleRejected
from jiu_desktop.models import ChangeLogEntry, LocalState, SyncPeer
from jiu_desktop.sync.bundle import BundleHeader, WireChange, new_nonce, open_bundle, seal
from jiu_desktop.sync.changelog import CLOCK_KEY
from jiu_desktop.sync.clock import HybridLogicalClock
from jiu_desktop.sync.merge import apply_changes
from jiu_desktop.sync.team import TeamKey
from jiu_desktop.sync.transports import Transport, bundle_name

log = logging.getLogger(__name__)

PUBLISHED_KEY = "sync_published_seq"
BUNDLE_LIMIT = 5000

Progress = Callable[[str, int, int], None]


class Store(Protocol):
    """What a round needs of an open profile (services.store.Store provides it)."""

    @property
    def engine(self) -> Engine: ...

    @property
    def device_id(self) -> str: ...

    @property
    def clock(self) -> HybridLogicalClock: ...


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    erased: int = 0
    bundles_out: int = 0
    bundles_in: int = 0
    rejected: list[BundleRejected] = field(default_factory=list)
    touched: dict[str, set[str]] = field(default_factory=dict)


def sync_round(
    store: Store, transport: Transport, team: TeamKey, progress: Progress | None = None
) -> SyncReport:
    report = SyncReport()
    push(store, transport, team, report, progress)
    pull(store, transport, team, report, progress)
    return report


# -- push ----------------------------------------------------------------------------------
def _local(conn: Connection, key: str, default: int = 0) -> int:
    value = conn.execute(select(LocalState.value).where(LocalState.key == key)).scalar()
    return int(value) if value is not None else default


def _set_local(conn: Connection, key: str, value: object) -> None:
    conn.execute(insert(LocalState).prefix_with("OR REPLACE").values(key=key, value=str(value)))


def assign_bundles(store: Store) -> None:
    """Give every unpublished own change a bundle number (at most BUNDLE_LIMIT per bundle)."""
    own = store.device_id
    with store.engine.begin() as conn:
        pending = list(
            conn.execute(
                select(ChangeLogEntry.seq)
                .where(ChangeLogEntry.device == own, ChangeLogEntry.bundle_seq.is_(None))
                .order_by(ChangeLogEntry.seq)
            ).scalars()
        )
        if not pending:
            return
        highest = conn.execute(
            select(func.max(ChangeLogEntry.bundle_seq)).where(ChangeLogEntry.device == own)
        ).scalar()
        next_seq = max(int(highest or 0), _local(conn, PUBLISHED_KEY)) + 1
        for start in range(0, len(pending), BUNDLE_LIMIT):
            chunk = pending[start : start + BUNDLE_LIMIT]
            conn.execute(
                update(ChangeLogEntry)
                .where(ChangeLogEntry.seq >= chunk[0], ChangeLogEntry.seq <= chunk[-1])
                .where(ChangeLogEntry.device == own, ChangeLogEntry.bundle_seq.is_(None))
                .values(bundle_seq=next_seq)
            )
            next_seq += 1


def push(
    store: Store,
    transport: Transport,
    team: TeamKey,
    report: SyncReport,
    progress: Progress | None = None,
) -> None:
    assign_bundles(store)
    own = store.device_id
    with store.engine.connect() as conn:
        published = _local(conn, PUBLISHED_KEY)
        highest = conn.execute(
            select(func.max(ChangeLogEntry.bundle_seq)).where(ChangeLogEntry.device == own)
        ).scalar()
    last = max(int(highest or 0), published)
    for seq in range(published + 1, last + 1):
        if progress:
            progress("push", seq - published, last - published)
        with store.engine.connect() as conn:
            rows = conn.execute(
                select(ChangeLogEntry)
                .where(ChangeLogEntry.device == own, ChangeLogEntry.bundle_seq == seq)
                .order_by(ChangeLogEntry.hlc)
            ).all()
        changes = [
            WireChange(
                r.hlc,
                r.entity,
                r.row_id,
                r.field,
                r.value,
                r.participant_id,
                r.base_hlc,
                r.base_device,
            )
            for r in rows
        ]
        header = BundleHeader(team.team_id, own, seq, team.key_id, new_nonce())
        transport.publish_bundle(own, seq, seal(header, changes, team.key))
        with store.engine.begin() as conn:
            _set_local(conn, PUBLISHED_KEY, seq)
        report.pushed += len(changes)
        report.bundles_out += 1
    log.info("pushed %d changes in %d bundles", report.pushed, report.bundles_out)


# -- pull ----------------------------------------------------------------------------------
def pull(
    store: Store,
    transport: Transport,
    team: TeamKey,
    report: SyncReport,
    progress: Progress | None = None,
) -> None:
    own = store.device_id
    with store.engine.connect() as conn:
        applied = {p.device: p.last_seq for p in conn.execute(select(SyncPeer)).all()}
    work: list[tuple[str, int]] = []
    for device in transport.list_devices():
        if device == own:
            continue
        last = applied.get(device, 0)
        work += [(device, seq) for seq in transport.list_bundles(device) if seq > last]
    blocked: set[str] = set()
    for done, (device, seq) in enumerate(work, start=1):
        if progress:
            progress("pull", done, len(work))
        name = f"{device}/{bundle_name(seq)}"
        data = transport.read_bundle(device, seq)
        try:
            changes = open_bundle(
                data,
                name=name,
                team_id=team.team_id,
                device_id=device,
                seq=seq,
                keys={team.key_id: team.key},
            )
        except BundleRejected as rejected:
            log.warning("bundle rejected: %s", rejected.reason)
            report.rejected.append(rejected)
            blocked.add(device)
            continue
        contiguous = device not in blocked and seq == applied.get(device, 0) + 1
        _apply_bundle(store, device, seq, changes, contiguous, report)
        if contiguous:
            applied[device] = seq
        else:
            blocked.add(device)  # a gap: later files are applied again next round, harmlessly
    log.info("pulled %d changes from %d bundles", report.pulled, report.bundles_in)


def _apply_bundle(
    store: Store,
    device: str,
    seq: int,
    changes: list[WireChange],
    advance: bool,
    report: SyncReport,
) -> None:
    with store.engine.connect() as conn:
        # Rows may arrive before the rows they refer to (a note before its participant,
        # from another device); they stay invisible until the parent arrives.
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.commit()
        try:
            with conn.begin():
                result = apply_changes(conn, device, seq, changes)
                if result.max_hlc:
                    store.clock.receive(result.max_hlc)
                _set_local(conn, CLOCK_KEY, store.clock.last)
                if advance:
                    conn.execute(
                        insert(SyncPeer)
                        .prefix_with("OR REPLACE")
                        .values(device=device, last_seq=seq)
                    )
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
            conn.commit()
    report.pulled += result.new_changes
    report.conflicts += result.conflicts
    report.erased += result.erased
    report.bundles_in += 1
    for entity, ids in result.touched.items():
        report.touched.setdefault(entity, set()).update(ids)
