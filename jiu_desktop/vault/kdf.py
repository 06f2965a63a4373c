"""Argon2id key derivation with parameters that travel in ``vault.json``."""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters; ``memory_kib`` of 65536 is 64 MiB."""

    salt: bytes
    iterations: int = 3
    memory_kib: int = 65536
    lanes: int = 4

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["salt"] = self.salt.hex()
        data["algorithm"] = "argon2id"
        return data

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KdfParams:
        if data.get("algorithm") != "argon2id":
            raise ValueError("unknown key derivation")
        return cls(
            salt=bytes.fromhex(str(data["salt"])),
            iterations=int(str(data["iterations"])),
            memory_kib=int(str(data["memory_kib"])),
            lanes=int(str(data["lanes"])),
        )


def derive_key(secret: str, params: KdfParams) -> bytes:
    """Derive a 256-bit key from a passphrase (NFC-normalised, so the same typed text
    gives the same key on every platform)."""
    import unicodedata

    material = unicodedata.normalize("NFC", secret).encode("utf-8")
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(material)


def calibrate(target_seconds: float = 0.5, memory_kib: int = 65536) -> KdfParams:
    """Pick an iteration count so one derivation takes about ``target_seconds`` here.

    ``JIU_KDF_FAST=1`` (tests and benchmarks only) gives the minimum cost, never used for a
    real profile because the environment of a coach's laptop does not set it.
    """
    salt = os.urandom(16)
    if os.environ.get("JIU_KDF_FAST") == "1":
        return KdfParams(salt=salt, iterations=1, memory_kib=8192, lanes=1)
    probe = KdfParams(salt=salt, iterations=1, memory_kib=memory_kib)
    start = time.perf_counter()
    derive_key("calibration", probe)
    one = max(time.perf_counter() - start, 1e-3)
    iterations = max(2, min(12, round(target_seconds / one)))
    return KdfParams(salt=salt, iterations=iterations, memory_kib=memory_kib)
