"""Consent on record: giving and withdrawing are one call each, the history is kept, the
latest record says how things stand, and the wording that was read out is named."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.models import CONSENT_KINDS
from jiu_desktop.services import consent, participants, team
from jiu_desktop.services.consent import WORDING

TODAY = date.today()


def person(store: Store, name: str = "Noor") -> str:
    return participants.create_participant(store, first_name=name).id


def test_no_record_means_not_given(store: Store) -> None:
    noor = person(store)
    states = consent.current_consents(store, noor)
    assert list(states) == list(CONSENT_KINDS)
    assert all(not s.given and s.record is None for s in states.values())
    assert not consent.allows(store, noor, "contact_delen")
    assert consent.consent_history(store, noor) == []


def test_give_then_withdraw_keeps_the_history_and_the_latest_counts(store: Store) -> None:
    noor = person(store)
    sanne = team.create_coach(store, "Sanne").id
    consent.give_consent(store, noor, "beeldmateriaal", coach_id=sanne, on=TODAY - timedelta(9))
    assert consent.current_consent(store, noor, "beeldmateriaal")
    assert consent.allows(store, noor, "beeldmateriaal")
    withdrawn = consent.withdraw_consent(store, noor, "beeldmateriaal")
    assert withdrawn.row.decision == "ingetrokken" and withdrawn.row.recorded_on == TODAY
    assert not consent.allows(store, noor, "beeldmateriaal")
    history = consent.consent_history(store, noor)
    assert [(r.decision, r.coach_id, r.wording_version) for r in history] == [
        ("gegeven", sanne, "v1"),
        ("ingetrokken", None, "v1"),
    ]
    assert consent.coach_name(store, history[0].coach_id) == "Sanne"
    assert consent.coach_name(store, None) == ""
    state = consent.current_consents(store, noor)["beeldmateriaal"]
    assert not state.given and state.record is not None and state.record.id == withdrawn.id


def test_the_latest_by_date_counts_not_the_latest_typed(store: Store) -> None:
    """A paper form signed last week, typed in after a withdrawal of today, is older."""
    noor = person(store)
    consent.withdraw_consent(store, noor, "contact_delen", on=TODAY)
    consent.give_consent(store, noor, "contact_delen", on=TODAY - timedelta(7))
    assert not consent.allows(store, noor, "contact_delen")
    assert [r.decision for r in consent.consent_history(store, noor)] == [
        "gegeven",
        "ingetrokken",
    ], "oldest first"


def test_kinds_are_apart(store: Store) -> None:
    noor = person(store)
    consent.give_consent(store, noor, "gegevens_bewaren")
    assert consent.allows(store, noor, "gegevens_bewaren")
    assert not consent.allows(store, noor, "uitspraken_anoniem")
    assert [r.kind for r in consent.consent_history(store, noor, "gegevens_bewaren")] == [
        "gegevens_bewaren"
    ]


def test_who_allows_a_kind_among_many(store: Store) -> None:
    noor, ilias, sem = person(store, "Noor"), person(store, "Ilias"), person(store, "Sem")
    for who in (noor, ilias):
        consent.give_consent(store, who, "contact_delen")
    consent.withdraw_consent(store, ilias, "contact_delen")
    assert consent.allowing(store, "contact_delen") == {noor}
    assert consent.allowing(store, "contact_delen", [ilias, sem]) == set()
    participants.delete_participant(store, noor)
    assert consent.allowing(store, "contact_delen") == set()
    assert not consent.allows(store, noor, "contact_delen"), "a deleted participant allows nothing"
    assert not consent.allows(store, "no-such-id", "contact_delen")


@pytest.mark.parametrize(
    "bad",
    [
        {"kind": "alles"},
        {"on": TODAY + timedelta(days=1)},
        {"on": "morgen"},
        {"wording_version": "v99"},
        {"coach_id": "no-such-coach"},
    ],
)
def test_a_bad_record_is_refused_and_changes_nothing(store: Store, bad: dict[str, object]) -> None:
    noor = person(store)
    kind = str(bad.pop("kind", "contact_delen"))
    with pytest.raises((InvalidInput, NotFound)):
        consent.give_consent(store, noor, kind, **bad)  # type: ignore[arg-type]
    assert consent.consent_history(store, noor) == []


def test_the_wording_is_b1_dutch_per_kind_and_versioned() -> None:
    assert consent.wording_versions() == ("v1",) == (consent.current_wording_version(),)
    texts = consent.wording()
    assert list(texts) == list(CONSENT_KINDS)
    for kind, wording in texts.items():
        assert wording.version == "v1" and wording.kind == kind
        assert wording.title and wording.text.endswith("?"), "it ends with the question"
        assert "van gedachten veranderen" in wording.text, "withdrawing is always possible"
        sentences = [s for s in wording.text.replace("?", ".").split(".") if s.strip()]
        assert max(len(s.split()) for s in sentences) <= 25, "short sentences (B1)"
    carried = consent.wording("overgenomen")
    assert set(carried) == set(CONSENT_KINDS)
    assert carried["beeldmateriaal"].title == texts["beeldmateriaal"].title
    with pytest.raises(InvalidInput):
        consent.wording("v0")


def test_a_new_wording_version_becomes_the_current_one(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "consent"
    shutil.copytree(WORDING, folder)
    document = json.loads((folder / "v1.json").read_text("utf-8"))
    for version in ("v2", "v10"):
        document["version"] = version
        document["kinds"]["beeldmateriaal"]["text"] = f"Tekst {version}: mag dat?"
        (folder / f"{version}.json").write_text(json.dumps(document), "utf-8")
    monkeypatch.setattr(consent, "WORDING", folder)
    assert consent.wording_versions() == ("v1", "v2", "v10"), "by number, not by letter"
    assert consent.current_wording_version() == "v10"
    assert consent.wording("v2")["beeldmateriaal"].text == "Tekst v2: mag dat?"
    noor = person(store)
    assert consent.give_consent(store, noor, "beeldmateriaal").row.wording_version == "v10"
    older = consent.give_consent(store, noor, "beeldmateriaal", wording_version="v1")
    assert older.row.wording_version == "v1"


def test_the_old_checkboxes_become_records_when_they_change(store: Store) -> None:
    sanne = team.create_coach(store, "Sanne").id
    team.set_my_coach(store, sanne)
    noor = participants.create_participant(store, first_name="Noor", consent_photos=True).id
    assert participants.get_participant(store, noor).consent_photos
    participants.update_participant(store, noor, consent_photos=True, consent_data_kept=False)
    assert len(consent.consent_history(store, noor)) == 1, "no change, no record"
    participants.update_participant(store, noor, consent_photos=False)
    person_now = participants.get_participant(store, noor)
    assert not person_now.consent_photos and not person_now.consent_data_kept
    history = consent.consent_history(store, noor)
    assert [(r.kind, r.decision, r.coach_id, r.wording_version) for r in history] == [
        ("beeldmateriaal", "gegeven", sanne, ""),
        ("beeldmateriaal", "ingetrokken", sanne, ""),
    ]
    consent.give_consent(store, noor, "contact_delen")
    assert participants.get_participant(store, noor).consent_contact_shared
