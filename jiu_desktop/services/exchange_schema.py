"""The export format, version 2.5, read from the declarations (``models/declaration.py``).

Every synced entity has a section, named by ``Synced.export``: team data (groups, coaches)
is a list at the top of the file; participant-owned data nests under its parent row
(``Synced.parent``, else the participant), as deep as the declarations go. The fields and
their types follow the columns, so a new entity is exported and imported without a list
to keep here:

- ``id`` and ``created_at`` (optional) are written; ``updated_at`` and ``deleted`` are this
  laptop's bookkeeping and are not;
- ``participant_id`` and the parent's key are implied by the nesting and not written;
- a text column is ``str``, ``("enum", codes)`` when it is declared a choice, or
  ``("set", codes)`` (a list of codes) when it is declared a choice set; a date is
  ``date`` (``date?`` when it may be empty); a date-time ``datetime``; a boolean ``bool``;
  a whole number ``int:<lowest>..<highest>`` (its declared range, ``Synced.ranges``);
- a reference to team data is ``ref:<section>?`` when it may be empty (a reference to a
  deleted group or coach is exported as ``null``), ``ref:<section>`` when it may not (a
  form response's template version: never deleted).

A column of another kind has no place in the format yet; ``schema_problems`` says so (a
test runs it) instead of an export silently leaving it out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Integer, String

from jiu_desktop.models import TEAM, SyncEntity, synced_entities
from jiu_desktop.models.declaration import children_of, table_of

FORMAT = "jiu-desktop-export"
VERSION = 2
#: The minor version within VERSION (2.1: consent on record, group history; 2.2: the
#: network map; 2.3: the dream tin; 2.4: forms; 2.5: the spiral, meetings and attendance,
#: results and quotes, and the referral source). A newer JIU
#: Desktop reads every older minor version of its major version, translated
#: (``exchange_older``).
MINOR = 5
#: The oldest version this JIU Desktop still reads (``exchange_older`` adapts it).
OLDEST = 1
#: The table of the rows everything else of a participant nests under.
ROOT_TABLE = "participant"

#: Columns every synced row has that an export does not hold.
UNWRITTEN = frozenset({"updated_at", "deleted"})
#: Fields a file may leave out: a new row gets the time of the import, a row that is here
#: keeps its value.
OPTIONAL = frozenset({"created_at"})

#: ``"id"``, ``"str"``, ``"bool"``, ``"int:1..5"``, ``"date"``, ``"date?"``, ``"datetime"``,
#: ``"ref:<section>?"``, ``("enum", codes)`` or ``("set", codes)``.
FieldType = str | tuple[str, tuple[str, ...]]


@dataclass(frozen=True)
class Section:
    """One kind of row in the file: its list's name, its fields, what nests in it."""

    name: str
    entity: type[SyncEntity]
    #: Field name -> type, in the order they are written.
    types: dict[str, FieldType]
    #: The sections nested in each entry.
    children: tuple[str, ...]
    #: The column the nesting stands for (the parent's key, or ``participant_id`` directly
    #: under the participant); None for a top-level list.
    nested_by: str | None

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(self.types)

    @property
    def team(self) -> bool:
        return self.entity.sync.owner == TEAM

    def references(self) -> dict[str, str]:
        """Field -> the team section it refers to."""
        return {
            name: kind[4:].rstrip("?")
            for name, kind in self.types.items()
            if isinstance(kind, str) and kind.startswith("ref:")
        }


@dataclass(frozen=True)
class Schema:
    #: Every section, parents before children (the order to write rows in).
    sections: dict[str, Section]

    def __getitem__(self, name: str) -> Section:
        return self.sections[name]

    @property
    def root(self) -> str:
        """The participants' section."""
        return next(s.name for s in self.sections.values() if s.entity.__tablename__ == ROOT_TABLE)

    @property
    def team(self) -> tuple[str, ...]:
        """The top-level lists of team data."""
        return tuple(s.name for s in self.sections.values() if s.team)

    def limited_to(self, names: set[str], extra: dict[str, dict[str, FieldType]]) -> Schema:
        """Only the sections in ``names``, with the ``extra`` fields per section (what an
        older version of the format had)."""
        kept = {
            name: Section(
                s.name,
                s.entity,
                _with_extra(s.types, extra.get(name, {})),
                tuple(c for c in s.children if c in names),
                s.nested_by,
            )
            for name, s in self.sections.items()
            if name in names
        }
        return Schema(kept)

    def without(self, fields: dict[str, dict[str, object]]) -> Schema:
        """The same sections without ``fields`` (section -> field names): what a file of an
        older minor version, written before those fields were added, holds."""
        kept = {
            name: Section(
                s.name,
                s.entity,
                {k: t for k, t in s.types.items() if k not in fields.get(name, {})},
                s.children,
                s.nested_by,
            )
            for name, s in self.sections.items()
        }
        return Schema(kept)


def _with_extra(types: dict[str, FieldType], extra: dict[str, FieldType]) -> dict[str, FieldType]:
    """The fields with ``extra`` ones before ``created_at`` (where older files had them)."""
    if not extra:
        return types
    found = {k: t for k, t in types.items() if k != "created_at"}
    return {
        **found,
        **extra,
        **({"created_at": types["created_at"]} if "created_at" in types else {}),
    }


_built: dict[tuple[type[SyncEntity], ...], Schema] = {}


def schema() -> Schema:
    """The sections of the entities declared now (built once per set of entities)."""
    entities = synced_entities()
    if entities not in _built:
        problems = schema_problems()
        if problems:
            raise RuntimeError("The export format cannot hold: " + "; ".join(problems))
        _built.clear()
        _built[entities] = _build(entities)
    return _built[entities]


def _build(entities: tuple[type[SyncEntity], ...]) -> Schema:
    nested_by: dict[type[SyncEntity], str] = {}
    children: dict[type[SyncEntity], list[str]] = {cls: [] for cls in entities}
    for parent in entities:
        for child, key in children_of(parent):
            nested_by[child] = key
            children[parent].append(child.sync.export)
    sections: dict[str, Section] = {}
    for cls in entities:
        types: dict[str, FieldType] = {}
        for column in _written_columns(cls):
            kind = _field_type(cls, column)
            assert kind is not None  # schema_problems() said so otherwise
            types[column.name] = kind
        name = cls.sync.export
        sections[name] = Section(name, cls, types, tuple(children[cls]), nested_by.get(cls))
    return Schema(sections)


def _implied(cls: type[SyncEntity]) -> set[str]:
    """The columns the nesting stands for."""
    if cls.sync.owner == TEAM or cls.__tablename__ == ROOT_TABLE:
        return set()
    return {"participant_id", cls.sync.parent or "participant_id"}


def _written_columns(cls: type[SyncEntity]) -> list[Column[Any]]:
    """The id first, the content in table order, the creation time last."""
    table = table_of(cls)
    skipped = UNWRITTEN | _implied(cls) | {"id", "created_at"}
    content = [column for column in table.c if column.name not in skipped]
    return [table.c["id"], *content, table.c["created_at"]]


def _field_type(cls: type[SyncEntity], column: Column[Any]) -> FieldType | None:
    """The column's type in the file; None when the format has none for it."""
    if column.name == "id":
        return "id"
    choices = cls.sync.choices.get(column.name)
    if choices is not None:
        return ("enum", tuple(choices))
    codes = cls.sync.choice_sets.get(column.name)
    if codes is not None:
        return ("set", tuple(codes))
    if column.foreign_keys:
        targets = [fk.column.table.name for fk in column.foreign_keys]
        team = {c.__tablename__: c for c in synced_entities() if c.sync.owner == TEAM}
        if len(targets) != 1 or targets[0] not in team:
            return None
        return f"ref:{team[targets[0]].sync.export}{'?' if column.nullable else ''}"
    kind = column.type
    if isinstance(kind, Boolean):
        return None if column.nullable else "bool"
    if isinstance(kind, Integer):
        bounds = cls.sync.ranges.get(column.name)
        return None if column.nullable or bounds is None else f"int:{bounds[0]}..{bounds[1]}"
    if isinstance(kind, DateTime):
        return None if column.nullable else "datetime"
    if isinstance(kind, Date):
        return "date?" if column.nullable else "date"
    if isinstance(kind, String):
        return None if column.nullable else "str"
    return None


def schema_problems() -> list[str]:
    """Every column of a synced entity the format cannot hold, and every participant-owned
    entity that does not nest under the participant, in words (empty when all is well)."""
    problems = []
    entities = synced_entities()
    for cls in entities:
        for column in _written_columns(cls):
            if _field_type(cls, column) is None:
                problems.append(
                    f"{cls.__tablename__}.{column.name} ({column.type}"
                    f"{', nullable' if column.nullable else ''}) has no type in the export "
                    "format (a reference must be to team data; a whole number "
                    "needs a declared range)"
                )
    reached = {cls for cls in entities if cls.sync.owner == TEAM}
    pending = [cls for cls in entities if cls.__tablename__ == ROOT_TABLE]
    if not pending:
        problems.append(f"no synced entity with table {ROOT_TABLE!r} to nest the rest under")
    while pending:
        parent = pending.pop()
        reached.add(parent)
        pending.extend(child for child, _column in children_of(parent) if child not in reached)
    for cls in entities:
        if cls not in reached:
            problems.append(f"{cls.__tablename__} does not nest under {ROOT_TABLE}")
    return problems


def to_json_value(kind: FieldType, value: Any) -> Any:
    """The stored value as the file holds it."""
    if isinstance(kind, tuple) and kind[0] == "set":
        return list(str(value).split())
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def as_stored_moment(text: str) -> datetime:
    """The date-time as it is stored: naive UTC, like every other timestamp. Raises
    OverflowError when UTC falls outside the years 1 to 9999 (``0001-01-01T00:00+01:00``)."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def from_json_value(kind: FieldType, value: Any) -> Any:
    """The value as it is stored, from a value the validation accepted."""
    if isinstance(kind, tuple) and kind[0] == "set":
        chosen = set(value)
        return " ".join(code for code in kind[1] if code in chosen)
    if kind == "datetime":
        return as_stored_moment(value)
    if kind in ("date", "date?"):
        return date.fromisoformat(value) if value is not None else None
    return value
