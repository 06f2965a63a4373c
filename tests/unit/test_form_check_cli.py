"""``form-check`` on the real command line, in subprocesses: errors exit 1, wording
warnings exit 0, and no profile is needed, opened or made."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jiu_desktop.services.form_builtin import FORMS
from tests.integration.test_cli import failed_cleanly, run


@pytest.fixture
def data_home(tmp_path: Path) -> dict[str, str | None]:
    """A home where the default profile would be made, and no passphrase to open one."""
    (tmp_path / "data").mkdir()
    return {"XDG_DATA_HOME": str(tmp_path / "data"), "JIU_PASSPHRASE": None}


def written(tmp_path: Path, slug: str, change: dict[str, str]) -> Path:
    document = json.loads((FORMS / f"{slug}.json").read_text("utf-8"))
    document["sections"][0]["questions"][1].update(change)
    path = tmp_path / f"{slug}.json"
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return path


def test_a_good_file_says_ok_and_touches_no_profile(
    data_home: dict[str, str | None], tmp_path: Path
) -> None:
    path = FORMS / "evaluatie-bijeenkomst.json"
    result = run("form-check", path, env=data_home)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.splitlines() == [f"{path}: OK (Evaluatie van de bijeenkomst, version 1)"]
    assert list((tmp_path / "data").iterdir()) == [], "no profile folder was made"


def test_a_why_question_warns_and_exits_0(data_home: dict[str, str | None], tmp_path: Path) -> None:
    path = written(tmp_path, "evaluatie-bijeenkomst", {"text": "Waarom ging het goed?"})
    result = run("form-check", path, env=data_home)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"warning: {path}: sections[0].questions[1].text: "
        'starts with "Waarom": ask what or how instead'
    ]


def test_errors_are_listed_one_per_line_and_exit_1(
    data_home: dict[str, str | None], tmp_path: Path
) -> None:
    path = written(tmp_path, "spelvoorbereiding", {"type": "slider", "kleur": "rood"})
    result = run("form-check", path, env=data_home)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f'{path}: sections[0].questions[1].type: "slider" is not a question type'
        " (use one of: scale, yesno, choice, multi, open, date, signature)",
        f"{path}: sections[0].questions[1].kleur: unknown field",
    ]
    syntax = tmp_path / "half.json"
    syntax.write_text('{\n  "schema": 1,\n  "slug": \n', "utf-8")
    broken = run("form-check", syntax, env=data_home)
    assert broken.returncode == 1
    assert broken.stderr.startswith(f"{syntax}:4:1: ")
    assert list((tmp_path / "data").iterdir()) == []


def test_a_missing_file_fails_in_one_line(data_home: dict[str, str | None], tmp_path: Path) -> None:
    line = failed_cleanly(run("form-check", tmp_path / "nergens.json", env=data_home))
    assert "nergens.json" in line
