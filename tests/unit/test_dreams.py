"""The dream tin's services: dreams and steps, the current step, taking a step, a helper
from the network map, and the agenda of what comes up."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.models import ChangeLogEntry, DreamStep
from jiu_desktop.services import agenda, dreams, network_map, notes, participants, team

TODAY = date.today()


def log_count(store: Store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(ChangeLogEntry)) or 0)


def noor(store: Store, **fields: object) -> str:
    return participants.create_participant(store, first_name="Noor", **fields).row.id


def test_a_dream_has_its_area_date_and_status(store: Store) -> None:
    pid = noor(store)
    dream = dreams.add_dream(store, pid, text=" Kok worden ", life_domain="werk").row
    assert (dream.text, dream.life_domain, dream.started_on) == ("Kok worden", "werk", TODAY)
    assert (dream.status, dream.share_with_group) == ("actief", False)
    dreams.update_dream(store, dream.id, status="uitgekomen", share_with_group=True)
    [card] = dreams.dream_cards(store, pid)
    assert (card.dream.status, card.dream.share_with_group) == ("uitgekomen", True)
    assert card.steps == () and card.current is None


@pytest.mark.parametrize(
    "fields",
    [
        {"life_domain": "geld"},
        {"status": "mislukt"},
        {"started_on": TODAY + timedelta(days=1)},
        {"started_on": "morgen"},
        {"colour": "blauw"},
    ],
)
def test_a_bad_dream_is_refused_and_nothing_is_written(
    store: Store, fields: dict[str, object]
) -> None:
    pid = noor(store)
    before = log_count(store)
    with pytest.raises(InvalidInput):
        dreams.add_dream(store, pid, text="Kok worden", **fields)
    assert log_count(store) == before
    assert dreams.dream_cards(store, pid) == []


def test_the_quick_picks_are_life_domains() -> None:
    from jiu_desktop.models import LIFE_DOMAINS

    assert set(dreams.QUICK_PICKS.values()) <= set(LIFE_DOMAINS)
    assert list(dreams.QUICK_PICKS) == ["wonen", "werk", "scholing", "relatie", "gezondheid"]


def test_the_current_step_is_the_latest_open_one_else_the_latest(store: Store) -> None:
    dream = dreams.add_dream(store, noor(store), text="Eigen foodtruck").row
    first = dreams.add_step(store, dream.id, "Meelopen bij oom").row
    second = dreams.add_step(store, dream.id, "Cv maken").row
    assert dreams.dream_cards(store, dream.participant_id)[0].current.id == second.id  # type: ignore[union-attr]
    dreams.take_step(store, second.id)
    assert dreams.dream_cards(store, dream.participant_id)[0].current.id == first.id  # type: ignore[union-attr]
    dreams.update_step(store, first.id, status="bijgesteld")
    card = dreams.dream_cards(store, dream.participant_id)[0]
    assert card.current is not None and card.current.id == second.id, "none open: the latest"
    assert [s.id for s in card.steps] == [first.id, second.id]


def test_taking_a_step_records_the_day_and_their_words(store: Store) -> None:
    dream = dreams.add_dream(store, noor(store), text="Rijbewijs").row
    step = dreams.add_step(store, dream.id, "Theorieboek lenen", best_before=TODAY).row
    dreams.take_step(store, step.id, reflection="Van mijn neef gekregen")
    [taken] = dreams.dream_cards(store, dream.participant_id)[0].steps
    assert (taken.status, taken.taken_on, taken.reflection) == (
        "gezet",
        TODAY,
        "Van mijn neef gekregen",
    )
    with pytest.raises(InvalidInput):
        dreams.take_step(store, step.id, on=TODAY + timedelta(days=2))


def test_a_step_needs_words_and_a_known_status(store: Store) -> None:
    dream = dreams.add_dream(store, noor(store), text="Rijbewijs").row
    before = log_count(store)
    for fields in ({"text": "  "}, {"text": "x", "status": "niet_gelukt"}):
        with pytest.raises(InvalidInput):
            dreams.add_step(store, dream.id, **fields)  # type: ignore[arg-type]
    assert log_count(store) == before


def test_a_helper_from_the_map_keeps_their_name_after_leaving_the_map(store: Store) -> None:
    pid = noor(store)
    chart = network_map.start_map(store, pid).row
    aunt = network_map.add_person(store, chart.id, "tante Ria", category="familie").row
    assert [p.label for p in dreams.map_helpers(store, pid)] == ["tante Ria"]
    dream = dreams.add_dream(store, pid, text="Kok worden").row
    step = dreams.add_step(store, dream.id, "Meekoken", helper_person_id=aunt.id).row
    assert (step.helper_lineage_id, step.helper_text) == (aunt.person_key, "tante Ria")
    network_map.update_person(store, aunt.id, label="Ria")
    assert dreams.helper_label(store, step) == "Ria", "the map's name while on the map"
    later = network_map.new_version(store, pid).row
    [copy] = network_map.persons(store, later.id)
    network_map.delete_person(store, copy.id)
    assert dreams.helper_label(store, step) == "tante Ria", "the copy once gone from the map"


def test_a_helper_from_another_participants_map_is_refused(store: Store) -> None:
    other = participants.create_participant(store, first_name="Sem").row.id
    chart = network_map.start_map(store, other).row
    brother = network_map.add_person(store, chart.id, "broer").row
    dream = dreams.add_dream(store, noor(store), text="Kok worden").row
    with pytest.raises(InvalidInput):
        dreams.add_step(store, dream.id, "Meekoken", helper_person_id=brother.id)


def test_deleting_a_dream_takes_its_steps(store: Store) -> None:
    dream = dreams.add_dream(store, noor(store), text="Kok worden").row
    step = dreams.add_step(store, dream.id, "Meekoken").row
    dreams.delete_dream(store, dream.id)
    with store.session() as s:
        assert s.get(DreamStep, step.id).deleted  # type: ignore[union-attr]
    assert dreams.dream_cards(store, dream.participant_id) == []
    with pytest.raises(NotFound):
        dreams.get_dream(store, dream.id)


def test_steps_due_within_a_week_or_past_are_on_the_agenda(store: Store) -> None:
    sanne = team.create_coach(store, "Sanne").row
    pid = noor(store, coach_id=sanne.id)
    dream = dreams.add_dream(store, pid, text="Kok worden").row
    past = dreams.add_step(store, dream.id, "Past", best_before=TODAY - timedelta(days=2)).row
    soon = dreams.add_step(store, dream.id, "Soon", best_before=TODAY + timedelta(days=7)).row
    dreams.add_step(store, dream.id, "Later", best_before=TODAY + timedelta(days=8))
    dreams.add_step(store, dream.id, "Undated")
    taken = dreams.add_step(store, dream.id, "Taken", best_before=TODAY).row
    dreams.take_step(store, taken.id)
    let_go = dreams.add_dream(store, pid, text="Voetballer", status="losgelaten").row
    dreams.add_step(store, let_go.id, "Proeftraining", best_before=TODAY)
    due = agenda.due_steps(store)
    assert [(i.item_id, i.kind) for i in due] == [(past.id, "dream_step"), (soon.id, "dream_step")]
    assert due[0].first_name == "Noor"
    assert agenda.due_steps(store, coach_id=sanne.id) == due
    other = team.create_coach(store, "Joris").row
    assert agenda.due_steps(store, coach_id=other.id) == []
    assert [i.text for i in agenda.due_steps(store, days=8)][-1] == "Later"


def test_the_agenda_is_one_list_of_follow_ups_and_steps_by_date(store: Store) -> None:
    pid = noor(store)
    dream = dreams.add_dream(store, pid, text="Kok worden").row
    dreams.add_step(store, dream.id, "Meelopen", best_before=TODAY + timedelta(days=3))
    notes.add_note(store, pid, text="Gesprek", follow_up="Bellen", follow_up_due=TODAY)
    notes.add_note(store, pid, text="Gesprek", follow_up="Mailen")
    notes.add_note(
        store, pid, text="Gesprek", follow_up="Langsgaan", follow_up_due=TODAY + timedelta(5)
    )
    items = agenda.agenda(store)
    assert [(i.kind, i.text) for i in items] == [
        ("follow_up", "Bellen"),
        ("dream_step", "Meelopen"),
        ("follow_up", "Langsgaan"),
        ("follow_up", "Mailen"),
    ]
