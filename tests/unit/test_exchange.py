"""Export/import: a faithful round trip, and an invalid file changes nothing."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from jiu_desktop.errors import InvalidImport, NotFound
from jiu_desktop.models import ChangeLogEntry
from jiu_desktop.services import exchange, notes, participants, profile, team
from jiu_desktop.services.exchange_schema import validate_document
from jiu_desktop.services.store import Store


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
    participants.create_participant(store, first_name="Ilias")
    return noor.id


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
    assert (
        sum(summary.created.values()) == 2 + 2 + 2 + 1 + 1 + 1
    )  # people, history, ref, note, team
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
    assert sum(exchange.import_file(store, path).unchanged.values()) == 9


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


def test_the_documented_example_is_a_valid_export(store: Store) -> None:
    doc = (Path(__file__).parents[2] / "docs" / "export-format.md").read_text("utf-8")
    example = json.loads(doc.split("```json", 1)[1].split("```", 1)[0])
    summary = exchange.import_document(store, example)
    assert summary.created == {
        "groups": 1,
        "participants": 1,
        "status_history": 1,
        "notes": 1,
    }
    (person,) = exchange.export_data(store)["participants"]
    assert person["first_name"] == "Noor" and person["group_id"] == "g-1"
    logged = log_count(store)
    again = exchange.import_document(store, example)  # created_at left out: kept, not "now"
    assert sum(again.updated.values()) == 0 and again.unchanged == summary.created
    assert log_count(store) == logged


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
