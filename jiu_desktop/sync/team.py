"""``team.json``: the team id and the team key, wrapped under Argon2id(team passphrase).

Creating a team writes it once; joining reads it and unwraps the key with the passphrase
the coordinator handed out. Keys carry an id so per-participant keys can be added later.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass

from jiu_desktop.errors import SyncError, WrongTeamPassphrase
from jiu_desktop.i18n import translate
from jiu_desktop.vault.kdf import KEY_BYTES, KdfParams, calibrate, derive_key, hex_bytes
from jiu_desktop.vault.keywrap import UnwrapFailed, unwrap, wrap

FORMAT = "jiu-sync-team"
VERSION = 1


@dataclass(frozen=True)
class TeamKey:
    team_id: str
    key_id: str
    key: bytes


def _purpose(team_id: str, key_id: str) -> bytes:
    return f"jiu-sync-v1/team-key/{team_id}/{key_id}".encode()


def create_team(passphrase: str) -> tuple[TeamKey, bytes]:
    """A new team: returns its key and the team.json bytes to publish."""
    team = TeamKey(uuid.uuid4().hex, uuid.uuid4().hex, os.urandom(KEY_BYTES))
    params = calibrate()
    document = {
        "format": FORMAT,
        "version": VERSION,
        "team_id": team.team_id,
        "keys": [
            {
                "key_id": team.key_id,
                "kdf": params.to_json(),
                "wrapped": wrap(
                    team.key,
                    derive_key(passphrase, params),
                    _purpose(team.team_id, team.key_id),
                ).hex(),
            }
        ],
    }
    return team, json.dumps(document, indent=2).encode("utf-8")


def join_team(team_json: bytes, passphrase: str) -> TeamKey:
    """Unwrap the newest team key; WrongTeamPassphrase when the passphrase does not fit.

    The sync server controls this file, so it is checked whole (KDF parameters within
    their bounds) before the passphrase costs any work."""
    try:
        team_id, key_id, params, wrapped = _parse(team_json)
    except (ValueError, KeyError, IndexError, TypeError, RecursionError) as exc:
        raise SyncError(
            translate("sync", "The team file on the sync target cannot be read.")
        ) from exc
    try:
        key = unwrap(wrapped, derive_key(passphrase, params), _purpose(team_id, key_id))
    except UnwrapFailed:
        raise WrongTeamPassphrase() from None
    return TeamKey(team_id, key_id, key)


def _parse(team_json: bytes) -> tuple[str, str, KdfParams, bytes]:
    document = json.loads(team_json.decode("utf-8"))
    if not isinstance(document, dict):
        raise ValueError("not a team file")
    if document.get("format") != FORMAT or document.get("version") != VERSION:
        raise ValueError("unknown format")
    keys = document["keys"]
    if not isinstance(keys, list) or not keys or not isinstance(keys[-1], dict):
        raise ValueError("no team key")
    entry = keys[-1]
    return (
        str(document["team_id"]),
        str(entry["key_id"]),
        KdfParams.from_json(entry["kdf"]),
        hex_bytes(entry["wrapped"]),
    )
