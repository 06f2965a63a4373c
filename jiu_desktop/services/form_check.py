"""Checking a form template file: the JSON itself, the schema, what a schema cannot say,
and the wording.

Every finding is one line that names the file and the place: ``kennismaking.json:4:7:
…`` for a JSON syntax error, ``kennismaking.json: sections[2].questions[0].key: "tip" is
used twice`` otherwise. Errors make a file unusable; warnings are about the wording
(``docs/forms.md``): no "Waarom" questions (they can sound like blame, and the method's
stress-sensitive work avoids them) and short sentences (B1). The checks after the schema
run only on a file that follows it, so they can read it as a ``FormDefinition``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from jiu_desktop.i18n import translate
from jiu_desktop.services.form_definition import (
    HANDS_OVER,
    FormDefinition,
    Question,
    parse_definition,
)
from jiu_desktop.services.form_schema import Place, place_text, schema_problems, shown

#: B1: a sentence of more words than this is hard to read.
MAX_SENTENCE_WORDS = 20
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WHY = re.compile(r"[\W_]*waarom\b", re.IGNORECASE)


@dataclass(frozen=True)
class FormCheck:
    errors: list[str]
    warnings: list[str]
    #: The template, when there are no errors.
    definition: FormDefinition | None

    @property
    def ok(self) -> bool:
        return not self.errors


def check_file(path: Path, name: str | None = None) -> FormCheck:
    """Check the file at ``path``; the findings name it ``name`` (default: the path).
    A file that cannot be read raises OSError."""
    name = str(path) if name is None else name
    try:
        text = path.read_bytes().decode("utf-8-sig")  # a byte-order mark is harmless here
    except UnicodeDecodeError:
        return FormCheck([f"{name}: " + translate("forms", "is not UTF-8 text")], [], None)
    return check_text(text, name)


def check_text(text: str, name: str) -> FormCheck:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        message = translate("forms", "this is not valid JSON ({detail})").format(detail=error.msg)
        return FormCheck([f"{name}:{error.lineno}:{error.colno}: {message}"], [], None)
    problems = schema_problems(document)
    if problems:
        return FormCheck([_line(name, p, m) for p, m in problems], [], None)
    definition = parse_definition(document)
    errors = [_line(name, p, m) for p, m in _key_problems(definition)]
    warnings = [_line(name, p, m) for p, m in wording_problems(definition)]
    return FormCheck(errors, warnings, None if errors else definition)


def _line(name: str, place: Place, message: str) -> str:
    return f"{name}: {place_text(place)}: {message}" if place else f"{name}: {message}"


def _key_problems(definition: FormDefinition) -> Iterator[tuple[Place, str]]:
    """Question keys unique in the template, option keys in their question, and
    ``hands_over`` naming questions of the type the dream tin needs."""
    seen: set[str] = set()
    for place, question in _questions(definition):
        if question.key in seen:
            yield (*place, "key"), _twice(question.key)
        seen.add(question.key)
        options: set[str] = set()
        for o, option in enumerate(question.options):
            if option.key in options:
                yield (*place, "options", o, "key"), _twice(option.key)
            options.add(option.key)
    if definition.about == "coach" and definition.respondents != ("coach",):
        # a reflection about no participant is the coach's own: nobody else fills it in
        yield (
            ("respondents",),
            translate("forms", 'a form about the coach is filled in by "coach" only'),
        )
    if definition.hands_over is None:
        return
    for name, key in definition.hands_over.items():
        found = definition.question(key)
        if found is None:
            message = translate("forms", "{value} is not a question in this form")
            yield ("hands_over", name), message.format(value=shown(key))
        elif found.type != HANDS_OVER[name]:
            message = translate("forms", '{value} must be a "{expected}" question, not "{actual}"')
            yield (
                ("hands_over", name),
                message.format(value=shown(key), expected=HANDS_OVER[name], actual=found.type),
            )


def _twice(key: str) -> str:
    return translate("forms", "{value} is used twice").format(value=shown(key))


def wording_problems(definition: FormDefinition) -> Iterator[tuple[Place, str]]:
    """A question (or its help) with a sentence starting with "Waarom", and sentences
    longer than ``MAX_SENTENCE_WORDS`` in any text."""
    for place, question in _questions(definition):
        for field in ("text", "help"):
            if any(_WHY.match(s) for s in _sentences(getattr(question, field))):
                why = translate("forms", 'starts with "Waarom": ask what or how instead')
                yield (*place, field), why
    for place, text in _texts(definition):
        longest = max((_words(s) for s in _sentences(text)), default=0)
        if longest > MAX_SENTENCE_WORDS:
            long = translate(
                "forms", "has a sentence of {count} words: keep sentences to {limit} words or fewer"
            )
            yield place, long.format(count=longest, limit=MAX_SENTENCE_WORDS)


def _questions(definition: FormDefinition) -> Iterator[tuple[Place, Question]]:
    for s, section in enumerate(definition.sections):
        for q, question in enumerate(section.questions):
            yield ("sections", s, "questions", q), question


def _texts(definition: FormDefinition) -> Iterator[tuple[Place, str]]:
    """Every text a respondent reads, with its place."""
    yield ("title",), definition.title
    yield ("intro",), definition.intro
    for s, section in enumerate(definition.sections):
        yield ("sections", s, "title"), section.title
        yield ("sections", s, "intro"), section.intro
    for place, question in _questions(definition):
        yield (*place, "text"), question.text
        yield (*place, "help"), question.help
        for i, label in enumerate(question.labels):
            yield (*place, "labels", i), label
        for i, option in enumerate(question.options):
            yield (*place, "options", i, "text"), option.text


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


def _words(sentence: str) -> int:
    return sum(1 for word in sentence.split() if any(c.isalnum() for c in word))
