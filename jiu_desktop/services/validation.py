"""Field validation shared by the services: clear messages, nothing changed on failure."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.orm import Session

from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.i18n import translate
from jiu_desktop.models.declaration import choices_of, join_codes, split_codes

if TYPE_CHECKING:
    from jiu_desktop.models.base import SyncEntity

T = TypeVar("T")

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^[0-9+()\-\s]{6,20}$")


def as_date(value: Any, label: str) -> date | None:
    """Accept a date, an ISO string (``2026-03-01``), a Dutch ``1-3-2026``, or empty."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
        match = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text)
        if match:
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
    except ValueError:
        pass
    raise InvalidInput(
        translate("validation", "{field}: “{value}” is not a date.").format(field=label, value=text)
    )


def check_choice(value: object, entity: type[SyncEntity], column: str, label: str) -> str:
    """``value`` when it is one of the codes declared for ``entity.column``
    (``Synced.choices``, the one list of them), else InvalidInput."""
    code = str(value)
    if code not in choices_of(entity, column):
        raise InvalidInput(
            translate("validation", "{field}: “{value}” is not one of the options.").format(
                field=label, value=code
            )
        )
    return code


def check_choice_set(values: object, entity: type[SyncEntity], column: str, label: str) -> str:
    """The codes in ``values`` (an iterable of codes, or the stored text) as
    ``entity.column`` stores them (``join_codes``), when each is declared for it
    (``Synced.choice_sets``), else InvalidInput."""
    codes: list[str] = []
    if isinstance(values, str):
        codes = list(split_codes(values))
    elif isinstance(values, Iterable):
        codes = [str(value) for value in values]
    elif values is not None:
        codes = [str(values)]
    for code in codes:
        if code not in choices_of(entity, column):
            raise InvalidInput(
                translate("validation", "{field}: “{value}” is not one of the options.").format(
                    field=label, value=code
                )
            )
    return join_codes(entity, column, codes)


def check_range(value: object, entity: type[SyncEntity], column: str, label: str) -> int:
    """``value`` as a whole number within the range declared for ``entity.column``
    (``Synced.ranges``), or InvalidInput saying which numbers are allowed."""
    low, high = entity.sync.ranges[column]
    if isinstance(value, bool) or not isinstance(value, int | str):
        number = None
    else:
        try:
            number = int(value)
        except ValueError:
            number = None
    if number is None or not low <= number <= high:
        raise InvalidInput(
            translate("validation", "{label} must be a whole number from {low} to {high}.").format(
                label=label, low=low, high=high
            )
        )
    return number


def check_email(value: str) -> str:
    value = value.strip()
    if value and not EMAIL.match(value):
        raise InvalidInput(
            translate("validation", "“{value}” is not an email address.").format(value=value)
        )
    return value


def check_phone(value: str) -> str:
    value = value.strip()
    if value and not PHONE.match(value):
        raise InvalidInput(
            translate("validation", "“{value}” is not a phone number.").format(value=value)
        )
    return value


def check_birth_date(value: date | None, today: date | None = None) -> date | None:
    today = today or date.today()
    if value is not None and not (date(1900, 1, 1) <= value <= today):
        raise InvalidInput(
            translate("validation", "The date of birth lies in the future or too far back.")
        )
    return value


def assign_changed(obj: object, values: dict[str, Any]) -> dict[str, Any]:
    """Set the values that differ from what ``obj`` holds; return those (so a save that
    changes nothing writes nothing and is captured as nothing)."""
    changed = {key: value for key, value in values.items() if getattr(obj, key) != value}
    for key, value in changed.items():
        setattr(obj, key, value)
    return changed


def live_row(session: Session, model: type[T], ident: str, label: str) -> T:
    """The row with this id, or NotFound when it is missing or deleted."""
    row = session.get(model, ident)
    if row is None or getattr(row, "deleted", False):
        raise NotFound(label, ident)
    return row
