"""``team.json``: the team id and the team keys, the newest wrapped under Argon2id(team
passphrase).

Creating a team writes it once (version 1: one key); joining reads it and unwraps the key
with the passphrase the coordinator handed out. Removing a laptop from the team *rotates*
the key (version 2): a new key, wrapped under the new team passphrase, becomes the newest;
every older key is wrapped under the newest one, so whoever has the new passphrase can
still read the team's older files, and a laptop that only knows an older passphrase cannot
unwrap anything newer. The ``sealed`` field holds the list of key ids and the removed
laptops, encrypted and authenticated with the newest key, so the server that holds the
file can neither add nor drop a removal, nor swap the keys around.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from jiu_desktop.errors import SyncError, WrongTeamPassphrase
from jiu_desktop.i18n import translate
from jiu_desktop.vault.kdf import KEY_BYTES, KdfParams, calibrate, derive_key, hex_bytes
from jiu_desktop.vault.keywrap import NONCE_BYTES, UnwrapFailed, unwrap, wrap

FORMAT = "jiu-sync-team"
VERSION = 1
ROTATED_VERSION = 2
READABLE_VERSIONS = (VERSION, ROTATED_VERSION)
MAX_KEYS = 1000


@dataclass(frozen=True)
class Removal:
    """A laptop taken out of the team: bundles it numbers above ``head`` are refused."""

    device: str
    #: The highest of its bundle numbers that was known when it was removed.
    head: int
    removed_ms: int
    #: What its coach called it (from its card; "" when it had none).
    name: str = ""


@dataclass(frozen=True)
class TeamKey:
    team_id: str
    key_id: str
    key: bytes
    #: The keys before this one (by key id): files written before a rotation use them.
    older: dict[str, bytes] = field(default_factory=dict)
    removed: tuple[Removal, ...] = ()

    @property
    def keys(self) -> dict[str, bytes]:
        """Every key a file of this team may be sealed with, by key id."""
        return {**self.older, self.key_id: self.key}

    def removal(self, device: str) -> Removal | None:
        return next((r for r in self.removed if r.device == device), None)


class TeamKeyRotated(SyncError):
    """team.json names this team, with a newer key than this laptop has."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "sync",
                "The coordinator has changed the team passphrase (a laptop was removed from the"
                " team). Type the new team passphrase to continue syncing.",
            )
        )


def _purpose(team_id: str, key_id: str) -> bytes:
    return f"jiu-sync-v1/team-key/{team_id}/{key_id}".encode()


def _older_purpose(team_id: str, key_id: str, newest: str) -> bytes:
    return f"jiu-sync-v1/older-team-key/{team_id}/{key_id}/{newest}".encode()


def _sealed_purpose(team_id: str, newest: str) -> bytes:
    return f"jiu-sync-v1/team-sealed/{team_id}/{newest}".encode()


def _unreadable() -> SyncError:
    return SyncError(translate("sync", "The team file on the sync target cannot be read."))


def create_team(passphrase: str) -> tuple[TeamKey, bytes]:
    """A new team: returns its key and the team.json bytes to publish."""
    team = TeamKey(uuid.uuid4().hex, uuid.uuid4().hex, os.urandom(KEY_BYTES))
    document = {
        "format": FORMAT,
        "version": VERSION,
        "team_id": team.team_id,
        "keys": [_newest_entry(team, passphrase)],
    }
    return team, json.dumps(document, indent=2).encode("utf-8")


def _newest_entry(team: TeamKey, passphrase: str) -> dict[str, object]:
    params = calibrate()
    return {
        "key_id": team.key_id,
        "kdf": params.to_json(),
        "wrapped": wrap(
            team.key, derive_key(passphrase, params), _purpose(team.team_id, team.key_id)
        ).hex(),
    }


def rotate_team(team: TeamKey, passphrase: str, removal: Removal) -> tuple[TeamKey, bytes]:
    """The team with a new key under ``passphrase`` and ``removal`` added: the new key and
    the team.json bytes that replace the current ones."""
    new = TeamKey(
        team.team_id,
        uuid.uuid4().hex,
        os.urandom(KEY_BYTES),
        older=team.keys,
        removed=(*(r for r in team.removed if r.device != removal.device), removal),
    )
    older = [
        {
            "key_id": key_id,
            "wrapped_under": new.key_id,
            "wrapped": wrap(key, new.key, _older_purpose(new.team_id, key_id, new.key_id)).hex(),
        }
        for key_id, key in new.older.items()
    ]
    sealed = {
        "keys": [*new.older, new.key_id],
        "removed": [asdict(r) for r in new.removed],
    }
    nonce = os.urandom(NONCE_BYTES)
    plain = json.dumps(sealed, separators=(",", ":")).encode("utf-8")
    box = nonce + AESGCM(new.key).encrypt(nonce, plain, _sealed_purpose(new.team_id, new.key_id))
    document = {
        "format": FORMAT,
        "version": ROTATED_VERSION,
        "team_id": new.team_id,
        "keys": [*older, _newest_entry(new, passphrase)],
        "sealed": box.hex(),
    }
    return new, json.dumps(document, indent=2).encode("utf-8")


def join_team(team_json: bytes, passphrase: str) -> TeamKey:
    """Unwrap the team's keys; WrongTeamPassphrase when the passphrase does not fit.

    The sync server controls this file, so it is checked whole (KDF parameters within
    their bounds) before the passphrase costs any work, and what it says beyond the newest
    key (the older keys, the removed laptops) is taken only when the newest key vouches
    for it."""
    try:
        document = _document(team_json)
        team_id = str(document["team_id"])
        entry = document["keys"][-1]
        key_id = str(entry["key_id"])
        params = KdfParams.from_json(entry["kdf"])
        wrapped = hex_bytes(entry["wrapped"])
    except (ValueError, KeyError, IndexError, TypeError, RecursionError) as exc:
        raise _unreadable() from exc
    try:
        key = unwrap(wrapped, derive_key(passphrase, params), _purpose(team_id, key_id))
    except UnwrapFailed:
        raise WrongTeamPassphrase() from None
    if document["version"] == VERSION:
        return TeamKey(team_id, key_id, key)
    try:
        return _rotated(document, TeamKey(team_id, key_id, key))
    except (ValueError, KeyError, IndexError, TypeError, UnwrapFailed, InvalidTag) as exc:
        raise _unreadable() from exc


def newest_key_id(team_json: bytes) -> tuple[str, str]:
    """The team id and the id of the newest key (nothing is unwrapped)."""
    try:
        document = _document(team_json)
        return str(document["team_id"]), str(document["keys"][-1]["key_id"])
    except (ValueError, KeyError, IndexError, TypeError, RecursionError) as exc:
        raise _unreadable() from exc


def _document(team_json: bytes) -> dict[str, Any]:
    document = json.loads(team_json.decode("utf-8"))
    if not isinstance(document, dict):
        raise ValueError("not a team file")
    if document.get("format") != FORMAT or document.get("version") not in READABLE_VERSIONS:
        raise ValueError("unknown format")
    keys = document["keys"]
    if not isinstance(keys, list) or not 0 < len(keys) <= MAX_KEYS:
        raise ValueError("no team key")
    if not all(isinstance(entry, dict) for entry in keys):
        raise ValueError("malformed key")
    return document


def _rotated(document: dict[str, Any], newest: TeamKey) -> TeamKey:
    team_id, key_id = newest.team_id, newest.key_id
    box = hex_bytes(document["sealed"])
    plain = AESGCM(newest.key).decrypt(
        box[:NONCE_BYTES], box[NONCE_BYTES:], _sealed_purpose(team_id, key_id)
    )
    sealed = json.loads(plain.decode("utf-8"))
    entries = document["keys"]
    listed = [str(entry["key_id"]) for entry in entries]
    if sealed["keys"] != listed or len(set(listed)) != len(listed):
        raise ValueError("the keys are not the ones the newest key names")
    older: dict[str, bytes] = {}
    for entry in entries[:-1]:
        old = str(entry["key_id"])
        if entry["wrapped_under"] != key_id:
            raise ValueError("an older key is not wrapped under the newest")
        purpose = _older_purpose(team_id, old, key_id)
        older[old] = unwrap(hex_bytes(entry["wrapped"]), newest.key, purpose)
    removed = tuple(
        Removal(str(r["device"]), int(r["head"]), int(r["removed_ms"]), str(r["name"]))
        for r in sealed["removed"]
    )
    return TeamKey(team_id, key_id, newest.key, older=older, removed=removed)
