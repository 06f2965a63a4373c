"""Export and import in the documented JSON format (``docs/export-format.md``).

An export of one participant is also their right of access (AVG): everything kept about
them, which is every declared entity (``exchange_schema`` reads the declarations). Import
validates the whole file before it changes anything, then upserts by id in one transaction
through the ORM (so change capture records it); importing the same file twice updates,
never duplicates.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from jiu_desktop import __version__
from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidImport, JiuError, NotFound
from jiu_desktop.i18n import translate
from jiu_desktop.models.declaration import table_of
from jiu_desktop.services.exchange_check import validate_document
from jiu_desktop.services.exchange_import import CHUNK, ImportSummary, import_rows
from jiu_desktop.services.exchange_schema import (
    FORMAT,
    MINOR,
    VERSION,
    Schema,
    schema,
    to_json_value,
)
from jiu_desktop.vault.private_file import write_private

Row = dict[str, Any]


def export_data(store: Store, participant_id: str | None = None) -> dict[str, Any]:
    """The whole profile, or everything about one participant, as a JSON-ready dict."""
    plan = schema()
    with store.session() as session:
        people = [row for _none, row in _rows(session, plan, plan.root, participant_id)]
        if participant_id is not None and not people:
            raise NotFound(translate("participants", "Participant"), participant_id)
        nested = {
            name: _grouped(_rows(session, plan, name, participant_id))
            for name, section in plan.sections.items()
            if section.nested_by is not None
        }
        reached: dict[str, list[Row]] = {name: [] for name in plan.sections}
        for person in people:
            _nest(plan, plan.root, person, nested, reached)
        team = _team_rows(session, plan, reached, everything=participant_id is None)
        _forget_deleted_references(plan, team, people)
        return {
            "format": FORMAT,
            "version": VERSION,
            "minor": MINOR,
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "exported_by": f"JIU Desktop {__version__}",
            **team,
            plan.root: people,
        }


def _rows(
    session: Session,
    plan: Schema,
    name: str,
    participant_id: str | None,
    ids: Iterable[str] | None = None,
) -> list[tuple[str | None, Row]]:
    """The section's rows that are not deleted, each with the id of the row it nests under
    (None for a top-level list), in the documented order: top-level lists by id, nested
    ones by their parent, then creation time, then id."""
    section = plan[name]
    table = table_of(section.entity)
    columns: list[ColumnElement[Any]] = [table.c[field_name] for field_name in section.fields]
    if section.nested_by is not None:
        columns.append(table.c[section.nested_by].label("_under"))
    stmt = select(*columns).where(table.c.deleted.is_(False))
    if ids is not None:
        stmt = stmt.where(table.c.id.in_(list(ids)))
    elif participant_id is not None and not section.team:
        owner = table.c.id if section.nested_by is None else table.c.participant_id
        stmt = stmt.where(owner == participant_id)
    if section.nested_by is None:
        stmt = stmt.order_by(table.c.id)
    else:
        stmt = stmt.order_by(table.c[section.nested_by], table.c.created_at, table.c.id)
    found = []
    for result in session.execute(stmt):
        values = result._mapping
        row = {name: to_json_value(kind, values[name]) for name, kind in section.types.items()}
        found.append((values["_under"] if section.nested_by else None, row))
    return found


def _grouped(rows: list[tuple[str | None, Row]]) -> dict[str | None, list[Row]]:
    """One query for a whole section (not one per parent), grouped by parent."""
    grouped: dict[str | None, list[Row]] = {}
    for parent, row in rows:
        grouped.setdefault(parent, []).append(row)
    return grouped


def _nest(
    plan: Schema,
    name: str,
    row: Row,
    nested: dict[str, dict[str | None, list[Row]]],
    reached: dict[str, list[Row]],
) -> None:
    """Put the rows nested under ``row`` in it, as deep as they go. A row under a deleted
    parent is left out with it."""
    reached[name].append(row)
    for child in plan[name].children:
        row[child] = nested[child].get(row["id"], [])
        for item in row[child]:
            _nest(plan, child, item, nested, reached)


def _team_rows(
    session: Session, plan: Schema, reached: dict[str, list[Row]], *, everything: bool
) -> dict[str, list[Row]]:
    """All team data, or only what the exported rows refer to (the lists that refer first,
    so a team row's own references are followed too)."""
    if everything:
        return {
            name: [row for _none, row in _rows(session, plan, name, None)] for name in plan.team
        }
    wanted: dict[str, set[str]] = {name: set() for name in plan.team}
    _add_references(plan, reached, wanted)
    found: dict[str, list[Row]] = {}
    for name in reversed(plan.team):
        ids = sorted(wanted[name])
        found[name] = []
        for start in range(0, len(ids), CHUNK):
            chunk = _rows(session, plan, name, None, ids[start : start + CHUNK])
            found[name] += [row for _none, row in chunk]
        found[name].sort(key=lambda row: str(row["id"]))
        _add_references(plan, {name: found[name]}, wanted)
    return {name: found[name] for name in plan.team}


def _add_references(plan: Schema, rows: dict[str, list[Row]], wanted: dict[str, set[str]]) -> None:
    for name, items in rows.items():
        for field_name, target in plan[name].references().items():
            wanted[target].update(row[field_name] for row in items if row[field_name] is not None)


def _forget_deleted_references(plan: Schema, team: dict[str, list[Row]], people: list[Row]) -> None:
    """Every export is a file that imports: a reference to a deleted group or coach is
    written as null, and a row that cannot be without the row it refers to (a meeting of
    a deleted group, the attendance at a meeting left out) is left out with what nests
    under it. (A form response's template version is never deleted.)"""
    exported: dict[str, set[str]] = {}
    for name in plan.team:  # parents first: a group before its meetings
        team[name] = [row for row in team[name] if _kept(plan, name, row, exported)]
        exported[name] = {row["id"] for row in team[name]}

    def prune(name: str, row: Row) -> None:
        for child in plan[name].children:
            row[child] = [item for item in row[child] if _kept(plan, child, item, exported)]
            for item in row[child]:
                prune(child, item)

    people[:] = [person for person in people if _kept(plan, plan.root, person, exported)]
    for person in people:
        prune(plan.root, person)


def _kept(plan: Schema, name: str, row: Row, exported: dict[str, set[str]]) -> bool:
    """Whether ``row`` stays in the file, its references to rows not in it made null."""
    section = plan[name]
    for field_name, target in section.references().items():
        if row[field_name] is None or row[field_name] in exported.get(target, ()):
            continue
        if not str(section.types[field_name]).endswith("?"):
            return False
        row[field_name] = None
    return True


def write_export(store: Store, out: Path, participant_id: str | None = None) -> int:
    """Write the export to ``out``, and only there (``vault/private_file.py``): it is
    personal data in plain text. Returns the number of participants."""
    document = export_data(store, participant_id)
    data = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    try:
        write_private(out, data.encode("utf-8"))
    except OSError as exc:
        raise JiuError(
            translate("exchange", "Cannot write {path}: {reason}").format(
                path=out, reason=exc.strerror
            )
        ) from None
    return len(document[schema().root])


def read_import_file(path: Path) -> dict[str, Any]:
    """The validated document in ``path`` (as this version reads it)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidImport(str(path), exc.strerror or str(exc)) from None
    try:
        document = json.loads(raw.decode("utf-8-sig"))  # a BOM from Notepad is fine
    except UnicodeDecodeError:
        raise InvalidImport(str(path), translate("exchange", "not a UTF-8 text file")) from None
    except json.JSONDecodeError as exc:
        raise InvalidImport(
            f"{path.name}:{exc.lineno}:{exc.colno}",
            translate("exchange", "not valid JSON ({reason})").format(reason=exc.msg),
        ) from None
    except (RecursionError, ValueError):  # absurd nesting, or a number of 5,000 digits
        raise InvalidImport(str(path), translate("exchange", "not a JIU Desktop export")) from None
    return validate_document(document)


def import_file(store: Store, path: Path) -> ImportSummary:
    return import_document(store, read_import_file(path))


def import_document(store: Store, document: dict[str, Any]) -> ImportSummary:
    """Validate the document, then upsert it in one transaction (``exchange_import``)."""
    return import_rows(store, validate_document(document))
