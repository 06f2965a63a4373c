"""Argon2id key derivation with parameters that travel in ``vault.json`` and ``team.json``.

Those files are read before anything is authenticated, and the sync server controls
``team.json``, so every parameter is bounded: a file cannot make a derivation take
gigabytes of memory or hours of time. Out-of-bounds parameters are a damaged file.
"""

from __future__ import annotations

import os
import re
import time
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEY_BYTES = 32

MIN_SALT_BYTES, MAX_SALT_BYTES = 16, 64
MIN_ITERATIONS, MAX_ITERATIONS = 1, 16
MIN_MEMORY_KIB, MAX_MEMORY_KIB = 8192, 1024 * 1024  # 8 MiB .. 1 GiB
MIN_LANES, MAX_LANES = 1, 16
MAX_WORK_KIB = 65536 * 64  # iterations × memory: at most 64 passes over 64 MiB (4 GiB)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters; ``memory_kib`` of 65536 is 64 MiB. Always within the bounds
    above: constructing one outside them raises ``ValueError``."""

    salt: bytes
    iterations: int = 3
    memory_kib: int = 65536
    lanes: int = 4

    def __post_init__(self) -> None:
        if not isinstance(self.salt, bytes):
            raise ValueError("salt is not bytes")
        if not MIN_SALT_BYTES <= len(self.salt) <= MAX_SALT_BYTES:
            raise ValueError("salt length out of bounds")
        _check_int("iterations", self.iterations, MIN_ITERATIONS, MAX_ITERATIONS)
        _check_int("memory_kib", self.memory_kib, MIN_MEMORY_KIB, MAX_MEMORY_KIB)
        _check_int("lanes", self.lanes, MIN_LANES, MAX_LANES)
        if self.iterations * self.memory_kib > MAX_WORK_KIB:
            raise ValueError("iterations × memory_kib out of bounds")

    def to_json(self) -> dict[str, object]:
        return {
            "salt": self.salt.hex(),
            "iterations": self.iterations,
            "memory_kib": self.memory_kib,
            "lanes": self.lanes,
            "algorithm": "argon2id",
        }

    @classmethod
    def from_json(cls, data: object) -> KdfParams:
        """Parse and bound-check; ``ValueError`` for anything a sane writer never writes."""
        if not isinstance(data, dict) or set(data) != _JSON_FIELDS:
            raise ValueError("key derivation parameters are incomplete")
        if data["algorithm"] != "argon2id":
            raise ValueError("unknown key derivation")
        return cls(
            salt=hex_bytes(data["salt"]),
            iterations=data["iterations"],
            memory_kib=data["memory_kib"],
            lanes=data["lanes"],
        )


_JSON_FIELDS = {"algorithm", "salt", "iterations", "memory_kib", "lanes"}


_HEX = re.compile(r"(?:[0-9a-f]{2})*")


def hex_bytes(value: object) -> bytes:
    """Bytes from lowercase hex as written by ``bytes.hex()``; nothing else is accepted
    (``bytes.fromhex`` would also take spaces and capitals)."""
    if not isinstance(value, str) or not _HEX.fullmatch(value):
        raise ValueError("not a hex string")
    return bytes.fromhex(value)


def _check_int(name: str, value: object, low: int, high: int) -> None:
    # bool is an int subclass, and JSON true must not mean 1 iteration.
    if type(value) is not int:
        raise ValueError(f"{name} is not a whole number")
    if not low <= value <= high:
        raise ValueError(f"{name} out of bounds")


def derive_key(secret: str, params: KdfParams) -> bytes:
    """Derive a 256-bit key from a passphrase (NFC-normalised, so the same typed text
    gives the same key on every platform)."""
    material = unicodedata.normalize("NFC", secret).encode("utf-8")
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(material)


@dataclass(frozen=True)
class KdfCost:
    """How expensive the key derivation of a new profile or team is made."""

    target_seconds: float = 0.5
    memory_kib: int = 65536
    lanes: int = 4
    min_iterations: int = 2
    max_iterations: int = 12


SHIPPED_COST = KdfCost()
COST = SHIPPED_COST
"""The cost :func:`calibrate` uses, looked up at each call. Only the test suite and the
benchmarks replace it, in their own process; no setting or environment variable does."""


def calibrate() -> KdfParams:
    """Parameters for a new profile or team: ``COST.memory_kib`` and an iteration count so
    one derivation takes about ``COST.target_seconds`` here, kept within the bounds."""
    cost = COST
    salt = os.urandom(16)
    low = max(MIN_ITERATIONS, cost.min_iterations)
    high = min(MAX_ITERATIONS, cost.max_iterations, MAX_WORK_KIB // cost.memory_kib)
    iterations = low
    if high > low:
        probe = KdfParams(salt=salt, iterations=1, memory_kib=cost.memory_kib, lanes=cost.lanes)
        start = time.perf_counter()
        derive_key("calibration", probe)
        one = max(time.perf_counter() - start, 1e-3)
        iterations = max(low, min(high, round(cost.target_seconds / one)))
    return KdfParams(salt=salt, iterations=iterations, memory_kib=cost.memory_kib, lanes=cost.lanes)
