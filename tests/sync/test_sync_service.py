"""Setting up sync, running rounds with history and status, settling conflicts."""

from __future__ import annotations

from pathlib import Path
from threading import Event

import pytest

from jiu_desktop.db.store import Store
from jiu_desktop.errors import (
    InvalidInput,
    SyncError,
    SyncStopped,
    TargetUnreachable,
    WrongTeamPassphrase,
)
from jiu_desktop.models import Participant
from jiu_desktop.services import conflicts, participants, profile, sync_service
from jiu_desktop.vault.paths import ProfilePaths

TEAM = "kaars fiets zevende molen"


@pytest.fixture
def laptops(tmp_path: Path):  # type: ignore[no-untyped-def]
    stores = [profile.create_profile(tmp_path / f"l{i}", "c", "geheim 12345")[0] for i in (0, 1)]
    yield stores
    for store in stores:
        store.close()


def setup_both(stores: list[Store], shared: Path) -> None:
    sync_service.setup_sync(
        stores[0], kind="folder", target=str(shared), team_passphrase=TEAM, create=True
    )
    sync_service.setup_sync(
        stores[1], kind="folder", target=str(shared), team_passphrase=TEAM, create=False
    )


@pytest.fixture
def shared(laptops: list[Store], tmp_path: Path) -> Path:
    """A shared folder both laptops sync with."""
    folder = tmp_path / "shared"
    folder.mkdir()
    setup_both(laptops, folder)
    return folder


def test_setup_refuses_bad_choices_and_saves_nothing(laptops: list[Store], tmp_path: Path) -> None:
    a, b = laptops
    shared = tmp_path / "shared"
    with pytest.raises(SyncError):
        sync_service.setup_sync(
            a, kind="folder", target=str(shared), team_passphrase=TEAM, create=True
        )
    shared.mkdir()
    with pytest.raises(InvalidInput, match="too easy to guess"):  # ten characters, no more
        sync_service.setup_sync(
            a, kind="folder", target=str(shared), team_passphrase="a" * 10, create=True
        )
    assert list(shared.iterdir()) == [], "no team was written"
    with pytest.raises(SyncError):  # nothing to join yet
        sync_service.setup_sync(
            a, kind="folder", target=str(shared), team_passphrase=TEAM, create=False
        )
    sync_service.setup_sync(a, kind="folder", target=str(shared), team_passphrase=TEAM, create=True)
    with pytest.raises(WrongTeamPassphrase):
        sync_service.setup_sync(
            b, kind="folder", target=str(shared), team_passphrase="fout fout fout", create=False
        )
    with pytest.raises(SyncError):  # a team is already there
        sync_service.setup_sync(
            b, kind="folder", target=str(shared), team_passphrase=TEAM, create=True
        )
    assert sync_service.load_config(b) is None
    assert sync_service.load_config(a) is not None


def test_credentials_and_team_key_stay_inside_the_encrypted_database(
    laptops: list[Store], tmp_path: Path
) -> None:
    a, _ = laptops
    shared = tmp_path / "shared"
    shared.mkdir()
    config = sync_service.setup_sync(
        a, kind="folder", target=str(shared), team_passphrase=TEAM, create=True
    )
    secret = bytes.fromhex(config.team_key_hex)
    for path in ProfilePaths(a.root).root.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert secret not in raw and config.team_key_hex.encode() not in raw
            assert str(shared).encode() not in raw


def test_rounds_status_and_history(laptops: list[Store], tmp_path: Path) -> None:
    a, b = laptops
    shared = tmp_path / "shared"
    shared.mkdir()
    setup_both(laptops, shared)
    participants.create_participant(a, first_name="Noor")
    assert sync_service.status(a).waiting > 0
    outcome = sync_service.run_sync(a)
    assert outcome.report.pushed > 0 and "0 conflicts" in outcome.summary()
    assert sync_service.status(a).waiting == 0
    pulled = sync_service.run_sync(b)
    assert pulled.changes.touches(Participant)
    status = sync_service.status(b)
    assert status.configured and status.last_success and status.last_error == ""

    shared.rename(tmp_path / "unplugged")
    with pytest.raises(TargetUnreachable):
        sync_service.run_sync(b)
    runs = sync_service.history(b)
    assert [bool(r.error) for r in runs] == [True, False]
    assert sync_service.status(b).last_error


def test_conflict_settled_on_one_laptop_closes_everywhere(
    laptops: list[Store], shared: Path
) -> None:
    a, b = laptops
    person = participants.create_participant(a, first_name="Noor", remarks="begin")
    for s in (a, b):
        sync_service.run_sync(s)
    participants.update_participant(a, person.id, remarks="tekst van A")
    participants.update_participant(b, person.id, remarks="tekst van B")
    for s in (a, b, a):
        sync_service.run_sync(s)
    open_a = conflicts.open_conflicts(a, person.id)
    open_b = conflicts.open_conflicts(b, person.id)
    assert len(open_a) == len(open_b) == 1
    pair = {open_a[0].current_value, open_a[0].other_value}
    assert pair == {"tekst van A", "tekst van B"}

    conflicts.resolve(b, open_b[0].id, conflicts.KEEP_MERGED, "tekst van A en B")
    assert conflicts.open_conflicts(b) == []
    for s in (b, a):
        sync_service.run_sync(s)
    assert conflicts.open_conflicts(a) == []
    assert participants.get_participant(a, person.id).remarks == "tekst van A en B"


def test_a_send_only_round_sends_and_receives_nothing(laptops: list[Store], tmp_path: Path) -> None:
    a, b = laptops
    shared = tmp_path / "shared"
    shared.mkdir()
    setup_both(laptops, shared)
    participants.create_participant(b, first_name="Van B")
    sync_service.run_sync(b)
    participants.create_participant(a, first_name="Van A")
    outcome = sync_service.run_sync(a, send_only=True)
    assert outcome.report.pushed > 0 and outcome.report.pulled == 0
    assert sync_service.waiting_changes(a) == 0
    assert [p.first_name for p in participants.list_participants(a)] == ["Van A"]
    sync_service.run_sync(b)
    assert sorted(p.first_name for p in participants.list_participants(b)) == ["Van A", "Van B"]


def test_a_stopped_round_sends_nothing_more_and_says_so(laptops: list[Store], shared: Path) -> None:
    a, _ = laptops
    participants.create_participant(a, first_name="Noor")
    stop = Event()
    stop.set()
    with pytest.raises(SyncStopped):
        sync_service.run_sync(a, stop=stop)
    assert sync_service.waiting_changes(a) > 0
    assert not list(shared.glob("jiu-sync-v1/devices/*/*.bin"))
    assert "stopped" in sync_service.history(a)[0].error
    sync_service.run_sync(a)  # the next round sends it
    assert sync_service.waiting_changes(a) == 0
