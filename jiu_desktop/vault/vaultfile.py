"""``vault.json``: KDF parameters and the wrapped data key. It holds no personal data.

The database is encrypted with a random 256-bit *data key*. That key is stored twice, each
time wrapped with AES-256-GCM: once under Argon2id(passphrase), once under a key derived
from the random *recovery key* that is shown to the coach once. Changing the passphrase
rewraps the data key; the database itself is never re-encrypted.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from jiu_desktop.errors import ProfileDamaged, WrongPassphrase, WrongRecoveryKey
from jiu_desktop.vault.atomic import write_atomic
from jiu_desktop.vault.kdf import (
    KEY_BYTES,
    MAX_SALT_BYTES,
    MIN_SALT_BYTES,
    KdfParams,
    calibrate,
    derive_key,
    hex_bytes,
)
from jiu_desktop.vault.keywrap import NONCE_BYTES, UnwrapFailed, unwrap, wrap

FORMAT = "jiu-vault"
VERSION = 1
PASSPHRASE_PURPOSE = b"jiu-vault-v1/passphrase"
RECOVERY_PURPOSE = b"jiu-vault-v1/recovery"
RECOVERY_BYTES = 20  # 160 bits, 32 base32 characters
WRAPPED_BYTES = NONCE_BYTES + KEY_BYTES + 16  # nonce, data key, GCM tag
CHECKSUM = "checksum"
_FIELDS = {
    "format",
    "version",
    "profile_name",
    "created_at",
    "demo",
    "kdf",
    "wrapped_key",
    "recovery",
}
_RECOVERY_FIELDS = {"salt", "wrapped_key"}


@dataclass
class VaultFile:
    """The parsed file. Every field is covered by ``checksum`` (SHA-256 of the canonical
    JSON of all other fields), so a damaged file is told apart from a wrong passphrase
    before any key is derived. Files written before the checksum existed still open and
    gain one the next time they are saved."""

    profile_name: str
    kdf: KdfParams
    wrapped_key: bytes
    recovery_salt: bytes
    recovery_wrapped_key: bytes
    created_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())
    demo: bool = False

    def to_json(self) -> dict[str, object]:
        document: dict[str, object] = {
            "format": FORMAT,
            "version": VERSION,
            "profile_name": self.profile_name,
            "created_at": self.created_at,
            "demo": self.demo,
            "kdf": self.kdf.to_json(),
            "wrapped_key": self.wrapped_key.hex(),
            "recovery": {
                "salt": self.recovery_salt.hex(),
                "wrapped_key": self.recovery_wrapped_key.hex(),
            },
        }
        document[CHECKSUM] = checksum(document)
        return document

    @classmethod
    def from_json(cls, data: object) -> VaultFile:
        """Parse, verify the checksum and bound every value; ``ValueError`` when the file is
        not exactly what this program writes."""
        document = _verified(data)
        recovery = document["recovery"]
        if not isinstance(recovery, dict) or set(recovery) != _RECOVERY_FIELDS:
            raise ValueError("vault file is incomplete")
        name, created_at, demo = document["profile_name"], document["created_at"], document["demo"]
        if not (isinstance(name, str) and isinstance(created_at, str) and isinstance(demo, bool)):
            raise ValueError("vault file has a field of the wrong type")
        return cls(
            profile_name=name,
            kdf=KdfParams.from_json(document["kdf"]),
            wrapped_key=_sized(document["wrapped_key"], WRAPPED_BYTES, WRAPPED_BYTES),
            recovery_salt=_sized(recovery["salt"], MIN_SALT_BYTES, MAX_SALT_BYTES),
            recovery_wrapped_key=_sized(recovery["wrapped_key"], WRAPPED_BYTES, WRAPPED_BYTES),
            created_at=created_at,
            demo=demo,
        )

    def to_bytes(self) -> bytes:
        return json.dumps(self.to_json(), indent=2).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> VaultFile:
        try:
            return cls.from_json(json.loads(raw.decode("utf-8"), object_pairs_hook=_no_repeats))
        except (ValueError, KeyError, TypeError, RecursionError) as exc:
            raise ProfileDamaged(f"vault.json: {exc}") from exc

    def save(self, path: Path) -> None:
        write_atomic(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> VaultFile:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise ProfileDamaged(f"{path.name}: {exc.strerror}") from exc
        return cls.from_bytes(raw)

    # -- keys ------------------------------------------------------------------------------
    def unlock(self, passphrase: str) -> bytes:
        """Return the data key, or raise :class:`WrongPassphrase`."""
        try:
            return unwrap(self.wrapped_key, derive_key(passphrase, self.kdf), PASSPHRASE_PURPOSE)
        except UnwrapFailed:
            raise WrongPassphrase() from None

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        try:
            secret = parse_recovery_key(recovery_key)
        except ValueError:
            raise WrongRecoveryKey() from None
        try:
            return unwrap(
                self.recovery_wrapped_key,
                _recovery_wrapping_key(secret, self.recovery_salt),
                RECOVERY_PURPOSE,
            )
        except UnwrapFailed:
            raise WrongRecoveryKey() from None

    def rewrap(self, data_key: bytes, new_passphrase: str) -> VaultFile:
        """A copy protecting the same data key under a new passphrase (fresh salt)."""
        params = calibrate_like(self.kdf)
        return VaultFile(
            profile_name=self.profile_name,
            kdf=params,
            wrapped_key=wrap(data_key, derive_key(new_passphrase, params), PASSPHRASE_PURPOSE),
            recovery_salt=self.recovery_salt,
            recovery_wrapped_key=self.recovery_wrapped_key,
            created_at=self.created_at,
            demo=self.demo,
        )


def checksum(document: dict[str, object]) -> str:
    """SHA-256 (hex) of the canonical JSON of every field except the checksum itself."""
    body = {key: value for key, value in document.items() if key != CHECKSUM}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def _verified(data: object) -> dict[str, object]:
    """The document, when it is a vault file of this version with exactly the known fields
    and, if it has one (files from before it existed do not), a matching checksum."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a vault file")
    version = data.get("version")
    if type(version) is not int or version != VERSION:
        raise ValueError("not a vault file of a known version")
    if not _FIELDS <= set(data) <= _FIELDS | {CHECKSUM}:
        raise ValueError("vault file has missing or unknown fields")
    if CHECKSUM in data and data[CHECKSUM] != checksum(data):
        raise ValueError("vault file does not match its checksum")
    return data


def _sized(value: object, low: int, high: int) -> bytes:
    raw = hex_bytes(value)
    if not low <= len(raw) <= high:
        raise ValueError("vault file has a value of the wrong length")
    return raw


def _no_repeats(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object; a key given twice is damage, not "the last one wins"."""
    document = dict(pairs)
    if len(document) != len(pairs):
        raise ValueError("a field appears twice")
    return document


def calibrate_like(params: KdfParams) -> KdfParams:
    """Same cost as before, fresh salt."""
    return KdfParams(
        salt=os.urandom(16),
        iterations=params.iterations,
        memory_kib=params.memory_kib,
        lanes=params.lanes,
    )


def new_vault(
    profile_name: str, passphrase: str, *, demo: bool = False
) -> tuple[VaultFile, bytes, str]:
    """Create a vault: returns (vault file, data key, recovery key as shown to the coach)."""
    data_key = os.urandom(KEY_BYTES)
    params = calibrate()
    recovery_secret = os.urandom(RECOVERY_BYTES)
    recovery_salt = os.urandom(16)
    vault = VaultFile(
        profile_name=profile_name,
        kdf=params,
        wrapped_key=wrap(data_key, derive_key(passphrase, params), PASSPHRASE_PURPOSE),
        recovery_salt=recovery_salt,
        recovery_wrapped_key=wrap(
            data_key, _recovery_wrapping_key(recovery_secret, recovery_salt), RECOVERY_PURPOSE
        ),
        demo=demo,
    )
    return vault, data_key, format_recovery_key(recovery_secret)


def _recovery_wrapping_key(secret: bytes, salt: bytes) -> bytes:
    # The recovery key has 160 random bits, so a fast KDF is enough.
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=RECOVERY_PURPOSE
    ).derive(secret)


def format_recovery_key(secret: bytes) -> str:
    """``ABCD-EFGH-...``: 8 groups of 4 base32 characters."""
    text = base64.b32encode(secret).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


_CONFUSABLE = str.maketrans({"0": "O", "1": "I", "8": "B"})


def parse_recovery_key(text: str) -> bytes:
    """Accept what a coach types back: any case, spaces or dashes, 0/1/8 for O/I/B."""
    cleaned = re.sub(r"[\s\-]", "", text).upper().translate(_CONFUSABLE)
    if len(cleaned) != 32:
        raise ValueError("wrong length")
    return base64.b32decode(cleaned)
