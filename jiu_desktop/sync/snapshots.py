"""Snapshots: the team's state as one laptop has it, so that a laptop can start from it.

``snapshots/<device>-<n>.snap`` is ``header || seal_signed(body)`` (sync/sealing.py): the
header (magic ``JIUS``, version, team id, device id, the writer's own snapshot number, key
id, nonce) in the clear and authenticated, the body signed with the writer's device key and
encrypted with the team key. The body is zlib of two JSON lines: what the snapshot
*covers* (for every device, how far the writer had applied its bundles without a hole; its
own: its published head) with the moment it was written, then its changes: by row as a
bundle of format 3 carries them, each with its author (version 2), or one by one as a
bundle of format 2 (version 1, still read: a row's entity, id and participant in every
change made it two fifths larger and slower to read).

The changes are the writer's change log as published, pruned: a field with one head keeps
only that head (its current value); a field with two or more heads keeps every write, so
an open conflict reads the same; a ``settled`` change stays while the write it settled
does; erasures stay (they carry only the participant's id and must reach laptops that still
hold that person). Erased participants are gone from the log, so from the snapshot too.
Changes this laptop has not yet published are left out: they go out in its own bundles.

A reader checks the signature against the writer's card key (pinned, or read and pinned
now). A snapshot that cannot be verified or read is not used, and the round says so.
"""

from __future__ import annotations

import json
import os
import struct
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text

from jiu_desktop.i18n import translate
from jiu_desktop.sync import devices, ranges, received, sealing, vouching
from jiu_desktop.sync.bulk import applying
from jiu_desktop.sync.bundle import (
    MAX_PLAIN_BYTES,
    RowWrites,
    WireChange,
    by_row,
    check_changes,
    row_changes,
    rows_of,
    wire_changes,
)
from jiu_desktop.sync.changelog import save_clock
from jiu_desktop.sync.heads import SETTLED_ENTITY
from jiu_desktop.sync.identity import PUBLISHED_KEY
from jiu_desktop.sync.merge import ERASURE_ENTITY, apply_bundles, check_rows
from jiu_desktop.sync.report import SyncReport
from jiu_desktop.sync.team import TeamKey
from jiu_desktop.sync.transports import Transport, snapshot_name

if TYPE_CHECKING:
    from jiu_desktop.sync.engine import Store

MAGIC = b"JIUS"
VERSION = 2
#: The versions read: 1 carried the changes one by one.
READ_VERSIONS = (1, 2)
HEADER = struct.Struct(">4sB16s16sQ16s12s")
PURPOSE = b"jiu-sync-v1/snapshot"


class SnapshotRefused(Exception):
    """A snapshot that is not used: its message names the file and why."""

    def __init__(self, name: str, why: str) -> None:
        super().__init__(
            translate("sync", "Snapshot {name} was not used: {why}").format(name=name, why=why)
        )


@dataclass(frozen=True)
class Snapshot:
    device: str
    n: int
    written_ms: int
    #: How far the writer had applied every device's bundles (its own: its published head).
    covers: dict[str, int]
    raw_changes: bytes
    #: The authors this laptop checked it for against its own change log (sync/vouching.py).
    checked: tuple[str, ...] = ()
    #: The snapshot's version (how its changes are written).
    version: int = VERSION
    #: ``rows()`` as the check for ``checked`` read them, kept for the snapshot that is
    #: about to be applied (reading the benchmark team's 111,000 changes again took 0.2 s
    #: of a two-second join).
    read: list[RowWrites] | None = field(default=None, compare=False, repr=False)

    @property
    def name(self) -> str:
        return snapshot_name(self.device, self.n)

    def rows(self) -> list[RowWrites]:
        """The changes by row, each checked as a bundle's are (ValueError when one is
        malformed); a version-2 snapshot stores them so, and they are applied so."""
        if self.read is not None:
            return self.read
        items = json.loads(self.raw_changes.decode("utf-8"))
        if not isinstance(items, list):
            raise ValueError("no list of changes")
        names: set[object] = set()
        seen: set[object] = set()
        if self.version == 1:
            rows = by_row(wire_changes(items, names, seen))
        else:
            rows = [row_changes(row, names, seen) for row in items]
        changes = [c for row in rows for c in row.changes]
        if any(c.author is None for c in changes):
            raise ValueError("a change without its author")
        check_changes(changes, self.device)
        return rows

    def changes(self) -> list[WireChange]:
        """The changes one by one."""
        return [c for row in self.rows() for c in row.changes]

    def covers_all_of(self, other: Snapshot) -> bool:
        return all(self.covers.get(device, 0) >= seq for device, seq in other.covers.items())


# -- writing --------------------------------------------------------------------------------
#: The entries of change_log that are on the remote (received ones, and this laptop's
#: published ones); every received row is.
_PUBLISHED = "bundle_seq = 0 OR (bundle_seq IS NULL AND seq <= ?)"


def pruned_changes(conn: Connection, published: int) -> list[WireChange]:
    """This laptop's published change log, pruned as the module docstring says."""
    upto = ranges.end_of(conn, published)
    rows = received.every_line(conn, _PUBLISHED, (upto,))
    named = {(r.base_hlc, r.base_device) for r in rows if r.base_hlc is not None}
    heads: Counter[tuple[str, str, str]] = Counter(
        (r.entity, r.row_id, r.field)
        for r in rows
        if (r.hlc, r.device) not in named and r.entity not in (SETTLED_ENTITY, ERASURE_ENTITY)
    )
    kept: list[Any] = []
    for r in rows:
        if r.entity == ERASURE_ENTITY or r.entity == SETTLED_ENTITY:
            continue
        if heads[(r.entity, r.row_id, r.field)] >= 2 or (r.hlc, r.device) not in named:
            kept.append(r)
    stamps = {(r.hlc, r.device) for r in kept}
    kept += [r for r in rows if r.entity == ERASURE_ENTITY]
    kept += [
        r for r in rows if r.entity == SETTLED_ENTITY and (r.base_hlc, r.base_device) in stamps
    ]
    kept.sort(key=lambda r: (r.hlc, r.device))
    return [
        WireChange(
            r.hlc,
            r.entity,
            r.row_id,
            r.field,
            r.value,
            r.participant_id,
            r.base_hlc,
            r.base_device,
            r.device,
        )
        for r in kept
    ]


def seal_snapshot(
    team: TeamKey,
    device: str,
    n: int,
    signer: Any,
    covers: dict[str, int],
    changes: list[WireChange],
    written_ms: int | None = None,
    version: int = VERSION,
) -> bytes:
    """The snapshot file (of an older ``version`` only to show it is still read)."""
    meta = {"covers": covers, "written_ms": written_ms or int(time.time() * 1000)}
    written = rows_of(changes) if version == 2 else [c.to_list() for c in changes]
    lines = [
        json.dumps(meta, separators=(",", ":")),
        json.dumps(written, ensure_ascii=False, separators=(",", ":")),
    ]
    body = zlib.compress("\n".join(lines).encode("utf-8"), 6)
    nonce = os.urandom(12)
    header = HEADER.pack(
        MAGIC,
        version,
        bytes.fromhex(team.team_id),
        bytes.fromhex(device),
        n,
        bytes.fromhex(team.key_id),
        nonce,
    )
    return sealing.seal_signed(header, nonce, body, team.key, signer, PURPOSE)


# -- reading --------------------------------------------------------------------------------
def open_snapshot(data: bytes, device: str, n: int, team: TeamKey, public_key: str) -> Snapshot:
    """The snapshot found as ``<device>-<n>.snap``, checked; SnapshotRefused otherwise."""
    name = snapshot_name(device, n)
    if len(data) < HEADER.size + sealing.TAG_BYTES:
        raise SnapshotRefused(name, translate("sync", "the file is truncated"))
    magic, version, team_id, device_id, number, key_id, nonce = HEADER.unpack_from(data)
    if magic != MAGIC:
        raise SnapshotRefused(name, translate("sync", "it is not a JIU Desktop sync file"))
    if version not in READ_VERSIONS:
        raise SnapshotRefused(
            name, translate("sync", "it was written by a newer version of JIU Desktop")
        )
    if team_id.hex() != team.team_id:
        raise SnapshotRefused(name, translate("sync", "it belongs to another team"))
    if device_id.hex() != device or number != n:
        raise SnapshotRefused(
            name, translate("sync", "its contents do not match its place (copied or replayed)")
        )
    key = team.keys.get(key_id.hex())
    if key is None:
        raise SnapshotRefused(name, translate("sync", "it uses a key this device does not have"))
    try:
        body, signature = sealing.open_sealed(data, HEADER.size, nonce, key)
    except sealing.Unsealed:
        raise SnapshotRefused(
            name, translate("sync", "it is damaged or was altered (authentication failed)")
        ) from None
    if not sealing.signed_by(public_key, signature, PURPOSE, data[: HEADER.size], body):
        raise SnapshotRefused(
            name, translate("sync", "it is not signed by the laptop whose name it carries")
        )
    try:
        decompressor = zlib.decompressobj()
        plain = decompressor.decompress(body, MAX_PLAIN_BYTES)
        if decompressor.unconsumed_tail:
            raise ValueError("too large")
        first, _, rest = plain.partition(b"\n")
        meta = json.loads(first.decode("utf-8"))
        covers = {str(d): int(s) for d, s in meta["covers"].items()}
        written_ms = int(meta["written_ms"])
        if any(len(d) != 32 or s < 0 for d, s in covers.items()):
            raise ValueError("malformed covers")
    except (zlib.error, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise SnapshotRefused(name, translate("sync", "its contents cannot be read")) from exc
    return Snapshot(device, n, written_ms, covers, rest, version=version)


def writer_key(conn: Connection, transport: Transport, team: TeamKey, device: str) -> str | None:
    """The key ``device`` signs with: pinned, or from its card (pinned now); None when it
    has no card that can be taken."""
    known = devices.pinned_cards(conn).get(device)
    if known is not None:
        return known.public_key
    data = transport.read_card(device)
    if data is None:
        return None
    try:
        card = devices.open_card(data, device, team)
        devices.pin(conn, card)
    except devices.CardRefused:
        return None
    return card.public_key


SEEN_KEY = devices.SNAPSHOTS_SEEN_KEY


def read_usable(
    store: Store, transport: Transport, team: TeamKey, problems: list[str]
) -> list[Snapshot]:
    """Every snapshot on the remote that can be verified, newest first; why the others
    cannot be used goes to ``problems``, one line each. Snapshots never change, so each is
    read once: what it covers is remembered (those read now keep their changes too)."""
    entries = transport.list_snapshots()
    with store.engine.connect() as conn:
        raw = conn.execute(text(_TRIED), {"key": SEEN_KEY}).scalar()
    seen: dict[str, Any] = json.loads(raw) if raw else {}
    found: list[Snapshot] = []
    remembered: dict[str, Any] = {}
    for device, n in entries:
        name = snapshot_name(device, n)
        meta = seen.get(name)
        if isinstance(meta, str):  # refused before: still worth saying
            problems.append(meta)
            remembered[name] = meta
            continue
        if meta is not None:
            checked = tuple(meta[2]) if len(meta) > 2 else ()
            found.append(Snapshot(device, n, int(meta[0]), dict(meta[1]), b"", checked))
            remembered[name] = meta
            continue
        refused: list[str] = []
        snapshot = _read(store, transport, team, device, n, refused)
        problems += refused
        if snapshot is not None:
            snapshot = _checked(store, snapshot)
            found.append(snapshot)
            remembered[name] = [snapshot.written_ms, snapshot.covers, list(snapshot.checked)]
        elif refused:
            remembered[name] = refused[0]
    if remembered != seen:
        with store.engine.begin() as conn:
            conn.execute(text(_REMEMBER), {"key": SEEN_KEY, "value": json.dumps(remembered)})
    found.sort(key=lambda s: (s.written_ms, s.device, s.n), reverse=True)
    # The newest is the one usually applied: only it keeps what was read (memory).
    return found[:1] + [replace(s, read=None) for s in found[1:]]


def _checked(store: Store, snapshot: Snapshot) -> Snapshot:
    """The snapshot with the authors this laptop can vouch it for (none when its changes
    cannot be read: it is refused when it would be used)."""
    try:
        rows = snapshot.rows()
    except (ValueError, TypeError, KeyError, RecursionError):
        return snapshot
    with store.engine.connect() as conn:
        published = int(conn.execute(text(_TRIED), {"key": PUBLISHED_KEY}).scalar() or 0)
        authors = vouching.checked_authors(conn, store.device_id, published, snapshot.covers, rows)
    return replace(snapshot, checked=tuple(authors), read=rows)


def _read(
    store: Store, transport: Transport, team: TeamKey, device: str, n: int, problems: list[str]
) -> Snapshot | None:
    with store.engine.begin() as conn:
        public_key = writer_key(conn, transport, team, device)
    name = snapshot_name(device, n)
    if public_key is None:
        why = translate("sync", "the card of the laptop that wrote it is missing")
        problems.append(str(SnapshotRefused(name, why)))
        return None
    try:
        return open_snapshot(transport.read_snapshot(device, n), device, n, team, public_key)
    except SnapshotRefused as refused:
        problems.append(str(refused))
        return None


# -- starting from one ----------------------------------------------------------------------
def catch_up(
    store: Store,
    transport: Transport,
    team: TeamKey,
    report: SyncReport,
    sets: tuple[int, int],
    wanted: Callable[[Snapshot], bool],
) -> dict[str, int]:
    """Start from the snapshots of other laptops when ``wanted`` says the newest brings
    something: each author's changes from the newest snapshot trusted for them
    (sync/vouching.py), applied in sets of about ``sets`` changes (the first, then the
    others). What was taken, per author ({} when nothing was)."""
    own = store.device_id
    usable = [
        s
        for s in read_usable(store, transport, team, report.snapshot_problems)
        if s.device != own and team.removal(s.device) is None
    ]
    if not usable or not wanted(usable[0]):
        return {}
    with store.engine.connect() as conn:
        pinned = devices.pinned_cards(conn)
    # a laptop taken out of the team vouches for nothing, and counts as away
    cards = {d: c for d, c in pinned.items() if team.removal(d) is None}
    moment = int(time.time() * 1000)
    recent = {d for d, c in cards.items() if moment - c.written_ms <= vouching.HORIZON_MS}
    chosen: dict[str, list[str]] = {}
    by_name = {s.name: s for s in usable}
    for author in sorted({d for s in usable for d in s.covers if s.covers[d] > 0} - {own}):
        trusted = vouching.trusted_for(author, usable, cards, recent)
        if trusted is not None:
            chosen.setdefault(trusted.name, []).append(author)
    covers: dict[str, int] = {}
    for name, authors in sorted(chosen.items(), key=lambda item: usable.index(by_name[item[0]])):
        snapshot = by_name[name]
        if not snapshot.raw_changes:
            again = _read(
                store, transport, team, snapshot.device, snapshot.n, report.snapshot_problems
            )
            if again is None:
                continue
            snapshot = again
        taken = set(authors)
        known = set(pinned) | set(snapshot.covers) | {r.device for r in team.removed}

        def wanted_author(author: str, taken: set[str] = taken, known: set[str] = known) -> bool:
            return author in taken or author not in known

        if apply_snapshot(store, snapshot, report, sets, wanted_author):
            sets = (sets[1], sets[1])  # the log is no longer small
            covers.update({author: snapshot.covers[author] for author in authors})
    return covers


_TRIED = "SELECT value FROM local_state WHERE key = :key"
_REMEMBER = "INSERT OR REPLACE INTO local_state (key, value) VALUES (:key, :value)"


def apply_snapshot(
    store: Store,
    snapshot: Snapshot,
    report: SyncReport,
    sets: tuple[int, int],
    taken: Callable[[str], bool] = lambda author: True,
) -> bool:
    """Merge the snapshot's changes whose author is ``taken``, in sets of about ``sets``
    changes (the first set, then each other), by the same rules as bundles; False (and
    why in ``report``) when its changes cannot be read or applied. A change by a device
    the team does not know (one that came along when its writer joined from another team)
    is the writer's to vouch for."""
    try:
        rows = snapshot.rows()  # every change names its author
        authors = {c.author for row in rows for c in row.changes if c.author is not None}
        if not all(map(taken, authors)):
            rows = _by_authors(rows, taken, snapshot.device)
        check_rows(rows)
    except (ValueError, TypeError, KeyError, RecursionError) as problem:
        report.snapshot_problems.append(
            str(
                SnapshotRefused(
                    snapshot.name,
                    translate(
                        "sync", "it holds a change this version cannot accept ({problem})"
                    ).format(problem=type(problem).__name__),
                )
            )
        )
        return False
    for part in _in_sets(rows, sets):
        with applying(store.engine) as conn, conn.begin():
            result = apply_bundles(conn, [(snapshot.device, part)], store.clock.wall())[0]
            if result.max_hlc:
                store.clock.receive(result.max_hlc)
                save_clock(conn, store.clock.last)
        report.pulled += result.new_changes
        report.conflicts += result.conflicts
        report.erased += result.erased
        for entity, ids in result.touched.items():
            report.touched.setdefault(entity, set()).update(ids)
    report.snapshot_applied = snapshot.name
    return True


def _by_authors(
    rows: list[RowWrites], taken: Callable[[str], bool], device: str
) -> list[RowWrites]:
    """The rows with only the changes whose author is ``taken`` (a row left without any
    is left out)."""
    kept: list[RowWrites] = []
    for row in rows:
        changes = [c for c in row.changes if taken(c.author_or(device))]
        if changes:
            kept.append(row._replace(changes=changes))
    return kept


def _in_sets(rows: list[RowWrites], sets: tuple[int, int]) -> Iterator[list[RowWrites]]:
    """``rows`` in sets of ``sets`` changes (the first, then each other); a row that
    does not fit is split between two sets."""
    part: list[RowWrites] = []
    room = sets[0]
    for row in rows:
        while len(row.changes) > room:
            if room:
                part.append(row._replace(changes=row.changes[:room]))
                row = row._replace(changes=row.changes[room:])
            yield part
            part, room = [], sets[1]
        if row.changes:
            part.append(row)
            room -= len(row.changes)
    if part:
        yield part
