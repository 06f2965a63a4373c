"""The words of the participation spiral (``resources/spiral/criteria.json``): each step's
name and a one-line description for the young person, and the criteria of each
transition (1→2 … 5→zelfstandig) from the handbook's Bijlage 3, in the original wording
and in B1 wording addressed to the young person ("Je kunt afspraken maken en nakomen").

The file is Dutch only, on purpose: these are the method's own words, which the coach and
the young person speak together; the English screens show them in Dutch as well. A
criterion is stored by its key (``"1-2.afspraken"``), never by its text, so the wording
may be improved without touching a measurement.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from jiu_desktop.errors import InvalidInput
from jiu_desktop.i18n import translate
from jiu_desktop.models import SPIRAL_STEPS
from jiu_desktop.paths import RESOURCES

CRITERIA_FILE = RESOURCES / "spiral" / "criteria.json"
FORMAT = "jiu-spiral-criteria"
#: ``"<from>-<to>.<word>"``: the transition, then a short Dutch word for the criterion.
KEY = re.compile(r"^([1-5])-([2-6])\.[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Criterion:
    key: str
    #: The handbook's words, for the coach ("is in staat tot het maken en nakomen van …").
    original: str
    #: Addressed to the young person, B1 ("Je kunt afspraken maken en nakomen.").
    b1: str


@dataclass(frozen=True)
class StepWords:
    step: int
    name: str  # Overleven, Ontmoeten, …
    description: str  # one line, B1, for *Mijn spiraal*
    handbook: str  # the handbook's question for this step, for the coach

    @property
    def label(self) -> str:
        """ "3 Ondersteunen"."""
        return f"{self.step} {self.name}"


@dataclass(frozen=True)
class Transition:
    from_step: int
    to_step: int
    title: str
    criteria: tuple[Criterion, ...]


@dataclass(frozen=True)
class SpiralWords:
    steps: tuple[StepWords, ...]
    transitions: tuple[Transition, ...]

    def step(self, number: int) -> StepWords:
        return next(s for s in self.steps if s.step == number)

    def next_transition(self, step: int) -> Transition | None:
        """The criteria to talk about at this step: those of the way to the next one
        (none at the last step)."""
        return next((t for t in self.transitions if t.from_step == step), None)

    def criterion(self, key: str) -> Criterion | None:
        for transition in self.transitions:
            for criterion in transition.criteria:
                if criterion.key == key:
                    return criterion
        return None


def criteria_problems(data: object) -> list[str]:
    """Everything wrong with the contents of a criteria file (empty when it is sound):
    every step named and described, every transition present once, every key well formed,
    unique and belonging to its transition, every criterion worded twice."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return [f"not a {FORMAT} file"]
    steps = data.get("steps")
    transitions = data.get("transitions")
    if not isinstance(steps, list) or not all(isinstance(s, dict) for s in steps):
        return ["steps: not a list of objects"]
    if not isinstance(transitions, list) or not all(isinstance(t, dict) for t in transitions):
        return ["transitions: not a list of objects"]
    return _step_problems(steps) + _transition_problems(transitions)


def _step_problems(steps: list[dict[str, object]]) -> list[str]:
    problems: list[str] = []
    numbers = [s.get("step") for s in steps]
    if numbers != list(SPIRAL_STEPS):
        problems.append(f"steps: expected {list(SPIRAL_STEPS)} in order, found {numbers}")
    for entry in steps:
        for field in ("name", "description", "handbook"):
            if not str(entry.get(field, "")).strip():
                problems.append(f"step {entry.get('step')}: no {field}")
    return problems


def _transition_problems(transitions: list[dict[str, object]]) -> list[str]:
    problems: list[str] = []
    pairs = [(t.get("from"), t.get("to")) for t in transitions]
    wanted = [(n, n + 1) for n in SPIRAL_STEPS[:-1]]
    if pairs != wanted:
        problems.append(f"transitions: expected {wanted} in order, found {pairs}")
    seen: set[str] = set()
    for transition in transitions:
        where = f"{transition.get('from')}→{transition.get('to')}"
        criteria = transition.get("criteria")
        if not isinstance(criteria, list) or not criteria:
            problems.append(f"{where}: no criteria")
            continue
        for criterion in criteria:
            entry = criterion if isinstance(criterion, dict) else {}
            key = str(entry.get("key", ""))
            match = KEY.match(key)
            if match is None:
                problems.append(f"{where}: key “{key}” is not like “1-2.afspraken”")
            elif (int(match[1]), int(match[2])) != (transition.get("from"), transition.get("to")):
                problems.append(f"{where}: key “{key}” names another transition")
            if key in seen:
                problems.append(f"{where}: key “{key}” is used twice")
            seen.add(key)
            for field in ("original", "b1"):
                if not str(entry.get(field, "")).strip():
                    problems.append(f"{where}: “{key}” has no {field} wording")
    return problems


def read_criteria(path: Path) -> SpiralWords:
    """The words in ``path``; InvalidInput naming the first problem when it is not sound."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InvalidInput(
            translate("spiral", "The spiral's criteria cannot be read: {reason}").format(
                reason=error
            )
        ) from error
    problems = criteria_problems(data)
    if problems:
        raise InvalidInput(
            translate("spiral", "The spiral's criteria cannot be read: {reason}").format(
                reason=problems[0]
            )
        )
    return SpiralWords(
        steps=tuple(
            StepWords(s["step"], s["name"], s["description"], s["handbook"])
            for s in sorted(data["steps"], key=lambda s: s["step"])
        ),
        transitions=tuple(
            Transition(
                t["from"],
                t["to"],
                t["title"],
                tuple(Criterion(c["key"], c["original"], c["b1"]) for c in t["criteria"]),
            )
            for t in data["transitions"]
        ),
    )


@cache
def spiral_words() -> SpiralWords:
    """The shipped words, read once."""
    return read_criteria(CRITERIA_FILE)
