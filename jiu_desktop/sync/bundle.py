"""Encrypted change bundles: the only thing a device ever writes to the shared remote.

A bundle is ``header || AES-256-GCM(team key, nonce, zlib(json changes), aad=header)``.
The header (magic, format version, team id, device id, sequence number, key id, nonce) is
authenticated as associated data, so a bundle copied under another name, to another team,
or cut short is refused before anything in it is used. The remote sees sizes and timing.
"""

from __future__ import annotations

import json
import os
import struct
import zlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from jiu_desktop.errors import BundleRejected
from jiu_desktop.i18n import translate

MAGIC = b"JIUB"
FORMAT_VERSION = 1
HEADER = struct.Struct(">4sB16s16sQ16s12s")
MAX_PLAIN_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class BundleHeader:
    team_id: str  # 32 hex characters
    device_id: str  # 32 hex characters
    seq: int
    key_id: str  # 32 hex characters
    nonce: bytes

    def pack(self) -> bytes:
        return HEADER.pack(
            MAGIC,
            FORMAT_VERSION,
            bytes.fromhex(self.team_id),
            bytes.fromhex(self.device_id),
            self.seq,
            bytes.fromhex(self.key_id),
            self.nonce,
        )


@dataclass(frozen=True)
class WireChange:
    """One change as it travels: the author device is in the bundle header."""

    hlc: int
    entity: str
    row_id: str
    field: str
    value: str | None
    participant_id: str | None
    base_hlc: int | None
    base_device: str | None

    def to_list(self) -> list[object]:
        return [
            self.hlc,
            self.entity,
            self.row_id,
            self.field,
            self.value,
            self.participant_id,
            self.base_hlc,
            self.base_device,
        ]


def seal(header: BundleHeader, changes: list[WireChange], key: bytes) -> bytes:
    plain = json.dumps(
        {"changes": [c.to_list() for c in changes]}, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    aad = header.pack()
    return aad + AESGCM(key).encrypt(header.nonce, zlib.compress(plain, 6), aad)


def new_nonce() -> bytes:
    return os.urandom(12)


def read_header(data: bytes, name: str) -> BundleHeader:
    if len(data) < HEADER.size + 16:
        raise BundleRejected(name, translate("sync", "the file is truncated"))
    magic, version, team, device, seq, key_id, nonce = HEADER.unpack_from(data)
    if magic != MAGIC:
        raise BundleRejected(name, translate("sync", "it is not a JIU Desktop sync file"))
    if version != FORMAT_VERSION:
        raise BundleRejected(
            name, translate("sync", "it was written by a newer version of JIU Desktop")
        )
    return BundleHeader(team.hex(), device.hex(), seq, key_id.hex(), nonce)


def open_bundle(
    data: bytes,
    *,
    name: str,
    team_id: str,
    device_id: str,
    seq: int,
    keys: dict[str, bytes],
) -> list[WireChange]:
    """Authenticate and decode a bundle found at ``devices/<device_id>/<seq>.bin``."""
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
    try:
        packed = AESGCM(key).decrypt(header.nonce, data[HEADER.size :], data[: HEADER.size])
    except InvalidTag:
        raise BundleRejected(
            name, translate("sync", "it is damaged or was altered (authentication failed)")
        ) from None
    try:
        decompressor = zlib.decompressobj()
        plain = decompressor.decompress(packed, MAX_PLAIN_BYTES)
        items = json.loads(plain.decode("utf-8"))["changes"]
        return [_wire_change(item) for item in items]
    except (zlib.error, ValueError, KeyError, TypeError) as exc:
        raise BundleRejected(name, translate("sync", "its contents cannot be read")) from exc


def _wire_change(item: list[object]) -> WireChange:
    hlc, entity, row_id, field, value, participant, base_hlc, base_device = item
    if not (isinstance(hlc, int) and isinstance(entity, str) and isinstance(row_id, str)):
        raise ValueError("malformed change")
    if not isinstance(field, str) or not (value is None or isinstance(value, str)):
        raise ValueError("malformed change")
    return WireChange(
        hlc,
        entity,
        row_id,
        field,
        value,
        participant if isinstance(participant, str) else None,
        base_hlc if isinstance(base_hlc, int) else None,
        base_device if isinstance(base_device, str) else None,
    )
