"""``participants`` and ``erase`` on the real command line, in subprocesses.

One profile for the module, filled in this process (cheap and with names chosen to test
sorting and stray tabs); every test erases a different person, so the order they run in
does not matter.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from jiu_desktop.cli.common import locked
from jiu_desktop.services import participants, profile
from jiu_desktop.services.backup import write_backup
from jiu_desktop.vault.backup_file import unpack
from jiu_desktop.vault.engine import open_engine
from tests.integration.test_cli import PASS, failed_cleanly, hashes, run, run_in_terminal

PEOPLE = {
    "bram": ("Bram", "de Vries"),
    "anna": ("Anna", "Jansen"),
    "zoe": ("Zoë", "jansen"),
    "tess": ("Tess\tEl", "Bakker\nSmit"),
    "gone": ("Mo", "Akbar"),  # deleted: not listed
    "typed": ("Lieke", "Visser"),  # erased on a terminal
    "yes": ("Daan", "Mulder"),  # erased with --yes
}


@dataclass(frozen=True)
class Team:
    root: Path
    ids: dict[str, str]
    data_key: bytes

    @property
    def automatic_backup(self) -> Path:
        return self.root / "backups" / "20240101-000000.jiubackup"


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Team:
    root = tmp_path_factory.mktemp("people") / "profile"
    with locked(root, must_exist=False):  # as ``init`` does: the lock file stays
        store, _recovery = profile.create_profile(root, "Sanne", PASS)
    try:
        ids = {
            key: participants.create_participant(store, first_name=first, last_name=last).id
            for key, (first, last) in PEOPLE.items()
        }
        participants.delete_participant(store, ids["gone"])
        (root / "backups").mkdir(exist_ok=True)
        made = Team(root, ids, store.data_key)
        write_backup(store, made.automatic_backup)  # a copy of the kind the profile keeps
    finally:
        store.close()
    return made


def listed(team: Team) -> list[list[str]]:
    result = run("participants", "--profile", team.root)
    assert result.returncode == 0, result.stderr
    return [line.split("\t") for line in result.stdout.splitlines()]


def ids_in_backup(team: Team) -> set[str]:
    contents = unpack(team.automatic_backup.read_bytes())
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "copy.db"
        database.write_bytes(contents.database)
        engine = open_engine(database, team.data_key)
        try:
            with engine.connect() as conn:
                return {row[0] for row in conn.execute(text("SELECT id FROM participant"))}
        finally:
            engine.dispose()


def test_participants_prints_one_tab_separated_line_each_sorted_by_last_name(
    team: Team, tmp_path: Path
) -> None:
    rows = listed(team)
    out = tmp_path / "all.json"
    assert run("export", "--profile", team.root, "--out", out).returncode == 0
    exported = {p["id"] for p in json.loads(out.read_text("utf-8"))["participants"]}

    assert all(len(row) == 4 for row in rows), rows
    assert {row[0] for row in rows} == exported, "the same people as an export, no header"
    assert team.ids["gone"] not in exported | {row[0] for row in rows}
    assert rows[0] == [team.ids["tess"], "Tess El", "Bakker Smit", "aangemeld"]
    names = [(last.casefold(), first.casefold()) for _id, first, last, _status in rows]
    assert names == sorted(names)
    jansen = [row[1] for row in rows if row[2].casefold() == "jansen"]
    assert jansen == ["Anna", "Zoë"], "same last name: by first name"


def test_erase_with_yes_forgets_the_person_here_and_in_backup_copies(
    team: Team, tmp_path: Path
) -> None:
    who = team.ids["yes"]
    assert who in ids_in_backup(team)
    erased = run("erase", "--profile", team.root, "--participant", who, "--yes")
    assert erased.returncode == 0, erased.stderr
    assert f"Participant {who} erased" in erased.stdout
    assert "Daan" not in erased.stdout + erased.stderr, "no personal data shown"

    assert who not in {row[0] for row in listed(team)}
    out = tmp_path / "after.json"
    assert run("export", "--profile", team.root, "--out", out).returncode == 0
    document = out.read_text("utf-8")
    assert who not in document and "Daan" not in document and "Mulder" not in document
    assert who not in ids_in_backup(team), "the profile's own backup copy lost them too"


def test_erase_refuses_without_yes_or_terminal_and_an_unknown_id(team: Team) -> None:
    who = team.ids["bram"]
    before = hashes(team.root)
    message = failed_cleanly(run("erase", "--profile", team.root, "--participant", who))
    assert "--yes" in message
    assert hashes(team.root) == before
    unknown = run("erase", "--profile", team.root, "--participant", "onbekend", "--yes")
    assert "onbekend" in failed_cleanly(unknown)
    assert hashes(team.root) == before


@pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX")
def test_erase_on_a_terminal_asks_for_the_first_name(team: Team) -> None:
    who = team.ids["typed"]
    command = ["erase", "--profile", str(team.root), "--participant", who]
    before = hashes(team.root)
    code, output = run_in_terminal(command, [PASS, "Visser"])
    assert code == 1 and "did not match" in output, output
    assert "Lieke Visser" in output, "the question names the person"
    assert hashes(team.root) == before, "a wrong name erases nothing"

    code, output = run_in_terminal(command, [PASS, "Lieke"])
    assert code == 0, output
    assert f"Participant {who} erased" in output
    assert who not in {row[0] for row in listed(team)}
