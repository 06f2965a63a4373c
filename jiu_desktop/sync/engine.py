"""One sync round: check the team, publish this device's new changes, apply everyone else's.

Publishing is crash-safe without locks: unpublished changes are first *assigned* to the next
bundle numbers in a local transaction, then each assigned bundle is uploaded (atomically,
never over an existing file), then marked published. A round killed at any instant leaves
either nothing assigned, or assigned bundles the next round uploads as the same changes.

Nothing is taken on trust: before anything is written, ``team.json`` must be there and
name this team (a share that is not mounted, or a target that now holds another team, is
an error, not an empty remote); a file found under one of this device's own numbers counts
as published only when it says what was meant, and one that says something else means
another copy of this profile is writing under the same id, so this one takes a new id;
own files that went missing from the remote are written again, unless a snapshot covers
them (compaction retired them: sync/compaction.py, which ends a round when it is due).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, NamedTuple, Protocol

from sqlalchemy import Connection, Engine, delete, insert, select, update

from jiu_desktop.errors import BundleRejected, SyncError, TargetUnreachable
from jiu_desktop.i18n import translate
from jiu_desktop.models import ChangeLogEntry, LocalState, SyncPeer
from jiu_desktop.sync import compaction, devices, identity, ranges, received
from jiu_desktop.sync.bulk import cycle_collection_paused
from jiu_desktop.sync.bundle import (
    FORMAT_VERSION,
    MAGIC,
    BundleHeader,
    Signer,
    WireChange,
    digest,
    new_nonce,
    open_bundle,
    seal,
)
from jiu_desktop.sync.clock import COUNTER_BITS, HybridLogicalClock
from jiu_desktop.sync.merge import MAX_AHEAD_MS, erased_participants
from jiu_desktop.sync.pull import pull
from jiu_desktop.sync.report import Progress, SyncReport
from jiu_desktop.sync.team import TeamKey, TeamKeyRotated
from jiu_desktop.sync.transports import Transport

log = logging.getLogger(__name__)

PUBLISHED_KEY = identity.PUBLISHED_KEY
UNCLEAN_KEY = "sync_push_unclean"
BUNDLE_LIMIT = 5000

__all__ = ["BUNDLE_LIMIT", "PUBLISHED_KEY", "Progress", "SyncReport", "sync_round"]


class Store(Protocol):
    """What a round needs of an open profile (db.store.Store provides it)."""

    @property
    def engine(self) -> Engine: ...

    @property
    def device_id(self) -> str: ...

    @property
    def clock(self) -> HybridLogicalClock: ...

    def take_new_identity(self, reason: str) -> str: ...


class TeamMissing(SyncError):
    def __init__(self, target: str) -> None:
        super().__init__(
            translate(
                "sync",
                "The team's sync files are not in {target} (is the network drive connected?)."
                " Nothing was sent or received.",
            ).format(target=target)
        )


class TeamChanged(SyncError):
    def __init__(self, target: str) -> None:
        super().__init__(
            translate(
                "sync",
                "{target} now holds another team, or the team's key has changed. Nothing was"
                " sent or received; set up synchronisation again.",
            ).format(target=target)
        )


@cycle_collection_paused()
def sync_round(
    store: Store,
    transport: Transport,
    team: TeamKey,
    progress: Progress | None = None,
    *,
    receive: bool = True,
    compact: bool = False,
) -> SyncReport:
    """Send what waits, then (unless ``receive`` is False) take in what others sent; end
    with a compaction when one is due, or at once with ``compact``."""
    report = SyncReport()
    check_team(transport, team)
    with store.engine.begin() as conn:
        identity.move_unpublished(conn, store.device_id)
    try:
        push(store, transport, team, report, progress)
    except TargetUnreachable:
        raise
    except SyncError as problem:  # a full or read-only target: still receive
        log.warning("push failed: %s", type(problem).__name__)
        report.push_error = problem
    if receive:
        pull(store, transport, team, report, progress)
    if compact or (receive and compaction.due(store)):
        _compact(store, transport, team, report, now=compact)
    _write_card(store, transport, team)  # after: it lists the snapshots this laptop checked
    limit = (store.clock.wall() + MAX_AHEAD_MS) << COUNTER_BITS
    if store.clock.last > limit:
        report.own_clock_ahead = store.clock.last
    with store.engine.begin() as conn:
        report.identity = identity.take_notice(conn) or report.identity
        report.names = devices.laptop_names(conn, store.device_id)
    return report


def _write_card(
    store: Store, transport: Transport, team: TeamKey, *, before_push: bool = False
) -> None:
    """This laptop's card (sync/devices.py): before a push only when the target has none
    with this key yet (or none at all: a folder that was deleted), after the round when
    anything on it changed. A target that takes no writes only skips the card; the push
    says why."""
    with store.engine.begin() as conn:
        published = _local(conn, identity.PUBLISHED_KEY)
        missing = before_push and transport.card_stamp(store.device_id) is None
        try:
            devices.write_own_card(
                conn,
                transport,
                team,
                store.device_id,
                published,
                unless_known=before_push,
                missing=missing,
            )
        except TargetUnreachable:
            raise
        except SyncError as problem:
            log.warning("device card not written: %s", type(problem).__name__)


def _compact(
    store: Store, transport: Transport, team: TeamKey, report: SyncReport, *, now: bool
) -> None:
    """A target that takes no writes or deletes skips compaction, as the cards."""
    try:
        compaction.compact(store, transport, team, report, now=now)
    except TargetUnreachable:
        raise
    except SyncError as problem:
        log.warning("compaction skipped: %s", type(problem).__name__)
        if now:
            report.push_error = report.push_error or problem


def check_team(transport: Transport, team: TeamKey) -> None:
    """Refuse to sync with a target that lacks this team or holds another one."""
    raw = transport.read_team()
    if raw is None:
        raise TeamMissing(transport.description)
    try:
        document = json.loads(raw.decode("utf-8"))
        team_id = str(document["team_id"])
        key_ids = [str(entry["key_id"]) for entry in document["keys"]]
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise SyncError(
            translate("sync", "The team file on the sync target cannot be read.")
        ) from None
    if team_id != team.team_id or team.key_id not in key_ids:
        raise TeamChanged(transport.description)
    if key_ids[-1] != team.key_id:  # the same team, with a newer key: a laptop was removed
        raise TeamKeyRotated()


# -- local bookkeeping ---------------------------------------------------------------------
def _local(conn: Connection, key: str, default: int = 0) -> int:
    value = conn.execute(select(LocalState.value).where(LocalState.key == key)).scalar()
    return int(value) if value is not None else default


def _set_local(conn: Connection, key: str, value: object) -> None:
    conn.execute(insert(LocalState).prefix_with("OR REPLACE").values(key=key, value=str(value)))


#: The changes waiting for a bundle (above the last numbered one: sync/ranges.py), as they
#: travel (the author only when not this device), then their author and their place in the
#: log.
_PENDING = (
    "SELECT hlc, entity, row_id, field, value, participant_id, base_hlc, base_device,"
    " CASE WHEN device = ? THEN NULL ELSE device END, device, seq"
    f" FROM change_log WHERE {ranges.SENDING} AND seq > ? ORDER BY seq"
)
_OUTGOING = (
    "SELECT hlc, entity, row_id, field, value, participant_id, base_hlc, base_device,"
    " CASE WHEN device = ? THEN NULL ELSE device END, device, seq"
    f" FROM change_log WHERE {ranges.SENDING} AND seq > ? AND seq <= ?"
)


def assign_bundles(store: Store) -> dict[int, list[WireChange]]:
    """Give every change waiting to go out a bundle number (at most BUNDLE_LIMIT a bundle);
    the changes of the bundles numbered now, read in the same pass over ``change_log``."""
    with store.engine.begin() as conn:
        upto = ranges.numbered_upto(conn)
        pending = conn.exec_driver_sql(_PENDING, (store.device_id, upto)).fetchall()
        if not pending:
            return {}
        next_seq = max(ranges.highest(conn), _local(conn, PUBLISHED_KEY)) + 1
        assigned: dict[int, list[WireChange]] = {}
        for start in range(0, len(pending), BUNDLE_LIMIT):
            chunk = pending[start : start + BUNDLE_LIMIT]
            ranges.add(conn, next_seq, chunk[-1][-1])
            assigned[next_seq] = _in_order(chunk)
            next_seq += 1
    return assigned


def _in_order(rows: Sequence[Any]) -> list[WireChange]:
    """Rows of ``_PENDING`` or ``_OUTGOING`` as changes, in the order they travel."""
    ordered = sorted(rows, key=lambda row: (row[0], row[9]))
    return [WireChange._make(row[:9]) for row in ordered]


def _outgoing(store: Store, first: int, last: int | None = None) -> dict[int, list[WireChange]]:
    """The changes of bundles ``first`` to ``last`` (only ``first`` without it), read in one
    pass over ``change_log``, in the order they travel."""
    upper = first if last is None else last
    found: dict[int, list[Any]] = {seq: [] for seq in range(first, upper + 1)}
    with store.engine.connect() as conn:
        bundles = ranges.Bundles(ranges.ranges(conn))
        low, high = ranges.end_of(conn, first - 1), ranges.end_of(conn, upper)
        for row in conn.exec_driver_sql(_OUTGOING, (store.device_id, low, high)).fetchall():
            bundle = bundles.of(row[-1])
            if bundle in found:
                found[bundle].append(row)
    return {seq: _in_order(rows) for seq, rows in found.items()}


def _seen(store: Store, seq: int) -> dict[str, int]:
    with store.engine.connect() as conn:
        seen = {
            str(p.device): int(p.last_seq)
            for p in conn.execute(select(SyncPeer.device, SyncPeer.last_seq))
            if p.last_seq > 0
        }
    seen[store.device_id] = seq
    return seen


# -- push ----------------------------------------------------------------------------------
def push(
    store: Store,
    transport: Transport,
    team: TeamKey,
    report: SyncReport,
    progress: Progress | None = None,
) -> None:
    if not _push_once(store, transport, team, report, progress):
        # Another copy writes under this id: continue under a new one, from the start.
        store.take_new_identity(identity.CLASHED)
        report.identity = identity.CLASHED
        with store.engine.begin() as conn:
            identity.move_unpublished(conn, store.device_id)
        if not _push_once(store, transport, team, report, progress):
            raise SyncError(translate("sync", "Sync files of this laptop keep being overwritten."))
    log.info("pushed %d changes in %d bundles", report.pushed, report.bundles_out)


def _push_once(
    store: Store,
    transport: Transport,
    team: TeamKey,
    report: SyncReport,
    progress: Progress | None,
) -> bool:
    """Publish what waits; False when a file under an own number is not this copy's."""
    assigned = assign_bundles(store)
    own = store.device_id
    with store.engine.connect() as conn:
        published = _local(conn, PUBLISHED_KEY)
        highest = ranges.highest(conn)
        unclean = _local(conn, UNCLEAN_KEY)
    last = max(highest, published)
    if unclean:
        transport.remove_leftovers(own)
    on_remote = set(transport.list_bundles(own))
    if any(seq > last for seq in on_remote):
        return False  # numbers this copy never gave out
    _write_card(store, transport, team, before_push=True)
    with store.engine.begin() as conn:
        _set_local(conn, UNCLEAN_KEY, 1)  # until the push ends: a kill may leave temp files
    missing = [seq for seq in range(1, published + 1) if seq not in on_remote]
    if missing:  # retired under a snapshot, or gone: then written again
        floor = compaction.covered_own(store, transport, team, missing)
        for seq in (seq for seq in missing if seq > floor):
            _upload(store, transport, team, seq)
            report.healed += 1
    earlier = min(assigned, default=last + 1) - 1  # numbered in a round that did not end
    waiting = _outgoing(store, published + 1, earlier) if earlier > published else {}
    waiting.update(assigned)
    # Each bundle is sealed while the one before it is uploading. The next upload starts
    # only once the last one is known to be this copy's: nothing is written under a
    # number that turned out to be another copy's.
    uploading: _Upload | None = None
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="jiu-push") as uploads:
        for seq in range(published + 1, last + 1):
            if progress:
                progress("push", seq - published, last - published)
            changes = waiting.pop(seq)
            sealed = None if seq in on_remote else _sealed(store, team, seq, changes)
            if uploading is not None and not _settle(store, transport, team, report, uploading):
                return False
            if sealed is None:
                uploading = _Upload(seq, changes, None)
            else:
                upload = uploads.submit(transport.publish_bundle, own, seq, sealed)
                uploading = _Upload(seq, changes, upload)
        if uploading is not None and not _settle(store, transport, team, report, uploading):
            return False
    with store.engine.begin() as conn:
        _set_local(conn, UNCLEAN_KEY, 0)
    return True


class _Upload(NamedTuple):
    seq: int
    changes: list[WireChange]
    #: Whether the file was created; None when one was there under this number already.
    created: Future[bool] | None


def _settle(
    store: Store, transport: Transport, team: TeamKey, report: SyncReport, upload: _Upload
) -> bool:
    """Wait for an upload and mark its bundle published; False when the file under its
    number is another copy's."""
    seq, changes = upload.seq, upload.changes
    if upload.created is None or not upload.created.result():
        found = _found_under_own_number(store, transport, team, seq, changes)
        if found == FOREIGN:
            return False
        if found == DAMAGED:  # ours, cut short or emptied after a killed round
            sealed = _sealed(store, team, seq, changes)
            transport.replace_bundle(store.device_id, seq, sealed)
    with store.engine.begin() as conn:
        _set_local(conn, PUBLISHED_KEY, seq)
    report.pushed += len(changes)
    report.bundles_out += 1
    return True


def _sealed(store: Store, team: TeamKey, seq: int, changes: list[WireChange]) -> bytes:
    header = BundleHeader(team.team_id, store.device_id, seq, team.key_id, new_nonce())
    with store.engine.begin() as conn:
        signer = devices.signing_key(conn, store.device_id)
    return seal(header, changes, team.key, _seen(store, seq), signer)


def _own_signer(store: Store) -> Signer:
    with store.engine.begin() as conn:
        key = devices.signing_key(conn, store.device_id)
        first = devices.signed_from(conn, store.device_id, _local(conn, PUBLISHED_KEY))
    return Signer(devices.public_hex(key), first)


def _upload(
    store: Store,
    transport: Transport,
    team: TeamKey,
    seq: int,
    changes: list[WireChange] | None = None,
) -> bool:
    meant = _outgoing(store, seq)[seq] if changes is None else changes
    return transport.publish_bundle(store.device_id, seq, _sealed(store, team, seq, meant))


OURS, DAMAGED, FOREIGN = "ours", "damaged", "foreign"


def _found_under_own_number(
    store: Store, transport: Transport, team: TeamKey, seq: int, meant: list[WireChange]
) -> str:
    """Whether the file under an own number holds what this copy meant to publish there
    (OURS), cannot be read at all (DAMAGED: no other copy wrote that), or holds other
    changes (FOREIGN: another copy of this profile writes under the same id)."""
    own = store.device_id
    data = transport.read_bundle(own, seq)
    if data[:4] == MAGIC and len(data) > 4 and data[4] > FORMAT_VERSION:
        return FOREIGN  # a newer version's copy of this profile: never written over
    try:
        found = open_bundle(
            data,
            name=f"{own}/{seq}",
            team_id=team.team_id,
            device_id=own,
            seq=seq,
            keys=team.keys,
            signer=_own_signer(store),
        ).changes
    except BundleRejected:
        return DAMAGED
    with store.engine.connect() as conn:
        erased = erased_participants(conn)
    still = [
        c
        for c in found
        if c.participant_id not in erased and not (c.entity == "participant" and c.row_id in erased)
    ]
    return OURS if digest(still, own) == digest(meant, own) else FOREIGN


# -- a change of team ----------------------------------------------------------------------
TEAM_KEY = "sync_publication_team"


def adopt_team(store: Store, team_id: str, previous_team_id: str | None) -> bool:
    """Make what this laptop publishes belong to ``team_id``; True when it starts over.

    A new team (a new target with ``--create-team``, or joining another team) has none of
    what this laptop knows, so everything in the change log, whoever wrote it, goes out
    again in this device's bundles, and what was applied from the old team's devices is
    forgotten. Joining the same team at another address changes nothing here: files of
    this device that the new place lacks are written again by the next round.
    """
    with store.engine.begin() as conn:
        stored = conn.execute(select(LocalState.value).where(LocalState.key == TEAM_KEY)).scalar()
        current = stored or previous_team_id
        if current == team_id:
            _set_local(conn, TEAM_KEY, team_id)
            return False
        identity.move_unpublished(conn, store.device_id)
        received.unpack_all(conn)  # each write goes out as one of this laptop's entries
        conn.execute(update(ChangeLogEntry).values(bundle_seq=None))
        ranges.forget_all(conn)
        conn.execute(delete(SyncPeer))
        _set_local(conn, PUBLISHED_KEY, 0)
        _set_local(conn, UNCLEAN_KEY, 0)
        _set_local(conn, TEAM_KEY, team_id)
    log.info("publication starts over for a new team")
    return True
