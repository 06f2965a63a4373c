"""Receiving: apply every other device's new bundles, and say what could not be applied.

Each bundle is applied in one transaction together with the record of what has been
applied from its device, so it is applied completely or not at all, and never twice.
Bundles may be applied out of order (the merge does not depend on order); a number that
is missing is a *gap*, reported every round until the file turns up. What a laptop knows
exists comes from the listings and from the ``seen`` record in every bundle, so even a
device whose whole folder disappeared is noticed. A bundle that cannot be read or applied
is refused on its own, with its file named, and the rest of the round goes on. A laptop
that joins, or lacks numbers that compaction retired, first starts from a snapshot
(sync/snapshots.py); the numbers it covers are then neither a gap nor replayed.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Connection, insert, select
from sqlalchemy.exc import SQLAlchemyError

from jiu_desktop.errors import BundleRejected
from jiu_desktop.i18n import translate
from jiu_desktop.models import SyncPeer
from jiu_desktop.sync import devices, received, removals, snapshots
from jiu_desktop.sync.bulk import applying
from jiu_desktop.sync.bundle import Bundle, Signer, open_bundle
from jiu_desktop.sync.changelog import save_clock
from jiu_desktop.sync.merge import ApplyResult, apply_bundles, check_rows
from jiu_desktop.sync.report import Clash, FutureChanges, Gap, Progress, SyncReport
from jiu_desktop.sync.team import TeamKey
from jiu_desktop.sync.transports import Transport, bundle_name

if TYPE_CHECKING:
    from jiu_desktop.sync.engine import Store

log = logging.getLogger(__name__)

#: Bundles are applied together (a snapshot's changes likewise), one transaction for
#: about this many changes: each commit of a large transaction costs much more than the
#: changes in it.
BATCH_CHANGES = 50_000
#: A laptop whose log is still smaller than one set (a first sync) takes up to this many
#: in its first set: one commit, one search pass per participant, and the edits among
#: them (``change_log`` entries) go in with the log's indexes set aside and built once
#: (sync/log_load.py), instead of again after every set.
FIRST_BATCH_CHANGES = 200_000


@dataclass(frozen=True)
class Received:
    device: str
    seq: int
    bundle: Bundle


@dataclass
class Peer:
    device: str
    last_seq: int = 0
    known_seq: int = 0
    above: set[int] = field(default_factory=set)

    def applied(self, seq: int) -> bool:
        return seq <= self.last_seq or seq in self.above

    def mark(self, seq: int) -> None:
        self.above.add(seq)
        while self.last_seq + 1 in self.above:
            self.last_seq += 1
            self.above.discard(self.last_seq)
        self.known_seq = max(self.known_seq, self.last_seq)

    def save(self, conn: Connection) -> None:
        conn.execute(
            insert(SyncPeer)
            .prefix_with("OR REPLACE")
            .values(
                device=self.device,
                last_seq=self.last_seq,
                known_seq=self.known_seq,
                applied_above=json.dumps(sorted(self.above)),
            )
        )


def load_peers(conn: Connection) -> dict[str, Peer]:
    return {
        p.device: Peer(p.device, p.last_seq, p.known_seq, set(json.loads(p.applied_above or "[]")))
        for p in conn.execute(select(SyncPeer)).all()
    }


def pull(
    store: Store,
    transport: Transport,
    team: TeamKey,
    report: SyncReport,
    progress: Progress | None = None,
) -> None:
    own = store.device_id
    with store.engine.connect() as conn:
        peers = load_peers(conn)
    listed = {d for d in transport.list_devices() if d != own}
    listings = {device: set(transport.list_bundles(device)) for device in sorted(listed)}
    for device in listed:
        peers.setdefault(device, Peer(device))
    signers = _cards(store, transport, team, peers, listings, report)
    _start_from_snapshot(store, transport, team, peers, listings, report)
    work: list[tuple[str, int]] = []
    for device in sorted(listed):
        listings[device], refused = removals.screen(store.engine, team, device, listings[device])
        report.rejected += refused
        work += [
            (device, seq) for seq in sorted(listings[device]) if not peers[device].applied(seq)
        ]
    batch: list[Received] = []
    in_batch, limit = 0, _first_batch_limit(store)
    for done, (device, seq) in enumerate(work, start=1):
        if progress:
            progress("pull", done, len(work))
        bundle = _open(transport, team, device, seq, report, signers.get(device))
        if bundle is not None:
            batch.append(Received(device, seq, bundle))
            in_batch += len(bundle.changes)
        if in_batch >= limit:
            _apply_batch(store, peers, batch, report)
            batch, in_batch, limit = [], 0, BATCH_CHANGES
    _apply_batch(store, peers, batch, report)
    for device, peer in sorted(peers.items()):
        if device == own:
            continue
        removal = team.removal(device)
        if removal is not None:  # nothing above its head can ever be taken: not a gap
            peer.known_seq = min(peer.known_seq, removal.head)
        gap = _gap(peer, listings.get(device, set()))
        if gap is not None:
            report.gaps.append(gap)
    log.info("pulled %d changes from %d bundles", report.pulled, report.bundles_in)


def _cards(
    store: Store,
    transport: Transport,
    team: TeamKey,
    peers: dict[str, Peer],
    listings: dict[str, set[int]],
    report: SyncReport,
) -> dict[str, Signer]:
    """Read the cards that changed; what each device signs with. A card's head is signed:
    numbers up to it that the listing lacks are withheld or lost, so they count as known
    (a gap). A card newer than the listing just made (its device published in between) is
    checked against a second listing before anything is called missing."""
    with store.engine.begin() as conn:
        refused = devices.refresh_cards(conn, transport, team, sorted(listings))
        cards = devices.pinned_cards(conn)
    report.refused_cards += [str(problem) for problem in refused]
    signers: dict[str, Signer] = {}
    for device, listing in listings.items():
        card = cards.get(device)
        if card is None:
            continue
        signers[device] = Signer(card.public_key, card.signed_from)
        if card.head > max(listing, default=0):
            listing |= set(transport.list_bundles(device))
        peer = peers.setdefault(device, Peer(device))
        peer.known_seq = max(peer.known_seq, card.head)
    return signers


def _start_from_snapshot(
    store: Store,
    transport: Transport,
    team: TeamKey,
    peers: dict[str, Peer],
    listings: dict[str, set[int]],
    report: SyncReport,
) -> None:
    """A laptop that has applied nothing yet, or that lacks numbers a snapshot covers and
    the remote no longer has (retired while it was away), starts from that snapshot. The
    numbers it covers then count as applied, so they are neither a gap nor replayed."""
    own = store.device_id
    fresh = not any(p.last_seq or p.above for d, p in peers.items() if d != own)

    def lacks(device: str, upto: int) -> bool:
        """Whether some number up to ``upto`` is neither applied here nor on the remote."""
        peer = peers.get(device) or Peer(device)
        present = listings.get(device, set()) | peer.above
        have = {seq for seq in present if peer.last_seq < seq <= upto}
        return upto - peer.last_seq - len(have) > 0

    def wanted(snapshot: snapshots.Snapshot) -> bool:
        return fresh or any(lacks(d, upto) for d, upto in snapshot.covers.items() if d != own)

    sets = (_first_batch_limit(store), BATCH_CHANGES)
    covers = snapshots.catch_up(store, transport, team, report, sets, wanted)
    changed = [device for device in covers if device != own]
    for device in changed:
        peer = peers.setdefault(device, Peer(device))
        peer.last_seq = max(peer.last_seq, covers[device])
        peer.above = {seq for seq in peer.above if seq > peer.last_seq}
        while peer.last_seq + 1 in peer.above:
            peer.last_seq += 1
            peer.above.discard(peer.last_seq)
        peer.known_seq = max(peer.known_seq, peer.last_seq)
    if changed:
        with store.engine.begin() as conn:
            for device in changed:
                peers[device].save(conn)


def _gap(peer: Peer, present: set[int]) -> Gap | None:
    """The numbers of ``peer`` that should exist but cannot be found: the first few and
    how many, counted without listing them (a bundle may claim a huge number)."""
    upper = max([peer.known_seq, *present])
    have = {s for s in present | peer.above if peer.last_seq < s <= upper}
    count = upper - peer.last_seq - len(have)
    if count <= 0:
        return None
    first: list[int] = []
    seq = peer.last_seq + 1
    while len(first) < 5 and seq <= upper:
        if seq not in have:
            first.append(seq)
        seq += 1
    return Gap(peer.device, tuple(first), count)


def _open(
    transport: Transport,
    team: TeamKey,
    device: str,
    seq: int,
    report: SyncReport,
    signer: Signer | None,
) -> Bundle | None:
    """The bundle, read and checked; None (and the reason in ``report``) when refused."""
    name = f"{device}/{bundle_name(seq)}"
    try:
        bundle = open_bundle(
            transport.read_bundle(device, seq),
            name=name,
            team_id=team.team_id,
            device_id=device,
            seq=seq,
            keys=team.keys,
            signer=signer,
        )
        check_rows(bundle.rows)
    except BundleRejected as rejected:
        log.warning("bundle refused: %s", rejected.reason)
        report.rejected.append(rejected)
        return None
    except ValueError as problem:
        report.rejected.append(
            BundleRejected(
                name,
                translate(
                    "sync", "it holds a change this version cannot accept ({problem})"
                ).format(problem=problem),
            )
        )
        return None
    return bundle


def _first_batch_limit(store: Store) -> int:
    """How many changes the first set of a round may take: more while the log is small."""
    with store.engine.connect() as conn:
        size = sum(received.floor(conn))
    return FIRST_BATCH_CHANGES if size < BATCH_CHANGES else BATCH_CHANGES


def _apply_batch(
    store: Store, peers: dict[str, Peer], batch: list[Received], report: SyncReport
) -> None:
    """Apply the bundles in one transaction; when that fails, each on its own, so only a
    bundle that cannot be applied is refused."""
    if not batch:
        return
    try:
        results = _apply(store, peers, batch)
    except (SQLAlchemyError, ValueError, TypeError, OverflowError, KeyError) as problem:
        with store.engine.connect() as conn:  # the transaction rolled back: reload
            peers.clear()
            peers.update(load_peers(conn))
        if len(batch) > 1:
            for received in batch:
                _apply_batch(store, peers, [received], report)
            return
        log.warning("bundle could not be applied: %s", type(problem).__name__)
        name = f"{batch[0].device}/{bundle_name(batch[0].seq)}"
        report.rejected.append(
            BundleRejected(name, translate("sync", "its changes cannot be applied here"))
        )
        return
    for received, result in zip(batch, results, strict=True):
        _count(report, received.device, result)


def _count(report: SyncReport, device: str, result: ApplyResult) -> None:
    report.pulled += result.new_changes
    report.conflicts += result.conflicts
    report.erased += result.erased
    report.bundles_in += 1
    if result.future:
        report.future.append(FutureChanges(device, result.future, result.future_hlc))
    if result.clashes:
        report.clashes.append(Clash(device, result.clashes))
    for entity, ids in result.touched.items():
        report.touched.setdefault(entity, set()).update(ids)


def _apply(store: Store, peers: dict[str, Peer], batch: list[Received]) -> list[ApplyResult]:
    own = store.device_id
    with applying(store.engine) as conn, conn.begin():
        bundles = [(r.device, r.bundle.rows) for r in batch]
        results = apply_bundles(conn, bundles, store.clock.wall())
        highest = max(result.max_hlc for result in results)
        if highest:
            # Before the commit: a local write stamped from now on comes after these.
            store.clock.receive(highest)
            save_clock(conn, store.clock.last)
        touched: set[str] = set()
        for received, result in zip(batch, results, strict=True):
            touched |= _record(peers, own, received, result)
        for name in touched:
            peers[name].save(conn)
    return results


def _record(peers: dict[str, Peer], own: str, received: Received, result: ApplyResult) -> set[str]:
    """Note in ``peers`` that a bundle was applied and what it says its writer had seen;
    the devices whose record changed."""
    device, seq, bundle = received.device, received.seq, received.bundle
    if not result.future:
        # A bundle with changes refused as too far ahead is tried again each round: a
        # laptop whose own clock runs behind takes them once it is set right, instead of
        # parting ways with the others for good.
        peers[device].mark(seq)
    touched = {device}
    for other, other_seq in bundle.seen.items():
        if other == own:
            continue
        peer = peers.setdefault(other, Peer(other))
        if other_seq > peer.known_seq:
            peer.known_seq = other_seq
            touched.add(other)
    return touched
