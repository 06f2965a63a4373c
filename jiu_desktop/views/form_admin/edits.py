"""The template editor's edits, as plain functions from one definition to the next.

A definition is immutable (``services/form_definition.py``): every edit returns a new one,
so the undo stack only keeps the definition before and after. The edits keep a draft
well-formed where a coach could not tell what went wrong: a form keeps at least one part,
a choice at least two options, and the answers that start a dream tin (``hands_over``)
stay. What they refuse raises ``InvalidInput`` with the reason. A part may be empty while
it is being filled (``stored_form`` leaves it out of what is saved).

A place in the form is ``(part, question)``; ``question`` is None for the part itself.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from jiu_desktop.errors import InvalidInput
from jiu_desktop.i18n import translate
from jiu_desktop.services.form_catalogue import question_key
from jiu_desktop.services.form_definition import (
    DEFAULT_LINES,
    FormDefinition,
    FormSection,
    Option,
    Question,
)

Place = tuple[int, int | None]


def default_labels() -> tuple[str, ...]:
    return (
        translate("form_admin", "Not good"),
        translate("form_admin", "Not so good"),
        translate("form_admin", "Okay"),
        translate("form_admin", "Good"),
        translate("form_admin", "Very good"),
    )


def new_question(kind: str, text: str, taken: set[str]) -> Question:
    """A question of type ``kind`` with sensible defaults; its key from ``text``."""
    key = question_key(text, taken)
    if kind == "scale":
        return Question(key, kind, text, labels=default_labels(), faces=True)
    if kind in ("choice", "multi"):
        first = translate("form_admin", "Option 1")
        second = translate("form_admin", "Option 2")
        one = Option(question_key(first, set()), first)
        two = Option(question_key(second, {one.key}), second)
        return Question(key, kind, text, options=(one, two))
    if kind == "open":
        return Question(key, kind, text, lines=DEFAULT_LINES)
    return Question(key, kind, text)


def _with_sections(definition: FormDefinition, sections: list[FormSection]) -> FormDefinition:
    return replace(definition, sections=tuple(sections))


def _with_questions(
    definition: FormDefinition, s: int, questions: list[Question]
) -> FormDefinition:
    sections = list(definition.sections)
    sections[s] = replace(sections[s], questions=tuple(questions))
    return _with_sections(definition, sections)


def _protected(definition: FormDefinition) -> set[str]:
    """The keys of the answers that start a dream tin: deleting them breaks the hand-over."""
    if definition.hands_over is None:
        return set()
    return {key for _name, key in definition.hands_over.items()}


def _dream_answer() -> InvalidInput:
    return InvalidInput(
        translate(
            "form_admin", "This answer can start a dream tin, so it stays. Change its text instead."
        )
    )


# -- the parts ------------------------------------------------------------------------------
def added_section(
    definition: FormDefinition, after: int, title: str
) -> tuple[FormDefinition, Place]:
    """A new, empty part after part ``after`` (-1: at the top)."""
    sections = list(definition.sections)
    sections.insert(after + 1, FormSection(title))
    return _with_sections(definition, sections), (after + 1, None)


def changed_section(definition: FormDefinition, s: int, **fields: Any) -> FormDefinition:
    sections = list(definition.sections)
    sections[s] = replace(sections[s], **fields)
    return _with_sections(definition, sections)


def deleted_section(definition: FormDefinition, s: int) -> tuple[FormDefinition, Place]:
    if len(definition.sections) == 1:
        raise InvalidInput(translate("form_admin", "A form needs at least one part."))
    if _protected(definition) & {q.key for q in definition.sections[s].questions}:
        raise _dream_answer()
    sections = list(definition.sections)
    del sections[s]
    return _with_sections(definition, sections), (min(s, len(sections) - 1), None)


def moved_section(definition: FormDefinition, s: int, step: int) -> tuple[FormDefinition, Place]:
    target = s + step
    if not 0 <= target < len(definition.sections):
        return definition, (s, None)
    sections = list(definition.sections)
    sections[s], sections[target] = sections[target], sections[s]
    return _with_sections(definition, sections), (target, None)


# -- the questions --------------------------------------------------------------------------
def added_question(
    definition: FormDefinition, place: Place, question: Question
) -> tuple[FormDefinition, Place]:
    """``question`` after the question at ``place`` (at the end of a part chosen as such)."""
    s, q = place
    questions = list(definition.sections[s].questions)
    at = len(questions) if q is None else q + 1
    questions.insert(at, question)
    return _with_questions(definition, s, questions), (s, at)


def changed_question(definition: FormDefinition, s: int, q: int, **fields: Any) -> FormDefinition:
    questions = list(definition.sections[s].questions)
    questions[q] = replace(questions[q], **fields)
    return _with_questions(definition, s, questions)


def deleted_question(definition: FormDefinition, s: int, q: int) -> tuple[FormDefinition, Place]:
    questions = list(definition.sections[s].questions)
    if questions[q].key in _protected(definition):
        raise _dream_answer()
    del questions[q]
    chosen = min(q, len(questions) - 1) if questions else None
    return _with_questions(definition, s, questions), (s, chosen)


def moved_question(
    definition: FormDefinition, s: int, q: int, step: int
) -> tuple[FormDefinition, Place]:
    """One place up (-1) or down (+1); past the top or bottom of its part, into the
    part before or after (a part keeps at least one question)."""
    questions = list(definition.sections[s].questions)
    target = q + step
    if 0 <= target < len(questions):
        questions[q], questions[target] = questions[target], questions[q]
        return _with_questions(definition, s, questions), (s, target)
    other = s + step
    if not 0 <= other < len(definition.sections):
        return definition, (s, q)
    moving = questions.pop(q)
    sections = list(definition.sections)
    sections[s] = replace(sections[s], questions=tuple(questions))
    neighbours = list(sections[other].questions)
    at = len(neighbours) if step < 0 else 0
    neighbours.insert(at, moving)
    sections[other] = replace(sections[other], questions=tuple(neighbours))
    return _with_sections(definition, sections), (other, at)


# -- the options of a choice ----------------------------------------------------------------
def added_option(definition: FormDefinition, s: int, q: int, text: str) -> FormDefinition:
    question = definition.sections[s].questions[q]
    key = question_key(text, {o.key for o in question.options})
    options = (*question.options, Option(key, text))
    return changed_question(definition, s, q, options=options)


def changed_option(
    definition: FormDefinition, s: int, q: int, index: int, text: str
) -> FormDefinition:
    """A new text; the option keeps its key (stored answers name it)."""
    options = list(definition.sections[s].questions[q].options)
    options[index] = replace(options[index], text=text)
    return changed_question(definition, s, q, options=tuple(options))


def deleted_option(definition: FormDefinition, s: int, q: int, index: int) -> FormDefinition:
    options = list(definition.sections[s].questions[q].options)
    if len(options) <= 2:
        raise InvalidInput(translate("form_admin", "A choice needs at least two options."))
    del options[index]
    return changed_question(definition, s, q, options=tuple(options))


def moved_option(
    definition: FormDefinition, s: int, q: int, index: int, step: int
) -> tuple[FormDefinition, int]:
    options = list(definition.sections[s].questions[q].options)
    target = index + step
    if not 0 <= target < len(options):
        return definition, index
    options[index], options[target] = options[target], options[index]
    return changed_question(definition, s, q, options=tuple(options)), target


def stored_form(definition: FormDefinition) -> FormDefinition:
    """What is saved of the draft: the parts that hold a question (a new part is kept once
    its first question is in it)."""
    return replace(definition, sections=tuple(s for s in definition.sections if s.questions))


def empty_texts(definition: FormDefinition) -> bool:
    """Whether a text the form needs is empty (such a draft is not stored until filled)."""
    texts = [definition.title]
    for section in definition.sections:
        texts.append(section.title)
        for question in section.questions:
            texts += [question.text, *question.labels, *(o.text for o in question.options)]
    return any(not text.strip() for text in texts)
