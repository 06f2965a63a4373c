"""Compaction: write a snapshot now and then, and retire the files it makes unnecessary.

At the end of a round (and at once with ``sync --compact``) a laptop writes a snapshot
(sync/snapshots.py) when its last one is older than ``INTERVAL_MS`` and something changed
since, or when a participant was erased since. Then it retires (deletes):

- its own bundles that a verified snapshot covers and that every laptop seen within
  ``HORIZON_MS`` (its card written since) has applied, as its card says;
- the bundles of a laptop not seen within the horizon (lost, or away for long), once a
  snapshot covers them;
- its own snapshots, and those of a laptop not seen within the horizon, once a newer
  snapshot covers at least as much.

Nothing is lost by retiring: a laptop that finds numbers missing that a snapshot covers
starts from that snapshot, and its own unpublished changes still go out and merge by the
same rules. So an erased participant is gone from the remote once every laptop seen within
the horizon has applied the erasure and compacted: within ``HORIZON_MS`` + ``INTERVAL_MS``
+ one round, and within a day when all laptops sync daily.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, select, text

from jiu_desktop.models import ErasedParticipant
from jiu_desktop.sync import devices, received, snapshots
from jiu_desktop.sync.identity import PUBLISHED_KEY
from jiu_desktop.sync.report import SyncReport
from jiu_desktop.sync.team import TeamKey
from jiu_desktop.sync.transports import Transport
from jiu_desktop.sync.vouching import DAY_MS, HORIZON_MS

if TYPE_CHECKING:
    from jiu_desktop.sync.engine import Store

log = logging.getLogger(__name__)

INTERVAL_MS = DAY_MS
STATE_KEY = "sync_compaction"


@dataclass
class State:
    """What this laptop remembers of its compactions (in ``local_state``)."""

    ran_ms: int = 0
    snapshot_ms: int = 0
    number: int = 0
    #: What the last snapshot was made of: the change log's last entry and the covers.
    mark: list[object] = field(default_factory=list)
    erased: int = 0
    #: An erasure whose data may still be on the remote: compact every round until not.
    erasure_waiting: bool = False
    #: The highest own bundle number a verified snapshot covers (push does not rewrite it).
    own_covered: int = 0


def now_ms() -> int:
    return int(time.time() * 1000)


def load_state(conn: Connection) -> State:
    raw = conn.execute(text(_GET), {"key": STATE_KEY}).scalar()
    return State(**json.loads(raw)) if raw else State()


def _save_state(conn: Connection, state: State) -> None:
    conn.execute(text(_PUT), {"key": STATE_KEY, "value": json.dumps(asdict(state))})


_GET = "SELECT value FROM local_state WHERE key = :key"
_PUT = "INSERT OR REPLACE INTO local_state (key, value) VALUES (:key, :value)"


def _published(conn: Connection) -> int:
    return int(conn.execute(text(_GET), {"key": PUBLISHED_KEY}).scalar() or 0)


def _erased(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(ErasedParticipant)).scalar() or 0)


def _mark(conn: Connection, own: str, published: int) -> list[object]:
    """What a snapshot would be written from: how far the log goes (both its tables) and
    what this laptop applied; the first item is empty while the log is."""
    log = received.floor(conn)
    return [list(log) if any(log) else [], devices.applied_here(conn, own, published)]


def compact_soon(conn: Connection) -> None:
    """Make the next round write a snapshot and retire what it can (after a laptop was
    removed from the team: the snapshot is sealed under the new key, and the removed
    laptop's bundles go once it covers them)."""
    state = load_state(conn)
    state.ran_ms = state.snapshot_ms = 0
    state.mark = []
    _save_state(conn, state)


def due(store: Store) -> bool:
    """Whether a round should end with a compaction (it costs requests: not every round).
    A laptop's first round starts the clock: its first compaction comes a day later."""
    with store.engine.begin() as conn:
        when = due_at(conn)
        if when is None:
            erased = _erased(conn)
            _save_state(conn, State(ran_ms=now_ms(), snapshot_ms=now_ms(), erased=erased))
            return False
    return now_ms() >= when


def due_at(conn: Connection) -> int | None:
    """From when on a round ends with a compaction (ms since the epoch; 0: the next round
    does): a day after the last one, at once after an erasure since, and every round while
    an erasure's data may still be on the remote. None before the first round started the
    clock (``due`` starts it)."""
    stored = conn.execute(text(_GET), {"key": STATE_KEY}).scalar()
    if stored is None:
        return None
    state = load_state(conn)
    if _erased(conn) != state.erased or state.erasure_waiting:
        return 0
    return state.ran_ms + INTERVAL_MS


def compact(
    store: Store, transport: Transport, team: TeamKey, report: SyncReport, *, now: bool = False
) -> None:
    """Write a snapshot when one is due (``now``: whenever anything changed since the last),
    then retire what the snapshots make unnecessary."""
    own = store.device_id
    moment = now_ms()
    with store.engine.connect() as conn:
        state = load_state(conn)
        published = _published(conn)
        mark = _mark(conn, own, published)
        erased = _erased(conn)
    entries = transport.list_snapshots()
    usable = snapshots.read_usable(store, transport, team, report.snapshot_problems)
    changed = mark != state.mark and bool(mark[0])
    erasure = erased != state.erased
    if changed and (now or erasure or moment - state.snapshot_ms >= INTERVAL_MS):
        number = max([state.number, *(n for d, n in entries if d == own)]) + 1
        written = _write(store, transport, team, number, published)
        usable.insert(0, written)
        report.snapshot_written = written.name
        state.number, state.snapshot_ms, state.mark = written.n, written.written_ms, mark
    cards = _cards(store, transport, team, report)
    # A laptop taken out of the team counts as away: its bundles are retired once a
    # snapshot this laptop checked covers them, so a laptop joining later never reads what
    # it may have written over since, and its card no longer holds anything back.
    removed = {d for d in cards if team.removal(d) is not None}
    blocked = _retire(store, transport, usable, cards, report, moment, removed)
    state.own_covered = max([state.own_covered, *(s.covers.get(own, 0) for s in usable)])
    state.ran_ms, state.erased = moment, erased
    state.erasure_waiting = blocked and (erasure or state.erasure_waiting)
    with store.engine.begin() as conn:
        _save_state(conn, state)
    log.info("compaction: snapshot %s, %d files retired", report.snapshot_written, report.retired)


def _write(
    store: Store, transport: Transport, team: TeamKey, number: int, published: int
) -> snapshots.Snapshot:
    own = store.device_id
    with store.engine.begin() as conn:
        signer = devices.signing_key(conn, own)
        changes = snapshots.pruned_changes(conn, published)
        covers = devices.applied_here(conn, own, published)
    if not published:
        covers.pop(own)
    written_ms = now_ms()
    while True:
        data = snapshots.seal_snapshot(team, own, number, signer, covers, changes, written_ms)
        if transport.publish_snapshot(own, number, data):
            break
        number += 1  # a number this laptop gave out before it was restored: skip it
    # made from this laptop's own log: it holds for every device as far as it covers it
    return snapshots.Snapshot(own, number, written_ms, covers, b"", (own, *covers))


def _cards(
    store: Store, transport: Transport, team: TeamKey, report: SyncReport
) -> dict[str, devices.DeviceCard]:
    """Every listed device's card as it is on the remote now: the ones that changed since
    the pull read them are read again (their listing stamp), the rest are as pinned."""
    listed = [d for d in transport.list_devices() if d != store.device_id]
    with store.engine.begin() as conn:
        refused = devices.refresh_cards(conn, transport, team, listed)
        pinned = devices.pinned_cards(conn)
    report.refused_cards += [str(p) for p in refused if str(p) not in report.refused_cards]
    return {device: pinned[device] for device in listed if device in pinned}


def _retire(
    store: Store,
    transport: Transport,
    usable: list[snapshots.Snapshot],
    cards: dict[str, devices.DeviceCard],
    report: SyncReport,
    moment: int,
    removed: set[str],
) -> bool:
    """Delete what the snapshots make unnecessary; True when own bundles that a snapshot
    covers stay because a laptop seen within the horizon has not applied them yet."""
    own = store.device_id
    recent = {
        d: c for d, c in cards.items() if moment - c.written_ms <= HORIZON_MS and d not in removed
    }
    away = [d for d in cards if d not in recent]

    def covered(device: str) -> int:
        """How far a snapshot covers ``device`` that this laptop checked for its changes
        (sync/vouching.py): for its own, one it vouched for."""
        return max([0, *(s.covers.get(device, 0) for s in usable if device in s.checked)])

    blocked = False
    applied_by_all = min([covered(own), *(c.applied.get(own, 0) for c in recent.values())])
    for seq in transport.list_bundles(own):
        if seq <= applied_by_all:
            transport.delete_bundle(own, seq)
            report.retired += 1
        elif seq <= covered(own):
            blocked = True
    for device in away:
        for seq in transport.list_bundles(device):
            if seq <= covered(device):
                transport.delete_bundle(device, seq)
                report.retired += 1
    for snapshot in usable:
        if snapshot.device != own and snapshot.device not in away:
            continue
        if any(_order(s) > _order(snapshot) and s.covers_all_of(snapshot) for s in usable):
            transport.delete_snapshot(snapshot.device, snapshot.n)
            report.retired += 1
    return blocked


def _order(snapshot: snapshots.Snapshot) -> tuple[int, str, int]:
    return (snapshot.written_ms, snapshot.device, snapshot.n)


def covered_own(store: Store, transport: Transport, team: TeamKey, missing: list[int]) -> int:
    """The highest own number a snapshot covers, for the push: own files that went missing
    below it were retired (by this laptop, or by the others while it was away), and are
    not written again. The remote's snapshots are read only when the local record does
    not already explain what is missing."""
    with store.engine.connect() as conn:
        known = load_state(conn).own_covered
    if all(seq <= known for seq in missing):
        return known
    problems: list[str] = []
    usable = snapshots.read_usable(store, transport, team, problems)
    return max([known, *(s.covers.get(store.device_id, 0) for s in usable)])
