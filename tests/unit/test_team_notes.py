"""Team notes: team data with dates and kinds, and a warning when a participant is named."""

from __future__ import annotations

from datetime import date

import pytest

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput
from jiu_desktop.services import participants, team_notes


def test_team_notes_are_added_changed_deleted_and_listed_by_date(store: Store) -> None:
    for day, kind in (("2026-10-01", "planning"), ("2026-10-15", "intervisie")):
        team_notes.add_team_note(store, note_date=day, kind=kind, text=f"{kind}\ntweede regel")
    overleg = team_notes.add_team_note(
        store, note_date="2026-11-02", kind="afstemmingsoverleg", text="Met het wijkteam"
    )
    assert [n.kind for n in team_notes.list_team_notes(store)] == [
        "afstemmingsoverleg",
        "intervisie",
        "planning",
    ]
    assert [n.note_date for n in team_notes.list_team_notes(store, "2026-10-15", "2026-11-01")] == [
        date(2026, 10, 15)
    ]
    assert len(team_notes.list_team_notes(store, from_date=date(2026, 10, 2))) == 2
    assert len(team_notes.list_team_notes(store, to_date="1-10-2026")) == 1
    assert [n.kind for n in team_notes.list_team_notes(store, kind="planning")] == ["planning"]
    team_notes.update_team_note(store, overleg.id, text="Met het wijkteam en schuldhulp")
    assert team_notes.get_team_note(store, overleg.id).text == "Met het wijkteam en schuldhulp"
    team_notes.delete_team_note(store, overleg.id)
    assert len(team_notes.list_team_notes(store)) == 2
    assert team_notes.add_team_note(store, text="Vandaag").row.note_date == date.today()


@pytest.mark.parametrize("bad", [{"kind": "roddel"}, {"note_date": "31-02-2026"}, {"who": "Sanne"}])
def test_a_bad_team_note_is_refused(store: Store, bad: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        team_notes.add_team_note(store, text="x", **bad)
    assert team_notes.list_team_notes(store) == []


def test_names_of_participants_in_a_text_are_found(store: Store) -> None:
    for first, last in (
        ("Noor", "Bakker"),
        ("Ilias", "El Amrani"),
        ("Sanne", "de Vries"),
        ("Jo", "van den Berg"),
    ):
        participants.create_participant(store, first_name=first, last_name=last)
    gone = participants.create_participant(store, first_name="Mehmet", last_name="Kaya")
    participants.delete_participant(store, gone.id)
    found = team_notes.names_mentioned
    assert found(store, "Hoe gaan we er op af als iemand twee keer mist?") == []
    assert found(store, "NOOR was er niet; Bakker-familie belde.") == ["Bakker", "Noor"]
    assert found(store, "Gesprek met mevrouw De Vries en met Amrani") == ["de Vries", "El Amrani"]
    assert found(store, "van den Berg, en ook Berg") == ["van den Berg"]
    assert found(store, "de en van zijn geen namen; Noortje ook niet") == []
    assert found(store, "Mehmet en Kaya zijn verwijderd") == []
    assert found(store, "") == []
