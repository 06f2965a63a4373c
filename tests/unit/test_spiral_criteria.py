"""The spiral's words (``resources/spiral/criteria.json``): the shipped file is sound — every
step named and described, every transition of the handbook's Bijlage 3 present with its
criteria, every key unique — and the check finds what a broken file gets wrong."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from jiu_desktop.errors import InvalidInput
from jiu_desktop.services.spiral_criteria import (
    CRITERIA_FILE,
    criteria_problems,
    read_criteria,
    spiral_words,
)


@pytest.fixture
def shipped() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(CRITERIA_FILE.read_text(encoding="utf-8"))
    return data


def test_the_shipped_file_is_sound(shipped: dict[str, Any]) -> None:
    assert criteria_problems(shipped) == []
    keys = [c["key"] for t in shipped["transitions"] for c in t["criteria"]]
    assert len(keys) == len(set(keys)) == 38


def test_every_step_has_its_name_and_every_transition_is_there() -> None:
    words = spiral_words()
    assert [s.label for s in words.steps] == [
        "1 Overleven",
        "2 Ontmoeten",
        "3 Ondersteunen",
        "4 Ontwikkelen",
        "5 Ondernemen",
        "6 Zelfstandig",
    ]
    assert [(t.from_step, t.to_step) for t in words.transitions] == [
        (1, 2),
        (2, 3),
        (3, 4),
        (4, 5),
        (5, 6),
    ]
    assert [len(t.criteria) for t in words.transitions] == [5, 8, 7, 10, 8]
    assert words.next_transition(6) is None
    assert words.step(1).description == "Je hebt rust en hulp nodig om het vol te houden."


def test_criteria_keep_the_handbook_wording_and_say_it_in_b1() -> None:
    words = spiral_words()
    first = words.criterion("1-2.afspraken")
    assert first is not None
    assert first.original == "is in staat tot het maken en nakomen van afspraken"
    assert first.b1 == "Je kunt afspraken maken en nakomen."
    # A criterion split over two lines in the handbook is one criterion here.
    language = words.criterion("2-3.taal")
    assert language is not None and language.original.endswith("te begrijpen en uit te voeren")
    assert words.criterion("2-3.te_begrijpen") is None
    for transition in words.transitions:
        for criterion in transition.criteria:
            assert criterion.b1.startswith(("Je ", "Wil je ")), criterion.key
            assert criterion.b1.endswith((".", "?")), criterion.key


def broken(shipped: dict[str, Any], change: str) -> dict[str, Any]:
    data = copy.deepcopy(shipped)
    if change == "twice":
        data["transitions"][1]["criteria"][0]["key"] = "2-3.afspraken"
    elif change == "missing transition":
        del data["transitions"][2]
    elif change == "other transition":
        data["transitions"][0]["criteria"][0]["key"] = "2-3.iets"
    elif change == "bad key":
        data["transitions"][0]["criteria"][0]["key"] = "afspraken"
    elif change == "no b1":
        data["transitions"][4]["criteria"][0]["b1"] = " "
    elif change == "no name":
        data["steps"][3]["name"] = ""
    elif change == "step missing":
        del data["steps"][5]
    return data


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ("twice", "used twice"),
        ("missing transition", "transitions: expected"),
        ("other transition", "names another transition"),
        ("bad key", "is not like"),
        ("no b1", "has no b1 wording"),
        ("no name", "step 4: no name"),
        ("step missing", "steps: expected"),
    ],
)
def test_the_check_finds_a_broken_file(shipped: dict[str, Any], change: str, said: str) -> None:
    problems = criteria_problems(broken(shipped, change))
    assert any(said in p for p in problems), problems


def test_a_broken_file_is_refused_with_its_first_problem(
    shipped: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "criteria.json"
    path.write_text(json.dumps(broken(shipped, "twice")), encoding="utf-8")
    with pytest.raises(InvalidInput, match="used twice"):
        read_criteria(path)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(InvalidInput, match="cannot be read"):
        read_criteria(path)
    assert criteria_problems([]) == ["not a jiu-spiral-criteria file"]
