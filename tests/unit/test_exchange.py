"""Export/import: a faithful round trip, an invalid file changes nothing, and the export
only ever exists at the name the coach chose."""

from __future__ import annotations

import copy
import json
import os
import re
import signal
import stat
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidImport, JiuError, NotFound
from jiu_desktop.models import (
    Attendance,
    ChangeLogEntry,
    Group,
    Meeting,
    Outcome,
    Participant,
    Quote,
    SpiralAssessment,
    SpiralCriterionCheck,
    TeamSettings,
)
from jiu_desktop.models.meetings import attendance_id, roster_meeting_id
from jiu_desktop.models.progress import criterion_check_id
from jiu_desktop.models.team import TEAM_SETTINGS_ID
from jiu_desktop.services import (
    coach_reflections,
    consent,
    dreams,
    exchange,
    form_responses,
    intake,
    memberships,
    network_map,
    notes,
    participants,
    profile,
    talents,
    team,
    team_notes,
)
from jiu_desktop.services.exchange_check import validate_document
from jiu_desktop.services.exchange_schema import schema, schema_problems
from jiu_desktop.vault import private_file


def filled(store: Store) -> str:
    group = team.create_group(store, "Voorjaar 2027", starts_on=date(2027, 3, 1))
    coach = team.create_coach(store, "Sanne de Vries", email="sanne@example.nl")
    noor = participants.create_participant(
        store,
        first_name="Noor",
        last_name="Bakker",
        date_of_birth="2001-04-09",
        group_id=group.id,
        coach_id=coach.id,
        consent_photos=True,
        remarks="Sterk in organiseren; €10 voor de bus",
    )
    participants.update_participant(store, noor.id, status="actief")
    participants.add_referral(store, noor.id, organisation="Schuldhulp", referred_on="2026-10-01")
    notes.add_note(
        store, noor.id, text="Eerste gesprek", follow_up="Bellen", follow_up_due=date(2026, 12, 1)
    )
    intake.save_intake(
        store, noor.id, days_now="Helpt haar oom in de winkel", reach_by=["langsgaan", "appen"]
    )
    intake.add_care_contact(
        store, noor.id, organisation="Wijkteam", first_name="Petra", subjects=["inkomen"]
    )
    talents.add_talent(store, noor.id, kind="succes", text="Op tijd", noted_on="2026-11-02")
    chart = network_map.start_map(store, noor.id, coach_id=coach.id, on="2026-11-03").row
    mother = network_map.add_person(
        store, chart.id, "moeder", category="familie", annotations=["ruzie"], strength=2
    ).row
    step = network_map.add_step(store, mother.id, "Samen koken", planned_on="2026-11-10").row
    network_map.record_feedback(store, step.id, "gelukt", "Ging goed", on="2026-11-12")
    dream = dreams.add_dream(store, noor.id, text="Eigen foodtruck", started_on="2026-11-04").row
    dreams.add_step(store, dream.id, "Meelopen", best_before="2026-11-20", taken_on="2026-11-19")
    team_notes.add_team_note(store, kind="intervisie", text="Er op af", note_date="2026-11-20")
    evaluation = form_responses.start_response(
        store, noor.id, "evaluatie-bijeenkomst@1", filled_on=date(2026, 11, 24)
    ).id
    form_responses.set_answers(store, evaluation, {"hoe-was-het": 4, "ging-goed": "Samen koken"})
    reflection = coach_reflections.start_reflection(store, "coach-reflectie@1", date(2026, 11, 25))
    coach_reflections.set_reflection_answers(store, reflection, {"buiten-beeld-goed": "Er op af"})
    coach_reflections.share_reflection(store, reflection, coach.id)
    _progress(store, noor.id, group.id)
    participants.create_participant(store, first_name="Ilias")
    return noor.id


def _progress(store: Store, noor: str, group: str) -> None:
    """The spiral, a meeting and its attendance, a result and a quote, team settings."""
    meeting = roster_meeting_id(group, date(2027, 3, 2), "13:00")
    with store.session() as s:
        s.add(TeamSettings(id=TEAM_SETTINGS_ID, name="JIU Renkum"))
        s.get_one(Group, group).attendance_rule = "minstens 80% aanwezig"
        s.get_one(Participant, noor).referral_source = "jongerenwerk"
        s.add(Meeting(id=meeting, group_id=group, held_on=date(2027, 3, 2), starts_at="13:00"))
        s.add(SpiralAssessment(id="sa-1", participant_id=noor, assessed_on=date(2027, 3, 2)))
        s.flush()
        s.add(
            Attendance(
                id=attendance_id(meeting, noor),
                participant_id=noor,
                meeting_id=meeting,
                presence="te_laat",
            )
        )
        s.add(
            SpiralCriterionCheck(
                id=criterion_check_id("sa-1", "1-2.afspraken"),
                participant_id=noor,
                assessment_id="sa-1",
                criterion="1-2.afspraken",
                met=True,
            )
        )
        s.add(Outcome(participant_id=noor, kind="stage", achieved_on=date(2027, 6, 1)))
        s.add(Quote(participant_id=noor, said_on=date(2027, 6, 1), text="Ik durf weer"))


#: The rows ``filled`` makes: coaches, groups, participants, status history, referrals,
#: notes, consents, group history, intake, care contacts, talents, team notes, a map
#: version, a person on it, an improvement step, a dream and its step, two form templates,
#: a response with two answers, a shared reflection; team settings, a meeting, an
#: attendance mark, a spiral measurement with a criterion, a result, a quote.
FILLED_ROWS = 1 + 1 + 2 + 3 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 2 + 1 + 2 + 1 + 7


def stable(document: dict[str, Any]) -> dict[str, Any]:
    data = copy.deepcopy(document)
    data.pop("exported_at")
    return data


def log_count(store: Store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(ChangeLogEntry)) or 0)


def test_round_trip_into_a_fresh_profile_is_equal(store: Store, tmp_path: Path) -> None:
    filled(store)
    out = tmp_path / "export.json"
    exchange.write_export(store, out)
    other, _ = profile.create_profile(tmp_path / "other", "Ander", "geheim 12345")
    summary = exchange.import_file(other, out)
    assert sum(summary.created.values()) == FILLED_ROWS
    assert stable(exchange.export_data(other)) == stable(json.loads(out.read_text()))
    assert [p.first_name for p in participants.list_participants(other, query="bus")] == ["Noor"], (
        "imported remarks are searchable"
    )
    before = log_count(other)
    again = exchange.import_file(other, out)
    assert sum(again.created.values()) == sum(again.updated.values()) == 0
    assert again.unchanged == summary.created
    assert log_count(other) == before, "a second import changes nothing"
    other.close()


def test_import_updates_by_id_and_is_captured(store: Store, tmp_path: Path) -> None:
    noor = filled(store)
    document = exchange.export_data(store)
    person = next(p for p in document["participants"] if p["id"] == noor)
    person["remarks"] = "Bijgewerkt via import"
    person["notes"][0]["text"] = "Aangepast"
    logged = log_count(store)
    summary = exchange.import_document(store, document)
    assert summary.updated == {"participants": 1, "notes": 1}
    assert sum(summary.created.values()) == 0
    assert participants.get_participant(store, noor).remarks == "Bijgewerkt via import"
    assert log_count(store) == logged + 2, "one captured change per edited field"


def test_erased_participant_is_not_brought_back(store: Store, tmp_path: Path) -> None:
    from jiu_desktop.services.erasure import erase

    noor = filled(store)
    out = tmp_path / "old-export.json"
    exchange.write_export(store, out)
    erase(store, noor)
    summary = exchange.import_file(store, out)
    assert summary.erased_skipped == 1
    assert "erased" in summary.describe()
    assert noor not in {p["id"] for p in exchange.export_data(store)["participants"]}
    with pytest.raises(NotFound):
        participants.get_participant(store, noor)


def test_time_zones_are_stored_as_utc(store: Store) -> None:
    document = exchange.export_data(store)
    document["groups"] = [
        {
            "id": "g-1",
            "name": "Najaar",
            "starts_on": None,
            "ends_on": None,
            "attendance_rule": "",
            "created_at": "2026-11-23T10:15:00+02:00",
        }
    ]
    exchange.import_document(store, document)
    (group,) = exchange.export_data(store)["groups"]
    assert group["created_at"] == "2026-11-23T08:15:00"


def test_byte_order_mark_is_accepted(store: Store, tmp_path: Path) -> None:
    filled(store)
    path = tmp_path / "notepad.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(exchange.export_data(store)).encode())
    assert sum(exchange.import_file(store, path).unchanged.values()) == FILLED_ROWS


def test_single_participant_export_is_everything_about_them(store: Store) -> None:
    noor = filled(store)
    document = exchange.export_data(store, noor)
    (person,) = document["participants"]
    assert person["first_name"] == "Noor"
    assert [h["status"] for h in person["status_history"]] == ["aangemeld", "actief"]
    assert person["referrals"][0]["organisation"] == "Schuldhulp"
    assert person["notes"][0]["follow_up"] == "Bellen"
    assert [g["name"] for g in document["groups"]] == ["Voorjaar 2027"]
    with pytest.raises(NotFound):
        exchange.export_data(store, "no-such-id")


def broken(document: dict[str, Any], damage: str) -> Any:
    d = copy.deepcopy(document)
    person = next(p for p in d["participants"] if p["first_name"] == "Noor")
    if damage == "version":
        d["version"] = 99
    elif damage == "date":
        person["notes"][0]["note_date"] = "2026-13-01"
    elif damage == "status":
        person["status"] = "probleemgeval"
    elif damage == "missing":
        del person["last_name"]
    elif damage == "type":
        person["consent_photos"] = "ja"
    elif damage == "reference":
        person["group_id"] = "not-in-file"
    elif damage == "unknown":
        person["shoe_size"] = 44
    elif damage == "duplicate":
        d["participants"].append(copy.deepcopy(person))
    elif damage == "not-object":
        return [1, 2, 3]
    elif damage == "version-zero":
        d["version"] = 0
    elif damage == "version-text":
        d["version"] = "1"
    elif damage == "format":
        d["format"] = "iets-anders"
    elif damage == "compact-date":
        person["intake_date"] = "20260901"
    elif damage == "datetime":
        person["created_at"] = "gisteren"
    elif damage == "exported-at":
        d["exported_at"] = 1234
    elif damage == "note-kind":
        person["notes"][0]["kind"] = "verhoor"
    elif damage == "referral-status":
        person["referrals"][0]["status"] = None
    elif damage == "id-type":
        person["notes"][0]["id"] = 7
    elif damage == "child-not-list":
        person["notes"] = {"id": "n"}
    elif damage == "no-participants":
        del d["participants"]
    elif damage == "invalid-text":
        person["remarks"] = "\ud800"
    elif damage == "note-id-under-two-people":
        other = next(p for p in d["participants"] if p["first_name"] == "Ilias")
        other["notes"] = copy.deepcopy(person["notes"])
    return d


DAMAGES = [
    "version",
    "date",
    "status",
    "missing",
    "type",
    "reference",
    "unknown",
    "duplicate",
    "not-object",
    "version-zero",
    "version-text",
    "format",
    "compact-date",
    "datetime",
    "exported-at",
    "note-kind",
    "referral-status",
    "id-type",
    "child-not-list",
    "no-participants",
    "invalid-text",
    "note-id-under-two-people",
]


@pytest.mark.parametrize("damage", DAMAGES)
def test_invalid_import_changes_nothing(store: Store, tmp_path: Path, damage: str) -> None:
    filled(store)
    document = exchange.export_data(store)
    participants.update_participant(store, document["participants"][0]["id"], remarks="nu anders")
    before, logged = stable(exchange.export_data(store)), log_count(store)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(broken(document, damage)))
    with pytest.raises(InvalidImport) as error:
        exchange.import_file(store, bad)
    assert error.value.where and error.value.problem
    assert stable(exchange.export_data(store)) == before
    assert log_count(store) == logged


def test_problem_is_reported_with_its_path(store: Store, tmp_path: Path) -> None:
    filled(store)
    document = broken(exchange.export_data(store), "date")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    with pytest.raises(InvalidImport) as error:
        exchange.import_file(store, bad)
    assert error.value.where.endswith(".notes[0].note_date")
    assert "2026-13-01" in error.value.problem


UNREADABLE = {
    "empty": b"",
    "binary": b"\x00\xff\xfe garbage",
    "not-json": b"{not json",
    "null": b"null",
    "half": b'{"format": "jiu-desktop-export", "version": 1, "participants": [',
    "deep": b"[" * 100_000,
    "huge-number": b'{"version": ' + b"9" * 5000 + b"}",
    "latin-1": '{"format": "jiu-desktop-export", "naam": "Zoë"}'.encode("latin-1"),
}


@pytest.mark.parametrize("content", UNREADABLE.values(), ids=UNREADABLE.keys())
def test_unreadable_files_change_nothing(store: Store, tmp_path: Path, content: bytes) -> None:
    filled(store)
    before, logged = stable(exchange.export_data(store)), log_count(store)
    path = tmp_path / "file.json"
    path.write_bytes(content)
    with pytest.raises(InvalidImport) as error:
        exchange.import_file(store, path)
    assert error.value.problem
    assert stable(exchange.export_data(store)) == before
    assert log_count(store) == logged


def test_missing_file_or_folder_is_refused(store: Store, tmp_path: Path) -> None:
    for path in (tmp_path / "missing.json", tmp_path):
        with pytest.raises(InvalidImport) as error:
            exchange.import_file(store, path)
        assert str(path) in str(error.value)


FORMAT_DOC = Path(__file__).parents[2] / "docs" / "export-format.md"


def documented_example() -> dict[str, Any]:
    text = FORMAT_DOC.read_text("utf-8")
    return json.loads(text.split("```json", 1)[1].split("```", 1)[0])  # type: ignore[no-any-return]


def test_the_documented_example_is_a_valid_export(store: Store) -> None:
    example = documented_example()
    assert (example["version"], example["minor"]) == (exchange.VERSION, exchange.MINOR) == (2, 5)
    summary = exchange.import_document(store, example)
    assert summary.created == {
        "coaches": 1,
        "groups": 1,
        "team_notes": 1,
        "participants": 1,
        "care_contacts": 1,
        "consents": 3,
        "group_history": 1,
        "intake": 1,
        "referrals": 1,
        "notes": 1,
        "status_history": 2,
        "talents": 1,
        "network_maps": 1,
        "persons": 2,
        "improvement_steps": 1,
        "dreams": 1,
        "steps": 1,
        "form_templates": 1,
        "form_responses": 1,
        "answers": 1,
        "meetings": 1,
        "team_settings": 1,
        "spiral_assessments": 2,
        "criteria": 1,
        "attendance": 1,
        "outcomes": 1,
        "quotes": 1,
    }
    assert network_map.steps(store, "p-1", "pk-1")[0].outcome == "gelukt"
    assert form_responses.filled_form(store, "fr-1").answers == {"ging-goed": "Samen koken"}
    assert consent.allows(store, "p-1", "gegevens_bewaren")
    assert not consent.allows(store, "p-1", "beeldmateriaal"), "given, then withdrawn"
    assert intake.chosen(intake.get_intake(store, "p-1").reach_by) == ("appen", "langsgaan")  # type: ignore[union-attr]
    assert memberships.group_on(store, "p-1", date(2026, 10, 1)).id == "g-1"  # type: ignore[union-attr]
    document = exchange.export_data(store)
    (person,) = document["participants"]
    assert person["first_name"] == "Noor" and person["group_id"] == "g-1"
    assert person["coach_id"] == "c-1" and person["created_at"] == "2026-09-01T13:05:00"
    assert [s["status"] for s in person["status_history"]] == ["aangemeld", "actief"]
    assert participants.status_history(store, "p-1"), "participant_id came from the nesting"
    assert notes.list_notes(store, "p-1")[0].follow_up == "Bellen"
    logged = log_count(store)
    again = exchange.import_document(store, example)  # created_at left out: kept, not "now"
    assert sum(again.updated.values()) == 0 and again.unchanged == summary.created
    assert log_count(store) == logged


def test_the_format_document_describes_every_list_and_field() -> None:
    """Each section has a table headed with its place (``participants[].notes[]``) that
    names every field and nested list, so the document follows the declarations."""
    text = FORMAT_DOC.read_text("utf-8")
    described: dict[str, set[str]] = {}
    for block in text.split("\n### ")[1:]:
        heading, _, table = block.partition("\n")
        place = re.search(r"\(`([a-z_\[\].]+)`\)", heading)
        assert place, heading
        name = place.group(1).split(".")[-1].removesuffix("[]")
        rows = [line for line in table.split("\n\n")[0].splitlines() if line.startswith("| `")]
        described[name] = {f for row in rows for f in re.findall(r"`([a-z_]+)`", row.split("|")[1])}
    plan = schema()
    assert described == {
        name: {*section.fields, *section.children} for name, section in plan.sections.items()
    }


V1_EXAMPLE = """
{
  "format": "jiu-desktop-export",
  "version": 1,
  "exported_at": "2026-11-23T10:15:00+00:00",
  "exported_by": "JIU Desktop 0.1.0",
  "groups": [{"id": "g-1", "name": "Voorjaar 2027", "starts_on": "2027-03-01",
              "ends_on": null, "created_at": "2026-11-01T09:00:00"}],
  "coaches": [],
  "participants": [{
    "id": "p-1", "first_name": "Noor", "last_name": "Bakker", "date_of_birth": "2001-04-09",
    "phone": "06-12345678", "email": "noor@example.nl", "address": "Dorpsstraat 1, Renkum",
    "referrer": "jongerenwerk", "intake_date": "2026-09-01", "status": "actief",
    "group_id": "g-1", "coach_id": null, "consent_data_kept": true,
    "consent_contact_shared": false, "consent_photos": false, "remarks": "",
    "status_history": [{"id": "s-1", "status": "actief", "changed_on": "2026-09-08"}],
    "referrals": [],
    "notes": [{"id": "n-1", "note_date": "2026-09-08", "kind": "coachgesprek",
               "text": "Kennismaking; wil graag sportleider worden.", "follow_up": "",
               "follow_up_due": null, "follow_up_done": false}]
  }]
}
"""


def test_a_version_1_file_still_imports(store: Store, tmp_path: Path) -> None:
    """The example of the version 1 document, as it was published."""
    path = tmp_path / "v1.json"
    path.write_text(V1_EXAMPLE, "utf-8")
    summary = exchange.import_file(store, path)
    assert summary.created == {
        "groups": 1,
        "participants": 1,
        "consents": 1,
        "group_history": 1,
        "notes": 1,
        "status_history": 1,
    }
    document = exchange.export_data(store)
    assert (document["version"], document["minor"]) == (2, 5)
    (person,) = document["participants"]
    assert person["group_id"] == "g-1" and person["notes"][0]["id"] == "n-1"
    assert [n.id for n in notes.list_notes(store, "p-1")] == ["n-1"]
    assert "consent_data_kept" not in person
    (record,) = person["consents"]
    assert (record["kind"], record["decision"], record["wording_version"]) == (
        "gegevens_bewaren",
        "gegeven",
        "overgenomen",
    )
    assert record["recorded_on"] == "2026-11-23", "the day the file says it was so"
    (membership,) = person["group_history"]
    assert (membership["group_id"], membership["from_date"]) == ("g-1", "2026-09-08")
    again = exchange.import_file(store, path)
    assert again.unchanged == summary.created


@pytest.mark.parametrize("version", [0, -1, 3, 99])
def test_a_version_this_reader_does_not_know_is_refused(store: Store, version: int) -> None:
    document = {**documented_example(), "version": version}
    with pytest.raises(InvalidImport) as error:
        exchange.import_document(store, document)
    assert error.value.where == "version" and str(version) in error.value.problem
    assert exchange.export_data(store)["participants"] == []


@pytest.mark.parametrize("minor", [6, 9, -1, "1", None])
def test_a_minor_version_this_reader_does_not_know_is_refused(store: Store, minor: Any) -> None:
    document = {**documented_example(), "minor": minor}
    with pytest.raises(InvalidImport) as error:
        exchange.import_document(store, document)
    assert error.value.where == "minor"
    assert exchange.export_data(store)["participants"] == []


def version_2_0(document: dict[str, Any]) -> dict[str, Any]:
    """A 2.1 document written back as 2.0 had it: checkboxes, no records, no new lists."""
    newer_lists = (
        "minor",
        "team_notes",
        "form_templates",
        "shared_reflections",
        "meetings",
        "team_settings",
    )
    older = {k: v for k, v in copy.deepcopy(document).items() if k not in newer_lists}
    for group in older["groups"]:
        group.pop("attendance_rule")
    for person in older["participants"]:
        person.pop("referral_source")
        person.pop("left_reason")
        given = {r["kind"] for r in person.pop("consents", []) if r["decision"] == "gegeven"}
        person["consent_data_kept"] = "gegevens_bewaren" in given
        person["consent_contact_shared"] = "contact_delen" in given
        person["consent_photos"] = "beeldmateriaal" in given
        for kind in (
            "group_history",
            "intake",
            "care_contacts",
            "talents",
            "network_maps",
            "improvement_steps",
            "dreams",
            "form_responses",
            "spiral_assessments",
            "attendance",
            "outcomes",
            "quotes",
        ):
            person.pop(kind, None)
    return older


def test_a_version_2_0_file_reads_its_checkboxes_as_consent_records(
    store: Store, tmp_path: Path
) -> None:
    noor = filled(store)
    older = version_2_0(exchange.export_data(store))
    other, _ = profile.create_profile(tmp_path / "other", "Ander", "geheim 12345")
    exchange.import_document(other, older)
    (record,) = consent.consent_history(other, noor)
    assert (record.kind, record.decision, record.wording_version) == (
        "beeldmateriaal",
        "gegeven",
        "overgenomen",
    )
    assert consent.allows(other, noor, "beeldmateriaal")
    assert not consent.allows(other, noor, "contact_delen"), "unticked: no decision recorded"
    (membership,) = memberships.memberships(other, noor)
    assert membership.to_date is None
    assert memberships.group_on(other, noor) is not None
    logged = log_count(other)
    again = exchange.import_document(other, older)
    assert sum(again.created.values()) == sum(again.updated.values()) == 0
    assert log_count(other) == logged, "derived ids: the same file twice writes nothing"
    with pytest.raises(InvalidImport) as error:
        exchange.import_document(other, {**older, "minor": 1})
    assert error.value.where == "participants[0].consent_data_kept", "2.1 has no checkboxes"
    other.close()


def test_the_export_writes_version_2_with_a_list_per_declared_entity(store: Store) -> None:
    noor = filled(store)
    document = exchange.export_data(store, noor)
    assert (document["version"], document["minor"]) == (2, 5)
    plan = schema()
    assert set(document) == {
        "format",
        "version",
        "minor",
        "exported_at",
        "exported_by",
        *plan.team,
        plan.root,
    }
    (person,) = document["participants"]
    for kind in PARTICIPANT_LISTS:
        for row in person[kind]:
            assert "participant_id" not in row, "implied by the nesting"
            assert not {"updated_at", "deleted"} & set(row), "bookkeeping of this laptop"
    assert set(person) == {*plan[plan.root].fields, *PARTICIPANT_LISTS}


def test_every_declared_entity_has_its_section_with_types_from_its_columns() -> None:
    from jiu_desktop.models import (
        LIFE_DOMAINS,
        NOTE_KINDS,
        PARTICIPANT_STATUSES,
        REACH_WAYS,
        REFERRAL_STATUSES,
        synced_entities,
    )

    assert schema_problems() == []
    plan = schema()
    assert {cls.sync.export: cls for cls in synced_entities()} == {
        name: section.entity for name, section in plan.sections.items()
    }
    assert set(plan.team) == {
        "groups",
        "coaches",
        "team_notes",
        "form_templates",
        "shared_reflections",
        "meetings",
        "team_settings",
    }
    assert plan.root == "participants"
    assert set(PARTICIPANT_LISTS) == {
        "status_history",
        "referrals",
        "notes",
        "intake",
        "care_contacts",
        "talents",
        "consents",
        "group_history",
        "network_maps",
        "improvement_steps",
        "dreams",
        "form_responses",
        "spiral_assessments",
        "attendance",
        "outcomes",
        "quotes",
    }
    assert plan["form_responses"].types["template_id"] == "ref:form_templates"
    assert plan["form_responses"].types["meeting_id"] == "ref:meetings?"
    assert plan["attendance"].types["meeting_id"] == "ref:meetings"
    assert plan["meetings"].types["group_id"] == "ref:groups"
    assert plan["spiral_assessments"].types["step"] == "int:1..6"
    assert plan["spiral_assessments"].children == ("criteria",)
    assert plan["form_responses"].children == ("answers",)
    assert plan["intake"].types["reach_by"] == ("set", REACH_WAYS)
    assert plan["care_contacts"].types["subjects"] == ("set", LIFE_DOMAINS)
    assert plan["consents"].types["coach_id"] == "ref:coaches?"
    assert plan["group_history"].types["group_id"] == "ref:groups?"
    people, notes_section = plan["participants"], plan["notes"]
    assert people.types["status"] == ("enum", PARTICIPANT_STATUSES)
    assert plan["status_history"].types["status"] == ("enum", PARTICIPANT_STATUSES)
    assert plan["referrals"].types["status"] == ("enum", REFERRAL_STATUSES)
    assert notes_section.types["kind"] == ("enum", NOTE_KINDS)
    assert people.types["group_id"] == "ref:groups?" and people.types["coach_id"] == "ref:coaches?"
    assert people.types["date_of_birth"] == "date?" and notes_section.types["note_date"] == "date"
    assert "consent_photos" not in people.types and people.types["remarks"] == "str"
    assert notes_section.fields[0] == "id" and notes_section.fields[-1] == "created_at"
    assert notes_section.nested_by == "participant_id" and people.nested_by is None
    for section in plan.sections.values():
        assert not {"participant_id", "updated_at", "deleted"} & set(section.fields)


def test_a_choice_is_a_text_column_and_no_free_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from jiu_desktop.models import Referral, Synced, check_declarations

    for choices, problem in (
        ({"colour": ("rood",)}, "referral.colour is declared as a choice but is no text column"),
        ({"referred_on": ("x",)}, "referral.referred_on is declared as a choice but is no text"),
        ({"note": ("x",)}, "referral.note is a choice, so it cannot be free text too"),
        ({"status": "loopt"}, "referral.status needs its choices as a tuple of codes"),
    ):
        declared = Referral.sync
        with monkeypatch.context() as patch:
            patch.setattr(
                Referral,
                "sync",
                Synced(
                    owner=declared.owner,
                    export=declared.export,
                    text=declared.text,
                    choices=choices,
                ),  # type: ignore[arg-type]
            )
            assert [p for p in check_declarations() if p.startswith(problem)], choices
    assert check_declarations() == []


def test_a_column_the_format_cannot_hold_is_reported() -> None:
    """Declared in a process of its own (the entity would join every other test's models)."""
    code = (
        "from sqlalchemy import ForeignKey\n"
        "from sqlalchemy.orm import Mapped, mapped_column\n"
        "from jiu_desktop.models import PARTICIPANT, SyncEntity, Synced\n"
        "from jiu_desktop.services.exchange_schema import schema, schema_problems\n"
        "class Tally(SyncEntity):\n"
        "    __tablename__ = 'zz_tally'\n"
        "    sync = Synced(owner=PARTICIPANT, export='tallies')\n"
        "    participant_id: Mapped[str] = mapped_column(ForeignKey('participant.id'))\n"
        "    count: Mapped[int] = mapped_column(default=0)\n"
        "    buddy_id: Mapped[str | None] = mapped_column(ForeignKey('participant.id'))\n"
        "print(schema_problems())\n"
        "try:\n"
        "    schema()\n"
        "except RuntimeError as error:\n"
        "    print('refused:', error)\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True
    ).stdout
    assert "zz_tally.count (INTEGER) has no type in the export format" in out
    assert "zz_tally.buddy_id (VARCHAR, nullable) has no type" in out
    assert "refused: The export format cannot hold" in out


def test_a_deleted_group_or_coach_is_not_referred_to(store: Store) -> None:
    from jiu_desktop.models import Coach, Group

    noor = filled(store)
    with store.session() as s:  # no service deletes team rows yet; sync may
        for model in (Group, Coach):
            for row in s.scalars(select(model)):
                row.deleted = True
    for participant_id in (noor, None):
        document = exchange.export_data(store, participant_id)
        assert document["groups"] == document["coaches"] == []
        assert {(p["group_id"], p["coach_id"]) for p in document["participants"]} == {(None, None)}
        validate_document(document)  # still a file that imports


def noor_first(document: dict[str, Any]) -> dict[str, Any]:
    """The document with Noor (who has a row of every kind) as the first participant."""
    document["participants"].sort(key=lambda p: p["first_name"] != "Noor")
    return document


PARTICIPANT_LISTS = schema()["participants"].children


@pytest.mark.parametrize("kind", PARTICIPANT_LISTS)
def test_an_id_of_another_participant_is_refused_not_moved(store: Store, kind: str) -> None:
    filled(store)
    document = noor_first(exchange.export_data(store))
    noor, ilias = document["participants"]
    noor["remarks"] = "changed in the same file"
    moved = noor[kind].pop(0)
    ilias[kind].append(moved)
    before, logged = stable(exchange.export_data(store)), log_count(store)
    with pytest.raises(InvalidImport) as error:
        exchange.import_document(store, document)
    assert error.value.where == f"participants[1].{kind}[{len(ilias[kind]) - 1}].id"
    assert moved["id"] in error.value.problem and "another participant" in error.value.problem
    assert stable(exchange.export_data(store)) == before
    assert log_count(store) == logged


def test_a_deleted_note_of_another_participant_is_not_moved_either(store: Store) -> None:
    filled(store)
    document = noor_first(exchange.export_data(store))
    noor, ilias = document["participants"]
    notes.delete_note(store, noor["notes"][0]["id"])
    ilias["notes"] = [noor.pop("notes")[0]]
    with pytest.raises(InvalidImport) as error:
        exchange.import_document(store, document)
    assert error.value.where == "participants[1].notes[0].id"
    assert notes.list_notes(store, ilias["id"]) == []


def places(wanted: Callable[[Any], bool], kind: str = "", path: str = "") -> list[str]:
    """The place of every field of a wanted type, in the first row of each kind."""
    plan = schema()
    if not kind:
        return [p for key in (*plan.team, plan.root) for p in places(wanted, key, key)]
    section = plan[kind]
    found = [f"{path}[0].{name}" for name, t in section.types.items() if wanted(t)]
    for child in section.children:
        found += places(wanted, child, f"{path}[0].{child}")
    return found


def set_at(document: dict[str, Any], place: str, value: str) -> None:
    *steps, name = re.findall(r"[a-z_]+|\d+", place)
    node: Any = document
    for step in steps:
        node = node[int(step)] if step.isdigit() else node[step]
    node[name] = value


def is_datetime(field_type: Any) -> bool:
    return field_type == "datetime"


def is_date(field_type: Any) -> bool:
    return field_type in ("date", "date?")


OUT_OF_RANGE = [
    "0001-01-01T00:00:00+01:00",
    "9999-12-31T23:59:59-01:00",
    "0001-01-01T00:59:59.999999+01:00",
    "0001-01-01T00:00+00:01",
    "9999-12-31T23:00:00-01:00",
]


@pytest.mark.parametrize("moment", OUT_OF_RANGE)
def test_a_date_time_outside_utc_is_refused_at_its_place(
    store: Store, tmp_path: Path, moment: str
) -> None:
    filled(store)
    document = noor_first(exchange.export_data(store))
    before, logged = stable(exchange.export_data(store)), log_count(store)
    found = ["exported_at", *places(is_datetime)]
    assert len(found) == 1 + len(schema().sections), "exported_at and every created_at"
    for place in found:
        bad = copy.deepcopy(document)
        set_at(bad, place, moment)
        path = tmp_path / "bad.json"
        path.write_text(json.dumps(bad))
        with pytest.raises(InvalidImport) as error:
            exchange.import_file(store, path)
        assert error.value.where == place
        assert moment in error.value.problem and "UTC" in error.value.problem
    assert stable(exchange.export_data(store)) == before
    assert log_count(store) == logged


IN_RANGE = {
    "0001-01-01T00:00:00-01:00": "0001-01-01T01:00:00",
    "0001-01-01T01:00:00+01:00": "0001-01-01T00:00:00",
    "0001-01-01T00:00:00": "0001-01-01T00:00:00",
    "9999-12-31T23:59:59+01:00": "9999-12-31T22:59:59",
    "9999-12-31T22:59:59.999999-01:00": "9999-12-31T23:59:59.999999",
    "9999-12-31T23:59:59Z": "9999-12-31T23:59:59",
}


@pytest.mark.parametrize(("moment", "stored"), IN_RANGE.items(), ids=IN_RANGE.keys())
def test_a_date_time_near_the_ends_of_the_calendar_is_kept_in_utc(
    store: Store, moment: str, stored: str
) -> None:
    filled(store)
    document = noor_first(exchange.export_data(store))
    for place in ["exported_at", *places(is_datetime)]:
        set_at(document, place, moment)
    exchange.import_document(store, document)
    for place in places(is_datetime):
        set_at(document, place, stored)
    assert rows_by_id(exchange.export_data(store)) == rows_by_id(document)


def rows_by_id(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """Every row by kind and id, without what nests in it (a changed creation time may
    change the order in a list)."""
    plan = schema()
    rows: dict[tuple[str, str], dict[str, Any]] = {}

    def collect(kind: str, items: list[dict[str, Any]]) -> None:
        children = plan[kind].children
        for item in items:
            rows[(kind, item["id"])] = {k: v for k, v in item.items() if k not in children}
            for child in children:
                collect(child, item.get(child, []))

    for kind in (*plan.team, plan.root):
        collect(kind, document.get(kind, []))
    return rows


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_dates_at_the_ends_of_the_calendar_are_kept_and_listed(store: Store, day: str) -> None:
    filled(store)
    document = noor_first(exchange.export_data(store))
    found = places(is_date)
    assert len(found) == 25, found
    for place in found:
        set_at(document, place, day)
    exchange.import_document(store, document)
    assert stable(noor_first(exchange.export_data(store))) == stable(document)
    noor = document["participants"][0]["id"]
    for sort in participants.SORT_KEYS:
        assert len(participants.list_participants(store, sort=sort)) == 2
    assert [n.note_date.isoformat() for n in notes.list_notes(store, noor)] == [day]
    assert [f.due.isoformat() for f in notes.open_follow_ups(store) if f.due] == [day]
    assert participants.status_history(store, noor)
    assert participants.list_referrals(store, noor)


def out_file(tmp_path: Path) -> Path:
    """The chosen export file, in a folder of its own (the profile is in ``tmp_path``)."""
    (tmp_path / "out").mkdir()
    return tmp_path / "out" / "export.json"


def unnamed_files_work_in(folder: Path) -> bool:
    fd = private_file._open_unnamed(folder)
    if fd is not None:
        os.close(fd)
    return fd is not None


def test_the_export_has_no_name_until_it_is_complete(store: Store, tmp_path: Path) -> None:
    """While it is written, the folder holds only the earlier export, unchanged."""
    if not unnamed_files_work_in(tmp_path):
        pytest.skip("no unnamed files (O_TMPFILE) here")
    filled(store)
    out = out_file(tmp_path)
    out.write_text("earlier")
    seen: list[tuple[list[str], str]] = []
    write_all = private_file._write_all

    def watched(fd: int, data: bytes) -> None:
        write_all(fd, data)
        seen.append((os.listdir(out.parent), out.read_text()))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(private_file, "_write_all", watched)
        exchange.write_export(store, out)
    assert seen == [(["export.json"], "earlier")]
    assert json.loads(out.read_text())["participants"]
    assert os.listdir(out.parent) == ["export.json"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def no_unnamed_files(patch: pytest.MonkeyPatch) -> None:
    patch.setattr(private_file, "_open_unnamed", lambda folder: None)


@pytest.mark.parametrize("refused", ["no unnamed files", "no link from /proc"])
def test_without_unnamed_files_a_visible_part_file_is_used_and_removed(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, refused: str
) -> None:
    filled(store)
    out = out_file(tmp_path)
    out.write_text("earlier")
    out.chmod(0o644)
    private_file.part_path(out).write_text("left by an export that was killed")
    if refused == "no unnamed files":
        no_unnamed_files(monkeypatch)
    else:
        monkeypatch.setattr(private_file, "_link_into_place", lambda fd, path: False)
    exchange.write_export(store, out)
    assert json.loads(out.read_text())["participants"]
    assert os.listdir(out.parent) == ["export.json"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_failed_write_leaves_the_earlier_export_and_no_part_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled(store)
    out = out_file(tmp_path)
    out.write_text("earlier")
    no_unnamed_files(monkeypatch)

    def disk_full(fd: int, data: bytes) -> None:
        os.write(fd, data[:100])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(private_file, "_write_all", disk_full)
    with pytest.raises(JiuError) as error:
        exchange.write_export(store, out)
    assert "No space left" in str(error.value)
    assert os.listdir(out.parent) == ["export.json"] and out.read_text() == "earlier"


@pytest.mark.skipif(not hasattr(signal, "SIGTERM"), reason="no SIGTERM")
def test_sigterm_while_writing_the_part_file_removes_it(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled(store)
    out = out_file(tmp_path)
    no_unnamed_files(monkeypatch)

    class Terminated(Exception):
        pass

    def terminated(signum: int, frame: object) -> None:
        raise Terminated

    def interrupted(fd: int, data: bytes) -> None:
        os.write(fd, data[:100])
        signal.raise_signal(signal.SIGTERM)

    monkeypatch.setattr(private_file, "_write_all", interrupted)
    previous = signal.signal(signal.SIGTERM, terminated)
    try:
        with pytest.raises(Terminated):
            exchange.write_export(store, out)
        assert signal.getsignal(signal.SIGTERM) is terminated, "the handler is put back"
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert os.listdir(out.parent) == []


def older_minor(document: dict[str, Any], minor: int) -> dict[str, Any]:
    """A current export written back as a file of 2.``minor`` (2.1 or later) had it."""
    older = copy.deepcopy(document)
    older["minor"] = minor
    lists = {
        2: ("network_maps", "improvement_steps"),
        3: ("dreams",),
        4: ("form_responses", "form_templates", "shared_reflections"),
        5: ("spiral_assessments", "attendance", "outcomes", "quotes", "meetings", "team_settings"),
    }
    for since, names in lists.items():
        if minor < since:
            for name in names:
                older.pop(name, None)
                for person in older["participants"]:
                    person.pop(name, None)
    if minor < 5:
        for group in older["groups"]:
            group.pop("attendance_rule")
        for person in older["participants"]:
            person.pop("referral_source")
            person.pop("left_reason")
            for response in person.get("form_responses", []):
                response.pop("meeting_id")
    return older


def test_a_version_2_1_file_without_network_maps_imports_as_it_is(
    store: Store, tmp_path: Path
) -> None:
    noor = filled(store)
    older = older_minor(exchange.export_data(store), 1)
    other, _ = profile.create_profile(tmp_path / "other", "Ander", "geheim 12345")
    summary = exchange.import_document(other, older)
    assert summary.created["talents"] == 1 and "network_maps" not in summary.created
    assert network_map.list_versions(other, noor) == []
    assert consent.allows(other, noor, "beeldmateriaal")
    other.close()


def test_a_version_2_4_file_gets_the_fields_added_since_empty(store: Store, tmp_path: Path) -> None:
    """2.5 added fields to existing lists: an older file has none and is read as the
    migration read an older profile."""
    noor = filled(store)
    current = exchange.export_data(store)
    older = older_minor(current, 4)
    with pytest.raises(InvalidImport) as error:
        exchange.import_document(store, {**older, "minor": 5})
    assert error.value.where.endswith(".attendance_rule") or "referral_source" in error.value.where
    other, _ = profile.create_profile(tmp_path / "other", "Ander", "geheim 12345")
    summary = exchange.import_document(other, older)
    assert summary.created["form_responses"] == 1 and "meetings" not in summary.created
    document = exchange.export_data(other)
    person = next(p for p in document["participants"] if p["id"] == noor)
    assert (person["referral_source"], person["left_reason"]) == ("", "")
    assert person["form_responses"][0]["meeting_id"] is None
    assert document["groups"][0]["attendance_rule"] == ""
    with pytest.raises(InvalidImport) as error:
        exchange.import_document(other, {**current, "minor": 4})
    assert "unknown field" in error.value.problem, "2.4 had no such fields"
    other.close()
