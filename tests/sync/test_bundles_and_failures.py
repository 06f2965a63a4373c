"""Bad bundles are refused without harm; interruptions lose and duplicate nothing."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from jiu_desktop.errors import TargetUnreachable, WrongTeamPassphrase
from jiu_desktop.services import participants
from jiu_desktop.sync.bundle import BundleHeader, new_nonce, seal
from jiu_desktop.sync.engine import sync_round
from jiu_desktop.sync.received import log_entry
from jiu_desktop.sync.team import create_team, join_team
from jiu_desktop.sync.transports import Transport
from jiu_desktop.sync.transports.folder import FolderTransport
from tests.sync.conftest import TEAM_PASSPHRASE, Replica

Make = Callable[[int], list[Replica]]


def bundle_files(root: Path, device: str) -> list[Path]:
    return sorted((root / "jiu-sync-v1" / "devices" / device).glob("*.bin"))


def shared_root(replica: Replica) -> Path:
    return replica.remote_root


def names(replica: Replica) -> list[str]:
    return sorted(r.first_name for r in participants.list_participants(replica.store))


def test_wrong_team_passphrase_is_refused(replicas: Make) -> None:
    (a,) = replicas(1)
    stored = a.transport.read_team()
    assert stored is not None
    with pytest.raises(WrongTeamPassphrase):
        join_team(stored, "niet ons geheim")
    assert not a.transport.create_team(create_team("ander team 12345")[1]), "first team stays"


@pytest.mark.parametrize("damage", ["flip", "truncate", "replay", "foreign"])
def test_bad_bundle_is_refused_and_others_still_apply(
    replicas: Make, tmp_path: Path, damage: str
) -> None:
    a, b, c = replicas(3)
    participants.create_participant(a.store, first_name="VanA")
    a.sync()
    participants.create_participant(a.store, first_name="TweedeVanA")
    a.sync()
    participants.create_participant(b.store, first_name="VanB")
    b.sync()
    first, second = bundle_files(shared_root(a), a.store.device_id)
    raw = first.read_bytes()
    if damage == "flip":
        first.write_bytes(raw[:-5] + bytes([raw[-5] ^ 0x40]) + raw[-4:])
    elif damage == "truncate":
        first.write_bytes(raw[: len(raw) // 2])
    elif damage == "replay":
        shutil.copy(second, first)  # an old file put where another belongs
    else:
        team, _ = create_team("een ander team 1")  # same device and number, other team
        header = BundleHeader(team.team_id, a.store.device_id, 1, team.key_id, new_nonce())
        first.write_bytes(seal(header, [], team.key))

    report = c.sync()
    assert len(report.rejected) == 1
    assert report.rejected[0].name.endswith(first.name)
    assert str(report.rejected[0])
    assert "VanB" in names(c), "bundles of other devices still apply"
    assert "VanA" not in names(c), "nothing from the refused bundle"
    with c.store.session() as s:
        from_a = s.scalar(
            select(func.count())
            .select_from(log_entry)
            .where(log_entry.c.device == a.store.device_id, log_entry.c.value == '"VanA"')
        )
    assert from_a == 0, "nor in the log"


class FlakyTransport:
    """Wraps a transport and fails (like a dropped connection) after some operations."""

    def __init__(self, inner: Transport, fail_after: int) -> None:
        self.inner = inner
        self.budget = fail_after

    def __getattr__(self, name: str) -> object:
        attr = getattr(self.inner, name)
        if not callable(attr):
            return attr

        def call(*args: object) -> object:
            self.budget -= 1
            if self.budget < 0:
                raise TargetUnreachable("test")
            return attr(*args)

        return call


@pytest.mark.parametrize("fail_after", range(1, 9))
def test_interrupted_rounds_lose_and_duplicate_nothing(replicas: Make, fail_after: int) -> None:
    a, b = replicas(2)
    from jiu_desktop.sync import engine

    monkey_limit = engine.BUNDLE_LIMIT
    engine.BUNDLE_LIMIT = 20  # several bundles, so failures land between them
    try:
        for i in range(12):
            participants.create_participant(a.store, first_name=f"Deelnemer{i:02d}")
        with pytest.raises(TargetUnreachable):
            sync_round(a.store, FlakyTransport(a.transport, fail_after), a.team)  # type: ignore[arg-type]
        participants.create_participant(b.store, first_name="VanB")
        with pytest.raises(TargetUnreachable):
            sync_round(b.store, FlakyTransport(b.transport, fail_after), b.team)  # type: ignore[arg-type]
        for _ in range(2):
            a.sync()
            b.sync()
    finally:
        engine.BUNDLE_LIMIT = monkey_limit
    expected = sorted([f"Deelnemer{i:02d}" for i in range(12)] + ["VanB"])
    assert names(a) == names(b) == expected
    for replica in (a, b):
        with replica.store.session() as s:
            dupes = s.execute(
                select(log_entry.c.device, log_entry.c.hlc, func.count())
                .group_by(log_entry.c.device, log_entry.c.hlc)
                .having(func.count() > 1)
            ).all()
        assert dupes == []
    assert a.snapshot() == b.snapshot()


def test_unreachable_folder_is_reported(replicas: Make, tmp_path: Path) -> None:
    (a,) = replicas(1)
    gone = FolderTransport(tmp_path / "usb-stick-not-inserted")
    participants.create_participant(a.store, first_name="Noor")
    with pytest.raises(TargetUnreachable):
        sync_round(a.store, gone, a.team)
    assert a.sync().pushed > 0, "the changes still wait and go out next time"


MARKERS = ("Geheimnaam-Qwerty", "Detentie-merkteken-2026")


def test_the_remote_holds_no_plaintext(replicas: Make) -> None:
    a, b = replicas(2)
    person = participants.create_participant(a.store, first_name=MARKERS[0])
    participants.update_participant(a.store, person.id, remarks=MARKERS[1] * 10)
    a.sync()
    b.sync()
    participants.update_participant(b.store, person.id, remarks=f"{MARKERS[1]} bijgewerkt")
    b.sync()
    files = [p for p in shared_root(a).rglob("*") if p.is_file()]
    assert len(files) >= 3
    for path in files:
        raw = path.read_bytes()
        for marker in MARKERS:
            for encoding in ("utf-8", "utf-16-le"):
                assert marker.encode(encoding) not in raw, path
        if path.suffix == ".bin":
            assert raw[:4] == b"JIUB"


def test_server_down_mid_sync_then_back(tmp_path: Path) -> None:
    from jiu_desktop.services import profile
    from jiu_desktop.sync.transports.webdav import WebDavTransport
    from tests.sync.webdav_server import PASSWORD, USER, WebDavServer

    root = tmp_path / "dav"
    server = WebDavServer(root)
    stores = []
    try:
        team, document = create_team(TEAM_PASSPHRASE)
        assert WebDavTransport(server.url, USER, PASSWORD).create_team(document)
        stores = [
            profile.create_profile(tmp_path / f"l{i}", "c", "geheim 12345")[0] for i in (0, 1)
        ]
        for i in range(30):
            participants.create_participant(stores[0], first_name=f"Deelnemer{i}")
        transport = WebDavTransport(server.url, USER, PASSWORD, timeout=2)
        from jiu_desktop.sync import engine

        original = engine.BUNDLE_LIMIT
        engine.BUNDLE_LIMIT = 50
        try:
            calls = {"n": 0}
            real_publish = transport.publish_bundle

            def publish_then_die(device: str, seq: int, data: bytes) -> None:
                calls["n"] += 1
                if calls["n"] == 3:
                    server.stop()  # the server goes away in the middle of the round
                real_publish(device, seq, data)

            transport.publish_bundle = publish_then_die  # type: ignore[method-assign]
            with pytest.raises(TargetUnreachable):
                sync_round(stores[0], transport, team)
        finally:
            engine.BUNDLE_LIMIT = original
        server = WebDavServer(root)  # back, on a new port
        for store in stores:
            sync_round(store, WebDavTransport(server.url, USER, PASSWORD), team)
        got = sorted(r.first_name for r in participants.list_participants(stores[1]))
        assert got == sorted(f"Deelnemer{i}" for i in range(30))
    finally:
        server.stop()
        for store in stores:
            store.close()


def test_wrong_webdav_password_is_a_clear_error(tmp_path: Path) -> None:
    from jiu_desktop.errors import SyncError
    from jiu_desktop.sync.transports.webdav import WebDavTransport
    from tests.sync.webdav_server import USER, WebDavServer

    server = WebDavServer(tmp_path / "dav")
    try:
        with pytest.raises(SyncError) as error:
            WebDavTransport(server.url, USER, "verkeerd").read_team()
        assert "password" in str(error.value) or "wachtwoord" in str(error.value)
        with pytest.raises(TargetUnreachable):
            WebDavTransport("http://127.0.0.1:9/dav", USER, "x", timeout=1).list_devices()
    finally:
        server.stop()


def test_webdav_over_https_and_an_untrusted_certificate(tmp_path: Path) -> None:
    from jiu_desktop.errors import SyncError
    from jiu_desktop.sync.transports.webdav import WebDavTransport
    from tests.sync.webdav_server import PASSWORD, USER, WebDavServer, self_signed_certificate

    cert, key = self_signed_certificate(tmp_path)
    server = WebDavServer(tmp_path / "dav", tls=(cert, key))
    try:
        assert server.url.startswith("https://")
        trusted = WebDavTransport(server.url, USER, PASSWORD, verify=str(cert))
        _team, document = create_team(TEAM_PASSPHRASE)
        assert trusted.create_team(document)
        assert trusted.read_team() == document
        with pytest.raises(SyncError) as error:
            WebDavTransport(server.url, USER, PASSWORD).read_team()  # system trust store
        assert "certificate" in str(error.value)
        assert not isinstance(error.value, TargetUnreachable)
    finally:
        server.stop()
