"""Snapshots: a joining laptop starts from one instead of replaying every bundle, and a
snapshot that cannot be verified is never used in silence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from jiu_desktop.models.declaration import text_fields
from jiu_desktop.services import notes, participants
from jiu_desktop.sync import devices, pull, snapshots
from jiu_desktop.sync.engine import sync_round
from jiu_desktop.sync.heads import open_for
from jiu_desktop.sync.transports import CARD_FILE, LAYOUT, SNAPSHOTS, Transport
from tests.sync.conftest import Replica

Make = Callable[[int], list[Replica]]


def compact(replica: Replica) -> None:
    report = sync_round(replica.store, replica.transport, replica.team, compact=True)
    assert report.problems() == []


def snapshot_files(replica: Replica) -> list[Path]:
    folder = replica.remote_root / LAYOUT / SNAPSHOTS
    return sorted(folder.glob("*.snap")) if folder.exists() else []


def conflicts(replica: Replica) -> list[tuple[object, ...]]:
    with replica.store.engine.connect() as conn:
        return [
            (c.entity, c.row_id, c.field, c.hlc, c.device, c.value, c.current_value)
            for c in open_for(conn, text_fields())
        ]


def team_work(a: Replica, b: Replica) -> None:
    for i in range(5):
        person = participants.create_participant(a.store, first_name=f"Deelnemer{i}").row
        notes.add_note(a.store, person.id, text=f"notitie {i}")
        participants.update_participant(a.store, person.id, first_name=f"Hernoemd{i}")
    assert a.sync().problems() == []
    assert b.sync().problems() == []
    participants.create_participant(b.store, first_name="VanB")
    assert b.sync().problems() == []
    assert a.sync().problems() == []


def test_a_joining_laptop_starts_from_the_snapshot_and_replays_only_what_came_after(
    replicas: Make,
) -> None:
    a, b, c = replicas(3)
    team_work(a, b)
    compact(a)
    assert len(snapshot_files(a)) == 1
    own = a.remote_root / LAYOUT / "devices" / a.store.device_id
    assert not list(own.glob("*.bin"))  # b's card says b applied them: retired
    assert b.sync().problems() == []  # b checks the snapshot and vouches for its own part
    participants.create_participant(a.store, first_name="NaDeSnapshot")
    assert a.sync().problems() == []
    report = c.sync()
    assert report.problems() == []
    assert report.snapshot_applied is not None
    assert report.bundles_in == 1  # only the bundle written after the snapshot
    assert b.sync().problems() == []
    assert c.snapshot() == a.snapshot() == b.snapshot()
    assert conflicts(c) == conflicts(a)


@pytest.mark.parametrize(("first", "then"), [(7, 3), (200_000, 50_000)])
def test_a_snapshot_is_applied_in_sets_the_first_as_large_as_a_first_sync_takes(
    replicas: Make, monkeypatch: pytest.MonkeyPatch, first: int, then: int
) -> None:
    a, b, c = replicas(3)
    team_work(a, b)
    compact(a)
    monkeypatch.setattr(pull, "FIRST_BATCH_CHANGES", first)
    monkeypatch.setattr(pull, "BATCH_CHANGES", then)
    sets: list[int] = []
    apply_bundles = snapshots.apply_bundles

    def counted(conn: Any, bundles: Any, now_ms: int) -> Any:
        sets.append(sum(len(row.changes) for _, rows in bundles for row in rows))
        return apply_bundles(conn, bundles, now_ms)

    monkeypatch.setattr(snapshots, "apply_bundles", counted)
    report = c.sync()
    assert report.problems() == []
    assert report.snapshot_applied is not None
    taken = sum(sets)
    rest = max(0, taken - first)
    assert sets == [min(first, taken)] + [then] * (rest // then) + (
        [rest % then] if rest % then else []
    )
    assert c.snapshot() == a.snapshot()
    assert conflicts(c) == conflicts(a)


def test_a_snapshot_of_version_1_changes_one_by_one_is_still_read(replicas: Make) -> None:
    a, b, c = replicas(3)
    team_work(a, b)
    compact(a)
    (path,) = snapshot_files(a)
    device, n = a.store.device_id, int(path.stem.rsplit("-", 1)[1])
    with a.store.engine.connect() as conn:
        key = devices.signing_key(conn, device)
    with b.store.engine.connect() as conn:
        public = devices.pinned_cards(conn)[device].public_key
    new = snapshots.open_snapshot(path.read_bytes(), device, n, a.team, public)
    assert new.version == snapshots.VERSION == 2
    old = snapshots.seal_snapshot(
        a.team, device, n, key, new.covers, new.changes(), new.written_ms, version=1
    )
    assert old[4] == 1  # the version byte of the header
    path.write_bytes(old)
    read = snapshots.open_snapshot(old, device, n, a.team, public)
    assert read.version == 1
    assert sorted(read.changes()) == sorted(new.changes())
    report = c.sync()
    assert report.problems() == []
    assert report.snapshot_applied == path.name
    assert c.snapshot() == a.snapshot()
    assert conflicts(c) == conflicts(a)


def test_a_forged_snapshot_is_not_used_and_is_reported(replicas: Make) -> None:
    a, b, c = replicas(3)
    team_work(a, b)
    # b holds the team key, but signs a snapshot "as a" with its own key.
    with b.store.engine.begin() as conn:
        forged_changes = snapshots.pruned_changes(conn, 0)
        key = devices.signing_key(conn, b.store.device_id)
    data = snapshots.seal_snapshot(
        b.team, a.store.device_id, 7, key, {a.store.device_id: 99}, forged_changes
    )
    assert b.transport.publish_snapshot(a.store.device_id, 7, data)
    report = c.sync()
    assert report.snapshot_applied is None
    assert any("not signed by the laptop" in line for line in report.problems())
    assert c.snapshot() == a.snapshot()  # from the bundles, all of them still there


def test_a_snapshot_whose_writer_has_no_card_is_not_used_and_is_reported(
    replicas: Make,
) -> None:
    a, b, c = replicas(3)
    team_work(a, b)
    compact(b)  # b's snapshot; a's bundles stay (a's card does not yet say a applied b's)
    (b.remote_root / LAYOUT / "devices" / b.store.device_id / CARD_FILE).unlink()
    report = c.sync()
    assert report.snapshot_applied is None
    assert any("card of the laptop that wrote it is missing" in p for p in report.problems())


def test_snapshot_files_appear_once_are_listed_and_retire_quietly(
    remote: tuple[Callable[[], Transport], Path],
) -> None:
    make_transport, _ = remote
    transport = make_transport()
    device = "ab" * 16
    assert transport.list_snapshots() == []
    assert transport.publish_snapshot(device, 1, b"first")
    assert not transport.publish_snapshot(device, 1, b"second")  # never written over
    assert transport.publish_snapshot(device, 2, b"later")
    assert transport.list_snapshots() == [(device, 1), (device, 2)]
    assert transport.read_snapshot(device, 1) == b"first"
    transport.delete_snapshot(device, 1)
    transport.delete_snapshot(device, 1)  # already gone: no error
    assert transport.list_snapshots() == [(device, 2)]
    assert transport.publish_bundle(device, 1, b"bundle")
    transport.delete_bundle(device, 1)
    transport.delete_bundle(device, 1)
    assert transport.list_bundles(device) == []


def _lying_snapshot(b: Replica, a: Replica, *, leave_out: bool, add: bool) -> None:
    """b, a real member with its own key, writes a snapshot that claims to cover all of
    a's bundles while it leaves out a's work, or puts a change in a's name."""
    with b.store.engine.begin() as conn:
        published = int(
            conn.execute(
                text("SELECT value FROM local_state WHERE key = 'sync_published_seq'")
            ).scalar()
            or 0
        )
        changes = snapshots.pruned_changes(conn, published)
        covers = devices.applied_here(conn, b.store.device_id, published)
        key = devices.signing_key(conn, b.store.device_id)
    if leave_out:
        changes = [c for c in changes if c.author != a.store.device_id]
    if add:
        person = next(c for c in changes if c.entity == "participant" and c.field == "first_name")
        changes.append(
            person._replace(hlc=person.hlc + 10**9, value='"Vals"', author=a.store.device_id)
        )
    covers[a.store.device_id] = covers.get(a.store.device_id, 0)
    data = snapshots.seal_snapshot(b.team, b.store.device_id, 50, key, covers, changes)
    assert b.transport.publish_snapshot(b.store.device_id, 50, data)


def test_a_snapshot_that_leaves_out_a_coachs_work_costs_nothing(replicas: Make) -> None:
    a, b, c = replicas(3)
    team_work(a, b)
    _lying_snapshot(b, a, leave_out=True, add=False)
    assert a.sync().problems() == []
    assert b.sync().problems() == []
    with a.store.engine.connect() as conn:
        checked_by_a = devices.checked_here(conn)
    with b.store.engine.connect() as conn:
        checked_by_b = devices.checked_here(conn)
    lie = snapshots.snapshot_name(b.store.device_id, 50)
    assert a.store.device_id not in checked_by_a.get(lie, []), "a does not vouch for it"
    assert b.store.device_id in checked_by_b[lie]  # b's own part is right
    own = a.remote_root / LAYOUT / "devices" / a.store.device_id
    assert list(own.glob("*.bin")), "so a's bundles stay"
    report = c.sync()
    assert report.problems() == [] and report.snapshot_applied == lie
    assert c.snapshot() == a.snapshot(), "a's work came from a's bundles"


def test_a_snapshot_cannot_put_words_in_a_coachs_mouth(replicas: Make) -> None:
    a, b, c = replicas(3)
    team_work(a, b)
    _lying_snapshot(b, a, leave_out=False, add=True)
    assert a.sync().problems() == []
    assert c.sync().problems() == []
    assert "Vals" not in {p.first_name for p in participants.list_participants(c.store)}
    assert c.snapshot() == a.snapshot()
