"""Wrapping one key under another with AES-256-GCM (the purpose is bound as associated data)."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


class UnwrapFailed(Exception):
    """The wrapping key is wrong or the wrapped blob was altered."""


def wrap(key_to_wrap: bytes, wrapping_key: bytes, purpose: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(wrapping_key).encrypt(nonce, key_to_wrap, purpose)


def unwrap(blob: bytes, wrapping_key: bytes, purpose: bytes) -> bytes:
    nonce, body = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
    try:
        return AESGCM(wrapping_key).decrypt(nonce, body, purpose)
    except InvalidTag as exc:
        raise UnwrapFailed from exc
