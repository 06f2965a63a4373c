"""One declaration per synced entity, next to its model; everything else reads it.

```python
class DreamStep(SyncEntity):
    __tablename__ = "dream_step"
    sync = Synced(owner=PARTICIPANT, export="steps", parent="dream_id",
                  text={"description": QT_TRANSLATE_NOOP("fields", "Step")})
```

Change capture (whose row it is), merge (which fields are free text, where a lost
concurrent edit becomes a conflict version), the conflict panel (the field's label), soft
delete (children follow their parent), erasure (children before parents), export and
import (nested sections) and search read the declaration; ``check_declarations`` turns
the rules below into errors, and a test runs it, so forgetting something fails loudly.

Rules: a participant-owned row carries its own ``participant_id`` (a foreign key to the
participant, never empty), however deep it is nested; a nested row names its parent's
foreign key; free-text fields, choices and choice sets are text columns, and a choice is
not free text; export sections are unique.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from sqlalchemy import Connection, Integer, String, Table

if TYPE_CHECKING:
    from jiu_desktop.models.base import SyncEntity

PARTICIPANT, TEAM = "participant", "team"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a label for translation (found by ``pyside6-lupdate``); translated where shown."""
    return text


@dataclass(frozen=True)
class Synced:
    #: PARTICIPANT (erased with the participant) or TEAM (groups, coaches).
    owner: str
    #: The section (list) this entity has in an export, under its parent.
    export: str
    #: The foreign-key column of the parent row when nested (e.g. ``"dream_id"``); None
    #: for a row directly under the participant, or for team data.
    parent: str | None = None
    #: Free-text columns and their label (``QT_TRANSLATE_NOOP("fields", "…")``): where two
    #: coaches writing at once is shown as a conflict to settle.
    text: Mapping[str, str] = field(default_factory=dict)
    #: Text columns that feed the participant's search document.
    search: tuple[str, ...] = ()
    #: Columns that hold one of a fixed set of codes (a status, a kind), with the codes in
    #: their usual order: the one list of them. Services (``validation.check_choice``),
    #: import and the views' option lists read it; a choice is never free text.
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: Columns that hold any number of a fixed set of codes (none, one or several: the ways
    #: to reach someone), with the codes in their usual order. Stored as the chosen codes
    #: in that order, separated by a space (``join_codes``), so the same choice is always
    #: the same text; like a choice, a set is never free text: the last writer wins.
    choice_sets: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: The row's id is derived from what it is about (``models.base.derived_id``: the
    #: intake *of* a participant, a membership *of* one person in one group from one day),
    #: so two laptops may create the same row offline. Its creation then records only the
    #: fields set to something else than their default, so the second creation adds to the
    #: first instead of writing its defaults over what the first one filled in.
    derived_id: bool = False
    #: Whole-number columns and the values they may hold, inclusive (the thickness of a
    #: line on the network map: 1 to 5). Services (``validation.check_range``) and import
    #: read it; every whole-number column declares one.
    ranges: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    #: Tells one row apart where the field's label alone does not (a form answer: the
    #: question it answers): ``row_label(connection, row_id)`` for the conflict panel.
    row_label: Callable[[Connection, str], str] | None = None


def table_of(cls: type[SyncEntity]) -> Table:
    return cast(Table, cls.__table__)


_cache: dict[int, tuple[tuple[type[SyncEntity], ...], dict[str, type[SyncEntity]]]] = {}


def _cached() -> tuple[tuple[type[SyncEntity], ...], dict[str, type[SyncEntity]]]:
    from jiu_desktop.models.base import SyncEntity

    key = len(SyncEntity.__subclasses__())  # grows when an entity is declared (a test may)
    if key not in _cache:
        _cache.clear()
        found = _find()
        _cache[key] = (found, {cls.__tablename__: cls for cls in found})
    return _cache[key]


def synced_entities() -> tuple[type[SyncEntity], ...]:
    """Every concrete synced entity, parents before children (the order to create rows in;
    erase in reverse)."""
    return _cached()[0]


def _find() -> tuple[type[SyncEntity], ...]:
    from jiu_desktop.models.base import Base, SyncEntity

    found: list[type[SyncEntity]] = []
    pending: list[type[SyncEntity]] = list(SyncEntity.__subclasses__())
    while pending:
        cls = pending.pop(0)
        pending.extend(cls.__subclasses__())
        if "__table__" in cls.__dict__:
            found.append(cls)
    order = {table.name: i for i, table in enumerate(Base.metadata.sorted_tables)}
    return tuple(sorted(found, key=lambda cls: order.get(cls.__tablename__, len(order))))


def by_table() -> dict[str, type[SyncEntity]]:
    return dict(_cached()[1])


def entity(name: str) -> type[SyncEntity] | None:
    """The synced entity with table ``name`` (None: one of a newer version, or none)."""
    return _cached()[1].get(name)


def children_of(parent: type[SyncEntity]) -> list[tuple[type[SyncEntity], str]]:
    """The entities nested directly under ``parent``, with the column that points at it."""
    found: list[tuple[type[SyncEntity], str]] = []
    for cls in synced_entities():
        spec = cls.sync
        if spec.owner != PARTICIPANT or cls.__tablename__ == "participant":
            continue
        column = spec.parent or "participant_id"
        target = next(iter(table_of(cls).c[column].foreign_keys)).column.table.name
        if target == parent.__tablename__:
            found.append((cls, column))
    return found


def choices_of(cls: type[SyncEntity], column: str) -> tuple[str, ...]:
    """The codes ``cls.column`` may hold, as declared, for a choice or a choice set
    (KeyError: it is neither)."""
    spec = cls.sync
    return tuple(spec.choices[column] if column in spec.choices else spec.choice_sets[column])


def split_codes(stored: str) -> tuple[str, ...]:
    """The codes of a choice set as stored (``"bellen appen"`` → ``("bellen", "appen")``)."""
    return tuple(stored.split())


def join_codes(cls: type[SyncEntity], column: str, codes: Iterable[str]) -> str:
    """Codes of a choice set as stored: each once, in declared order. Codes that are not
    declared are kept at the end (a newer version's), so nothing is dropped unseen."""
    chosen = set(codes)
    declared = choices_of(cls, column)
    known = [code for code in declared if code in chosen]
    return " ".join([*known, *sorted(chosen - set(declared))])


def text_fields() -> dict[str, frozenset[str]]:
    return {cls.__tablename__: frozenset(cls.sync.text) for cls in synced_entities()}


def field_label(entity: str, name: str) -> str:
    """The untranslated label of a free-text field (context ``fields``), or its name."""
    cls = by_table().get(entity)
    return cls.sync.text.get(name, name) if cls is not None else name


def check_declarations() -> list[str]:
    """Every way the declarations break the rules, in words (empty when all is well)."""
    problems: list[str] = []
    sections: dict[str, str] = {}
    for cls in synced_entities():
        name = cls.__tablename__
        spec = cls.__dict__.get("sync")
        if not isinstance(spec, Synced):
            problems.append(f"{cls.__name__} has no `sync = Synced(...)` declaration")
            continue
        table = table_of(cls)
        if spec.owner not in (PARTICIPANT, TEAM):
            problems.append(f"{name}: owner must be PARTICIPANT or TEAM")
        if spec.export in sections:
            problems.append(
                f"{name}: export section {spec.export!r} is also {sections[spec.export]}"
            )
        sections[spec.export] = name
        for column in (*spec.text, *spec.search):
            if column not in table.c or not isinstance(table.c[column].type, String):
                problems.append(f"{name}.{column} is declared as text but is no text column")
        problems += _choice_problems(name, table, spec)
        problems += _range_problems(name, table, spec)
        if spec.owner == PARTICIPANT and name != "participant":
            owner = table.c.get("participant_id")
            if owner is None or owner.nullable or not _points_at(owner, "participant"):
                problems.append(
                    f"{name} needs its own non-null participant_id pointing at participant.id"
                )
        if spec.parent is not None:
            parent = table.c.get(spec.parent)
            targets = (
                [fk.column.table.name for fk in parent.foreign_keys] if parent is not None else []
            )
            owners = [by_table()[t].sync.owner for t in targets if t in by_table()]
            if owners != [spec.owner]:
                problems.append(
                    f"{name}.{spec.parent} must point at a synced row of the same owner"
                )
        if spec.owner == TEAM and spec.parent is not None:
            problems.append(f"{name}: team data is not nested")
    return problems


def _choice_problems(name: str, table: Table, spec: Synced) -> list[str]:
    problems: list[str] = []
    for kind, declared in (("choice", spec.choices), ("choice set", spec.choice_sets)):
        for column, codes in declared.items():
            if column not in table.c or not isinstance(table.c[column].type, String):
                problems.append(f"{name}.{column} is declared as a {kind} but is no text column")
            elif column in spec.text:
                problems.append(f"{name}.{column} is a {kind}, so it cannot be free text too")
            elif not _codes_ok(codes, may_be_empty=kind == "choice"):
                problems.append(f"{name}.{column} needs its {kind}s as a tuple of codes")
    for column in set(spec.choices) & set(spec.choice_sets):
        problems.append(f"{name}.{column} cannot be a choice and a choice set at once")
    return problems


def _codes_ok(codes: object, *, may_be_empty: bool) -> bool:
    """Codes are words without spaces. A choice (not a set, whose codes are joined by
    spaces) may start with ``""``: not filled in yet."""
    if not isinstance(codes, tuple) or not codes:
        return False
    if may_be_empty and codes[0] == "":
        codes = codes[1:]
    return bool(codes) and all(isinstance(c, str) and c.split() == [c] for c in codes)


def _range_problems(name: str, table: Table, spec: Synced) -> list[str]:
    problems: list[str] = []
    for column, bounds in spec.ranges.items():
        if column not in table.c or not isinstance(table.c[column].type, Integer):
            problems.append(f"{name}.{column} is declared with a range but is no whole number")
        elif not (isinstance(bounds, tuple) and len(bounds) == 2 and bounds[0] <= bounds[1]):
            problems.append(f"{name}.{column} needs its range as (lowest, highest)")
    for col in table.columns:
        if isinstance(col.type, Integer) and col.name not in spec.ranges:
            problems.append(f"{name}.{col.name} is a whole number without a declared range")
    return problems


def _points_at(column: object, table: str) -> bool:
    keys = getattr(column, "foreign_keys", ())
    return any(fk.column.table.name == table for fk in keys)
