"""What the template editor and the reflections page need of the services: question keys
made from their text, the keys a template ever used, the editor's edits of a definition,
and the reflections colleagues shared."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput
from jiu_desktop.models import Coach, SharedReflection
from jiu_desktop.services import coach_reflections, form_catalogue
from jiu_desktop.services.form_catalogue import question_key
from jiu_desktop.services.form_definition import FormDefinition, FormSection, HandsOver
from jiu_desktop.views.form_admin import edits

EVALUATION = "evaluatie-bijeenkomst@1"


def test_a_question_key_is_readable_and_unique() -> None:
    assert question_key("Hoe ging het vandaag?", set()) == "hoe-ging-het-vandaag"
    assert question_key("Wat wil je nog kwijt over de stage bij de bakker?", set()) == (
        "wat-wil-je-nog-kwijt"
    )
    assert question_key("Ben je tevreden over je coach één?", set()) == "ben-je-tevreden-over-je"
    assert question_key("Creëer een idee", set()) == "creeer-een-idee"
    assert question_key("Wat ging goed?", {"wat-ging-goed", "wat-ging-goed-2"}) == (
        "wat-ging-goed-3"
    )
    assert question_key("?!", set()) == "vraag"


def test_the_keys_in_use_include_those_an_earlier_version_dropped(store: Store) -> None:
    draft = form_catalogue.next_version_draft(store, EVALUATION).row
    base = form_catalogue.get_template(store, draft.id).definition
    first = base.sections[0]
    kept = tuple(q for q in first.questions if q.key != "neem-mee")
    form_catalogue.save_draft(
        store, draft.id, replace(base, sections=(replace(first, questions=kept),))
    )
    assert "neem-mee" in form_catalogue.keys_in_use(store, "evaluatie-bijeenkomst")
    assert form_catalogue.keys_in_use(store, "bestaat-niet") == set()


def two_parts() -> FormDefinition:
    a = edits.new_question("open", "Wat ging goed?", set())
    b = edits.new_question("scale", "Hoe was het?", {a.key})
    c = edits.new_question("yesno", "Kom je terug?", {a.key, b.key})
    return FormDefinition(
        "f",
        1,
        "Formulier",
        sections=(FormSection("Een", questions=(a, b)), FormSection("Twee", questions=(c,))),
    )


def test_a_question_moved_past_its_part_goes_into_the_next() -> None:
    form = two_parts()
    moved, place = edits.moved_question(form, 0, 1, 1)
    assert place == (1, 0)
    assert [q.key for q in moved.sections[1].questions] == ["hoe-was-het", "kom-je-terug"]
    back, place = edits.moved_question(moved, 1, 0, -1)
    assert back == form and place == (0, 1)
    same, place = edits.moved_question(form, 0, 0, -1)
    assert same == form and place == (0, 0), "the first question stays first"


def test_the_last_part_and_a_dream_answer_stay() -> None:
    form = two_parts()
    one, _ = edits.deleted_section(form, 1)
    with pytest.raises(InvalidInput):
        edits.deleted_section(one, 0)
    dreaming = replace(form, hands_over=HandsOver("wat-ging-goed"))
    with pytest.raises(InvalidInput):
        edits.deleted_question(dreaming, 0, 0)
    with pytest.raises(InvalidInput):
        edits.deleted_section(dreaming, 0)


def test_an_empty_part_is_not_stored_and_a_choice_keeps_two_options() -> None:
    form, place = edits.added_section(two_parts(), 0, "Nieuw")
    assert place == (1, None) and len(form.sections) == 3
    assert [s.title for s in edits.stored_form(form).sections] == ["Een", "Twee"]
    choice = edits.new_question("choice", "Wat kies je?", set())
    assert len(choice.options) == 2 and choice.options[0].key != choice.options[1].key
    form, (s, q) = edits.added_question(form, (1, None), choice)
    assert q is not None
    with pytest.raises(InvalidInput):
        edits.deleted_option(form, s, q, 0)
    renamed = edits.changed_option(form, s, q, 0, "Koken")
    option = renamed.sections[s].questions[q].options[0]
    assert (option.key, option.text) == (choice.options[0].key, "Koken"), "the key stays"
    assert not edits.empty_texts(renamed)
    assert edits.empty_texts(edits.changed_option(form, s, q, 0, " "))


def test_colleagues_shared_reflections_are_listed_with_their_name(store: Store) -> None:
    own = coach_reflections.start_reflection(store, "coach-reflectie@1", date(2026, 11, 2))
    coach_reflections.set_reflection_answers(store, own, {"intervisie": "Grenzen stellen"})
    coach_reflections.share_reflection(store, own)
    with store.session() as s:
        henk = Coach(name="Henk")
        s.add(henk)
        s.flush()
        s.add(
            SharedReflection(
                template_id="coach-reflectie@1",
                filled_on=date(2026, 11, 20),
                coach_id=henk.id,
                answers='{"intervisie": ["Er op af in de wijk", ""]}',
            )
        )
    [shared] = coach_reflections.shared_by_colleagues(store)
    assert (shared.coach_name, shared.filled_on) == ("Henk", date(2026, 11, 20))
    assert shared.answers == {"intervisie": "Er op af in de wijk"}
    assert shared.template.id == "coach-reflectie@1"
    with store.session() as s:
        s.get(SharedReflection, shared.id).deleted = True  # type: ignore[union-attr]
    assert coach_reflections.shared_by_colleagues(store) == []
