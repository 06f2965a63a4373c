"""A coach leaves, a laptop is lost: the coordinator removes it from the team, the team key
is rotated, and the removed laptop's new bundles are refused, on a shared folder and on a
real WebDAV server. The laptops that stay keep everything once they type the new team
passphrase; one that joins afterwards reads the whole history."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, SyncError, WrongTeamPassphrase
from jiu_desktop.models import Participant
from jiu_desktop.services import participants, profile, sync_service, team_devices
from jiu_desktop.services.team_removal import remove_device
from jiu_desktop.sync import devices, engine, pull
from jiu_desktop.sync.report import SyncReport
from jiu_desktop.sync.team import TeamKeyRotated, join_team
from jiu_desktop.sync.transports import LAYOUT, TEAM_FILE
from tests.sync.webdav_server import PASSWORD, USER, WebDavServer

TEAM = "kaars fiets zevende molen"
NEW_TEAM = "lantaarn negende schaats vijver"


@dataclass
class Target:
    kind: str
    address: str
    user: str
    password: str
    #: The folder on this machine that holds ``jiu-sync-v1``.
    root: Path

    @property
    def team_file(self) -> Path:
        return self.root / LAYOUT / TEAM_FILE


@pytest.fixture(params=["folder", "webdav"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Target]:
    if request.param == "folder":
        shared = tmp_path / "shared"
        shared.mkdir()
        yield Target("folder", str(shared), "", "", shared)
        return
    server = WebDavServer(tmp_path / "dav")
    yield Target("webdav", server.url, USER, PASSWORD, server.root)
    server.stop()


@pytest.fixture
def laptops(tmp_path: Path, target: Target) -> Iterator[list[Store]]:
    """Three laptops of one team: a (the coordinator) created it, b and c joined."""
    stores = []
    for i, name in enumerate("abc"):
        store = profile.create_profile(tmp_path / name, f"Coach {name}", "geheim 12345")[0]
        setup(store, target, create=i == 0)
        with store.engine.begin() as conn:
            devices.set_device_name(conn, f"Laptop {name.upper()}")
        stores.append(store)
    yield stores
    for store in stores:
        store.close()


def setup(store: Store, target: Target, *, create: bool = False, passphrase: str = TEAM) -> None:
    sync_service.setup_sync(
        store,
        kind=target.kind,
        target=target.address,
        team_passphrase=passphrase,
        create=create,
        user=target.user,
        password=target.password,
    )


def sync(store: Store) -> SyncReport:
    return sync_service.run_sync(store).report


def names(store: Store) -> set[str]:
    with store.session() as session:
        return set(session.scalars(select(Participant.first_name)))


def everyone_syncs(stores: list[Store]) -> None:
    for _ in range(2):
        for store in stores:
            assert sync(store).problems() == []


def publish_as_before(store: Store) -> None:
    """What whoever has a removed laptop can still do: publish under the old key, past
    the check of the team that the app makes."""
    config = sync_service.load_config(store)
    assert config is not None
    transport = sync_service.make_transport(
        config.kind, config.target, config.user, config.password
    )
    engine.push(store, transport, config.team, SyncReport())


def test_a_removed_laptops_new_bundle_is_refused_after_rotation(laptops: list[Store]) -> None:
    a, b, c = laptops
    for store, name in zip(laptops, ("Anna", "Bram", "Cor"), strict=True):
        participants.create_participant(store, first_name=name)
    everyone_syncs(laptops)
    done = remove_device(a, c.device_id, NEW_TEAM)
    assert done.removal.name == "Laptop C" and done.removal.head >= 1

    participants.create_participant(c, first_name="Na de diefstal")
    publish_as_before(c)
    with pytest.raises(TeamKeyRotated, match="changed the team passphrase"):
        sync(b)
    sync_service.rejoin_team(b, NEW_TEAM)
    report = sync(b)
    (refused,) = report.rejected
    assert c.device_id in str(refused) and "“Laptop C”" in str(refused)
    assert "removed from the team on" in str(refused)
    assert names(b) == {"Anna", "Bram", "Cor"}
    assert sync(b).problems() == [], "a refused file is reported once"
    (refused_by_a,) = sync(a).rejected
    assert str(refused_by_a) == str(refused)
    assert "Na de diefstal" not in names(a)


def test_the_removed_laptop_gets_nothing_of_the_team_after_the_removal(
    laptops: list[Store],
) -> None:
    a, _b, c = laptops
    participants.create_participant(a, first_name="Anna")
    everyone_syncs(laptops)
    remove_device(a, c.device_id, NEW_TEAM)
    participants.create_participant(a, first_name="Na de verwijdering")
    assert sync(a).problems() == []
    with pytest.raises(TeamKeyRotated):
        sync(c)
    with pytest.raises(WrongTeamPassphrase):
        sync_service.rejoin_team(c, TEAM)
    # even a laptop that skips the check of the team cannot open what came after
    config = sync_service.load_config(c)
    assert config is not None
    transport = sync_service.make_transport(
        config.kind, config.target, config.user, config.password
    )
    report = SyncReport()
    pull.pull(c, transport, config.team, report)
    assert report.pulled == 0 and report.rejected
    assert all("key this device does not have" in str(r) for r in report.rejected)
    assert "Na de verwijdering" not in names(c)


def test_the_laptops_that_stay_read_old_and_new_after_rejoining(
    laptops: list[Store],
) -> None:
    a, b, c = laptops
    participants.create_participant(b, first_name="Bram")
    participants.create_participant(c, first_name="Cor")
    everyone_syncs(laptops)
    participants.create_participant(b, first_name="Bram offline")
    remove_device(a, c.device_id, NEW_TEAM)
    participants.create_participant(a, first_name="Anna nieuw")
    assert sync(a).problems() == []
    sync_service.rejoin_team(b, NEW_TEAM)
    assert sync(b).problems() == []
    assert sync(a).problems() == []
    assert names(a) == names(b) == {"Bram", "Cor", "Bram offline", "Anna nieuw"}
    config = sync_service.load_config(b)
    assert config is not None and config.key_id == sync_service.load_config(a).key_id  # type: ignore[union-attr]
    removed = [d for d in team_devices.team_devices(b) if d.removed]
    assert [(d.device_id, d.name) for d in removed] == [(c.device_id, "Laptop C")]


def test_rejoining_the_same_team_keeps_everything(laptops: list[Store]) -> None:
    a, b, c = laptops
    participants.create_participant(b, first_name="Bram")
    everyone_syncs(laptops)
    with b.engine.connect() as conn:
        published = engine._local(conn, engine.PUBLISHED_KEY)
    remove_device(a, c.device_id, NEW_TEAM)
    sync_service.rejoin_team(b, NEW_TEAM)
    with b.engine.connect() as conn:
        assert engine._local(conn, engine.PUBLISHED_KEY) == published
    report = sync(b)
    assert report.problems() == [] and report.pushed == 0 and report.pulled == 0


def test_a_laptop_that_joins_after_the_rotation_reads_everything(
    laptops: list[Store], tmp_path: Path, target: Target
) -> None:
    a, b, c = laptops
    participants.create_participant(c, first_name="Cor")
    participants.create_participant(b, first_name="Bram")
    everyone_syncs(laptops)
    remove_device(a, c.device_id, NEW_TEAM)
    participants.create_participant(c, first_name="Na de diefstal")
    publish_as_before(c)
    participants.create_participant(a, first_name="Anna nieuw")
    assert len(sync(a).rejected) == 1
    d = profile.create_profile(tmp_path / "d", "Coach d", "geheim 12345")[0]
    try:
        with pytest.raises(WrongTeamPassphrase):
            setup(d, target, passphrase=TEAM)
        setup(d, target, passphrase=NEW_TEAM)
        report = sync(d)
        assert len(report.rejected) == 1
        assert names(d) == {"Cor", "Bram", "Anna nieuw"}
    finally:
        d.close()


def test_a_wrong_or_weak_passphrase_or_choice_changes_nothing(
    laptops: list[Store], target: Target
) -> None:
    a, b, c = laptops
    everyone_syncs(laptops)
    before = target.team_file.read_bytes()
    config = sync_service.load_config(a)
    with pytest.raises(InvalidInput, match="too easy to guess"):
        remove_device(a, c.device_id, "aaaaaaaaaaaa")
    with pytest.raises(InvalidInput, match="this laptop"):
        remove_device(a, a.device_id, NEW_TEAM)
    with pytest.raises(InvalidInput, match="does not know a laptop"):
        remove_device(a, "0" * 32, NEW_TEAM)
    assert target.team_file.read_bytes() == before
    assert sync_service.load_config(a) == config
    remove_device(a, c.device_id, NEW_TEAM)
    with pytest.raises(InvalidInput, match="removed from the team already"):
        remove_device(a, c.device_id, NEW_TEAM)
    # b still has the old key: it must take the new one before it may remove anyone
    rotated = target.team_file.read_bytes()
    with pytest.raises(TeamKeyRotated):
        remove_device(b, a.device_id, NEW_TEAM)
    assert target.team_file.read_bytes() == rotated


def test_an_unreachable_target_changes_nothing(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    target = Target("folder", str(shared), "", "", shared)
    a, b = (profile.create_profile(tmp_path / n, n, "geheim 12345")[0] for n in "ab")
    try:
        setup(a, target, create=True)
        setup(b, target)
        everyone_syncs([a, b])
        config = sync_service.load_config(a)
        shared.rename(tmp_path / "elsewhere")
        with pytest.raises(SyncError):
            remove_device(a, b.device_id, NEW_TEAM)
        assert sync_service.load_config(a) == config
        (tmp_path / "elsewhere").rename(shared)
        assert sync(b).problems() == []
    finally:
        a.close()
        b.close()


def test_a_tampered_team_file_is_refused(laptops: list[Store], target: Target) -> None:
    a, _b, c = laptops
    everyone_syncs(laptops)
    remove_device(a, c.device_id, NEW_TEAM)
    good = json.loads(target.team_file.read_bytes())
    assert join_team(json.dumps(good).encode(), NEW_TEAM).removal(c.device_id) is not None

    sealed = bytearray(bytes.fromhex(good["sealed"]))
    sealed[-1] ^= 1  # the removals, changed by whoever holds the file
    altered = {**good, "sealed": sealed.hex()}
    dropped = {**good, "keys": good["keys"][1:]}  # an older key left out
    unwrapped_older = {
        **good,
        "keys": [{**good["keys"][0], "wrapped_under": "0" * 32}, *good["keys"][1:]],
    }
    for tampered in (altered, dropped, unwrapped_older):
        with pytest.raises(SyncError, match="cannot be read"):
            join_team(json.dumps(tampered).encode(), NEW_TEAM)


def test_a_team_file_from_before_the_rotation_is_not_taken_again(
    laptops: list[Store], target: Target
) -> None:
    a, b, c = laptops
    everyone_syncs(laptops)
    old = target.team_file.read_bytes()
    remove_device(a, c.device_id, NEW_TEAM)
    sync_service.rejoin_team(b, NEW_TEAM)
    target.team_file.write_bytes(old)  # the server restored from an old copy
    with pytest.raises(SyncError, match="older than what this laptop knows"):
        sync_service.rejoin_team(b, TEAM)
    assert sync_service.load_config(b).team.removal(c.device_id) is not None  # type: ignore[union-attr]


def test_what_a_removed_laptop_writes_over_never_reaches_a_laptop_that_joins_later(
    laptops: list[Store], tmp_path: Path, target: Target
) -> None:
    """The removed laptop still holds its signing key and the old team key: it can write
    its own old bundle again with other words. The coordinator's next round writes a
    snapshot and retires the removed laptop's bundles, so a laptop joining later takes
    that laptop's work from the snapshot and never reads the bundle written over."""
    from jiu_desktop.sync.bundle import BundleHeader, WireChange, new_nonce, seal

    a, b, c = laptops
    cor = participants.create_participant(c, first_name="Cor").row
    participants.create_participant(b, first_name="Bram")
    everyone_syncs(laptops)
    remove_device(a, c.device_id, NEW_TEAM)
    config = sync_service.load_config(c)
    assert config is not None
    with c.engine.begin() as conn:
        key = devices.signing_key(conn, c.device_id)
    lie = [WireChange(1 << 61, "participant", cor.id, "first_name", '"Vals"', cor.id, None, None)]
    header = BundleHeader(config.team.team_id, c.device_id, 1, config.team.key_id, new_nonce())
    rewritten = seal(header, lie, config.team.key, {}, key)
    bundle = target.root / LAYOUT / "devices" / c.device_id / "00000001.bin"
    bundle.write_bytes(rewritten)
    report = sync(a)  # the coordinator's next round: snapshot, and c's files retired
    assert report.snapshot_written is not None
    assert not list(bundle.parent.glob("*.bin"))
    sync_service.rejoin_team(b, NEW_TEAM)
    assert sync(b).problems() == []
    d = profile.create_profile(tmp_path / "d", "Coach d", "geheim 12345")[0]
    try:
        setup(d, target, passphrase=NEW_TEAM)
        assert sync(d).problems() == []
        assert names(d) == {"Cor", "Bram"}
    finally:
        d.close()
