"""Import: a validated document upserted by id in one transaction, as deep as it nests.

Existing rows are loaded up front, section by section, so the import does not query (and
flush) once per row, and so a row that would move to another participant is refused before
anything is written. Rows are written parents first (team data, participants, their lists,
what nests in those), with a flush after each section, so every foreign key points at a row
that is already there. The columns the nesting stands for (``participant_id``, the parent's
key) are taken from the place of the entry in the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidImport
from jiu_desktop.i18n import translate
from jiu_desktop.models import ErasedParticipant, SyncEntity
from jiu_desktop.services.exchange_check import json_repr
from jiu_desktop.services.exchange_schema import Schema, Section, from_json_value, schema
from jiu_desktop.services.validation import assign_changed

CHUNK = 500  # ids per IN (...) query, well below SQLite's limit on bound parameters


@dataclass
class ImportSummary:
    """Rows per section (``notes``, ``participants``, …) by what the import did with them."""

    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    #: Participants in the file who were erased here for good (AVG); never brought back.
    erased_skipped: int = 0

    def count(self, bucket: dict[str, int], kind: str) -> None:
        bucket[kind] = bucket.get(kind, 0) + 1

    def describe(self) -> str:
        counts = {
            "created": sum(self.created.values()),
            "updated": sum(self.updated.values()),
            "unchanged": sum(self.unchanged.values()),
            "erased": self.erased_skipped,
        }
        if self.erased_skipped:
            return translate(
                "exchange",
                "{created} new, {updated} updated, {unchanged} unchanged; "
                "{erased} erased participants left out",
            ).format(**counts)
        return translate(
            "exchange", "{created} new, {updated} updated, {unchanged} unchanged"
        ).format(**counts)


class Placed(NamedTuple):
    """An entry of the file and the columns its place stands for."""

    item: dict[str, Any]
    implied: dict[str, str]


def import_rows(store: Store, document: dict[str, Any]) -> ImportSummary:
    """Upsert the validated (``exchange_check.validate_document``) document."""
    plan = schema()
    summary = ImportSummary()
    with store.session() as session, session.no_autoflush:
        erased = set(session.scalars(select(ErasedParticipant.participant_id)))
        people = [p for p in document[plan.root] if p["id"] not in erased]
        summary.erased_skipped = len(document[plan.root]) - len(people)
        placed: dict[str, list[Placed]] = {name: [] for name in plan.sections}
        for name in plan.team:
            placed[name] = [Placed(item, {}) for item in document.get(name, [])]
        for person in people:
            _place(plan, plan.root, person, {}, person["id"], placed)
        known = {
            name: _load_existing(session, plan[name].entity, [p.item["id"] for p in entries])
            for name, entries in placed.items()
        }
        for index, person in enumerate(document[plan.root]):
            if person["id"] not in erased:
                where = f"{plan.root}[{index}]"
                _refuse_moves(plan, plan.root, where, person, person["id"], known)
        for name, entries in placed.items():
            for entry in entries:
                existing = known[name].get(entry.item["id"])
                _upsert(session, plan[name], entry, existing, summary)
            session.flush()
    return summary


def _place(
    plan: Schema,
    name: str,
    item: dict[str, Any],
    implied: dict[str, str],
    owner: str,
    placed: dict[str, list[Placed]],
) -> None:
    placed[name].append(Placed(item, implied))
    for child in plan[name].children:
        column = plan[child].nested_by
        assert column is not None
        for sub in item.get(child, []):
            _place(plan, child, sub, {"participant_id": owner, column: item["id"]}, owner, placed)


def _refuse_moves(
    plan: Schema,
    name: str,
    path: str,
    item: dict[str, Any],
    owner: str,
    known: dict[str, dict[str, Any]],
) -> None:
    """A nested id that belongs to another participant here (also a deleted row) is refused
    at its place in the file: upserting it would silently move the row."""
    for child in plan[name].children:
        for position, sub in enumerate(item.get(child, [])):
            where = f"{path}.{child}[{position}]"
            existing = known[child].get(sub["id"])
            if existing is not None and existing.participant_id != owner:
                raise InvalidImport(
                    f"{where}.id",
                    translate(
                        "exchange",
                        "{value} belongs to another participant here; an import does not "
                        "move entries between participants",
                    ).format(value=json_repr(sub["id"])),
                )
            _refuse_moves(plan, child, where, sub, owner, known)


def _load_existing(session: Session, model: type[SyncEntity], ids: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        found.update(
            (row.id, row) for row in session.scalars(select(model).where(model.id.in_(chunk)))
        )
    return found


def _upsert(
    session: Session, section: Section, entry: Placed, existing: Any, summary: ImportSummary
) -> None:
    """Create the row, or update the fields the file gives (a field the file leaves out,
    such as an optional ``created_at``, keeps its value here). A row deleted here comes
    back."""
    values = {
        name: from_json_value(kind, entry.item[name])
        for name, kind in section.types.items()
        if name in entry.item
    }
    values.update(entry.implied)
    if existing is None:
        session.add(section.entity(**values))
        summary.count(summary.created, section.name)
        return
    del values["id"]
    changed = bool(assign_changed(existing, values))
    if existing.deleted:
        existing.deleted = False
        changed = True
    summary.count(summary.updated if changed else summary.unchanged, section.name)
