"""The template file's JSON Schema (``resources/forms/schema/template.schema.json``) and its
findings in plain words, each at its JSON place: ``sections[1].questions[3].type: "slider"
is not a question type``.

jsonschema's own messages ("'x' is not one of [...]", "is too short") are written for
programmers; a coach editing a file needs to know which field, and what to write instead.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from jiu_desktop.i18n import translate
from jiu_desktop.paths import RESOURCES
from jiu_desktop.services.form_definition import QUESTION_TYPES

SCHEMA_FILE = RESOURCES / "forms" / "schema" / "template.schema.json"
KEY_PATTERN = "^[a-z0-9-]+$"

#: A JSON place: field names and list indexes from the top of the document.
Place = tuple[str | int, ...]


@cache
def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SCHEMA_FILE.read_text("utf-8"))
    return data


def schema_problems(document: Any) -> list[tuple[Place, str]]:
    """Every place where ``document`` does not follow the schema, in the document's order."""
    from jsonschema import Draft202012Validator  # only checking a file needs it

    found: dict[tuple[Place, str], None] = {}
    for error in Draft202012Validator(schema()).iter_errors(document):
        for problem in _problems(error, document):
            found[problem] = None
    unused = {place for place, message in found if _is_unused(message)}
    kept = [
        (place, message)
        for place, message in found
        if _is_unused(message) or not any(place[: len(u)] == u for u in unused)
    ]  # a field that should not be there at all needs no second remark about its content
    return sorted(kept, key=lambda problem: (_order(document, problem[0]), problem[1]))


def place_text(place: Place) -> str:
    """``("sections", 1, "questions", 3, "type")`` → ``sections[1].questions[3].type``."""
    text = ""
    for part in place:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def shown(value: Any) -> str:
    """A value as it looks in the file, shortened when long."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "…"


def _problems(error: Any, document: Any) -> list[tuple[Place, str]]:
    place: Place = tuple(error.absolute_path)
    value = error.instance
    if error.validator == "required":
        return [
            ((*place, name), translate("forms", "is missing"))
            for name in error.validator_value
            if name not in value
        ]
    if error.validator == "additionalProperties":
        known = error.schema.get("properties", {})
        return [
            ((*place, name), translate("forms", "unknown field"))
            for name in value
            if name not in known
        ]
    if error.validator == "not":
        kind = _at(document, place[:-1]).get("type")
        return [(place, _unused_text(kind))]
    return [(place, _message(error, place))]


def _unused_text(kind: str) -> str:
    return translate("forms", 'does not belong in a question of type "{type}"').format(type=kind)


def _is_unused(message: str) -> bool:
    return any(message == _unused_text(kind) for kind in QUESTION_TYPES)


def _message(error: Any, place: Place) -> str:
    field = next((part for part in reversed(place) if isinstance(part, str)), "")
    value, rule, limit = shown(error.instance), error.validator, error.validator_value
    if rule == "enum" and field == "type":
        return translate("forms", "{value} is not a question type (use one of: {types})").format(
            value=value, types=", ".join(QUESTION_TYPES)
        )
    if rule == "enum":
        return translate("forms", "{value} is not one of: {choices}").format(
            value=value, choices=", ".join(map(str, limit))
        )
    if rule == "const":
        return translate("forms", "must be {expected}, not {value}").format(
            expected=shown(limit), value=value
        )
    if rule == "type":
        return _type_message(value, limit, place)
    if rule == "pattern" and limit == KEY_PATTERN:
        return translate(
            "forms", '{value} may only hold the letters a to z, digits and "-"'
        ).format(value=value)
    if rule == "pattern":
        return translate("forms", "is empty")
    if rule in ("minItems", "maxItems") and field == "labels":
        return translate("forms", "needs exactly five labels, for 1 to 5")
    if rule == "minItems":
        return _too_few(field, limit)
    if rule == "maxItems":
        return translate("forms", "may hold at most {count} items").format(count=limit)
    if rule == "minimum":
        return translate("forms", "{value} is less than {limit}").format(value=value, limit=limit)
    if rule == "maximum":
        return translate("forms", "{value} is more than {limit}").format(value=value, limit=limit)
    if rule == "uniqueItems":
        return translate("forms", "holds the same value twice")
    return translate("forms", "does not fit the template format ({detail})").format(
        detail=error.message
    )


def _type_message(value: str, expected: str, place: Place) -> str:
    if expected == "object" and not place:
        return translate("forms", "the file holds no form template (it must be one JSON object)")
    if expected == "string":
        return translate("forms", "{value} is not a text").format(value=value)
    if expected == "integer":
        return translate("forms", "{value} is not a whole number").format(value=value)
    if expected == "boolean":
        return translate("forms", "{value} is not true or false").format(value=value)
    if expected == "array":
        return translate("forms", "{value} is not a list").format(value=value)
    return translate("forms", "{value} is not an object").format(value=value)


def _too_few(field: str, count: int) -> str:
    if field == "options":
        return translate("forms", "needs at least two options")
    if field == "sections":
        return translate("forms", "needs at least one section")
    if field == "questions":
        return translate("forms", "needs at least one question")
    if field == "respondents":
        return translate("forms", "needs at least one respondent")
    return translate("forms", "needs at least {count} items").format(count=count)


def _at(document: Any, place: Place) -> Any:
    node = document
    for part in place:
        node = node[part]
    return node


def _order(document: Any, place: Place) -> list[int]:
    """Where ``place`` is in the file: a field's position among its neighbours, a list
    item's index; a missing field comes first, where its object starts."""
    order, node = [], document
    for part in place:
        if isinstance(node, dict) and isinstance(part, str):
            order.append(list(node).index(part) if part in node else -1)
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            order.append(part)
            node = node[part]
        else:
            order.append(0)
            node = None
    return order
