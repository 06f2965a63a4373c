"""``consents`` and ``team-notes`` on the real command line, in subprocesses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from jiu_desktop.cli.common import locked
from jiu_desktop.services import consent, participants, profile, team, team_notes
from tests.integration.test_cli import PASS, failed_cleanly, hashes, run


@dataclass(frozen=True)
class Filled:
    root: Path
    noor: str
    ilias: str


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Filled:
    root = tmp_path_factory.mktemp("record") / "profile"
    with locked(root, must_exist=False):
        store, _recovery = profile.create_profile(root, "Sanne", PASS)
    try:
        sanne = team.create_coach(store, "Sanne\tde Vries").id
        noor = participants.create_participant(store, first_name="Noor").id
        ilias = participants.create_participant(store, first_name="Ilias").id
        consent.give_consent(store, noor, "gegevens_bewaren", coach_id=sanne, on="2026-09-01")
        consent.give_consent(store, noor, "beeldmateriaal", coach_id=sanne, on="2026-09-01")
        consent.withdraw_consent(store, noor, "beeldmateriaal", on="2026-10-15")
        for day, kind, text in (
            ("2026-10-15", "afstemmingsoverleg", "Met het wijkteam\nwie doet de schulden"),
            ("2026-09-03", "planning", "\nTraining dinsdag en donderdag"),
            ("2026-11-20", "intervisie", "Er op af\tgaan"),
        ):
            team_notes.add_team_note(store, note_date=day, kind=kind, text=text)
        gone = team_notes.add_team_note(store, note_date="2026-10-01", text="Weg")
        team_notes.delete_team_note(store, gone.id)
    finally:
        store.close()
    return Filled(root, noor, ilias)


def lines(*args: str | Path) -> list[list[str]]:
    result = run(*args)
    assert result.returncode == 0, result.stderr
    return [line.split("\t") for line in result.stdout.splitlines()]


def test_consents_prints_the_history_oldest_first(filled: Filled) -> None:
    assert lines("consents", "--profile", filled.root, "--participant", filled.noor) == [
        ["2026-09-01", "gegevens_bewaren", "gegeven", "v1", "Sanne de Vries"],
        ["2026-09-01", "beeldmateriaal", "gegeven", "v1", "Sanne de Vries"],
        ["2026-10-15", "beeldmateriaal", "ingetrokken", "v1", ""],
    ]
    assert lines("consents", "--profile", filled.root, "--participant", filled.ilias) == []


def test_consents_of_someone_unknown_fails_in_one_line(filled: Filled) -> None:
    before = hashes(filled.root)
    message = failed_cleanly(run("consents", "--profile", filled.root, "--participant", "onbekend"))
    assert "onbekend" in message
    assert hashes(filled.root) == before


def test_team_notes_prints_date_kind_and_first_line(filled: Filled) -> None:
    assert lines("team-notes", "--profile", filled.root) == [
        ["2026-09-03", "planning", "Training dinsdag en donderdag"],
        ["2026-10-15", "afstemmingsoverleg", "Met het wijkteam"],
        ["2026-11-20", "intervisie", "Er op af gaan"],
    ]
    assert lines(
        "team-notes", "--profile", filled.root, "--from", "2026-10-15", "--to", "2026-11-19"
    ) == [["2026-10-15", "afstemmingsoverleg", "Met het wijkteam"]]
    assert lines("team-notes", "--profile", filled.root, "--from", str(date(2027, 1, 1))) == []


def test_team_notes_with_a_wrong_date_fails_in_one_line(filled: Filled) -> None:
    message = failed_cleanly(run("team-notes", "--profile", filled.root, "--to", "morgen"))
    assert "morgen" in message and "--to" in message
