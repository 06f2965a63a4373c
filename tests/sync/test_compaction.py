"""Compaction: retired files are not needed by anyone, a laptop away through several
compactions comes back with nothing lost, and an erased participant leaves the server."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from jiu_desktop.services import erasure, notes, participants
from jiu_desktop.sync import compaction
from jiu_desktop.sync.engine import sync_round
from jiu_desktop.sync.transports import LAYOUT
from tests.sync.conftest import Replica

Make = Callable[[int], list[Replica]]
MARKERS = ("Marjolein-merkteken", "Schuldhulp-merkteken-notitie", "Achternaam-merkteken")


def compact(replica: Replica) -> compaction.SyncReport:
    report = sync_round(replica.store, replica.transport, replica.team, compact=True)
    assert report.problems() == []
    return report


def remote_files(root: Path) -> list[Path]:
    return sorted(p for p in (root / LAYOUT).rglob("*") if p.is_file())


def readable_text(data: bytes, key: bytes) -> bytes:
    """Everything a holder of the team key can read in a remote file, whatever its format:
    the file decrypted (the nonce ends the header, which is the associated data), and every
    zlib stream in it unpacked."""
    found = [data]
    for size in range(24, min(len(data), 256)):
        try:
            plain = AESGCM(key).decrypt(data[size - 12 : size], data[size:], data[:size])
        except (InvalidTag, ValueError):
            continue
        found.append(plain)
        for start in range(0, 16):
            try:
                found.append(zlib.decompressobj().decompress(plain[start:]))
            except zlib.error:
                continue
        break
    return b"\n".join(found)


def markers_on_remote(replica: Replica) -> list[str]:
    hits = []
    for path in remote_files(replica.remote_root):
        text = readable_text(path.read_bytes(), replica.team.key)
        hits += [f"{path.name}: {m}" for m in MARKERS if m.encode() in text]
    return hits


def test_after_erasure_and_compaction_no_file_on_the_remote_holds_the_participant(
    replicas: Make,
) -> None:
    a, b = replicas(2)
    person = participants.create_participant(
        a.store, first_name=MARKERS[0], last_name=MARKERS[2]
    ).row
    notes.add_note(a.store, person.id, text=MARKERS[1])
    participants.create_participant(a.store, first_name="Blijft")
    assert a.sync().problems() == []
    compact(a)  # a snapshot that holds the participant, as a team has before an erasure
    assert b.sync().problems() == []
    notes.add_note(b.store, person.id, text=f"{MARKERS[1]} van b")
    assert b.sync().problems() == []
    assert markers_on_remote(a)  # the scan finds them while they are there
    erasure.erase(b.store, person.id)
    for _ in range(2):  # each laptop's next rounds: the erasure starts a compaction itself
        assert b.sync().problems() == []
        assert a.sync().problems() == []
    assert markers_on_remote(a) == []
    assert [p["first_name"] for p in a.snapshot()["participant"]] == ["Blijft"]
    c_joins = a.snapshot()
    assert b.snapshot() == c_joins


def test_a_laptop_away_through_several_compactions_comes_back_with_nothing_lost(
    replicas: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, c = replicas(3)
    participants.create_participant(a.store, first_name="Eerste")
    for replica in (a, b, c, a, b):
        assert replica.sync().problems() == []
    # c goes away with work of its own that it has not sent.
    away = participants.create_participant(c.store, first_name="OnderwegBijC").row
    notes.add_note(c.store, away.id, text="geschreven terwijl c weg was")
    for round_no in range(3):
        participants.create_participant(a.store, first_name=f"VanA{round_no}")
        participants.create_participant(b.store, first_name=f"VanB{round_no}")
        for replica in (a, b, a):
            assert replica.sync().problems() == []
        compact(a)
        compact(b)
    # c's card is recent: what c has not applied stays on the remote.
    own_a = a.remote_root / LAYOUT / "devices" / a.store.device_id
    assert list(own_a.glob("*.bin"))
    # c stays away past the horizon: from then on it counts as away, and what it has not
    # applied is retired too.
    monkeypatch.setattr(compaction, "HORIZON_MS", -1)
    compact(a)
    compact(b)
    compact(a)
    assert not list(own_a.glob("*.bin"))
    monkeypatch.setattr(compaction, "HORIZON_MS", 30 * compaction.DAY_MS)
    report = c.sync()
    assert report.problems() == []
    assert report.snapshot_applied is not None
    assert report.healed == 0
    for replica in (a, b, c, a):
        assert replica.sync().problems() == []
    names = sorted(p["first_name"] for p in a.snapshot()["participant"])
    assert names == sorted(
        ["Eerste", "OnderwegBijC", *(f"VanA{i}" for i in range(3)), *(f"VanB{i}" for i in range(3))]
    )
    assert a.snapshot() == b.snapshot() == c.snapshot()


def test_push_does_not_write_again_own_bundles_a_snapshot_covers(replicas: Make) -> None:
    a, b = replicas(2)
    participants.create_participant(a.store, first_name="Een")
    for replica in (a, b):
        assert replica.sync().problems() == []
    report = compact(a)
    assert report.retired >= 1
    participants.create_participant(a.store, first_name="Twee")
    assert a.sync().healed == 0
    own = a.remote_root / LAYOUT / "devices" / a.store.device_id
    assert [p.name for p in own.glob("*.bin")] == ["00000002.bin"]
