"""Edges found by attacking the sync layer: each used to lose data, part laptops, show a
conflict that was none, or hang. On both transports."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from jiu_desktop.services import backup, conflicts, erasure, notes, participants, profile
from jiu_desktop.sync.bundle import BundleHeader, WireChange, new_nonce, seal
from jiu_desktop.sync.clock import HybridLogicalClock, pack, wall_clock_ms
from jiu_desktop.sync.engine import adopt_team
from jiu_desktop.sync.team import create_team
from jiu_desktop.sync.transports.folder import FolderTransport
from tests.sync.conftest import Replica

Make = Callable[[int], list[Replica]]
PASS = "geheim 12345"


def sync_all(replicas: list[Replica], rounds: int = 2) -> None:
    for _ in range(rounds):
        for replica in replicas:
            replica.sync()


def names(replica: Replica) -> list[str]:
    return sorted(p.first_name for p in participants.list_participants(replica.store))


def open_conflicts(replica: Replica) -> list[tuple[str, str, str]]:
    return sorted(
        (c.field, c.current_value, c.other_value) for c in conflicts.open_conflicts(replica.store)
    )


def forge(
    replica: Replica, device: str, changes: list[WireChange], seen: dict[str, int] | None = None
) -> None:
    header = BundleHeader(replica.team.team_id, device, 1, replica.team.key_id, new_nonce())
    folder = replica.remote_root / "jiu-sync-v1" / "devices" / device
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "00000001.bin").write_bytes(seal(header, changes, replica.team.key, seen))


def restore(replica: Replica, saved: Path) -> None:
    root = replica.store.root
    replica.store.close()
    backup.restore_backup(root, saved, PASS)
    replica.store = profile.open_profile(root, PASS)


def test_a_received_erasure_travels_on_to_a_new_team(replicas: Make, tmp_path: Path) -> None:
    a, b, c = replicas(3)
    doomed = participants.create_participant(a.store, first_name="TeWissen")
    participants.create_participant(a.store, first_name="Blijft")
    sync_all([a, b, c])
    erasure.erase(c.store, doomed.id)  # C erases, then is handed in; B was offline
    c.sync()
    a.sync()
    new_root = tmp_path / "new-target"
    new_root.mkdir()
    team, document = create_team("nieuw team geheim 9")
    FolderTransport(new_root).create_team(document)
    for replica in (a, b):
        adopt_team(replica.store, team.team_id, replica.team.team_id)
        replica.transport, replica.team = FolderTransport(new_root), team
        replica.remote_root = new_root
    sync_all([a, b])
    assert names(a) == names(b) == ["Blijft"]


def test_a_change_that_does_not_name_its_participant_is_refused(replicas: Make) -> None:
    a, b = replicas(2)
    person = participants.create_participant(a.store, first_name="Jan")
    sync_all([a, b])
    now = pack(wall_clock_ms(), 0)
    values = {
        "participant_id": person.id,
        "note_date": "2026-11-30",
        "kind": "overig",
        "text": "geheime notitie",
        "follow_up": "",
        "follow_up_done": False,
        "deleted": False,
        "created_at": "2026-11-30T10:00:00",
    }
    untagged = [
        WireChange(now + i, "session_note", "n1", name, json.dumps(value), None, None, None)
        for i, (name, value) in enumerate(sorted(values.items()))
    ]
    forge(a, "e" * 32, untagged)  # a buggy client that does not say whose note it is
    report = b.sync()
    assert len(report.rejected) == 1 and "participant" in str(report.rejected[0])
    assert notes.list_notes(b.store, person.id) == []
    erasure.erase(b.store, person.id)
    with b.store.engine.connect() as conn:
        assert (
            conn.execute(text("SELECT count(*) FROM log_entry WHERE row_id = 'n1'")).scalar() == 0
        )


def test_an_edit_saved_while_a_pull_applies_comes_after_what_it_replaces(
    replicas: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = replicas(2)
    person = participants.create_participant(a.store, first_name="Jan", remarks="begin")
    sync_all([a, b])
    b.store.clock.wall = lambda: wall_clock_ms() + 60_000  # B runs a minute fast
    participants.update_participant(b.store, person.id, remarks="van B")
    b.sync()
    real_receive = HybridLogicalClock.receive
    typed: list[bool] = []

    def receive(clock: HybridLogicalClock, remote: int) -> int:
        if clock is a.store.clock and not typed:  # the coach saves in the middle of a pull
            typed.append(True)
            participants.update_participant(a.store, person.id, remarks="van A, na B")
        return real_receive(clock, remote)

    monkeypatch.setattr(HybridLogicalClock, "receive", receive)
    a.sync()
    monkeypatch.undo()
    sync_all([a, b])
    assert typed
    remarks = {participants.get_participant(r.store, person.id).remarks for r in (a, b)}
    assert len(remarks) == 1, "both laptops show the same text"


def test_a_restored_backup_with_an_unsent_change_makes_no_false_conflict(
    replicas: Make, tmp_path: Path
) -> None:
    a, b = replicas(2)
    person = participants.create_participant(a.store, first_name="Jan", remarks="eerst")
    saved = tmp_path / "a.jiubackup"
    backup.write_backup(a.store, saved)  # the backup holds the change unsent ...
    a.sync()  # ... which this laptop then sends
    b.sync()
    restore(a, saved)
    sync_all([a, b])
    participants.update_participant(b.store, person.id, remarks="daarna")  # sequential
    sync_all([a, b])
    assert open_conflicts(a) == open_conflicts(b) == []


def test_a_copied_profile_with_unsent_changes_makes_no_false_conflict(
    replicas: Make, tmp_path: Path
) -> None:
    a, b = replicas(2)
    person = participants.create_participant(a.store, first_name="Jan", remarks="eerst")
    root = a.store.root
    a.store.close()
    shutil.copytree(root, tmp_path / "copy")
    a.store = profile.open_profile(root, PASS)
    copy = Replica(
        "copy", profile.open_profile(tmp_path / "copy", PASS), a.transport, a.team, a.remote_root
    )
    try:
        sync_all([a, copy, b])
        participants.update_participant(b.store, person.id, remarks="daarna")
        sync_all([a, copy, b])
        assert open_conflicts(a) == open_conflicts(b) == open_conflicts(copy) == []
    finally:
        copy.store.close()


def test_the_same_text_twice_then_an_edit_is_no_conflict(replicas: Make) -> None:
    a, b, c = replicas(3)
    person = participants.create_participant(a.store, first_name="Jan", remarks="oud")
    sync_all([a, b, c])
    participants.update_participant(a.store, person.id, remarks="nieuw")
    participants.update_participant(b.store, person.id, remarks="nieuw")
    sync_all([a, b, c])
    participants.update_participant(c.store, person.id, remarks="later")
    sync_all([a, b, c])
    assert open_conflicts(a) == open_conflicts(b) == open_conflicts(c) == []


def test_a_settled_conflict_stays_settled_after_a_restore(replicas: Make, tmp_path: Path) -> None:
    a, b = replicas(2)
    person = participants.create_participant(a.store, first_name="Jan", remarks="begin")
    sync_all([a, b])
    participants.update_participant(a.store, person.id, remarks="versie A")
    participants.update_participant(b.store, person.id, remarks="versie B")
    saved = tmp_path / "a.jiubackup"
    backup.write_backup(a.store, saved)
    sync_all([a, b])
    (conflict,) = conflicts.open_conflicts(b.store)
    conflicts.resolve(b.store, conflict.id, conflicts.KEEP_CURRENT)
    sync_all([a, b])
    assert open_conflicts(a) == open_conflicts(b) == []
    restore(a, saved)
    sync_all([a, b])
    assert open_conflicts(a) == open_conflicts(b) == []


def test_a_bundle_claiming_a_huge_number_costs_nothing(replicas: Make) -> None:
    a, b = replicas(2)
    forge(a, "e" * 32, [], {"d" * 32: 10**12 - 1})
    start = time.perf_counter()
    report = b.sync()
    assert time.perf_counter() - start < 5, "no list of a trillion numbers"
    (gap,) = report.gaps
    assert gap.missing == (1, 2, 3, 4, 5) and gap.count == 10**12 - 1
    assert "…" in gap.describe()


def test_an_own_file_emptied_after_a_killed_round_is_written_again(replicas: Make) -> None:
    a, b = replicas(2)
    participants.create_participant(a.store, first_name="Een")
    a.sync()
    with a.store.engine.begin() as conn:  # killed after the upload, before it was recorded
        conn.execute(text("UPDATE local_state SET value = '0' WHERE key = 'sync_published_seq'"))
    own = a.remote_root / "jiu-sync-v1" / "devices" / a.store.device_id / "00000001.bin"
    own.write_bytes(b"")  # and the stick lost the file's content
    device = a.store.device_id
    report = a.sync()
    assert report.identity is None and a.store.device_id == device, "no twin was imagined"
    assert b.sync().rejected == []
    assert names(b) == ["Een"]
