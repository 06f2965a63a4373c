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
    before = log_count(other)
    again = exchange.import_file(other, out)
    assert sum(again.created.values()) == sum(again.updated.values()) == 0
    assert log_count(other) == before, "a second import changes nothing"
    other.close()


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


@pytest.mark.parametrize("content", [b"", b"\x00\xff\xfe garbage", b"{not json", b"null"])
def test_unreadable_files_are_refused(store: Store, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "file.json"
    path.write_bytes(content)
    with pytest.raises(InvalidImport):
        exchange.import_file(store, path)
    with pytest.raises(InvalidImport):
        exchange.import_file(store, tmp_path / "missing.json")
