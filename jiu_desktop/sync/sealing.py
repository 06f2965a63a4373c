"""Sealing a file for the remote: signed by its device, encrypted with the team key, padded.

``header || AES-256-GCM(team key, nonce, length | body | Ed25519 signature | zeros, aad=header)``

The signature covers a purpose string, the header and the body, so a file signed as one kind
(a bundle, a snapshot) or for one place cannot pass for another. It sits inside the
encryption, so the server learns neither who signed nor with which key. The zeros pad the
whole file to a size bucket (Padmé: at most 12 % more, and never under ``MIN_FILE_BYTES``),
so an erasure or one short note cannot be told apart by its size.
"""

from __future__ import annotations

import hashlib
import struct

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MIN_FILE_BYTES = 4096
SIGNATURE_BYTES = 64
TAG_BYTES = 16
LENGTH = struct.Struct(">I")


class Unsealed(Exception):
    """The file could not be opened: damaged, altered, or not sealed with this key."""


def padded_size(length: int) -> int:
    """The size bucket for a file of ``length`` bytes (Padmé, from the PURB paper): the
    size keeps only its top few bits, so it leaks O(log log length) bits."""
    length = max(length, MIN_FILE_BYTES)
    exponent = length.bit_length() - 1
    size_bits = exponent.bit_length()
    mask = (1 << (exponent - size_bits)) - 1
    return (length + mask) & ~mask


def _message(purpose: bytes, header: bytes, body: bytes) -> bytes:
    return purpose + b"\0" + header + hashlib.sha256(body).digest()


def seal_signed(
    header: bytes,
    nonce: bytes,
    body: bytes,
    key: bytes,
    signer: Ed25519PrivateKey,
    purpose: bytes,
) -> bytes:
    """The sealed file: ``header`` in the clear (and authenticated), the rest encrypted."""
    signature = signer.sign(_message(purpose, header, body))
    plain = LENGTH.pack(len(body)) + body + signature
    unpadded = len(header) + len(plain) + TAG_BYTES
    plain += bytes(padded_size(unpadded) - unpadded)
    return header + AESGCM(key).encrypt(nonce, plain, header)


def open_sealed(data: bytes, header_size: int, nonce: bytes, key: bytes) -> tuple[bytes, bytes]:
    """Decrypt; the body and the signature it carries (not yet checked: the caller knows
    whose key it must be)."""
    header = data[:header_size]
    try:
        plain = AESGCM(key).decrypt(nonce, data[header_size:], header)
    except InvalidTag:
        raise Unsealed("authentication failed") from None
    if len(plain) < LENGTH.size + SIGNATURE_BYTES:
        raise Unsealed("too short")
    (length,) = LENGTH.unpack_from(plain)
    end = LENGTH.size + length
    if end + SIGNATURE_BYTES > len(plain):
        raise Unsealed("too short")
    if plain[end + SIGNATURE_BYTES :].strip(b"\0"):
        raise Unsealed("padding is not empty")
    return plain[LENGTH.size : end], plain[end : end + SIGNATURE_BYTES]


def signed_by(
    public_key: str, signature: bytes, purpose: bytes, header: bytes, body: bytes
) -> bool:
    """Whether ``signature`` is ``public_key``'s (64 hex characters) over this file."""
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key)).verify(
            signature, _message(purpose, header, body)
        )
    except (InvalidSignature, ValueError):
        return False
    return True
