"""Validation of an export file, with the exact JSON place of the first problem.

Every problem is reported as ``participants[3].notes[0].note_date: "2026-13-01" is not a
date``; the first problem found stops the import before anything is changed. The sections
and field types come from ``exchange_schema`` (the declarations), so a nested row is checked
as deep as it is nested: ``participants[0].dreams[1].steps[2].best_before``.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any, NoReturn

from jiu_desktop.errors import InvalidImport
from jiu_desktop.i18n import translate
from jiu_desktop.services.exchange_older import schema_of, upgraded
from jiu_desktop.services.exchange_schema import (
    FORMAT,
    MINOR,
    OLDEST,
    OPTIONAL,
    VERSION,
    FieldType,
    Schema,
    Section,
    as_stored_moment,
)

#: What a file says about itself, besides its sections; the last two are informative.
ABOUT = ("format", "version", "minor", "exported_at", "exported_by")

# Exactly the forms the documentation promises; Python's fromisoformat alone would also take
# "20261201" or week dates, which a coach editing a file by hand cannot be expected to mean.
DATE_FORM = re.compile(r"\d{4}-\d{2}-\d{2}")
DATETIME_FORM = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?"
)


def validate_document(document: Any) -> dict[str, Any]:
    """The document as this version reads it (an older version's translated,
    ``exchange_older``); raises InvalidImport at the first problem."""
    if not isinstance(document, dict):
        _fail("(file)", translate("exchange", "is not a JIU Desktop export"))
    if document.get("format") != FORMAT:
        _fail("format", translate("exchange", "is not “{format}”").format(format=FORMAT))
    version, minor = _version(document)
    plan = schema_of(version, minor)
    allowed = {*ABOUT, *plan.team, plan.root}
    for key in document:
        if key not in allowed:
            _fail(key, translate("exchange", "unknown field"))
    if plan.root not in document:
        _fail(plan.root, translate("exchange", "is missing"))
    for key, kind in (("exported_at", "datetime"), ("exported_by", "str")):
        if key in document:
            _check_value(key, kind, document[key], {})
    refs: dict[str, set[str]] = {}
    seen_ids: dict[str, set[str]] = {}
    for name in plan.team:  # parents first: a list may refer to one before it
        items = document.get(name, [])
        _check_items(plan, name, name, items, refs, seen_ids)
        refs[name] = {item["id"] for item in items}
    _check_items(plan, plan.root, plan.root, document[plan.root], refs, seen_ids)
    return upgraded(document, version, minor)


def _whole(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _version(document: dict[str, Any]) -> tuple[int, int]:
    """(version, minor); a file without ``minor`` is minor 0."""
    version = _whole(document.get("version"))
    minor = _whole(document.get("minor", 0))
    if version is None:
        _fail("version", translate("exchange", "is missing or not a number"))
    if minor is None or minor < 0:
        _fail("minor", translate("exchange", "is not a whole number"))
    if version < OLDEST:
        _fail(
            "version",
            translate("exchange", "{version} is not a version of this format").format(
                version=version
            ),
        )
    if version > VERSION:
        _fail(
            "version",
            translate(
                "exchange", "{version} is newer than this JIU Desktop reads ({known})"
            ).format(version=version, known=VERSION),
        )
    if version == VERSION and minor > MINOR:
        _fail(
            "minor",
            translate(
                "exchange", "{version}.{minor} is newer than this JIU Desktop reads ({known})"
            ).format(version=version, minor=minor, known=f"{VERSION}.{MINOR}"),
        )
    return version, minor


def _check_items(
    plan: Schema,
    path: str,
    name: str,
    items: Any,
    refs: dict[str, set[str]],
    seen_ids: dict[str, set[str]],
) -> None:
    """Check one list and what nests in it; ``seen_ids`` collects the ids per section over
    the whole file, so a note id used under two participants is caught (it would silently
    move the note)."""
    section = plan[name]
    if not isinstance(items, list):
        _fail(path, translate("exchange", "must be a list"))
    seen = seen_ids.setdefault(name, set())
    for index, item in enumerate(items):
        where = f"{path}[{index}]"
        _check_entry(where, section, item, refs)
        if item["id"] in seen:
            _fail(f"{where}.id", translate("exchange", "appears twice"))
        seen.add(item["id"])
        for child in section.children:
            _check_items(plan, f"{where}.{child}", child, item.get(child, []), refs, seen_ids)


def _check_entry(where: str, section: Section, item: Any, refs: dict[str, set[str]]) -> None:
    if not isinstance(item, dict):
        _fail(where, translate("exchange", "must be an object"))
    allowed = {*section.fields, *section.children}
    for key in item:
        if key not in allowed:
            _fail(f"{where}.{key}", translate("exchange", "unknown field"))
    for key, kind in section.types.items():
        if key not in item:
            if key in OPTIONAL:
                continue
            _fail(f"{where}.{key}", translate("exchange", "is missing"))
        _check_value(f"{where}.{key}", kind, item[key], refs)


def _check_value(where: str, kind: FieldType, value: Any, refs: dict[str, set[str]]) -> None:
    shown = json_repr(value)
    if isinstance(kind, tuple) and kind[0] == "set":
        _check_set(where, kind[1], value)
    elif isinstance(kind, tuple):
        if value not in kind[1]:
            _fail(
                where,
                translate("exchange", "{value} is not one of: {choices}").format(
                    value=shown, choices=", ".join(kind[1])
                ),
            )
    elif kind == "id":
        if (
            not isinstance(value, str)
            or not value.strip()
            or len(value) > 64
            or not _storable(value)
        ):
            _fail(where, translate("exchange", "{value} is not a valid id").format(value=shown))
    elif kind == "str":
        if not isinstance(value, str):
            _fail(where, translate("exchange", "{value} is not text").format(value=shown))
        if not _storable(value):
            _fail(where, translate("exchange", "contains characters that are not valid text"))
    elif kind == "bool":
        if not isinstance(value, bool):
            _fail(where, translate("exchange", "{value} is not true or false").format(value=shown))
    elif kind.startswith("int:"):
        low, high = (int(bound) for bound in kind[4:].split(".."))
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            _fail(
                where,
                translate("exchange", "{value} is not a whole number from {low} to {high}").format(
                    value=shown, low=low, high=high
                ),
            )
    elif kind in ("date", "date?"):
        if value is None and kind == "date?":
            return
        if not _is_date(value):
            _fail(
                where,
                translate("exchange", "{value} is not a date (YYYY-MM-DD)").format(value=shown),
            )
    elif kind == "datetime":
        if not _is_datetime(value):
            _fail(
                where, translate("exchange", "{value} is not a date and time").format(value=shown)
            )
        if not _fits_in_utc(value):
            _fail(
                where,
                translate(
                    "exchange", "{value} falls outside the years 1 to 9999 when converted to UTC"
                ).format(value=shown),
            )
    elif kind.startswith("ref:"):
        if value is None and kind.endswith("?"):
            return
        if not isinstance(value, str) or value not in refs.get(kind[4:].rstrip("?"), ()):
            _fail(
                where,
                translate("exchange", "{value} refers to an entry that is not in the file").format(
                    value=shown
                ),
            )
    else:
        raise AssertionError(f"no check for {kind!r}")


def _check_set(where: str, codes: tuple[str, ...], value: Any) -> None:
    """A list of codes, each one of ``codes`` and each at most once (in any order)."""
    if not isinstance(value, list):
        _fail(where, translate("exchange", "{value} is not a list").format(value=json_repr(value)))
    for index, code in enumerate(value):
        if code not in codes:
            _fail(
                f"{where}[{index}]",
                translate("exchange", "{value} is not one of: {choices}").format(
                    value=json_repr(code), choices=", ".join(codes)
                ),
            )
        if code in value[:index]:
            _fail(f"{where}[{index}]", translate("exchange", "appears twice"))


def json_repr(value: Any) -> str:
    """The value as it stands in the file, shortened; escaped when it is not valid text."""
    text = json.dumps(value, ensure_ascii=False)
    if not _storable(text):
        text = json.dumps(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _fail(where: str, problem: str) -> NoReturn:
    raise InvalidImport(where, problem)


def _storable(text: str) -> bool:
    """False for text with lone surrogates (JSON allows them, the database cannot hold them)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _is_date(value: Any) -> bool:
    if not isinstance(value, str) or not DATE_FORM.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_datetime(value: Any) -> bool:
    if not isinstance(value, str) or not DATETIME_FORM.fullmatch(value):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _fits_in_utc(value: str) -> bool:
    try:
        as_stored_moment(value)
    except (OverflowError, ValueError):
        return False
    return True
