"""Sealed files: signed, encrypted, padded to a size bucket."""

from __future__ import annotations

import os

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st

from jiu_desktop.sync.devices import public_hex
from jiu_desktop.sync.sealing import (
    MIN_FILE_BYTES,
    Unsealed,
    open_sealed,
    padded_size,
    seal_signed,
    signed_by,
)

PURPOSE = b"jiu-sync-v1/test"


@given(st.integers(min_value=0, max_value=1 << 30))
def test_a_bucket_holds_the_file_and_adds_at_most_an_eighth(length: int) -> None:
    size = padded_size(length)
    assert size >= max(length, MIN_FILE_BYTES)
    assert size <= max(length, MIN_FILE_BYTES) * 1.125


def test_few_sizes_remain() -> None:
    buckets = {padded_size(n) for n in range(0, 200_000, 7)}
    assert len(buckets) < 150  # of 200,000 possible sizes
    assert padded_size(190) == padded_size(3000) == MIN_FILE_BYTES


def test_round_trip_with_the_signers_key_only() -> None:
    key, signer, other = os.urandom(32), Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    header, nonce = b"HEADER-" + os.urandom(12), os.urandom(12)
    sealed = seal_signed(header, nonce, b"the body", key, signer, PURPOSE)
    assert len(sealed) == MIN_FILE_BYTES
    body, signature = open_sealed(sealed, len(header), nonce, key)
    assert body == b"the body"
    assert signed_by(public_hex(signer), signature, PURPOSE, header, body)
    assert not signed_by(public_hex(other), signature, PURPOSE, header, body)
    assert not signed_by(public_hex(signer), signature, b"jiu-sync-v1/other", header, body)


def test_an_altered_file_or_another_key_is_refused() -> None:
    key, signer = os.urandom(32), Ed25519PrivateKey.generate()
    header, nonce = b"H" * 20, os.urandom(12)
    sealed = bytearray(seal_signed(header, nonce, b"x" * 10_000, key, signer, PURPOSE))
    with pytest.raises(Unsealed):
        open_sealed(bytes(sealed), len(header), nonce, os.urandom(32))
    sealed[-40] ^= 1
    with pytest.raises(Unsealed):
        open_sealed(bytes(sealed), len(header), nonce, key)
