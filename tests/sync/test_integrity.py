"""Ordinary situations that used to make laptops part ways without a word.

Each runs against a shared folder and a real WebDAV server: a restored backup, a copied
profile, a moved target, a missing team, a missing bundle, a malformed bundle, a clock far
in the future. In each, either every laptop ends with every change, or the round says
what is wrong.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from jiu_desktop.demo import fill_demo_data
from jiu_desktop.errors import SyncError
from jiu_desktop.services import backup, erasure, participants, profile
from jiu_desktop.sync import identity
from jiu_desktop.sync.bundle import BundleHeader, WireChange, new_nonce, seal
from jiu_desktop.sync.clock import pack, wall_clock_ms
from jiu_desktop.sync.engine import TeamMissing, adopt_team
from jiu_desktop.sync.team import create_team
from tests.sync.conftest import Replica

Make = Callable[[int], list[Replica]]
PASSPHRASE = "geheim 12345"


def names(replica: Replica) -> set[str]:
    return {p.full_name for p in participants.list_participants(replica.store)}


def sync_all(replicas: list[Replica], rounds: int = 2) -> None:
    for _ in range(rounds):
        for replica in replicas:
            replica.sync()


def reopen(replica: Replica) -> None:
    root = replica.store.root
    replica.store.close()
    replica.store = profile.open_profile(root, PASSPHRASE)


def devices_folder(replica: Replica) -> Path:
    return replica.remote_root / "jiu-sync-v1" / "devices"


def test_a_restored_backup_syncs_as_a_new_laptop_and_loses_nothing(
    replicas: Make, tmp_path: Path
) -> None:
    a, b = replicas(2)
    fill_demo_data(a.store, 3, seed=1)
    a.sync()
    saved = tmp_path / "a.jiubackup"
    backup.write_backup(a.store, saved)
    fill_demo_data(a.store, 3, seed=2)
    doomed = participants.create_participant(a.store, first_name="Wordt", last_name="Gewist")
    a.sync()
    erasure.erase(a.store, doomed.id)  # after the backup: must stay erased
    a.sync()
    b.sync()
    before_restore = names(b)
    old_device = a.store.device_id

    root = a.store.root
    a.store.close()
    backup.restore_backup(root, saved, PASSPHRASE)
    a.store = profile.open_profile(root, PASSPHRASE)
    assert a.store.device_id != old_device, "a restored profile takes a new device id"
    fill_demo_data(a.store, 3, seed=3)
    report = a.sync()
    assert report.identity == identity.RESTORED
    sync_all([a, b])

    assert names(a) == names(b)
    assert before_restore < names(a), "seed 2 came back to A, seed 3 reached B"
    assert "Wordt Gewist" not in names(a) | names(b)
    assert a.snapshot() == b.snapshot()


def test_a_copied_profile_takes_a_new_id_and_both_copies_keep_their_work(
    replicas: Make, tmp_path: Path
) -> None:
    a, b = replicas(2)
    fill_demo_data(a.store, 2, seed=4)
    a.sync()
    root = a.store.root
    a.store.close()
    copy_root = tmp_path / "second-laptop"
    shutil.copytree(root, copy_root)
    a.store = profile.open_profile(root, PASSPHRASE)
    copy = Replica(
        "copy", profile.open_profile(copy_root, PASSPHRASE), b.transport, b.team, b.remote_root
    )
    assert copy.store.device_id != a.store.device_id
    assert copy.store.identity_notice() == identity.COPIED

    participants.create_participant(a.store, first_name="VanOrigineel")
    participants.create_participant(copy.store, first_name="VanKopie")
    victim = participants.list_participants(a.store)[0]
    erasure.erase(a.store, victim.id)
    sync_all([a, copy, b])
    try:
        assert names(a) == names(copy) == names(b)
        assert {"VanOrigineel", "VanKopie"} <= {n.split()[0] for n in names(b)}
        assert victim.full_name not in names(copy)
        assert a.snapshot() == copy.snapshot() == b.snapshot()
    finally:
        copy.store.close()


def test_a_twin_the_laptop_cannot_see_is_found_through_its_own_files(
    replicas: Make, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy restored by the operating system onto the same place: same id, found when
    a file under the shared number says something else."""
    monkeypatch.setattr(identity, "home_fingerprint", lambda _root: "same-place")
    a, b = replicas(2)
    participants.create_participant(a.store, first_name="Gedeeld")
    a.sync()
    root = a.store.root
    a.store.close()
    twin_root = tmp_path / "twin"
    shutil.copytree(root, twin_root)
    a.store = profile.open_profile(root, PASSPHRASE)
    twin = Replica(
        "twin", profile.open_profile(twin_root, PASSPHRASE), a.transport, a.team, a.remote_root
    )
    try:
        assert twin.store.device_id == a.store.device_id
        participants.create_participant(a.store, first_name="EersteTweeling")
        participants.create_participant(twin.store, first_name="TweedeTweeling")
        a.sync()
        report = twin.sync()
        assert report.identity == identity.CLASHED
        assert twin.store.device_id != a.store.device_id
        sync_all([a, twin, b])
        assert names(a) == names(twin) == names(b)
        assert {"EersteTweeling", "TweedeTweeling"} <= names(b)
    finally:
        twin.store.close()


def test_a_new_team_at_a_new_target_gets_everything_this_laptop_knows(
    replicas: Make, tmp_path: Path
) -> None:
    a, b, c = replicas(3)
    participants.create_participant(a.store, first_name="VanA")
    participants.create_participant(c.store, first_name="VanC")
    sync_all([a, c])
    assert names(a) == {"VanA", "VanC"}

    new_root = tmp_path / "r2"
    new_root.mkdir()
    team, document = create_team("nieuw team geheim 9")
    from jiu_desktop.sync.transports.folder import FolderTransport

    r2 = FolderTransport(new_root)
    assert r2.create_team(document)
    assert adopt_team(a.store, team.team_id, a.team.team_id)
    moved = Replica("a", a.store, r2, team, new_root)
    assert moved.sync().pushed > 0
    adopt_team(b.store, team.team_id, b.team.team_id)
    joiner = Replica("b", b.store, r2, team, new_root)
    joiner.sync()
    assert names(joiner) == {"VanA", "VanC"}, "C's work travelled with A to the new team"


def test_a_missing_team_is_an_error_and_nothing_is_written(replicas: Make) -> None:
    a, b = replicas(2)
    participants.create_participant(a.store, first_name="Eerst")
    a.sync()
    layout = a.remote_root / "jiu-sync-v1"
    aside = a.remote_root.parent / "share-not-mounted"
    shutil.move(layout, aside)
    participants.create_participant(a.store, first_name="Later")
    with pytest.raises(TeamMissing) as error:
        a.sync()
    assert "network drive" in str(error.value)
    assert not layout.exists(), "no device folder without its team"
    shutil.move(aside, layout)
    assert a.sync().pushed > 0
    b.sync()
    assert names(b) == {"Eerst", "Later"}


def test_a_missing_bundle_is_reported_and_its_author_writes_it_again(replicas: Make) -> None:
    a, b, c = replicas(3)
    for first in ("Een", "Twee", "Drie"):
        participants.create_participant(a.store, first_name=first)
        a.sync()
    (devices_folder(a) / a.store.device_id / "00000002.bin").unlink()
    report = b.sync()
    assert [(g.device, g.missing) for g in report.gaps] == [(a.store.device_id, (2,))]
    assert "missing" in report.problems()[0]
    assert names(b) == {"Een", "Drie"}
    assert b.sync().gaps, "reported every round until it is back"
    healed = a.sync()
    assert healed.healed == 1
    again = b.sync()
    assert again.gaps == [] and names(b) == {"Een", "Twee", "Drie"}
    c.sync()
    assert names(c) == names(b)


def test_a_laptop_whose_folder_vanished_is_noticed_through_the_others(replicas: Make) -> None:
    a, b, c = replicas(3)
    participants.create_participant(a.store, first_name="VanA")
    a.sync()
    b.sync()
    participants.create_participant(b.store, first_name="VanB")
    b.sync()  # B's bundle says it has seen A's bundle 1
    shutil.rmtree(devices_folder(a) / a.store.device_id)
    report = c.sync()
    assert [g.device for g in report.gaps] == [a.store.device_id]
    assert names(c) == {"VanB"}
    a.sync()  # A writes its files again
    assert c.sync().gaps == []
    assert names(c) == {"VanA", "VanB"}


def _forge(replica: Replica, device: str, seq: int, changes: list[WireChange]) -> None:
    header = BundleHeader(replica.team.team_id, device, seq, replica.team.key_id, new_nonce())
    folder = devices_folder(replica) / device
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{seq:08d}.bin").write_bytes(seal(header, changes, replica.team.key))


def _participant(row: str, hlc: int, **fields: object) -> list[WireChange]:
    import json

    values = {"first_name": "Vals", "last_name": "", "status": "aangemeld", **fields}
    return [
        WireChange(hlc + i, "participant", row, name, json.dumps(value), row, None, None)
        for i, (name, value) in enumerate(sorted(values.items()))
    ]


NOW = pack(wall_clock_ms(), 0)
MALFORMED = {
    "clock beyond 2^63": [
        WireChange(1 << 63, "participant", "p1", "first_name", '"X"', "p1", None, None)
    ],
    "a date that is none": _participant("p2", NOW, intake_date="2026-13-45"),
    "a value that is not JSON": [
        WireChange(NOW, "participant", "p3", "first_name", "{not json", "p3", None, None)
    ],
    "one change twice": [
        WireChange(NOW, "participant", "p4", "first_name", '"A"', "p4", None, None),
        WireChange(NOW, "participant", "p4", "last_name", '"B"', "p4", None, None),
    ],
}


@pytest.mark.parametrize("damage", sorted(MALFORMED))
def test_one_malformed_bundle_is_refused_alone_and_the_round_goes_on(
    replicas: Make, damage: str
) -> None:
    a, b = replicas(2)
    participants.create_participant(a.store, first_name="Echt")
    a.sync()
    bad_device = "0" * 32  # listed before every other device
    _forge(a, bad_device, 1, MALFORMED[damage])
    for _ in range(2):
        report = b.sync()
        assert [r.name for r in report.rejected] == [f"{bad_device}/00000001.bin"]
        assert names(b) == {"Echt"}


def test_a_clock_from_2100_is_refused_and_the_rest_of_its_bundle_kept(replicas: Make) -> None:
    a, b = replicas(2)
    year_2100 = pack(4_102_444_800_000, 0)
    device = "f" * 32
    future = WireChange(
        year_2100, "participant", "p-now", "remarks", '"uit de toekomst"', "p-now", None, None
    )
    changes = [*_participant("p-now", NOW), future]
    _forge(a, device, 1, changes)
    report = b.sync()
    assert [(f.device, f.count) for f in report.future] == [(device, 1)]
    assert "2100-01-01" in report.problems()[0]
    saved = participants.get_participant(b.store, "p-now")
    assert saved.first_name == "Vals" and saved.remarks != "uit de toekomst"
    assert b.store.clock.last < year_2100, "this laptop's clock stays in the present"


def test_a_full_target_still_receives_and_says_so(replicas: Make) -> None:
    a, b = replicas(2)
    participants.create_participant(b.store, first_name="VanB")
    b.sync()
    participants.create_participant(a.store, first_name="VanA")

    from jiu_desktop.errors import TargetFull

    real = a.transport.publish_bundle

    def full(device: str, seq: int, data: bytes) -> bool:
        raise TargetFull(a.transport.description)

    a.transport.publish_bundle = full  # type: ignore[method-assign]
    try:
        report = a.sync()
    finally:
        a.transport.publish_bundle = real  # type: ignore[method-assign]
    assert isinstance(report.push_error, SyncError)
    assert "full" in report.problems()[0]
    assert names(a) == {"VanA", "VanB"}, "receiving went on"
    assert a.sync().pushed > 0


@pytest.fixture(params=["folder", "webdav"])
def two_targets(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Two empty sync targets of one kind: (kind, first, second, user, password)."""
    if request.param == "folder":
        first, second = tmp_path / "r1", tmp_path / "r2"
        first.mkdir()
        second.mkdir()
        yield "folder", str(first), str(second), "", ""
        return
    from tests.sync.webdav_server import PASSWORD, USER, WebDavServer

    server = WebDavServer(tmp_path / "dav")
    (server.root / "r1").mkdir()
    (server.root / "r2").mkdir()
    yield "webdav", f"{server.url}/r1", f"{server.url}/r2", USER, PASSWORD
    server.stop()


def test_setting_up_a_new_team_elsewhere_republishes_everything(
    tmp_path: Path, two_targets: tuple[str, str, str, str, str]
) -> None:
    from jiu_desktop.services import sync_service

    kind, first, second, user, password = two_targets
    a = profile.create_profile(tmp_path / "a", "A", PASSPHRASE)[0]
    b = profile.create_profile(tmp_path / "b", "B", PASSPHRASE)[0]
    team = {"team_passphrase": "kaars fiets zevende molen", "user": user, "password": password}
    try:
        sync_service.setup_sync(a, kind=kind, target=first, create=True, **team)
        fill_demo_data(a, 3, seed=5)
        assert sync_service.run_sync(a).report.pushed > 0
        sync_service.setup_sync(a, kind=kind, target=second, create=True, **team)
        assert sync_service.waiting_changes(a) > 0, "all of it waits for the new team"
        assert sync_service.run_sync(a).report.pushed > 0
        sync_service.setup_sync(b, kind=kind, target=second, create=False, **team)
        sync_service.run_sync(b)
        got = {p.full_name for p in participants.list_participants(b)}
        assert got == {p.full_name for p in participants.list_participants(a)}
        assert len(got) == 3
    finally:
        a.close()
        b.close()


def test_a_laptop_whose_clock_runs_behind_catches_up_once_it_is_set_right(
    replicas: Make,
) -> None:
    a, b = replicas(2)
    participants.create_participant(a.store, first_name="VanNu")
    a.sync()
    b.store.clock.wall = lambda: wall_clock_ms() - 9 * 24 * 3600 * 1000  # nine days behind
    report = b.sync()
    assert report.future and "ahead of this laptop's clock" in report.problems()[0]
    assert names(b) == set()
    assert b.sync().future, "said again every round, not forgotten"
    b.store.clock.wall = wall_clock_ms  # the coach sets the date right
    assert b.sync().future == []
    assert names(b) == {"VanNu"}
    assert a.snapshot() == b.snapshot()


def test_a_laptop_whose_clock_ran_ahead_says_so_itself(replicas: Make) -> None:
    a, b = replicas(2)
    person = participants.create_participant(a.store, first_name="Jan", remarks="eerst")
    a.store.clock.wall = lambda: wall_clock_ms() + 8 * 24 * 3600 * 1000
    participants.update_participant(a.store, person.id, remarks="tweede")
    a.store.clock.wall = wall_clock_ms  # the date is set right again
    report = a.sync()
    assert report.own_clock_ahead and "This laptop's clock has run ahead" in report.problems()[-1]
    assert b.sync().future, "the other laptop says it waits, every round"
