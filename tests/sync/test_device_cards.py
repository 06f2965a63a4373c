"""Device cards: each laptop learns the others' names and signing keys, sealed so the
server reads neither, and a card with another key in a coach's folder is refused."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from jiu_desktop.services import participants
from jiu_desktop.sync import devices
from jiu_desktop.sync.transports import CARD_FILE
from jiu_desktop.sync.transports.folder import FolderTransport
from tests.sync.conftest import Replica


def name(replica: Replica, text: str) -> None:
    with replica.store.engine.begin() as conn:
        devices.set_device_name(conn, text)


def known(replica: Replica) -> dict[str, devices.DeviceCard]:
    with replica.store.engine.begin() as conn:
        return devices.pinned_cards(conn)


def card_path(replica: Replica, device: str):  # type: ignore[no-untyped-def]
    return replica.remote_root / "jiu-sync-v1" / "devices" / device / CARD_FILE


def work_and_sync(laptops: list[Replica]) -> None:
    for replica in laptops:
        participants.create_participant(replica.store, first_name=f"Van {replica.name}")
    for _ in range(2):
        for replica in laptops:
            assert replica.sync().problems() == []


def test_every_laptop_learns_the_others_names_and_keys_and_the_server_neither(
    replicas: Callable[[int], list[Replica]],
) -> None:
    a, b, c = replicas(3)
    name(a, "Laptop van Sanne Visser")
    name(b, "Henks laptop")
    work_and_sync([a, b, c])
    cards = known(c)
    assert cards[a.store.device_id].name == "Laptop van Sanne Visser"
    assert cards[b.store.device_id].name == "Henks laptop"
    assert cards[a.store.device_id].head >= 1
    with a.store.engine.begin() as conn:
        own_key = devices.public_hex(devices.signing_key(conn, a.store.device_id))
    assert cards[a.store.device_id].public_key == own_key
    sealed = card_path(a, a.store.device_id).read_bytes()
    assert b"Sanne" not in sealed and bytes.fromhex(own_key) not in sealed
    assert own_key.encode() not in sealed


def test_a_card_with_another_key_in_a_coachs_folder_is_refused_and_reported(
    replicas: Callable[[int], list[Replica]],
) -> None:
    a, b = replicas(2)
    name(a, "Sanne")
    work_and_sync([a, b])
    # b holds the team key and writes a card "as a" with b's own key and a new name
    with b.store.engine.begin() as conn:
        forged, key = devices.make_card(conn, b.store.device_id, 99)
    forged = devices.DeviceCard(a.store.device_id, forged.public_key, "Niet Sanne", 99, 1 << 50)
    participants.create_participant(a.store, first_name="Nieuw")
    a.sync()  # a publishes past the head its card said, and writes its card again
    # then b's forgery takes its place, as the folder lets anyone holding the team key
    b.transport.write_card(a.store.device_id, devices.seal_card(forged, key, b.team))
    report = b.sync()
    assert any("another key than before" in line for line in report.problems())
    assert known(b)[a.store.device_id].name == "Sanne", "the pinned card stays"


def test_a_card_moved_to_another_folder_is_refused(
    replicas: Callable[[int], list[Replica]],
) -> None:
    a, b, c = replicas(3)
    work_and_sync([a, b, c])
    moved = card_path(b, b.store.device_id).read_bytes()
    card_path(a, a.store.device_id).write_bytes(moved)
    participants.create_participant(a.store, first_name="Weer")
    a.sync()  # a's card is current in a's own record, so a does not write it again
    card_path(a, a.store.device_id).write_bytes(moved)
    report = c.sync()
    assert any("is not its own" in line for line in report.problems())


def test_a_new_device_id_gets_a_new_signing_key(replicas: Callable[[int], list[Replica]]) -> None:
    (a,) = replicas(1)
    with a.store.engine.begin() as conn:
        first = devices.public_hex(devices.signing_key(conn, a.store.device_id))
        again = devices.public_hex(devices.signing_key(conn, a.store.device_id))
        other = devices.public_hex(devices.signing_key(conn, "0" * 32))
    assert first == again != other


def test_the_same_team_at_a_new_address_gets_the_card_there_too(
    replicas: Callable[[int], list[Replica]], tmp_path: Path
) -> None:
    (a,) = replicas(1)
    name(a, "Sanne")
    work_and_sync([a])
    moved = tmp_path / "moved"
    shutil.copytree(a.remote_root, moved)
    card_path(a, a.store.device_id).unlink()
    (moved / "jiu-sync-v1" / "devices" / a.store.device_id / CARD_FILE).unlink()
    a.transport = FolderTransport(moved)
    assert a.sync().problems() == []
    assert (moved / "jiu-sync-v1" / "devices" / a.store.device_id / CARD_FILE).exists()
