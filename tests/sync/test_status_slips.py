"""A status slip put back at once counts on no laptop; another laptop's step is not a slip."""

from __future__ import annotations

from collections.abc import Callable

from jiu_desktop.services import participants
from tests.sync.conftest import Replica

Make = Callable[[int], list[Replica]]


def test_a_slip_that_travelled_is_dropped_on_the_other_laptop_too(replicas: Make) -> None:
    a, b = replicas(2)
    person = participants.create_participant(a.store, first_name="Noor", status="actief")
    participants.update_participant(a.store, person.id, status="afgehaakt")
    a.sync()
    b.sync()  # the slip reached B before it was put back
    assert [s.status for s in participants.status_history(b.store, person.id)][-1] == "afgehaakt"
    participants.update_participant(a.store, person.id, status="actief")
    a.sync()
    b.sync()
    for replica in (a, b):
        assert [s.status for s in participants.status_history(replica.store, person.id)] == [
            "actief"
        ]
    assert a.snapshot() == b.snapshot()


def test_putting_back_another_laptops_step_keeps_it(replicas: Make) -> None:
    a, b = replicas(2)
    person = participants.create_participant(a.store, first_name="Noor", status="actief")
    participants.update_participant(a.store, person.id, status="afgehaakt")
    a.sync()
    b.sync()
    participants.update_participant(b.store, person.id, status="actief")
    history = [s.status for s in participants.status_history(b.store, person.id)]
    assert history == ["actief", "afgehaakt", "actief"], "coach A meant it; B disagrees"
