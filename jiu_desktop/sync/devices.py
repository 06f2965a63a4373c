"""Device cards: which laptops are in the team, what their coaches call them, and the key
each one signs with.

Every device keeps an Ed25519 signing key in its encrypted database and publishes a card in
its own folder (``devices/<device>/device.card``): its id, the public half of that key, the
name its coach gave the laptop, and how far it has published (its *head*). The card is
signed with that key and then sealed with the team key, so the server learns neither the
name nor the key, and a card cannot be moved to another device's folder or team.

A laptop pins the key of each device the first time it reads its card. A later card for that
device with another key is refused and reported: someone holding the team key could write
a card in another coach's folder, but not with that coach's key. Bundles (format 3) are
signed with the same key, and the card says from which bundle number on (``signed_from``).

A card is read again whenever it changed (its stamp in the folder listing, which costs no
request), before the device's bundles are opened. Its head is signed, so a server that
withholds a device's newest bundles is noticed: the numbers up to the head are a gap.
"""

from __future__ import annotations

import json
import os
import struct
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import Connection, delete, insert, select

from jiu_desktop.i18n import translate
from jiu_desktop.models import LocalState, SyncPeer
from jiu_desktop.sync.team import TeamKey
from jiu_desktop.sync.transports import Transport

MAGIC = b"JIUD"
VERSION = 2
READABLE_VERSIONS = (1, 2)
HEADER = struct.Struct(">4sB16s16s16s12s")  # magic, version, team, device, key id, nonce
SIGNED = b"jiu-sync-v1/device-card\0"
FORMAT = "jiu-device-card"
MAX_NAME = 80
MAX_CARD_BYTES = 64 * 1024
SIGNING_KEY = "signing_key:{device}"
NAME_KEY = "device_name"
PINNED_KEY = "device_cards"


@dataclass(frozen=True)
class DeviceCard:
    device_id: str
    public_key: str  # 64 hex characters: the raw Ed25519 public key
    name: str
    head: int  # the highest bundle number the device had published when it wrote the card
    written_ms: int
    #: The first bundle number it signed; None for a device of a version that did not sign.
    signed_from: int | None = None
    #: How far the device had applied each device's bundles (its own: its head); compaction
    #: retires a bundle only once every recent card says it was applied. {} on old cards.
    applied: dict[str, int] = field(default_factory=dict)
    #: The snapshots on the remote it checked against its own change log, with the authors
    #: whose changes it found right there (sync/vouching.py). {} on old cards.
    checked: dict[str, list[str]] = field(default_factory=dict)


class CardRefused(Exception):
    """A card that cannot be read, is not its folder's, or carries another key than the one
    this laptop pinned for that device. The message names the device."""

    def __init__(self, device: str, why: str) -> None:
        self.device = device
        super().__init__(why)


# -- this laptop ----------------------------------------------------------------------------
def signing_key(conn: Connection, device_id: str) -> Ed25519PrivateKey:
    """This device id's signing key, made the first time it is needed. A new device id (a
    restored or copied profile) gets a new key, as it is a new line of history."""
    key = SIGNING_KEY.format(device=device_id)
    stored = conn.execute(select(LocalState.value).where(LocalState.key == key)).scalar()
    if stored:
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(stored))
    made = Ed25519PrivateKey.generate()
    raw = made.private_bytes_raw()
    conn.execute(insert(LocalState).values(key=key, value=raw.hex()))
    return made


def public_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def device_name(conn: Connection) -> str:
    """What the coach calls this laptop ("" until named)."""
    stored = conn.execute(select(LocalState.value).where(LocalState.key == NAME_KEY)).scalar()
    return str(stored or "")


def set_device_name(conn: Connection, name: str) -> None:
    clean = " ".join(name.split())[:MAX_NAME]
    conn.execute(delete(LocalState).where(LocalState.key == NAME_KEY))
    if clean:
        conn.execute(insert(LocalState).values(key=NAME_KEY, value=clean))


# -- sealing and opening --------------------------------------------------------------------
def seal_card(card: DeviceCard, key: Ed25519PrivateKey, team: TeamKey) -> bytes:
    if public_hex(key) != card.public_key:
        raise ValueError("the card names another key")
    body = json.dumps({"format": FORMAT, "version": VERSION, **asdict(card)}).encode("utf-8")
    signature = key.sign(SIGNED + bytes.fromhex(team.team_id) + body)
    nonce = os.urandom(12)
    header = HEADER.pack(
        MAGIC,
        VERSION,
        bytes.fromhex(team.team_id),
        bytes.fromhex(card.device_id),
        bytes.fromhex(team.key_id),
        nonce,
    )
    plain = struct.pack(">I", len(body)) + body + signature
    return header + AESGCM(team.key).encrypt(nonce, plain, header)


def open_card(data: bytes, device: str, team: TeamKey) -> DeviceCard:
    """The card in ``device``'s folder, checked: sealed by this team, for this folder,
    signed by the key it names. CardRefused otherwise."""

    def refused() -> CardRefused:
        return CardRefused(
            device,
            translate(
                "sync", "The card of laptop {device} cannot be read or is not its own."
            ).format(device=device[:8]),
        )

    if len(data) > MAX_CARD_BYTES or len(data) < HEADER.size:
        raise refused()
    magic, version, team_id, device_id, key_id, nonce = HEADER.unpack_from(data)
    if (
        magic != MAGIC
        or version not in READABLE_VERSIONS
        or team_id.hex() != team.team_id
        or device_id.hex() != device
        or key_id.hex() not in team.keys
    ):
        raise refused()
    try:
        plain = AESGCM(team.keys[key_id.hex()]).decrypt(
            nonce, data[HEADER.size :], data[: HEADER.size]
        )
        (length,) = struct.unpack_from(">I", plain)
        body, signature = plain[4 : 4 + length], plain[4 + length :]
        fields = json.loads(body.decode("utf-8"))
        card = DeviceCard(
            device_id=str(fields["device_id"]),
            public_key=str(fields["public_key"]),
            name=str(fields["name"])[:MAX_NAME],
            head=int(fields["head"]),
            written_ms=int(fields["written_ms"]),
            signed_from=_optional_number(fields.get("signed_from")),
            applied=_applied(fields.get("applied", {})),
            checked=_checked(fields.get("checked", {})),
        )
        if fields.get("format") != FORMAT or card.device_id != device or card.head < 0:
            raise ValueError("not this device's card")
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(card.public_key))
        public.verify(signature, SIGNED + team_id + body)
    except (InvalidTag, InvalidSignature, ValueError, KeyError, TypeError, struct.error):
        raise refused() from None
    return card


def _optional_number(value: object) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError("not a bundle number")
    return value


SIGNED_FROM_KEY = "signed_from:{device}"


def signed_from(conn: Connection, device_id: str, published: int) -> int:
    """The first bundle number this device id signs: the one after what it had published
    when it began to sign (1 for a new id). Fixed once chosen."""
    key = SIGNED_FROM_KEY.format(device=device_id)
    stored = conn.execute(select(LocalState.value).where(LocalState.key == key)).scalar()
    if stored:
        return int(stored)
    conn.execute(insert(LocalState).values(key=key, value=str(published + 1)))
    return published + 1


def _applied(raw: object) -> dict[str, int]:
    if not isinstance(raw, dict):
        raise ValueError("malformed applied")
    applied = {str(device): int(seq) for device, seq in raw.items()}
    if any(len(device) != 32 or seq < 0 for device, seq in applied.items()):
        raise ValueError("malformed applied")
    return applied


def _checked(raw: object) -> dict[str, list[str]]:
    if not isinstance(raw, dict):
        raise ValueError("malformed checked")
    checked = {str(name): [str(d) for d in devices] for name, devices in raw.items()}
    if len(checked) > 64 or any(len(d) != 32 for ds in checked.values() for d in ds):
        raise ValueError("malformed checked")
    return checked


#: Where sync/snapshots.py remembers the snapshots it read: name -> [written, covers, checked].
SNAPSHOTS_SEEN_KEY = "sync_snapshots_seen"


def checked_here(conn: Connection) -> dict[str, list[str]]:
    """The snapshots now on the remote that this laptop checked, with the authors it could
    vouch for in each."""
    stored = conn.execute(
        select(LocalState.value).where(LocalState.key == SNAPSHOTS_SEEN_KEY)
    ).scalar()
    seen = json.loads(stored or "{}")
    return {
        name: sorted(meta[2])
        for name, meta in sorted(seen.items())
        if isinstance(meta, list) and len(meta) > 2 and meta[2]
    }


def applied_here(conn: Connection, device_id: str, head: int) -> dict[str, int]:
    """How far this laptop has applied every device's bundles, without a hole."""
    applied = {
        str(device): int(last_seq)
        for device, last_seq in conn.execute(select(SyncPeer.device, SyncPeer.last_seq))
        if last_seq > 0 and device != device_id
    }
    applied[device_id] = head
    return dict(sorted(applied.items()))


def make_card(conn: Connection, device_id: str, head: int) -> tuple[DeviceCard, Ed25519PrivateKey]:
    key = signing_key(conn, device_id)
    card = DeviceCard(
        device_id,
        public_hex(key),
        device_name(conn),
        head,
        int(time.time() * 1000),
        signed_from(conn, device_id, head),
        applied_here(conn, device_id, head),
        checked_here(conn),
    )
    return card, key


# -- what this laptop knows of the others ---------------------------------------------------
def pinned_cards(conn: Connection) -> dict[str, DeviceCard]:
    stored = conn.execute(select(LocalState.value).where(LocalState.key == PINNED_KEY)).scalar()
    if not stored:
        return {}
    return {device: DeviceCard(**fields) for device, fields in json.loads(stored).items()}


def laptop_names(conn: Connection, own_device: str) -> dict[str, str]:
    """What the coaches call their laptops, as far as this one knows: every named card, and
    this laptop's own name."""
    names = {device: card.name for device, card in pinned_cards(conn).items() if card.name}
    if own := device_name(conn):
        names[own_device] = own
    return names


def pin(conn: Connection, card: DeviceCard) -> None:
    """Remember ``card``; CardRefused when the device's key differs from the pinned one."""
    cards = pinned_cards(conn)
    known = cards.get(card.device_id)
    if known is not None and known.public_key != card.public_key:
        raise CardRefused(
            card.device_id,
            translate(
                "sync",
                "Laptop {device} ({name}) has a card with another key than before. It was not"
                " taken; ask the coordinator whether this laptop was set up again.",
            ).format(device=card.device_id[:8], name=known.name or "?"),
        )
    if known is not None and known.written_ms > card.written_ms:
        return  # an older card (a server restored from a copy) changes nothing
    cards[card.device_id] = card
    value = json.dumps({device: asdict(c) for device, c in sorted(cards.items())})
    conn.execute(delete(LocalState).where(LocalState.key == PINNED_KEY))
    conn.execute(insert(LocalState).values(key=PINNED_KEY, value=value))


# -- a round's part -------------------------------------------------------------------------
WRITTEN_KEY = "device_card_written"
STAMPS_KEY = "device_card_stamps"


def write_own_card(
    conn: Connection,
    transport: Transport,
    team: TeamKey,
    device_id: str,
    published: int,
    *,
    unless_known: bool = False,
    missing: bool = False,
) -> None:
    """Write this laptop's card when its key, name, head, target or what it has applied
    changed since the last one, or when it is ``missing`` from the target.
    ``unless_known``: only when the target has no card with this key yet (before a push,
    so that the others can check the bundles it is about to publish)."""
    card, key = make_card(conn, device_id, published)
    # the target too: a team reached at a new address gets the card there as well; and
    # the key, so that after a rotation the card is sealed under the new one
    wanted = [
        card.public_key,
        card.name,
        card.head,
        transport.description,
        team.key_id,
        card.applied,
        card.checked,
    ]
    written = conn.execute(select(LocalState.value).where(LocalState.key == WRITTEN_KEY)).scalar()
    before = json.loads(written)[:-1] if written is not None else None
    if before == wanted and not missing:
        return
    same_key_and_target = before is not None and [before[0], before[3]] == [wanted[0], wanted[3]]
    if unless_known and same_key_and_target and not missing:
        return
    transport.write_card(device_id, seal_card(card, key, team))
    conn.execute(delete(LocalState).where(LocalState.key == WRITTEN_KEY))
    value = json.dumps([*wanted, card.written_ms])
    conn.execute(insert(LocalState).values(key=WRITTEN_KEY, value=value))


def refresh_cards(
    conn: Connection, transport: Transport, team: TeamKey, peers: list[str]
) -> list[CardRefused]:
    """Read the card of every peer whose card changed since it was last read here (its
    stamp in the folder listing just made), and pin it. Returns the cards refused; a peer
    without a card (a version before cards) is no problem. A round in which no card
    changed costs no request and writes nothing."""
    stamps = _stamps(conn)
    before = dict(stamps)
    refused: list[CardRefused] = []
    for device in peers:
        stamp = transport.card_stamp(device)
        if stamp is None or stamps.get(device) == stamp:
            continue
        data = transport.read_card(device)
        if data is None:
            continue
        try:
            pin(conn, open_card(data, device, team))
        except CardRefused as problem:
            refused.append(problem)
            continue  # read again next round: a cloud client may still be completing it
        stamps[device] = stamp
    if stamps != before:
        conn.execute(delete(LocalState).where(LocalState.key == STAMPS_KEY))
        conn.execute(insert(LocalState).values(key=STAMPS_KEY, value=json.dumps(stamps)))
    return refused


def _stamps(conn: Connection) -> dict[str, str]:
    stored = conn.execute(select(LocalState.value).where(LocalState.key == STAMPS_KEY)).scalar()
    return {str(k): str(v) for k, v in json.loads(stored or "{}").items()}


def own_card_written(conn: Connection) -> datetime | None:
    """When this laptop last wrote its card (None before its first round)."""
    written = conn.execute(select(LocalState.value).where(LocalState.key == WRITTEN_KEY)).scalar()
    if written is None:
        return None
    return datetime.fromtimestamp(int(json.loads(written)[-1]) / 1000, UTC)
