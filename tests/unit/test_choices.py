"""The codes of a choice column are listed once, in its declaration (``Synced.choices``):
services, import and the views' option lists accept exactly those."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

import pytest

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput
from jiu_desktop.models import (
    SYNCED_ENTITIES,
    Attendance,
    CareContact,
    ConsentRecord,
    Dream,
    DreamStep,
    FormResponse,
    ImprovementStep,
    Intake,
    MapPerson,
    Meeting,
    Outcome,
    Participant,
    Referral,
    SessionNote,
    SpiralAssessment,
    StatusChange,
    SyncEntity,
    Talent,
    TeamNote,
    choices_of,
)
from jiu_desktop.services import (
    attendance,
    consent,
    dreams,
    form_responses,
    intake,
    meetings,
    network_map,
    notes,
    outcomes,
    participants,
    spiral,
    talents,
    team,
    team_notes,
)
from jiu_desktop.services.changes import Added
from jiu_desktop.views import labels

Write = Callable[[Store, str], object]


def named(value: object) -> str:
    return str(getattr(value, "__tablename__", value))


def _participant(store: Store, code: str) -> object:
    return participants.create_participant(store, first_name="Noor", status=code)


def _referral(store: Store, code: str) -> object:
    person = participants.create_participant(store, first_name="Noor")
    return participants.add_referral(store, person.id, organisation="Werkplein", status=code)


def _note(store: Store, code: str) -> object:
    person = participants.create_participant(store, first_name="Noor")
    return notes.add_note(store, person.id, text="Gebeld", kind=code)


def _income(store: Store, code: str) -> object:
    person = participants.create_participant(store, first_name="Noor")
    return intake.save_intake(store, person.id, income=code)


def _talent(store: Store, code: str) -> object:
    person = participants.create_participant(store, first_name="Noor")
    return talents.add_talent(store, person.id, kind=code, text="Kan goed uitleggen")


def _consent_kind(store: Store, code: str) -> object:
    person = participants.create_participant(store, first_name="Noor")
    return consent.give_consent(store, person.id, code)


def _consent_decision(store: Store, code: str) -> object:
    person = participants.create_participant(store, first_name="Noor")
    return consent.record_consent(store, person.id, "contact_delen", code)


def _team_note(store: Store, code: str) -> object:
    return team_notes.add_team_note(store, kind=code, text="Intervisie over er op af")


def _on_a_map(store: Store, **fields: object) -> object:
    person = participants.create_participant(store, first_name="Noor")
    chart = network_map.start_map(store, person.id).row
    return network_map.add_person(store, chart.id, "moeder", **fields)


def _category(store: Store, code: str) -> object:
    return _on_a_map(store, category=code)


def _trust(store: Store, code: str) -> object:
    return _on_a_map(store, trust=code)


def _outcome(store: Store, code: str) -> object:
    added = _on_a_map(store)
    person = added.row
    step = network_map.add_step(store, person.id, "Samen koken").row
    return network_map.record_feedback(store, step.id, code, "Ging goed")


def _dream(store: Store, **fields: object) -> Added[Dream]:
    person = participants.create_participant(store, first_name="Noor")
    return dreams.add_dream(store, person.id, text="Kok worden", **fields)


def _dream_domain(store: Store, code: str) -> object:
    return _dream(store, life_domain=code)


def _dream_status(store: Store, code: str) -> object:
    return _dream(store, status=code)


def _dream_step_status(store: Store, code: str) -> object:
    dream = _dream(store).row
    return dreams.add_step(store, dream.id, "Meelopen", status=code)


def _respondent(store: Store, code: str) -> object:
    person = participants.create_participant(store, first_name="Noor")
    response = form_responses.start_response(
        store, person.id, "lsr-observatie-reflectie@1", respondent="coach"
    )
    return form_responses.update_response(store, response.id, {"respondent": code})


def _referral_source(store: Store, code: str) -> object:
    return participants.create_participant(store, first_name="Noor", referral_source=code)


def _left_reason(store: Store, code: str) -> object:
    person = participants.create_participant(store, first_name="Noor", status="afgehaakt")
    return participants.update_participant(store, person.id, left_reason=code)


def _outcome_kind(store: Store, code: str) -> object:
    person = participants.create_participant(store, first_name="Noor")
    return outcomes.add_outcome(store, person.id, kind=code)


def _spiral_domain(store: Store, code: str) -> object:
    person = participants.create_participant(store, first_name="Noor")
    return spiral.record_measurement(store, person.id, date.today(), steps={code: 1})


def _meeting_part(store: Store, code: str) -> object:
    group = team.create_group(store, "Voorjaar 2027").id
    made = meetings.add_meeting(store, group, held_on=date.today(), part=code)
    meetings.update_meeting(store, made.id, part=code)
    return meetings.make_roster(store, group, date.today(), 1, [0], "13:00", "15:30", part=code)


def _presence(store: Store, code: str) -> object:
    group = team.create_group(store, "Voorjaar 2027").id
    meeting = meetings.add_meeting(store, group, held_on=date.today()).id
    person = participants.create_participant(store, first_name="Noor")
    return attendance.mark(store, meeting, person.id, code)


#: Every declared choice column, and the service call that writes a code into it. A new
#: choice column fails ``test_every_choice_column_is_written_by_a_checked_service`` until
#: it is listed here.
WRITERS: dict[tuple[type[SyncEntity], str], Write] = {
    (Participant, "status"): _participant,
    (StatusChange, "status"): _participant,  # a status change records the new status
    (Referral, "status"): _referral,
    (SessionNote, "kind"): _note,
    (Intake, "income"): _income,
    (Talent, "kind"): _talent,
    (ConsentRecord, "kind"): _consent_kind,
    (ConsentRecord, "decision"): _consent_decision,
    (TeamNote, "kind"): _team_note,
    (MapPerson, "category"): _category,
    (MapPerson, "trust"): _trust,
    (ImprovementStep, "outcome"): _outcome,
    (Dream, "life_domain"): _dream_domain,
    (Dream, "status"): _dream_status,
    (DreamStep, "status"): _dream_step_status,
    (FormResponse, "respondent"): _respondent,
    (SpiralAssessment, "domain"): _spiral_domain,
    (Participant, "referral_source"): _referral_source,
    (Participant, "left_reason"): _left_reason,
    (Outcome, "kind"): _outcome_kind,
    (Meeting, "part"): _meeting_part,
    (Attendance, "presence"): _presence,
}


SetWrite = Callable[[Store, list[str]], str]


def _reach_by(store: Store, codes: list[str]) -> str:
    person = participants.create_participant(store, first_name="Noor")
    intake.save_intake(store, person.id, reach_by=codes)
    found = intake.get_intake(store, person.id)
    assert found is not None
    return found.reach_by


def _coach_subjects(store: Store, codes: list[str]) -> str:
    person = participants.create_participant(store, first_name="Noor")
    intake.save_intake(store, person.id, coach_subjects=codes)
    found = intake.get_intake(store, person.id)
    assert found is not None
    return found.coach_subjects


def _subjects(store: Store, codes: list[str]) -> str:
    person = participants.create_participant(store, first_name="Noor")
    made = intake.add_care_contact(store, person.id, organisation="Wijkteam", subjects=codes)
    return made.row.subjects


def _annotations(store: Store, codes: list[str]) -> str:
    added = _on_a_map(store, annotations=codes)
    return str(added.row.annotations)


#: Every declared choice set and the service call that writes codes into it.
SET_WRITERS: dict[tuple[type[SyncEntity], str], SetWrite] = {
    (Intake, "reach_by"): _reach_by,
    (Intake, "coach_subjects"): _coach_subjects,
    (CareContact, "subjects"): _subjects,
    (MapPerson, "annotations"): _annotations,
}


def test_every_choice_set_is_written_by_a_checked_service() -> None:
    declared = {(cls, column) for cls in SYNCED_ENTITIES for column in cls.sync.choice_sets}
    assert declared == set(SET_WRITERS)


@pytest.mark.parametrize(("entity", "column"), list(SET_WRITERS), ids=named)
def test_a_choice_set_holds_any_declared_codes_in_their_order_and_no_other(
    store: Store, entity: type[SyncEntity], column: str
) -> None:
    write = SET_WRITERS[(entity, column)]
    codes = choices_of(entity, column)
    assert write(store, []) == ""
    for code in codes:
        assert write(store, [code]) == code
    assert write(store, [*reversed(codes), codes[0]]) == " ".join(codes), "declared order"
    with pytest.raises(InvalidInput):
        write(store, [codes[0], "zz_niet_gedeclareerd"])


def declared_columns() -> set[tuple[type[SyncEntity], str]]:
    return {(cls, column) for cls in SYNCED_ENTITIES for column in cls.sync.choices}


def test_every_choice_column_is_written_by_a_checked_service() -> None:
    assert declared_columns() == set(WRITERS)


@pytest.mark.parametrize(("entity", "column"), list(WRITERS), ids=named)
def test_a_service_accepts_every_declared_code_and_no_other(
    store: Store, entity: type[SyncEntity], column: str
) -> None:
    write = WRITERS[(entity, column)]
    for code in choices_of(entity, column):
        write(store, code)
    with pytest.raises(InvalidInput):
        write(store, "zz_niet_gedeclareerd")


def test_a_status_change_holds_what_the_participant_may_hold() -> None:
    """Status changes are written from the participant's status, so their codes agree."""
    assert choices_of(StatusChange, "status") == choices_of(Participant, "status")


#: The columns a service checks itself (a status change follows its participant's).
CHECKED = [key for key in WRITERS if key[0] is not StatusChange]


@pytest.mark.parametrize(("entity", "column"), CHECKED, ids=named)
def test_a_code_added_or_removed_in_the_declaration_is_enough(
    store: Store, monkeypatch: pytest.MonkeyPatch, entity: type[SyncEntity], column: str
) -> None:
    """The services read the declaration itself, not a list of their own."""
    codes = choices_of(entity, column)
    changed = (*codes[1:], "zz_nieuw")
    monkeypatch.setattr(
        entity,
        "sync",
        dataclasses.replace(entity.sync, choices={**entity.sync.choices, column: changed}),
    )
    write = WRITERS[(entity, column)]
    write(store, "zz_nieuw")
    with pytest.raises(InvalidInput):
        write(store, codes[0])


def test_the_option_lists_of_the_views_are_the_declared_codes() -> None:
    shown = {
        (Participant, "status"): labels.status_choices(),
        (SessionNote, "kind"): labels.note_kind_choices(),
        (Referral, "status"): labels.referral_status_choices(),
        (TeamNote, "kind"): labels.team_note_kind_choices(),
        (Talent, "kind"): labels.talent_kind_choices(),
    }
    for (entity, column), options in shown.items():
        assert [code for code, _label in options] == list(choices_of(entity, column))
        assert all(label != code for code, label in options), "every code has its label"


def test_a_choice_set_is_declared_by_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    from jiu_desktop.models import check_declarations

    declared = CareContact.sync
    for sets, problem in (
        ({"created_at": ("x",)}, "care_contact.created_at is declared as a choice set but"),
        ({"reach": ("x",)}, "care_contact.reach is a choice set, so it cannot be free text"),
        ({"subjects": ("twee woorden",)}, "care_contact.subjects needs its choice sets as a"),
        ({"subjects": ()}, "care_contact.subjects needs its choice sets as a tuple"),
    ):
        with monkeypatch.context() as patch:
            patch.setattr(CareContact, "sync", dataclasses.replace(declared, choice_sets=sets))
            assert [p for p in check_declarations() if p.startswith(problem)], sets
    both = dataclasses.replace(declared, choices={"subjects": ("wonen",)})
    with monkeypatch.context() as patch:
        patch.setattr(CareContact, "sync", both)
        assert "care_contact.subjects cannot be a choice and a choice set at once" in (
            check_declarations()
        )
    assert check_declarations() == []
