"""Participants, notes and search through the services (no Qt)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.models import Coach, Participant
from jiu_desktop.services import notes, participants, team


def test_create_update_and_status_history(store: Store) -> None:
    person = participants.create_participant(store, first_name="Noor", last_name="Bakker")
    changes = participants.update_participant(
        store, person.id, status="intake", email="noor@example.nl", date_of_birth="9-4-2001"
    )
    assert changes.touches(Participant)
    saved = participants.get_participant(store, person.id)
    assert (saved.status, saved.email, saved.date_of_birth) == (
        "intake",
        "noor@example.nl",
        date(2001, 4, 9),
    )
    history = participants.status_history(store, person.id)
    assert [h.status for h in history] == ["aangemeld", "intake"]
    assert all(h.changed_on == date.today() for h in history)
    assert not participants.update_participant(store, person.id, status="intake")


@pytest.mark.parametrize(
    "fields",
    [
        {"email": "geen-adres"},
        {"phone": "bel me"},
        {"date_of_birth": "31-02-2001"},
        {"date_of_birth": (date.today() + timedelta(days=3)).isoformat()},
        {"status": "probleemgeval"},
        {"first_name": "", "last_name": ""},
        {"shoe_size": 44},
    ],
)
def test_bad_input_is_refused_and_changes_nothing(store: Store, fields: dict[str, object]) -> None:
    person = participants.create_participant(store, first_name="Noor", email="n@example.nl")
    with pytest.raises(InvalidInput) as error:
        participants.update_participant(store, person.id, **fields)
    assert str(error.value)
    saved = participants.get_participant(store, person.id)
    assert (saved.first_name, saved.email, saved.status) == ("Noor", "n@example.nl", "aangemeld")


def test_unknown_participant(store: Store) -> None:
    with pytest.raises(NotFound):
        participants.update_participant(store, "does-not-exist", first_name="X")


def test_search_by_name_prefix_and_note_words(store: Store) -> None:
    noor = participants.create_participant(store, first_name="Noor", last_name="Bakker")
    ilias = participants.create_participant(store, first_name="Ilias", last_name="El Amrani")
    notes.add_note(store, ilias.id, text="Wil graag naar het ROC; schulden bij DUO geregeld")
    notes.add_note(store, noor.id, text="Voetbaltraining gegeven aan de jongste groep")

    def found(query: str) -> list[str]:
        return [r.first_name for r in participants.list_participants(store, query=query)]

    assert found("bak") == ["Noor"]
    assert found("schuld") == ["Ilias"]
    assert found("ilias roc") == ["Ilias"], "words may come from name and note"
    assert found("noor schuld") == []
    assert found("El Amr") == ["Ilias"]
    assert sorted(found("")) == ["Ilias", "Noor"]
    assert found('"; DROP TABLE participant; --') == []


def test_search_accent_insensitive_and_follows_edits(store: Store) -> None:
    person = participants.create_participant(store, first_name="Chloé", last_name="Visser")
    assert [r.id for r in participants.list_participants(store, query="chloe")] == [person.id]
    participants.update_participant(store, person.id, first_name="Fleur")
    assert participants.list_participants(store, query="chloe") == []
    participants.delete_participant(store, person.id)
    assert participants.list_participants(store, query="fleur") == []


def test_filter_and_sort(store: Store) -> None:
    group = team.create_group(store, "Voorjaar 2027")
    a = participants.create_participant(store, first_name="Zara", group_id=group.id)
    participants.create_participant(store, first_name="Anna", status="actief")
    participants.update_participant(store, a.id, status="actief")
    rows = participants.list_participants(store, status="actief")
    assert [r.first_name for r in rows] == ["Anna", "Zara"]
    assert [r.first_name for r in participants.list_participants(store, group_id=group.id)] == [
        "Zara"
    ]
    assert rows[1].group_name == "Voorjaar 2027"


def test_notes_timeline_and_follow_ups(store: Store) -> None:
    person = participants.create_participant(store, first_name="Noor")
    old = notes.add_note(store, person.id, note_date=date(2026, 9, 1), text="Intake", kind="intake")
    new = notes.add_note(
        store,
        person.id,
        note_date=date(2026, 9, 8),
        text="Gebeld",
        kind="telefonisch",
        follow_up="Samen naar het Werkplein",
        follow_up_due=date(2026, 9, 15),
    )
    assert [n.id for n in notes.list_notes(store, person.id)] == [new.id, old.id]
    assert [f.action for f in notes.open_follow_ups(store)] == ["Samen naar het Werkplein"]
    notes.update_note(store, new.id, follow_up_done=True)
    assert notes.open_follow_ups(store) == []
    with pytest.raises(InvalidInput):
        notes.update_note(store, new.id, kind="verhoor")
    notes.delete_note(store, old.id)
    assert [n.id for n in notes.list_notes(store, person.id)] == [new.id]


def test_referrals(store: Store) -> None:
    person = participants.create_participant(store, first_name="Noor")
    referral = participants.add_referral(
        store, person.id, organisation="Schuldhulpmaatje", referred_on="2026-10-01"
    )
    participants.update_referral(store, referral.id, status="loopt")
    assert [(r.organisation, r.status) for r in participants.list_referrals(store, person.id)] == [
        ("Schuldhulpmaatje", "loopt")
    ]
    with pytest.raises(InvalidInput):
        participants.add_referral(store, person.id, organisation="")
    participants.delete_referral(store, referral.id)
    assert participants.list_referrals(store, person.id) == []


def test_the_profile_knows_its_coach_and_filters_by_it(store: Store) -> None:
    assert team.my_coach_id(store) is None
    with pytest.raises(NotFound):
        team.set_my_coach(store, "no-such-coach")
    sanne = team.create_coach(store, "Sanne").row
    other = team.create_coach(store, "Joris").row
    participants.create_participant(store, first_name="Noor", coach_id=sanne.id)
    participants.create_participant(store, first_name="Sem", coach_id=other.id, status="actief")
    team.set_my_coach(store, sanne.id)
    assert team.my_coach_id(store) == sanne.id
    assert [p.first_name for p in participants.list_participants(store, coach_id=sanne.id)] == [
        "Noor"
    ]
    assert participants.count_participants(store, coach_id=sanne.id) == 1
    assert participants.count_participants(store, status="actief") == 1
    assert participants.count_participants(store, status="actief", coach_id=sanne.id) == 0
    with store.session() as session:
        coach = session.get(Coach, sanne.id)
        assert coach is not None
        coach.deleted = True
    assert team.my_coach_id(store) is None  # a removed coach is nobody's "mine"
    team.set_my_coach(store, None)
    assert team.my_coach_id(store) is None
