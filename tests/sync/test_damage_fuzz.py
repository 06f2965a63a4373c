"""Damage, bounded: every single bit flip and every truncation of a real bundle, and a
deterministic sample of bit flips of a real backup, are refused with the project's own
error. Nothing damaged is ever used, and nothing crashes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from jiu_desktop.db.store import Store
from jiu_desktop.errors import BundleRejected, InvalidBackup
from jiu_desktop.services import backup, notes, participants
from jiu_desktop.sync.bundle import BundleHeader, WireChange, new_nonce, open_bundle, seal
from jiu_desktop.sync.team import create_team
from jiu_desktop.vault.backup_file import unpack

TEAM, _ = create_team("team geheim 12345")
DEVICE = "ab" * 16


def real_bundle() -> bytes:
    changes = [
        WireChange(1_000_000 + i, "participant", "p1", name, f'"waarde {i}"', "p1", None, None)
        for i, name in enumerate(("first_name", "last_name", "remarks"))
    ]
    header = BundleHeader(TEAM.team_id, DEVICE, 7, TEAM.key_id, new_nonce())
    return seal(header, changes, TEAM.key, {DEVICE: 7})


def open_it(data: bytes) -> object:
    return open_bundle(
        data,
        name="x",
        team_id=TEAM.team_id,
        device_id=DEVICE,
        seq=7,
        keys={TEAM.key_id: TEAM.key},
    )


def test_every_bit_flip_of_a_bundle_is_refused() -> None:
    data = real_bundle()
    assert len(open_it(data).changes) == 3  # type: ignore[attr-defined]
    flips = 0
    for position in range(len(data) * 8):
        damaged = bytearray(data)
        damaged[position // 8] ^= 1 << (position % 8)
        with pytest.raises(BundleRejected):
            open_it(bytes(damaged))
        flips += 1
    assert flips == len(data) * 8 > 1500


def test_every_truncation_of_a_bundle_is_refused() -> None:
    data = real_bundle()
    for length in range(len(data)):
        with pytest.raises(BundleRejected):
            open_it(data[:length])


def test_sampled_bit_flips_of_a_backup_are_refused(store: Store, tmp_path: Path) -> None:
    person = participants.create_participant(store, first_name="Noor")
    notes.add_note(store, person.id, text="Eerste gesprek")
    target = tmp_path / "b.jiubackup"
    backup.write_backup(store, target)
    raw = target.read_bytes()
    rng = random.Random(20261201)
    positions = rng.sample(range(len(raw) * 8), 3000)
    for position in positions:
        damaged = bytearray(raw)
        damaged[position // 8] ^= 1 << (position % 8)
        with pytest.raises(InvalidBackup):
            unpack(bytes(damaged))
    assert unpack(raw).database  # the undamaged file still reads
