"""The dream tin between laptops: steps added on two laptops are both kept, the dream's
text is a labelled conflict, and an erasure takes dreams and steps from every laptop."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, or_, select

from jiu_desktop.models import Dream, DreamStep
from jiu_desktop.services import conflicts, dreams, erasure, participants
from jiu_desktop.sync.received import log_entry
from tests.sync.conftest import Replica

Make = Callable[[int], list[Replica]]


def sync_all(replicas: list[Replica], rounds: int = 2) -> None:
    for _ in range(rounds):
        for replica in replicas:
            assert replica.sync().rejected == []


def test_next_steps_made_on_two_laptops_are_both_kept(replicas: Make) -> None:
    a, b = replicas(2)
    noor = participants.create_participant(a.store, first_name="Noor").id
    dream = dreams.add_dream(a.store, noor, text="Eigen foodtruck").id
    sync_all([a, b])
    dreams.add_step(a.store, dream, "Meelopen bij oom")
    dreams.add_step(b.store, dream, "Cv maken")
    sync_all([a, b])
    for replica in (a, b):
        [card] = dreams.dream_cards(replica.store, noor)
        assert sorted(s.text for s in card.steps) == ["Cv maken", "Meelopen bij oom"]
    assert a.snapshot() == b.snapshot()


def test_the_dream_written_on_two_laptops_is_a_labelled_conflict(replicas: Make) -> None:
    a, b = replicas(2)
    noor = participants.create_participant(a.store, first_name="Noor").id
    dream = dreams.add_dream(a.store, noor, text="Kok worden").id
    sync_all([a, b])
    dreams.update_dream(a.store, dream, text="Kok worden in Amsterdam", life_domain="werk")
    dreams.update_dream(b.store, dream, text="Chef-kok worden", status="actief")
    sync_all([a, b])
    for replica in (a, b):
        [conflict] = conflicts.open_conflicts(replica.store, noor)
        assert (conflict.entity, conflict.field, conflict.label) == ("dream", "text", "Dream")
        assert dreams.get_dream(replica.store, dream).life_domain == "werk", "a choice merges"


def test_an_erasure_takes_dreams_and_steps_from_every_laptop(replicas: Make) -> None:
    a, b = replicas(2)
    noor = participants.create_participant(a.store, first_name="Noor").id
    dream = dreams.add_dream(a.store, noor, text="Kok worden").id
    step = dreams.add_step(a.store, dream, "Meekoken").id
    sem = participants.create_participant(a.store, first_name="Sem").id
    dreams.add_dream(a.store, sem, text="Rijbewijs")
    sync_all([a, b])
    dreams.update_step(b.store, step, reflection="Ging goed")
    sync_all([a, b])
    erasure.erase(b.store, noor)
    sync_all([a, b])
    for replica in (a, b):
        with replica.store.session() as session:
            for kind in (Dream, DreamStep):
                assert set(session.scalars(select(kind.participant_id))) <= {sem}
            history = session.scalar(
                select(func.count())
                .select_from(log_entry)
                .where(
                    or_(
                        log_entry.c.participant_id == noor,
                        log_entry.c.row_id.in_([dream, step]),
                    )
                )
            )
        assert history == 0, replica.name
        assert [c.dream.text for c in dreams.dream_cards(replica.store, sem)] == ["Rijbewijs"]
    assert a.snapshot() == b.snapshot()
