"""Encrypted change bundles: what a device writes to the shared remote, besides its card.

A bundle is ``header || AES-256-GCM(team key, nonce, …, aad=header)``. The header (magic,
format version, team id, device id, sequence number, key id, nonce) is authenticated as
associated data, so a bundle copied under another name, to another team, or cut short is
refused before anything in it is used. The remote sees sizes and timing.

Format 2 adds two things to the body: each change may name its *author* (a device that
republishes what it knows after a change of team carries other devices' writes), and
``seen`` says how far the writer had applied every device's bundles, so a reader can tell
that bundles it cannot find once existed. Every change is checked before anything in a
bundle is used: one malformed change refuses the bundle, never the whole round.

Format 3 is sealed with sync/sealing.py: the body is signed with the writing device's
Ed25519 key and padded to a size bucket, and a row's changes travel together (entity, row
and participant once, then its fields). A reader checks the signature against the key
pinned from the device's card; a bundle signed by anyone else is refused, so a member who
holds the team key cannot write as another coach's laptop. A device that signs says from
which number on (its card's ``signed_from``): an unsigned bundle from there on is refused.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter
from typing import NamedTuple

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from jiu_desktop.errors import BundleRejected
from jiu_desktop.i18n import translate
from jiu_desktop.sync.sealing import Unsealed, open_sealed, seal_signed, signed_by

MAGIC = b"JIUB"
FORMAT_VERSION = 3
UNSIGNED_VERSION = 2
READABLE_VERSIONS = (1, 2, 3)
PURPOSE = b"jiu-sync-v1/bundle"
HEADER = struct.Struct(">4sB16s16sQ16s12s")
MAX_PLAIN_BYTES = 256 * 1024 * 1024
MAX_HLC = (1 << 63) - 1
MAX_NAME = 64
MAX_VALUE_CHARS = 4 * 1024 * 1024
NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
DEVICE = re.compile(r"^[0-9a-f]{32}$")


@dataclass(frozen=True)
class BundleHeader:
    team_id: str  # 32 hex characters
    device_id: str  # 32 hex characters
    seq: int
    key_id: str  # 32 hex characters
    nonce: bytes
    version: int = FORMAT_VERSION

    def pack(self) -> bytes:
        return HEADER.pack(
            MAGIC,
            self.version,
            bytes.fromhex(self.team_id),
            bytes.fromhex(self.device_id),
            self.seq,
            bytes.fromhex(self.key_id),
            self.nonce,
        )


class WireChange(NamedTuple):
    """One change as it travels. ``author`` is None when it is the bundle's own device.
    A tuple: a pull makes one for every change it receives."""

    hlc: int
    entity: str
    row_id: str
    field: str
    value: str | None
    participant_id: str | None
    base_hlc: int | None
    base_device: str | None
    author: str | None = None

    def to_list(self) -> list[object]:
        return list(self)

    def author_or(self, device: str) -> str:
        return self.author or device


class RowWrites(NamedTuple):
    """The changes of one row that travel together (a bundle of format 3 carries a row's
    fields so): what they share once, then the changes, each of that entity, row and
    participant. What is applied is a list of these, so that what concerns a row as a
    whole is done once per row, not once per field."""

    entity: str
    row_id: str
    participant_id: str | None
    changes: list[WireChange]


_ROW = itemgetter(1, 2, 5)


def by_row(changes: Sequence[WireChange]) -> list[RowWrites]:
    """Consecutive changes of one row together (changes that did not travel by row: a
    bundle of format 2, a snapshot, a list made by hand)."""
    return [
        RowWrites(entity, row_id, owner, list(group))
        for (entity, row_id, owner), group in groupby(changes, _ROW)
    ]


@dataclass(frozen=True)
class Bundle:
    changes: list[WireChange]
    #: ``changes`` by row, in the same order (what is applied: no default, so a bundle
    #: is never made with its changes and none to apply).
    rows: list[RowWrites]
    #: How far the writer had applied each device's bundles (its own: this bundle's number).
    seen: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Signer:
    """What this laptop knows of a device's signing: the key pinned from its card, and the
    first bundle number it signed (None: a device of a version that does not sign)."""

    public_key: str
    signed_from: int | None = None


def seal(
    header: BundleHeader,
    changes: list[WireChange],
    key: bytes,
    seen: dict[str, int] | None = None,
    signer: Ed25519PrivateKey | None = None,
) -> bytes:
    """The bundle file: format 3, signed by ``signer``; without one, the unsigned format 2
    that versions before signing wrote (kept for reading them, and for tests)."""
    if signer is None:
        body = {"changes": [c.to_list() for c in changes], "seen": seen or {}}
        plain = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        aad = BundleHeader(*_fields(header), version=UNSIGNED_VERSION).pack()
        return aad + AESGCM(key).encrypt(header.nonce, zlib.compress(plain, 6), aad)
    body = {"rows": rows_of(changes), "seen": seen or {}}
    plain = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    aad = BundleHeader(*_fields(header), version=FORMAT_VERSION).pack()
    return seal_signed(aad, header.nonce, zlib.compress(plain, 6), key, signer, PURPOSE)


def _fields(header: BundleHeader) -> tuple[str, str, int, str, bytes]:
    return header.team_id, header.device_id, header.seq, header.key_id, header.nonce


def rows_of(changes: list[WireChange]) -> list[list[object]]:
    """A row's changes together: ``[entity, row, participant, [[hlc, field, value,
    base hlc, base device(, author)], …]]``."""
    rows: dict[tuple[str, str, str | None], list[list[object]]] = {}
    for c in changes:
        item: list[object] = [c.hlc, c.field, c.value, c.base_hlc, c.base_device]
        if c.author is not None:
            item.append(c.author)
        rows.setdefault((c.entity, c.row_id, c.participant_id), []).append(item)
    return [[entity, row, participant, items] for (entity, row, participant), items in rows.items()]


def new_nonce() -> bytes:
    return os.urandom(12)


def read_header(data: bytes, name: str) -> BundleHeader:
    if len(data) < HEADER.size + 16:
        raise BundleRejected(name, translate("sync", "the file is truncated"))
    magic, version, team, device, seq, key_id, nonce = HEADER.unpack_from(data)
    if magic != MAGIC:
        raise BundleRejected(name, translate("sync", "it is not a JIU Desktop sync file"))
    if version not in READABLE_VERSIONS:
        raise BundleRejected(
            name, translate("sync", "it was written by a newer version of JIU Desktop")
        )
    return BundleHeader(team.hex(), device.hex(), seq, key_id.hex(), nonce, version)


def open_bundle(
    data: bytes,
    *,
    name: str,
    team_id: str,
    device_id: str,
    seq: int,
    keys: dict[str, bytes],
    signer: Signer | None = None,
) -> Bundle:
    """Authenticate, decode and check a bundle found at ``devices/<device_id>/<seq>.bin``;
    ``signer`` is what this laptop knows of that device's key (None: no card read yet)."""
    header = read_header(data, name)
    if header.team_id != team_id:
        raise BundleRejected(name, translate("sync", "it belongs to another team"))
    if header.device_id != device_id or header.seq != seq:
        raise BundleRejected(
            name, translate("sync", "its contents do not match its place (copied or replayed)")
        )
    key = keys.get(header.key_id)
    if key is None:
        raise BundleRejected(name, translate("sync", "it uses a key this device does not have"))
    packed = _unpack(data, header, key, signer, name)
    try:
        decompressor = zlib.decompressobj()
        plain = decompressor.decompress(packed, MAX_PLAIN_BYTES)
        if decompressor.unconsumed_tail:
            raise ValueError("too large")
        body = json.loads(plain.decode("utf-8"))
        if not isinstance(body, dict):
            raise ValueError("no body")
        names: set[object] = set()
        devices: set[object] = set()
        if header.version == FORMAT_VERSION:
            if not isinstance(body.get("rows"), list):
                raise ValueError("no list of rows")
            rows = [row_changes(row, names, devices) for row in body["rows"]]
            rows = [row for row in rows if row.changes]
            changes = [change for row in rows for change in row.changes]
        else:
            if not isinstance(body.get("changes"), list):
                raise ValueError("no list of changes")
            changes = wire_changes(body["changes"], names, devices)
            rows = by_row(changes)
        seen = _seen(body.get("seen", {}))
    except (zlib.error, ValueError, KeyError, TypeError, RecursionError) as exc:
        raise BundleRejected(name, translate("sync", "its contents cannot be read")) from exc
    try:
        check_changes(changes, device_id)
    except ValueError as exc:
        raise BundleRejected(
            name,
            translate("sync", "it holds a change this version cannot accept ({problem})").format(
                problem=exc
            ),
        ) from None
    return Bundle(changes, rows, seen)


def _unpack(
    data: bytes, header: BundleHeader, key: bytes, signer: Signer | None, name: str
) -> bytes:
    """The compressed body, decrypted, and for format 3 checked against its device's key."""
    aad = data[: HEADER.size]
    if header.version != FORMAT_VERSION:
        if (
            signer is not None
            and signer.signed_from is not None
            and header.seq >= signer.signed_from
        ):
            raise BundleRejected(
                name,
                translate(
                    "sync",
                    "it is not signed, though its laptop signs its files from number {seq} on",
                ).format(seq=signer.signed_from),
            )
        try:
            return AESGCM(key).decrypt(header.nonce, data[HEADER.size :], aad)
        except InvalidTag:
            raise BundleRejected(
                name, translate("sync", "it is damaged or was altered (authentication failed)")
            ) from None
    try:
        body, signature = open_sealed(data, HEADER.size, header.nonce, key)
    except Unsealed:
        raise BundleRejected(
            name, translate("sync", "it is damaged or was altered (authentication failed)")
        ) from None
    if signer is None:
        raise BundleRejected(
            name,
            translate("sync", "the card of its laptop, with the key it signs with, is not there"),
        )
    if not signed_by(signer.public_key, signature, PURPOSE, aad, body):
        raise BundleRejected(
            name,
            translate(
                "sync", "it is not signed by the laptop whose folder it is in (forged or moved)"
            ),
        )
    return body


def row_changes(row: object, names: set[object], devices: set[object]) -> RowWrites:
    """The changes of one row of format 3 (a snapshot's of version 2), checked like
    format 2's (what the row's changes share, once)."""
    if not isinstance(row, list) or len(row) != 4 or not isinstance(row[3], list):
        raise ValueError("malformed row")
    entity, row_id, participant, items = row
    if entity not in names:
        if not (isinstance(entity, str) and NAME.match(entity)):
            raise ValueError("malformed entity")
        names.add(entity)
    if not _is_text(row_id):
        raise ValueError("malformed field or row")
    if participant is not None and not _is_text(participant):
        raise ValueError("malformed participant")
    changes: list[WireChange] = []
    append = changes.append
    for item in items:
        # Written out: this runs for every change received. (``type(x) is int`` is
        # ``_is_hlc``'s test: JSON makes no other kind of whole number than int and bool.)
        if not isinstance(item, list):
            raise ValueError("malformed change")
        size = len(item)
        if size == 5:
            hlc, name, value, base_hlc, base_device = item
            author = None
        elif size == 6:
            hlc, name, value, base_hlc, base_device, author = item
        else:
            raise ValueError("malformed change")
        if type(hlc) is not int or not 0 < hlc <= MAX_HLC:
            raise ValueError("clock out of range")
        if name not in names:
            if not (isinstance(name, str) and NAME.match(name)):
                raise ValueError("malformed field or row")
            names.add(name)
        if value is not None and (not isinstance(value, str) or len(value) > MAX_VALUE_CHARS):
            raise ValueError("malformed value")
        if base_hlc is not None or base_device is not None:
            _check_base(base_hlc, base_device, devices)
        if author is not None and author not in devices and not _is_device(author, devices):
            raise ValueError("malformed author")
        append(
            _new(
                WireChange,
                (hlc, entity, row_id, name, value, participant, base_hlc, base_device, author),
            )
        )
    return RowWrites(entity, row_id, participant, changes)


#: Makes a ``WireChange`` from a tuple of its fields (a third of the time of calling it).
_new = tuple.__new__


def _check_base(base_hlc: object, base_device: object, devices: set[object]) -> None:
    if (base_hlc is None) != (base_device is None):
        raise ValueError("half a base")
    if not (_is_hlc(base_hlc) and _is_device(base_device, devices)):
        raise ValueError("malformed base")


def _is_hlc(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_HLC


def _is_text(value: object, limit: int = MAX_NAME) -> bool:
    return isinstance(value, str) and 0 < len(value) <= limit


def wire_changes(items: list[object], names: set[object], devices: set[object]) -> list[WireChange]:
    """Changes one by one (a bundle of format 2, a snapshot of version 1), each checked as
    a row of one change. ``names`` and ``devices`` remember the entity and field names and
    the device ids already found well-formed in this file: they repeat in nearly every
    change."""
    changes: list[WireChange] = []
    for item in items:
        if not isinstance(item, list) or len(item) not in (8, 9):
            raise ValueError("malformed change")
        hlc, entity, row_id, name, value, participant, base_hlc, base_device = item[:8]
        one = [hlc, name, value, base_hlc, base_device, *item[8:]]
        changes += row_changes([entity, row_id, participant, [one]], names, devices).changes
    return changes


def _is_device(value: object, devices: set[object]) -> bool:
    if value in devices:
        return True
    if isinstance(value, str) and DEVICE.match(value):
        devices.add(value)
        return True
    return False


def _seen(raw: object) -> dict[str, int]:
    if not isinstance(raw, dict):
        raise ValueError("malformed seen")
    seen: dict[str, int] = {}
    for device, seq in raw.items():
        if not DEVICE.match(str(device)) or not isinstance(seq, int) or isinstance(seq, bool):
            raise ValueError("malformed seen")
        if not 0 <= seq < 10**12:
            raise ValueError("malformed seen")
        seen[str(device)] = seq
    return seen


def check_changes(changes: list[WireChange], device: str) -> None:
    """A bundle may not hold two changes with one identity (author, hlc)."""
    if len({c.hlc for c in changes}) == len(changes):
        return  # no stamp twice (the common case, found without making pairs)
    identities = {(c.author or device, c.hlc) for c in changes}
    if len(identities) != len(changes):
        raise ValueError("a change appears twice")


def digest(changes: list[WireChange], device: str) -> str:
    """What a bundle says, independent of its encryption: to recognise one's own file."""
    items = sorted(
        ([c.author_or(device), *c.to_list()[:8]] for c in changes),
        key=lambda item: (str(item[0]), int(str(item[1]))),
    )
    text = json.dumps(items, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
