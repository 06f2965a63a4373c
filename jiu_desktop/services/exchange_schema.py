"""The export format, version 1: fields, types, and validation with exact JSON paths.

Every problem is reported as ``participants[3].notes[0].note_date: "2026-13-01" is not a
date``; the first problem found stops the import before anything is changed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, NoReturn

from jiu_desktop.errors import InvalidImport
from jiu_desktop.i18n import translate
from jiu_desktop.models import NOTE_KINDS, PARTICIPANT_STATUSES, REFERRAL_STATUSES
from jiu_desktop.models.base import utc_now

FORMAT = "jiu-desktop-export"
VERSION = 1

# Types: id, str, bool, date, date?, datetime, enum values, ref:<section>?
PARTICIPANT_ENUM = ("enum", PARTICIPANT_STATUSES)
NOTE_ENUM = ("enum", NOTE_KINDS)
REFERRAL_ENUM = ("enum", REFERRAL_STATUSES)


@dataclass(frozen=True)
class Section:
    types: dict[str, Any]
    defaults: dict[str, Any] = field(default_factory=dict)
    children: tuple[str, ...] = ()

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(self.types)


_CREATED = {"created_at": None}
SECTIONS: dict[str, Section] = {
    "groups": Section(
        {
            "id": "id",
            "name": "str",
            "starts_on": "date?",
            "ends_on": "date?",
            "created_at": "datetime",
        },
        _CREATED,
    ),
    "coaches": Section(
        {"id": "id", "name": "str", "email": "str", "phone": "str", "created_at": "datetime"},
        _CREATED,
    ),
    "participants": Section(
        {
            "id": "id",
            "first_name": "str",
            "last_name": "str",
            "date_of_birth": "date?",
            "phone": "str",
            "email": "str",
            "address": "str",
            "referrer": "str",
            "intake_date": "date?",
            "status": PARTICIPANT_ENUM,
            "group_id": "ref:groups",
            "coach_id": "ref:coaches",
            "consent_data_kept": "bool",
            "consent_contact_shared": "bool",
            "consent_photos": "bool",
            "remarks": "str",
            "created_at": "datetime",
        },
        _CREATED,
        ("status_history", "referrals", "notes"),
    ),
    "status_history": Section(
        {"id": "id", "status": PARTICIPANT_ENUM, "changed_on": "date", "created_at": "datetime"},
        _CREATED,
    ),
    "referrals": Section(
        {
            "id": "id",
            "organisation": "str",
            "referred_on": "date?",
            "status": REFERRAL_ENUM,
            "note": "str",
            "created_at": "datetime",
        },
        _CREATED,
    ),
    "notes": Section(
        {
            "id": "id",
            "note_date": "date",
            "kind": NOTE_ENUM,
            "text": "str",
            "follow_up": "str",
            "follow_up_due": "date?",
            "follow_up_done": "bool",
            "created_at": "datetime",
        },
        _CREATED,
    ),
}
TOP_LEVEL = {"format", "version", "exported_at", "exported_by", "groups", "coaches", "participants"}

# Exactly the forms the documentation promises; Python's fromisoformat alone would also take
# "20261201" or week dates, which a coach editing a file by hand cannot be expected to mean.
DATE_FORM = re.compile(r"\d{4}-\d{2}-\d{2}")
DATETIME_FORM = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?"
)


def to_json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def as_stored_moment(text: str) -> datetime:
    """The date-time as it is stored: naive UTC, like every other timestamp. Raises
    OverflowError when UTC falls outside the years 1 to 9999 (``0001-01-01T00:00+01:00``)."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def from_json_value(kind: Any, value: Any) -> Any:
    if kind == "datetime":
        return as_stored_moment(value) if value else utc_now()
    if kind in ("date", "date?"):
        return date.fromisoformat(value) if value else None
    if isinstance(kind, str) and kind.startswith("ref:"):
        return value or None
    return value


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


def _check_value(where: str, kind: Any, value: Any, refs: dict[str, set[str]]) -> None:
    shown = json_repr(value)
    if kind == "id":
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
    elif isinstance(kind, tuple):
        if value not in kind[1]:
            _fail(
                where,
                translate("exchange", "{value} is not one of: {choices}").format(
                    value=shown, choices=", ".join(kind[1])
                ),
            )
    elif isinstance(kind, str) and kind.startswith("ref:"):
        if value is None:
            return
        if not isinstance(value, str) or value not in refs[kind[4:]]:
            _fail(
                where,
                translate("exchange", "{value} refers to an entry that is not in the file").format(
                    value=shown
                ),
            )


def json_repr(value: Any) -> str:
    """The value as it stands in the file, shortened; escaped when it is not valid text."""
    text = json.dumps(value, ensure_ascii=False)
    if not _storable(text):
        text = json.dumps(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _check_items(
    path: str,
    name: str,
    items: Any,
    refs: dict[str, set[str]],
    seen_ids: dict[str, set[str]],
) -> None:
    """Check one list; ``seen_ids`` collects the ids per section over the whole file, so a
    note id used under two participants is caught (it would silently move the note)."""
    section = SECTIONS[name]
    if not isinstance(items, list):
        _fail(path, translate("exchange", "must be a list"))
    seen = seen_ids.setdefault(name, set())
    for index, item in enumerate(items):
        where = f"{path}[{index}]"
        if not isinstance(item, dict):
            _fail(where, translate("exchange", "must be an object"))
        allowed = set(section.fields) | set(section.children)
        for key in item:
            if key not in allowed:
                _fail(f"{where}.{key}", translate("exchange", "unknown field"))
        for key, kind in section.types.items():
            if key not in item:
                if key in section.defaults:
                    continue
                _fail(f"{where}.{key}", translate("exchange", "is missing"))
            _check_value(f"{where}.{key}", kind, item[key], refs)
        if item["id"] in seen:
            _fail(f"{where}.id", translate("exchange", "appears twice"))
        seen.add(item["id"])
        for child in section.children:
            _check_items(f"{where}.{child}", child, item.get(child, []), refs, seen_ids)


def validate_document(document: Any) -> None:
    """Raise InvalidImport at the first problem; return when the whole file is usable."""
    if not isinstance(document, dict):
        _fail("(file)", translate("exchange", "is not a JIU Desktop export"))
    if document.get("format") != FORMAT:
        _fail("format", translate("exchange", "is not “{format}”").format(format=FORMAT))
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        _fail("version", translate("exchange", "is missing or not a number"))
    if version < 1:
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
    for key in document:
        if key not in TOP_LEVEL:
            _fail(key, translate("exchange", "unknown field"))
    if "participants" not in document:
        _fail("participants", translate("exchange", "is missing"))
    for key, kind in (("exported_at", "datetime"), ("exported_by", "str")):
        if key in document:
            _check_value(key, kind, document[key], {})
    refs: dict[str, set[str]] = {"groups": set(), "coaches": set()}
    seen_ids: dict[str, set[str]] = {}
    for name in ("groups", "coaches"):
        items = document.get(name, [])
        _check_items(name, name, items, refs, seen_ids)
        refs[name] = {item["id"] for item in items}
    _check_items("participants", "participants", document["participants"], refs, seen_ids)
