"""A form template as plain values: what ``resources/forms/<slug>.json`` holds (the format
is in ``docs/forms.md``), read by the screens, the printouts and the growth chart.

``parse_definition`` trusts its input: a file is checked first (``form_check``). A
template editor builds definitions in code and saves them with ``to_json``; reading that
text back gives an equal definition, so nothing is lost or invented on the way. Fields a
file leaves out stay "not given" (``lines=None``, ``help=""``) instead of being filled in
with defaults, which is what keeps that round trip exact.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from jiu_desktop.models.forms import FormResponse

#: The format number a template file states in ``"schema"``.
FORMAT = 1
QUESTION_TYPES = ("scale", "yesno", "choice", "multi", "open", "date", "signature")
#: Who may fill in a form (the declared codes of ``FormResponse.respondent``); the first
#: of a template's list is its default.
RESPONDENTS = FormResponse.sync.choices["respondent"]
#: Whom a form is about: a participant, or the coach (a reflection about no participant).
ABOUT = ("deelnemer", "coach")
#: Lines on paper for an open question that does not say.
DEFAULT_LINES = 3
#: The answers ``hands_over`` may name, and the question type each must have.
HANDS_OVER = {"dream": "open", "step": "open", "best_before": "date"}


@dataclass(frozen=True)
class Option:
    key: str
    text: str


@dataclass(frozen=True)
class Question:
    key: str
    type: str
    text: str
    help: str = ""
    #: ``open`` only: lines on paper (None: not given, ``DEFAULT_LINES`` are printed).
    lines: int | None = None
    #: ``scale`` only: the five words for 1 to 5, and whether faces are drawn above them.
    labels: tuple[str, ...] = ()
    faces: bool = False
    #: ``choice`` and ``multi`` only.
    options: tuple[Option, ...] = ()

    @property
    def paper_lines(self) -> int:
        return self.lines if self.lines is not None else DEFAULT_LINES

    def option(self, key: str) -> Option | None:
        return next((o for o in self.options if o.key == key), None)


@dataclass(frozen=True)
class FormSection:
    title: str
    intro: str = ""
    questions: tuple[Question, ...] = ()


@dataclass(frozen=True)
class HandsOver:
    """The answers that can start a dream tin: the dream, its first step and that step's
    best-before date (question keys of the same template)."""

    dream: str
    step: str | None = None
    best_before: str | None = None

    def items(self) -> tuple[tuple[str, str], ...]:
        """(name in the file, question key) for each answer named."""
        named = (("dream", self.dream), ("step", self.step), ("best_before", self.best_before))
        return tuple((name, key) for name, key in named if key is not None)


@dataclass(frozen=True)
class FormDefinition:
    slug: str
    version: int
    title: str
    intro: str = ""
    about: str = "deelnemer"
    respondents: tuple[str, ...] = ("deelnemer",)
    sections: tuple[FormSection, ...] = ()
    hands_over: HandsOver | None = None

    @property
    def template_id(self) -> str:
        """The database id of this built-in version: ``"<slug>@<version>"``."""
        return f"{self.slug}@{self.version}"

    def questions(self) -> tuple[Question, ...]:
        """Every question, in the order of the form."""
        return tuple(q for section in self.sections for q in section.questions)

    def question(self, key: str) -> Question | None:
        """The question with ``key``; None when this version has none (a later or earlier
        version may)."""
        return next((q for q in self.questions() if q.key == key), None)

    def scale_questions(self) -> tuple[Question, ...]:
        """The questions the growth chart draws (joined across versions on their keys)."""
        return tuple(q for q in self.questions() if q.type == "scale")


def parse_definition(data: dict[str, Any]) -> FormDefinition:
    """The definition in ``data``, a template that has passed ``form_check``."""
    return FormDefinition(
        slug=data["slug"],
        version=int(data["version"]),
        title=data["title"],
        intro=data.get("intro", ""),
        about=data["about"],
        respondents=tuple(data["respondents"]),
        sections=tuple(_section(s) for s in data["sections"]),
        hands_over=_hands_over(data.get("hands_over")),
    )


def _hands_over(data: dict[str, str] | None) -> HandsOver | None:
    if data is None:
        return None
    return HandsOver(data["dream"], data.get("step"), data.get("best_before"))


def _section(data: dict[str, Any]) -> FormSection:
    return FormSection(
        title=data["title"],
        intro=data.get("intro", ""),
        questions=tuple(_question(q) for q in data["questions"]),
    )


def _question(data: dict[str, Any]) -> Question:
    lines = data.get("lines")
    return Question(
        key=data["key"],
        type=data["type"],
        text=data["text"],
        help=data.get("help", ""),
        lines=None if lines is None else int(lines),
        labels=tuple(data.get("labels", ())),
        faces=bool(data.get("faces", False)),
        options=tuple(Option(o["key"], o["text"]) for o in data.get("options", ())),
    )


def to_dict(definition: FormDefinition) -> dict[str, Any]:
    """The template file's content, in the order of ``docs/forms.md``; fields that were
    not given are left out."""
    data: dict[str, Any] = {
        "schema": FORMAT,
        "slug": definition.slug,
        "version": definition.version,
        "title": definition.title,
    }
    if definition.intro:
        data["intro"] = definition.intro
    data["about"] = definition.about
    data["respondents"] = list(definition.respondents)
    if definition.hands_over is not None:
        data["hands_over"] = dict(definition.hands_over.items())
    data["sections"] = [_section_dict(s) for s in definition.sections]
    return data


def _section_dict(section: FormSection) -> dict[str, Any]:
    data: dict[str, Any] = {"title": section.title}
    if section.intro:
        data["intro"] = section.intro
    data["questions"] = [_question_dict(q) for q in section.questions]
    return data


def _question_dict(question: Question) -> dict[str, Any]:
    data: dict[str, Any] = {"key": question.key, "type": question.type, "text": question.text}
    if question.help:
        data["help"] = question.help
    if question.type == "scale":
        data["labels"] = list(question.labels)
        data["faces"] = question.faces
    if question.type in ("choice", "multi"):
        data["options"] = [{"key": o.key, "text": o.text} for o in question.options]
    if question.type == "open" and question.lines is not None:
        data["lines"] = question.lines
    return data


def from_json(text: str) -> FormDefinition:
    """The definition stored as ``text`` (a template row's ``definition``)."""
    return parse_definition(json.loads(text))


def to_json(definition: FormDefinition) -> str:
    """The text of a template file (UTF-8, readable Dutch, ending in a newline)."""
    return json.dumps(to_dict(definition), ensure_ascii=False, indent=2) + "\n"
