"""Form responses, answers, versions and growth through the services (``docs/forms.md``)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.models import (
    ChangeLogEntry,
    Dream,
    FormAnswer,
    FormResponse,
    FormTemplate,
    choices_of,
)
from jiu_desktop.models.forms import RESPONDENTS
from jiu_desktop.paths import RESOURCES
from jiu_desktop.services import (
    coach_reflections,
    dreams,
    form_catalogue,
    form_growth,
    form_handover,
    form_responses,
    participants,
)
from jiu_desktop.services.form_definition import Question

EVALUATION = "evaluatie-bijeenkomst@1"
LSR = "lsr-observatie-reflectie@1"


def noor(store: Store) -> str:
    return participants.create_participant(store, first_name="Noor").id


def log_count(store: Store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(ChangeLogEntry)) or 0)


def test_the_built_in_templates_are_listed_without_writing(store: Store) -> None:
    before = log_count(store)
    found = form_catalogue.catalogue(store)
    assert {t.slug for t in found.latest()} >= {
        "evaluatie-bijeenkomst",
        "lsr-observatie-reflectie",
        "spelvoorbereiding",
        "van-betekenis-zijn",
        "coach-reflectie",
    }
    assert found.problems == ()
    assert log_count(store) == before
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(FormTemplate)) == 0


def test_the_schema_names_the_declared_respondents() -> None:
    schema = json.loads((RESOURCES / "forms" / "schema" / "template.schema.json").read_text())
    listed = schema["properties"]["respondents"]["items"]["enum"]
    assert tuple(listed) == RESPONDENTS == choices_of(FormResponse, "respondent")


def test_a_first_response_writes_the_built_in_row_under_its_fixed_id(store: Store) -> None:
    response = form_responses.start_response(store, noor(store), EVALUATION)
    with store.session() as s:
        row = s.get(FormTemplate, EVALUATION)
        assert row is not None and row.published and row.source == "ingebouwd"
    assert response.changes.touches(FormTemplate)
    form_responses.start_response(store, noor(store), EVALUATION)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(FormTemplate)) == 1


def test_answers_of_every_type_are_kept_and_read_back(store: Store) -> None:
    pid = noor(store)
    rid = form_responses.start_response(store, pid, "kennismaking@1").id
    form = form_responses.filled_form(store, rid)
    by_type: dict[str, Question] = {}
    for question in form.definition.questions():
        by_type.setdefault(question.type, question)
    values: dict[str, object] = {}
    for kind, question in by_type.items():
        if kind == "open":
            values[question.key] = "Ik help mijn oom"
        elif kind == "yesno":
            values[question.key] = True
        elif kind == "choice":
            values[question.key] = question.options[1].key
        elif kind == "multi":
            values[question.key] = (question.options[1].key, question.options[0].key)
        elif kind == "scale":
            values[question.key] = 4
        elif kind == "date":
            values[question.key] = date(2026, 12, 1)
    form_responses.set_answers(store, rid, values)  # type: ignore[arg-type]
    got = form_responses.filled_form(store, rid).answers
    for key, value in values.items():
        kind = form.definition.question(key).type  # type: ignore[union-attr]
        if kind == "multi":
            options = [o.key for o in form.definition.question(key).options]  # type: ignore[union-attr]
            assert got[key] == tuple(sorted(value, key=options.index))  # type: ignore[arg-type]
        else:
            assert got[key] == value
    form_responses.set_answers(store, rid, dict.fromkeys(values))
    assert form_responses.filled_form(store, rid).answers == {}


@pytest.mark.parametrize(
    ("key", "value"),
    [("hoe-was-het", 6), ("hoe-was-het", True), ("hoe-was-het", "4"), ("bestaat-niet", "x")],
)
def test_a_wrong_answer_is_refused_and_changes_nothing(
    store: Store, key: str, value: object
) -> None:
    rid = form_responses.start_response(store, noor(store), EVALUATION).id
    form_responses.set_answers(store, rid, {"ging-goed": "Samen koken"})
    before = log_count(store)
    with pytest.raises(InvalidInput):
        form_responses.set_answers(store, rid, {"ging-goed": "Anders", key: value})  # type: ignore[dict-item]
    assert log_count(store) == before
    assert form_responses.filled_form(store, rid).answers == {"ging-goed": "Samen koken"}


def test_a_respondent_the_form_does_not_have_is_refused(store: Store) -> None:
    with pytest.raises(InvalidInput):
        form_responses.start_response(store, noor(store), EVALUATION, respondent="trainer")
    with pytest.raises(InvalidInput):
        form_responses.start_response(store, noor(store), "coach-reflectie@1")
    peer = form_responses.start_response(store, noor(store), LSR, respondent="groepsgenoot")
    assert peer.row.respondent == "groepsgenoot"


def test_publishing_v2_leaves_v1_responses_with_v1_questions(store: Store) -> None:
    pid = noor(store)
    v1 = form_responses.start_response(store, pid, EVALUATION).id
    form_responses.set_answers(store, v1, {"hoe-was-het": 2, "neem-mee": "Rust"})
    draft = form_catalogue.next_version_draft(store, EVALUATION).row
    base = form_catalogue.get_template(store, draft.id).definition
    first, *rest = base.sections
    kept = tuple(q for q in first.questions if q.key != "neem-mee")
    renamed = tuple(
        replace(q, text="Hoe was het vandaag?") if q.key == "hoe-was-het" else q for q in kept
    )
    form_catalogue.save_draft(
        store, draft.id, replace(base, sections=(replace(first, questions=renamed), *rest))
    )
    published = form_catalogue.publish(store, draft.id, "Sanne").row
    assert (published.version, published.published_by) == (2, "Sanne")
    latest = {t.slug: t for t in form_catalogue.catalogue(store).latest()}
    assert latest["evaluatie-bijeenkomst"].id == published.id, "the newest is the default"
    old = form_responses.filled_form(store, v1)
    assert old.definition.version == 1
    assert old.definition.question("hoe-was-het").text == "Hoe vond je de bijeenkomst van vandaag?"  # type: ignore[union-attr]
    assert old.answers == {"hoe-was-het": 2, "neem-mee": "Rust"}
    v2 = form_responses.start_response(store, pid, published.id).id
    with pytest.raises(InvalidInput):
        form_responses.set_answers(store, v2, {"neem-mee": "Rust"})
    with pytest.raises(InvalidInput):
        form_catalogue.save_draft(store, published.id, base)
    assert form_catalogue.get_template(store, draft.id).version == 3, "the draft moves on"


def test_two_versions_with_one_number_are_told_apart_by_who_published(store: Store) -> None:
    first = form_catalogue.next_version_draft(store, EVALUATION).row
    second = form_catalogue.next_version_draft(store, EVALUATION).row
    with store.session() as s:  # as if two coordinators each made v2 offline
        s.get(FormTemplate, second.id).version = 2  # type: ignore[union-attr]
    a = form_catalogue.publish(store, first.id, "Sanne").row
    b = form_catalogue.publish(store, second.id, "Henk").row
    labels = form_catalogue.catalogue(store).labels()
    assert (labels[a.id], labels[b.id], labels[EVALUATION]) == ("v2 (Sanne)", "v2 (Henk)", "v1")


def test_a_copy_gets_its_own_name_and_keeps_the_keys(store: Store) -> None:
    copy = form_catalogue.new_draft(store, EVALUATION).row
    definition = form_catalogue.get_template(store, copy.id).definition
    assert definition.slug != "evaluatie-bijeenkomst" and definition.version == 1
    assert [q.key for q in definition.questions()][:1] == ["hoe-was-het"]
    empty = form_catalogue.new_draft(store, title="Terugblik").row
    assert empty.slug == "terugblik"
    form_catalogue.delete_draft(store, empty.id)
    assert [d.slug for d in form_catalogue.drafts(store)] == [copy.slug]
    with pytest.raises(NotFound):
        form_catalogue.save_draft(store, empty.id, definition)


def test_growth_joins_scale_answers_on_their_key_over_time(store: Store) -> None:
    pid = noor(store)
    for week, score in enumerate([2, 3, 3, 5]):
        rid = form_responses.start_response(
            store, pid, LSR, filled_on=date(2026, 10, 5 + 7 * week), respondent="trainer"
        ).id
        form_responses.set_answers(store, rid, {"houding": score, "inhoud": min(score + 1, 5)})
    own = form_responses.start_response(store, pid, LSR, filled_on=date(2026, 10, 20)).id
    form_responses.set_answers(store, own, {"houding": 4})
    lines = {line.key: line for line in form_growth.growth(store, pid, "lsr-observatie-reflectie")}
    assert [p.value for p in lines["houding"].points] == [2, 3, 3, 4, 5]
    assert [p.value for p in lines["inhoud"].points] == [3, 4, 4, 5]
    assert lines["presentatie"].points == ()
    trainer = form_growth.growth(store, pid, "lsr-observatie-reflectie", respondent="trainer")
    assert [p.value for p in trainer[0].points] == [2, 3, 3, 5]


def test_answers_are_one_row_per_question_with_the_participant(store: Store) -> None:
    pid = noor(store)
    rid = form_responses.start_response(store, pid, EVALUATION).id
    form_responses.set_answers(store, rid, {"ging-goed": "Koken", "hoe-was-het": 5})
    form_responses.set_answers(store, rid, {"ging-goed": "Samen koken"})
    with store.session() as s:
        rows = s.scalars(select(FormAnswer).order_by(FormAnswer.question_key)).all()
        assert [(r.question_key, r.participant_id) for r in rows] == [
            ("ging-goed", pid),
            ("hoe-was-het", pid),
        ]
        assert rows[1].value_json == json.dumps(5)
    form_responses.delete_response(store, rid)
    assert form_responses.responses_of(store, pid) == []
    with store.session() as s:
        assert all(r.deleted for r in s.scalars(select(FormAnswer)))


def test_a_coach_reflection_stays_local_until_shared(store: Store) -> None:
    rid = coach_reflections.start_reflection(store, "coach-reflectie@1", date(2026, 11, 30))
    before = log_count(store)
    coach_reflections.set_reflection_answers(store, rid, {"buiten-beeld-goed": "Er op af"})
    assert log_count(store) == before, "nothing of it is in the change log"
    [found] = coach_reflections.reflections(store)
    assert (found.answers, found.shared) == ({"buiten-beeld-goed": "Er op af"}, False)
    coach_reflections.share_reflection(store, rid)
    assert log_count(store) > before
    coach_reflections.set_reflection_answers(store, rid, {"buiten-beeld-goed": "Langsgaan"})
    [found] = coach_reflections.reflections(store)
    assert found.shared and found.answers == {"buiten-beeld-goed": "Langsgaan"}
    coach_reflections.unshare_reflection(store, rid)
    assert not coach_reflections.reflections(store)[0].shared
    with pytest.raises(InvalidInput):
        coach_reflections.start_reflection(store, EVALUATION)


def test_van_betekenis_zijn_hands_its_answers_over_to_a_dream_tin(store: Store) -> None:
    pid = noor(store)
    rid = form_responses.start_response(store, pid, "van-betekenis-zijn@1").id
    with pytest.raises(InvalidInput):
        form_handover.start_dream_tin(store, rid)
    form_responses.set_answers(
        store,
        rid,
        {
            "wil-van-betekenis": "Bij mijn buurvrouw",
            "stap": "Vragen of ik boodschappen kan doen",
            "wanneer": date(2026, 12, 14),
        },
    )
    made = form_handover.start_dream_tin(store, rid)
    [card] = dreams.dream_cards(store, pid)
    assert (card.dream.text, card.dream.life_domain) == ("Bij mijn buurvrouw", "zingeving")
    assert card.current is not None
    assert (card.current.text, card.current.best_before) == (
        "Vragen of ik boodschappen kan doen",
        date(2026, 12, 14),
    )
    assert made.changes.touches(Dream)
    evaluation = form_responses.start_response(store, pid, EVALUATION).id
    assert form_handover.handover(store, evaluation) is None


def test_a_version_this_laptop_cannot_read_is_listed_and_refused_not_a_crash(
    store: Store,
) -> None:
    pid = noor(store)
    rid = form_responses.start_response(store, pid, LSR).id
    form_responses.set_answers(store, rid, {"houding": 3})
    with store.session() as s:  # as a newer JIU Desktop might write it
        s.add(
            FormTemplate(
                id="nieuw@1",
                slug="nieuw",
                title="Nieuw soort formulier",
                definition='{"schema": 2, "pages": []}',
                published=True,
            )
        )
        s.flush()
        s.add(FormResponse(participant_id=pid, template_id="nieuw@1", filled_on=date.today()))
    listed = form_responses.responses_of(store, pid)
    assert {r.title for r in listed} == {
        "Nieuw soort formulier",
        "Observatie en reflectie: een spel leiden",
    }
    newer = next(r for r in listed if r.slug == "nieuw")
    assert (newer.answered, newer.questions) == (0, 0)
    with pytest.raises(InvalidInput):
        form_responses.set_answers(store, newer.id, {"x": "y"})
    with pytest.raises(NotFound):
        form_responses.filled_form(store, newer.id)
    assert [p.value for p in form_growth.growth(store, pid, LSR.split("@")[0])[0].points] == [3]
    assert "nieuw" not in {t.slug for t in form_catalogue.catalogue(store).versions}


def test_a_form_for_a_meeting_is_dated_on_its_day_and_can_be_moved(store: Store) -> None:
    from jiu_desktop.models import Meeting
    from jiu_desktop.services import team

    person = noor(store)
    group = team.create_group(store, "Voorjaar 2027").id
    with store.session() as s:
        first = Meeting(group_id=group, held_on=date(2027, 3, 2), starts_at="13:00")
        second = Meeting(group_id=group, held_on=date(2027, 3, 4), starts_at="13:00")
        gone = Meeting(group_id=group, held_on=date(2027, 3, 9), starts_at="13:00", deleted=True)
        s.add_all([first, second, gone])
    response = form_responses.start_response(store, person, EVALUATION, meeting_id=first.id)
    assert (response.row.meeting_id, response.row.filled_on) == (first.id, date(2027, 3, 2))
    later = form_responses.start_response(
        store, person, EVALUATION, meeting_id=first.id, filled_on=date(2027, 3, 3)
    )
    assert later.row.filled_on == date(2027, 3, 3), "filled in the day after"
    form_responses.update_response(store, response.id, {"meeting_id": second.id})
    with store.session() as s:
        assert s.get_one(FormResponse, response.id).meeting_id == second.id
    for wrong in (gone.id, "m-nope"):
        with pytest.raises(NotFound):
            form_responses.start_response(store, person, EVALUATION, meeting_id=wrong)
        with pytest.raises(NotFound):
            form_responses.update_response(store, response.id, {"meeting_id": wrong})
    form_responses.update_response(store, response.id, {"meeting_id": None})
    with store.session() as s:
        assert s.get_one(FormResponse, response.id).meeting_id is None
