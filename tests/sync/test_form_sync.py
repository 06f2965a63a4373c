"""Forms between laptops: different answers of one paper form typed in on two laptops are
both kept, the same open answer is a conflict labelled with its question, and the first
response to a built-in template on two laptops offline makes one template row."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, select

from jiu_desktop.models import FormTemplate
from jiu_desktop.services import conflicts, erasure, form_responses, participants
from tests.sync.conftest import Replica

Make = Callable[[int], list[Replica]]
EVALUATION = "evaluatie-bijeenkomst@1"


def sync_all(replicas: list[Replica], rounds: int = 2) -> None:
    for _ in range(rounds):
        for replica in replicas:
            assert replica.sync().rejected == []


def test_two_laptops_typing_different_answers_both_keep_theirs(replicas: Make) -> None:
    a, b = replicas(2)
    noor = participants.create_participant(a.store, first_name="Noor").id
    response = form_responses.start_response(a.store, noor, EVALUATION, from_paper=True).id
    sync_all([a, b])
    form_responses.set_answers(a.store, response, {"hoe-was-het": 4, "ging-goed": "Koken"})
    form_responses.set_answers(b.store, response, {"neem-mee": "Op tijd komen"})
    sync_all([a, b])
    for replica in (a, b):
        assert form_responses.filled_form(replica.store, response).answers == {
            "hoe-was-het": 4,
            "ging-goed": "Koken",
            "neem-mee": "Op tijd komen",
        }
        assert conflicts.open_conflicts(replica.store, noor) == []
    assert a.snapshot() == b.snapshot()


def test_the_same_open_answer_typed_twice_is_a_conflict_named_by_its_question(
    replicas: Make,
) -> None:
    a, b = replicas(2)
    noor = participants.create_participant(a.store, first_name="Noor").id
    response = form_responses.start_response(a.store, noor, EVALUATION).id
    sync_all([a, b])
    form_responses.set_answers(a.store, response, {"ging-goed": "Samen koken", "hoe-was-het": 3})
    form_responses.set_answers(b.store, response, {"ging-goed": "Het koken", "hoe-was-het": 5})
    sync_all([a, b])
    for replica in (a, b):
        [conflict] = conflicts.open_conflicts(replica.store, noor)
        assert (conflict.entity, conflict.field, conflict.label) == (
            "form_answer",
            "value_text",
            "Form answer",
        )
        assert conflict.row_label == "Wat ging goed?"
        assert {conflict.current_value, conflict.other_value} == {"Samen koken", "Het koken"}
        answers = form_responses.filled_form(replica.store, response).answers
        assert answers["hoe-was-het"] in (3, 5), "a scale merges silently, last writer wins"
    assert a.snapshot() == b.snapshot()


def test_a_built_in_template_used_on_two_laptops_offline_is_one_row(replicas: Make) -> None:
    a, b = replicas(2)
    noor = participants.create_participant(a.store, first_name="Noor").id
    sync_all([a, b])
    form_responses.start_response(a.store, noor, EVALUATION)
    form_responses.start_response(b.store, noor, EVALUATION)
    sync_all([a, b])
    for replica in (a, b):
        with replica.store.session() as s:
            assert s.scalar(select(func.count()).select_from(FormTemplate)) == 1
        assert len(form_responses.responses_of(replica.store, noor)) == 2
        assert conflicts.open_conflicts(replica.store) == []
    assert a.snapshot() == b.snapshot()


def test_an_erasure_takes_the_responses_and_answers_from_every_laptop(replicas: Make) -> None:
    a, b = replicas(2)
    noor = participants.create_participant(a.store, first_name="Noor").id
    response = form_responses.start_response(a.store, noor, EVALUATION).id
    form_responses.set_answers(a.store, response, {"ging-goed": "Heel fijn gesprek"})
    sync_all([a, b])
    found = participants.list_participants(b.store, query="fijn")
    assert [p.first_name for p in found] == ["Noor"], "an open answer is searchable"
    erasure.erase(b.store, noor)
    sync_all([a, b])
    for replica in (a, b):
        assert participants.list_participants(replica.store, query="fijn") == []
        with replica.store.session() as s:
            assert s.get(FormTemplate, EVALUATION) is not None, "team data stays"
    assert a.snapshot() == b.snapshot()
