"""Who wrote what: every bundle is signed by its laptop's key (format 3), and a laptop's
signed head shows bundles that the server withholds."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from jiu_desktop.services import participants
from jiu_desktop.sync import devices
from jiu_desktop.sync.bundle import HEADER, BundleHeader, WireChange, new_nonce, seal
from jiu_desktop.sync.engine import sync_round
from jiu_desktop.sync.sealing import MIN_FILE_BYTES
from tests.sync.conftest import Replica

Make = Callable[[int], list[Replica]]


def folder_of(replica: Replica, device: str) -> Path:
    return replica.remote_root / "jiu-sync-v1" / "devices" / device


def names(replica: Replica) -> set[str]:
    return {p.full_name for p in participants.list_participants(replica.store)}


def renaming(replica: Replica, row: str, hlc: int) -> list[WireChange]:
    return [WireChange(hlc, "participant", row, "first_name", json.dumps("Vals"), row, None, None)]


def test_a_bundle_signed_by_another_laptop_in_a_coachs_folder_is_refused(replicas: Make) -> None:
    a, b, c = replicas(3)
    person = participants.create_participant(a.store, first_name="Echt")
    for replica in (a, b, c):
        assert replica.sync().problems() == []
    # b holds the team key and writes the next bundle "as a", signed with its own key
    seq = max(int(p.stem) for p in folder_of(a, a.store.device_id).glob("*.bin")) + 1
    header = BundleHeader(a.team.team_id, a.store.device_id, seq, a.team.key_id, new_nonce())
    with b.store.engine.begin() as conn:
        b_key = devices.signing_key(conn, b.store.device_id)
    forged = seal(header, renaming(a, person.id, 1 << 60), b.team.key, {}, b_key)
    (folder_of(a, a.store.device_id) / f"{seq:08d}.bin").write_bytes(forged)
    report = c.sync()
    assert any("not signed by the laptop whose folder" in line for line in report.problems())
    assert names(c) == {"Echt"}


def test_an_unsigned_bundle_from_a_laptop_that_signs_is_refused(replicas: Make) -> None:
    a, b = replicas(2)
    person = participants.create_participant(a.store, first_name="Echt")
    a.sync()
    b.sync()
    seq = max(int(p.stem) for p in folder_of(a, a.store.device_id).glob("*.bin")) + 1
    header = BundleHeader(a.team.team_id, a.store.device_id, seq, a.team.key_id, new_nonce())
    unsigned = seal(header, renaming(a, person.id, 1 << 60), b.team.key)
    (folder_of(a, a.store.device_id) / f"{seq:08d}.bin").write_bytes(unsigned)
    report = b.sync()
    assert any("it is not signed, though its laptop signs" in line for line in report.problems())
    assert names(b) == {"Echt"}


def test_a_bundle_the_server_withholds_is_reported_from_the_signed_head(replicas: Make) -> None:
    a, b = replicas(2)
    for first in ("Een", "Twee", "Drie"):
        participants.create_participant(a.store, first_name=first)
        assert a.sync().problems() == []
    newest = sorted(folder_of(a, a.store.device_id).glob("*.bin"))[-1]
    newest.unlink()  # the server keeps the newest bundle back; a's card says it exists
    report = b.sync()
    assert [(g.device, g.missing) for g in report.gaps] == [(a.store.device_id, (3,))]
    assert names(b) == {"Een", "Twee"}
    assert b.sync().gaps, "reported every round until it is there"
    a.sync()  # a writes its missing file again
    assert b.sync().problems() == [] and names(b) == {"Een", "Twee", "Drie"}


def test_bundles_are_signed_padded_and_say_a_rows_fields_once(replicas: Make) -> None:
    a, b = replicas(2)
    participants.create_participant(a.store, first_name="Klein")
    a.sync()
    files = sorted(folder_of(a, a.store.device_id).glob("*.bin"))
    assert files and all(f.read_bytes()[4] == 3 for f in files)
    assert all(f.stat().st_size >= MIN_FILE_BYTES for f in files)
    assert HEADER.size < MIN_FILE_BYTES
    assert b.sync().problems() == [] and names(b) == {"Klein"}


def test_an_erasure_and_a_note_have_the_same_size_on_the_remote(replicas: Make) -> None:
    from jiu_desktop.services import erasure, notes

    (a,) = replicas(1)
    person = participants.create_participant(a.store, first_name="Weg")
    a.sync()
    own = folder_of(a, a.store.device_id)
    before = set(own.glob("*.bin"))
    notes.add_note(a.store, person.id, text="Een kort gesprek over werk.")
    a.sync()
    (note_file,) = set(own.glob("*.bin")) - before
    before = set(own.glob("*.bin"))
    erasure.erase(a.store, person.id)
    sync_round(a.store, a.transport, a.team, receive=False)  # no compaction yet
    (erasure_file,) = set(own.glob("*.bin")) - before
    assert note_file.stat().st_size == erasure_file.stat().st_size == MIN_FILE_BYTES
