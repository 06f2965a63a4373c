"""Two and three laptops converge through the remote; conflicts are kept, never silent."""

from __future__ import annotations

from collections.abc import Callable

from jiu_desktop.services import conflicts, notes, participants
from tests.sync.conftest import Replica

Make = Callable[[int], list[Replica]]


def sync_all(replicas: list[Replica], rounds: int = 2) -> None:
    for _ in range(rounds):
        for replica in replicas:
            replica.sync()


def test_two_laptops_exchange_participants_and_notes(replicas: Make) -> None:
    a, b = replicas(2)
    noor = participants.create_participant(a.store, first_name="Noor", last_name="Bakker")
    notes.add_note(a.store, noor.id, text="Eerste gesprek in het jongerencentrum")
    report = a.sync()
    assert report.pushed > 0 and report.bundles_out == 1
    pulled = b.sync()
    assert pulled.pulled == report.pushed
    rows = participants.list_participants(b.store, query="jongerencentrum")
    assert [r.full_name for r in rows] == ["Noor Bakker"]
    assert a.snapshot() == b.snapshot()


def test_edits_of_different_fields_merge_by_themselves(replicas: Make) -> None:
    a, b = replicas(2)
    person = participants.create_participant(a.store, first_name="Noor")
    sync_all([a, b])
    participants.update_participant(a.store, person.id, phone="06-11112222")
    participants.update_participant(b.store, person.id, email="noor@example.nl")
    sync_all([a, b])
    for replica in (a, b):
        saved = participants.get_participant(replica.store, person.id)
        assert (saved.phone, saved.email) == ("06-11112222", "noor@example.nl")
    assert a.snapshot() == b.snapshot()


def test_concurrent_text_edits_keep_the_loser_as_conflict_version(replicas: Make) -> None:
    a, b = replicas(2)
    person = participants.create_participant(a.store, first_name="Noor", remarks="Begin")
    sync_all([a, b])
    participants.update_participant(a.store, person.id, remarks="Versie van coach A")
    participants.update_participant(b.store, person.id, remarks="Versie van coach B")
    sync_all([a, b])
    final = participants.get_participant(a.store, person.id).remarks
    assert final == participants.get_participant(b.store, person.id).remarks
    loser = ({"Versie van coach A", "Versie van coach B"} - {final}).pop()
    for replica in (a, b):
        kept = conflicts.open_conflicts(replica.store)
        assert [(c.field, c.other_value, c.current_value) for c in kept] == [
            ("remarks", loser, final)
        ]


def test_sequential_edits_are_not_conflicts(replicas: Make) -> None:
    a, b = replicas(2)
    person = participants.create_participant(a.store, first_name="Noor", remarks="Begin")
    sync_all([a, b])
    participants.update_participant(b.store, person.id, remarks="Aangevuld door B")
    sync_all([a, b])
    participants.update_participant(a.store, person.id, remarks="Weer aangevuld door A")
    sync_all([a, b])
    for replica in (a, b):
        assert conflicts.open_conflicts(replica.store) == []
        assert (
            participants.get_participant(replica.store, person.id).remarks
            == "Weer aangevuld door A"
        )


def test_three_laptops_converge_and_deletes_propagate(replicas: Make) -> None:
    a, b, c = replicas(3)
    ids = [participants.create_participant(r.store, first_name=r.name).id for r in (a, b, c)]
    sync_all([a, b, c])
    participants.delete_participant(c.store, ids[0])
    participants.update_participant(b.store, ids[1], status="actief")
    sync_all([a, b, c])
    snapshots = [r.snapshot() for r in (a, b, c)]
    assert snapshots[0] == snapshots[1] == snapshots[2]
    assert sorted(r.first_name for r in participants.list_participants(a.store)) == [
        "laptop1",
        "laptop2",
    ]


def test_nothing_new_costs_one_request_per_device(replicas: Make) -> None:
    """team.json (is this still our team?), the device list, one listing per device (its
    own too: files under its own number that it did not write), and the snapshots'."""
    a, b, c = replicas(3)
    participants.create_participant(a.store, first_name="Noor")
    sync_all([a, b, c])
    before = b.transport.requests
    report = b.sync()
    assert (report.pushed, report.pulled) == (0, 0)
    assert b.transport.requests - before <= 3 + 3
