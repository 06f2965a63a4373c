"""Every write of a syncable field lands in change_log, field by field, with an HLC stamp."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from jiu_desktop.db.store import Store
from jiu_desktop.models import (
    SYNCED_ENTITIES,
    Attendance,
    CareContact,
    ChangeLogEntry,
    Coach,
    ConsentRecord,
    Dream,
    DreamStep,
    FormAnswer,
    FormResponse,
    FormTemplate,
    Group,
    GroupMembership,
    ImprovementStep,
    Intake,
    MapPerson,
    Meeting,
    NetworkMap,
    Outcome,
    Participant,
    Quote,
    Referral,
    SessionNote,
    SharedReflection,
    SpiralAssessment,
    SpiralCriterionCheck,
    StatusChange,
    SyncEntity,
    Talent,
    TeamNote,
    TeamSettings,
)
from jiu_desktop.models.intake import intake_id

# A valid instance of each entity and one edit per field, for the field-by-field walk.
P = "p-1"
M = "m-1"  # the map that a sample person is on
D = "d-1"  # the dream that a sample step belongs to
T = "t-1"  # the form template a sample response answers
R = "r-1"  # the form response a sample answer belongs to
G = "g-1"  # the group a sample meeting belongs to
MT = "mt-1"  # the meeting a sample attendance mark is for
SA = "sa-1"  # the spiral measurement a sample criterion tick belongs to
SAMPLES: dict[type[SyncEntity], tuple[dict[str, Any], dict[str, Any]]] = {
    Participant: (
        {"id": P, "first_name": "Noor", "last_name": "Bakker", "date_of_birth": date(2001, 4, 9)},
        {
            "first_name": "Nora",
            "last_name": "de Bakker",
            "date_of_birth": date(2001, 4, 10),
            "phone": "06-12345678",
            "email": "noor@example.nl",
            "address": "Dorpsstraat 1, Renkum",
            "referrer": "jongerenwerk",
            "referral_source": "jongerenwerk",
            "left_reason": "verhuisd",
            "intake_date": date(2026, 9, 1),
            "status": "actief",
            "remarks": "Houdt van voetbal",
        },
    ),
    StatusChange: (
        {"participant_id": P, "status": "intake", "changed_on": date(2026, 9, 1)},
        {"status": "actief", "changed_on": date(2026, 9, 8)},
    ),
    Referral: (
        {"participant_id": P, "organisation": "Schuldhulp"},
        {
            "organisation": "Werkplein",
            "referred_on": date(2026, 10, 1),
            "status": "loopt",
            "note": "x",
        },
    ),
    SessionNote: (
        {"participant_id": P, "note_date": date(2026, 10, 2), "text": "Eerste gesprek"},
        {
            "note_date": date(2026, 10, 3),
            "kind": "telefonisch",
            "text": "Gebeld",
            "follow_up": "Afspraak maken",
            "follow_up_due": date(2026, 10, 9),
            "follow_up_done": True,
        },
    ),
    Group: (
        {"name": "Voorjaar 2027"},
        {"name": "Najaar 2027", "starts_on": date(2027, 9, 1), "attendance_rule": "80%"},
    ),
    Coach: (
        {"name": "Sanne"},
        {"name": "Sanne de Vries", "email": "s@example.nl", "phone": "0317"},
    ),
    TeamNote: (
        {"note_date": date(2026, 11, 2), "text": "Planning van de week"},
        {"note_date": date(2026, 11, 3), "kind": "planning", "text": "Nieuwe planning"},
    ),
    Intake: (
        {"id": intake_id(P), "participant_id": P, "days_now": "Slaapt veel"},
        {
            "days_now": "Helpt in de snackbar",
            "income": "uitkering",
            "has_computer": True,
            "has_email": True,
            "social_services_permission_needed": True,
            "social_services_permission_given": True,
            "verbinder_name": "Karim",
            "verbinder_reach": "06-11122233",
            "parent_contact": True,
            "parent_who": "moeder",
            "parent_contact_allowed": True,
            "reach_by": "appen langsgaan",
            "coach_subjects": "werk",
        },
    ),
    CareContact: (
        {"participant_id": P, "organisation": "Wijkteam"},
        {"organisation": "Schuldhulp", "first_name": "Petra", "reach": "06", "subjects": "inkomen"},
    ),
    Talent: (
        {"participant_id": P, "text": "Kan goed uitleggen", "noted_on": date(2026, 9, 9)},
        {"kind": "succes", "text": "Op tijd", "noted_on": date(2026, 9, 10)},
    ),
    ConsentRecord: (
        {
            "participant_id": P,
            "kind": "contact_delen",
            "decision": "gegeven",
            "recorded_on": date(2026, 9, 1),
        },
        {"decision": "ingetrokken", "recorded_on": date(2026, 9, 2), "wording_version": "v1"},
    ),
    GroupMembership: (
        {"participant_id": P, "from_date": date(2026, 9, 7)},
        {"from_date": date(2026, 9, 8), "to_date": date(2026, 12, 4)},
    ),
    NetworkMap: (
        {"participant_id": P, "drawn_on": date(2026, 10, 6)},
        {"drawn_on": date(2026, 10, 7), "backdrop": True, "note": "Samen getekend"},
    ),
    MapPerson: (
        {"participant_id": P, "map_id": M, "person_key": "k-1", "label": "moeder"},
        {
            "label": "mama",
            "category": "familie",
            "annotations": "ruzie",
            "own_words": "soms",
            "coach_note": "x",
            "position": "-40 -20",
            "strength": 4,
            "trust": "wederzijds",
            "improve": True,
        },
    ),
    ImprovementStep: (
        {"participant_id": P, "person_key": "k-1", "what": "Samen koken"},
        {
            "what": "Samen eten",
            "with_whom": "zus",
            "planned_on": date(2026, 10, 20),
            "outcome": "gelukt",
            "feedback": "Ging goed",
            "feedback_on": date(2026, 10, 21),
        },
    ),
    Dream: (
        {"participant_id": P, "text": "Kok worden", "started_on": date(2026, 10, 6)},
        {
            "text": "Kok worden in een restaurant",
            "life_domain": "werk",
            "started_on": date(2026, 10, 7),
            "share_with_group": True,
            "status": "uitgekomen",
        },
    ),
    DreamStep: (
        {"participant_id": P, "dream_id": D, "text": "Meelopen"},
        {
            "text": "Een dag meelopen",
            "best_before": date(2026, 10, 20),
            "helper_lineage_id": "k-1",
            "helper_text": "tante Ria",
            "status": "gezet",
            "taken_on": date(2026, 10, 19),
            "reflection": "Ging goed",
        },
    ),
    FormTemplate: (
        {"slug": "terugblik", "title": "Terugblik", "definition": "{}"},
        {
            "slug": "terugblik-2",
            "version": 2,
            "title": "Terugblik op de week",
            "definition": '{"slug": "terugblik-2"}',
            "published": True,
            "source": "ingebouwd",
            "published_by": "Sanne",
        },
    ),
    FormResponse: (
        {"participant_id": P, "template_id": T, "filled_on": date(2026, 10, 6)},
        {
            "filled_on": date(2026, 10, 7),
            "respondent": "trainer",
            "from_paper": True,
            "complete": True,
            "meeting_id": MT,
        },
    ),
    FormAnswer: (
        {"id": "a-1", "participant_id": P, "response_id": R, "question_key": "tip"},
        {"question_key": "ging-goed", "value_text": "Het samen doen", "value_json": "4"},
    ),
    SharedReflection: (
        {"template_id": T, "filled_on": date(2026, 10, 6)},
        {"filled_on": date(2026, 10, 7), "answers": '{"ging-goed": ["Rust", ""]}'},
    ),
    TeamSettings: (
        {"id": "ts-1", "name": "JIU Renkum"},
        {"name": "JIU Oosterbeek", "spiral_step_six": True},
    ),
    Meeting: (
        {"group_id": G, "held_on": date(2027, 3, 2), "starts_at": "13:00"},
        {
            "held_on": date(2027, 3, 4),
            "starts_at": "13:30",
            "ends_at": "15:30",
            "part": "lsr",
            "topic": "Kookclinic",
            "place": "Buurthuis",
            "led_by": "Sanne",
            "cancelled": True,
        },
    ),
    Attendance: (
        {"id": "at-1", "participant_id": P, "meeting_id": MT, "presence": "aanwezig"},
        {"presence": "afwezig", "note_id": "n-1"},
    ),
    SpiralAssessment: (
        {"participant_id": P, "assessed_on": date(2027, 3, 2), "domain": "wonen"},
        {
            "assessed_on": date(2027, 3, 3),
            "domain": "werk",
            "step": 3,
            "together": True,
            "note": "Samen ingevuld",
        },
    ),
    SpiralCriterionCheck: (
        {"id": "sc-1", "participant_id": P, "assessment_id": SA, "criterion": "1-2.afspraken"},
        {"criterion": "1-2.contacten", "met": True},
    ),
    Outcome: (
        {"participant_id": P, "kind": "werk"},
        {"kind": "stage", "achieved_on": date(2027, 6, 1), "note": "Bij de bakker"},
    ),
    Quote: (
        {"participant_id": P, "said_on": date(2027, 6, 1), "text": "Ik durf weer"},
        {"text": "Ik durf nu meer", "consent": True, "attribution": "Deelnemer (24 jaar), 2027"},
    ),
}


def log_rows(store: Store, entity: str, row_id: str) -> list[ChangeLogEntry]:
    with store.session() as s:
        stmt = (
            select(ChangeLogEntry)
            .where(ChangeLogEntry.entity == entity, ChangeLogEntry.row_id == row_id)
            .order_by(ChangeLogEntry.seq)
        )
        return list(s.scalars(stmt))


def add_owner(store: Store) -> None:
    with store.session() as s:
        s.add(Participant(id=P, first_name="Noor"))
        s.flush()
        s.add(NetworkMap(id=M, participant_id=P, drawn_on=date(2026, 10, 6)))
        s.add(Dream(id=D, participant_id=P, text="Kok worden", started_on=date(2026, 10, 6)))
        s.add(FormTemplate(id=T, slug="evaluatie", title="Evaluatie", published=True))
        s.add(Group(id=G, name="Voorjaar 2027"))
        s.add(SpiralAssessment(id=SA, participant_id=P, assessed_on=date(2027, 3, 2)))
        s.flush()
        s.add(FormResponse(id=R, participant_id=P, template_id=T, filled_on=date(2026, 10, 6)))
        s.add(Meeting(id=MT, group_id=G, held_on=date(2027, 3, 2), starts_at="13:00"))


def test_every_synced_entity_has_samples() -> None:
    assert set(SAMPLES) == set(SYNCED_ENTITIES)


@pytest.mark.parametrize("entity", list(SAMPLES), ids=lambda e: e.__tablename__)
def test_create_edit_delete_is_captured_field_by_field(
    store: Store, entity: type[SyncEntity]
) -> None:
    create, edits = SAMPLES[entity]
    if entity is not Participant:
        add_owner(store)
    with store.session() as s:
        row = entity(**create)
        s.add(row)
        s.flush()
        row_id = row.id
    table = entity.__tablename__
    created = log_rows(store, table, row_id)
    content_columns = {c.key for c in entity.__mapper__.column_attrs} - SyncEntity.UNCAPTURED
    if entity.sync.derived_id:  # only what differs from the defaults (another laptop's
        content_columns = {*create, "created_at"} - {"id"}  # creation must not undo it)
    assert {r.field for r in created} == content_columns
    for key, value in create.items():
        if key != "id":
            logged = next(r for r in created if r.field == key)
            expected = value.isoformat() if isinstance(value, date) else value
            assert json.loads(logged.value or "null") == expected

    for key, value in edits.items():
        with store.session() as s:
            setattr(s.get(entity, row_id), key, value)
        last = log_rows(store, table, row_id)[-1]
        expected = value.isoformat() if isinstance(value, date) else value
        assert (last.field, json.loads(last.value or "null")) == (key, expected)

    with store.session() as s:
        s.get(entity, row_id).deleted = True  # type: ignore[union-attr]
    last = log_rows(store, table, row_id)[-1]
    assert (last.field, last.value) == ("deleted", "true")

    rows = log_rows(store, table, row_id)
    assert [r.hlc for r in rows] == sorted({r.hlc for r in rows}), "HLC strictly increasing"
    assert {r.device for r in rows} == {store.device_id}
    owner = row_id if entity is Participant else (P if "participant_id" in create else None)
    assert {r.participant_id for r in rows} == {owner}


def test_each_edit_names_the_write_it_replaced(store: Store) -> None:
    add_owner(store)
    created = {r.field: r for r in log_rows(store, "participant", P)}
    assert created["first_name"].base_hlc is None
    with store.session() as s:
        s.get(Participant, P).first_name = "Nina"  # type: ignore[union-attr]
    with store.session() as s:
        s.get(Participant, P).first_name = "Nora"  # type: ignore[union-attr]
    first_edit, second_edit = log_rows(store, "participant", P)[-2:]
    assert (first_edit.base_hlc, first_edit.base_device) == (
        created["first_name"].hlc,
        store.device_id,
    )
    assert second_edit.base_hlc == first_edit.hlc


def test_hard_delete_is_captured_as_tombstone(store: Store) -> None:
    with store.session() as s:
        s.add(Group(id="g-1", name="Voorjaar"))
    with store.session() as s:
        s.delete(s.get(Group, "g-1"))
    assert log_rows(store, "team_group", "g-1")[-1].field == "deleted"


def test_setting_the_same_value_is_not_a_change(store: Store) -> None:
    add_owner(store)
    before = len(log_rows(store, "participant", P))
    with store.session() as s:
        s.get(Participant, P).first_name = "Noor"  # type: ignore[union-attr]
    assert len(log_rows(store, "participant", P)) == before


def test_rolled_back_write_leaves_no_log(store: Store) -> None:
    with pytest.raises(RuntimeError), store.session() as s:
        s.add(Coach(name="Ali"))
        s.flush()
        raise RuntimeError("abort")
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(ChangeLogEntry)) == 0


def test_clock_survives_reopen(store: Store) -> None:
    add_owner(store)
    last = log_rows(store, "participant", P)[-1].hlc
    root, key = store.root, store.data_key
    store.close()
    from jiu_desktop.services.profile import open_with_key

    reopened = open_with_key(root, key)
    assert reopened.clock.last >= last
    with reopened.session() as s:
        s.get(Participant, P).first_name = "Nina"  # type: ignore[union-attr]
    assert log_rows(reopened, "participant", P)[-1].hlc > last
    reopened.close()
