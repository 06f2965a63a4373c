"""Export and import in the documented JSON format (``docs/export-format.md``).

An export of one participant is also their right of access (AVG): everything kept about
them. Import validates the whole file before it changes anything, then upserts by id in one
transaction through the ORM (so change capture records it); importing the same file twice
updates, never duplicates.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jiu_desktop import __version__
from jiu_desktop.errors import InvalidImport, JiuError, NotFound
from jiu_desktop.i18n import translate
from jiu_desktop.models import (
    Coach,
    ErasedParticipant,
    Group,
    Participant,
    Referral,
    SessionNote,
    StatusChange,
    SyncEntity,
)
from jiu_desktop.services.exchange_schema import (
    FORMAT,
    SECTIONS,
    VERSION,
    Section,
    from_json_value,
    json_repr,
    to_json_value,
    validate_document,
)
from jiu_desktop.services.store import Store
from jiu_desktop.services.validation import assign_changed
from jiu_desktop.vault.private_file import write_private


@dataclass
class ImportSummary:
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


CHILDREN: tuple[tuple[str, type[SyncEntity]], ...] = (
    ("status_history", StatusChange),
    ("referrals", Referral),
    ("notes", SessionNote),
)
CHILD_KEYS = tuple(key for key, _model in CHILDREN)
TEAM: tuple[tuple[str, type[SyncEntity]], ...] = (("groups", Group), ("coaches", Coach))
_REFERENCE = {"groups": "group_id", "coaches": "coach_id"}  # team list -> participant field
_CHUNK = 500  # ids per IN (...) query, well below SQLite's limit on bound parameters


def _row(obj: Any, section: Section) -> dict[str, Any]:
    return {name: to_json_value(getattr(obj, name)) for name in section.fields}


def export_data(store: Store, participant_id: str | None = None) -> dict[str, Any]:
    """The whole profile, or everything about one participant, as a JSON-ready dict."""
    with store.session() as session:
        people_stmt = select(Participant).where(Participant.deleted.is_(False))
        if participant_id is not None:
            people_stmt = people_stmt.where(Participant.id == participant_id)
        people = list(session.scalars(people_stmt.order_by(Participant.id)))
        if participant_id is not None and not people:
            raise NotFound(translate("participants", "Participant"), participant_id)
        team: dict[str, list[dict[str, Any]]] = {}
        for key, model in TEAM:
            stmt = select(model).where(model.deleted.is_(False)).order_by(model.id)
            if participant_id is not None:
                used = {getattr(p, _REFERENCE[key]) for p in people} - {None}
                stmt = stmt.where(model.id.in_(used))
            team[key] = [_row(row, SECTIONS[key]) for row in session.scalars(stmt)]
        children = {
            key: _rows_by_participant(session, model, SECTIONS[key], participant_id)
            for key, model in CHILDREN
        }
        exported = {key: {row["id"] for row in rows} for key, rows in team.items()}
        entries = []
        for person in people:
            entry = _row(person, SECTIONS["participants"])
            for key, field_name in _REFERENCE.items():
                if entry[field_name] not in exported[key]:
                    entry[field_name] = None  # a deleted group or coach: no longer theirs
            for key, _model in CHILDREN:
                entry[key] = children[key].get(person.id, [])
            entries.append(entry)
        return {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "exported_by": f"JIU Desktop {__version__}",
            "groups": team["groups"],
            "coaches": team["coaches"],
            "participants": entries,
        }


def _rows_by_participant(
    session: Session, model: Any, section: Section, participant_id: str | None
) -> dict[str, list[dict[str, Any]]]:
    """One query for a whole list kind (not one per participant), grouped by participant."""
    stmt = select(model).where(model.deleted.is_(False))
    if participant_id is not None:
        stmt = stmt.where(model.participant_id == participant_id)
    stmt = stmt.order_by(model.participant_id, model.created_at, model.id)
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in session.scalars(stmt):
        grouped.setdefault(row.participant_id, []).append(_row(row, section))
    return grouped


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
    return len(document["participants"])


def read_import_file(path: Path) -> dict[str, Any]:
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
    validate_document(document)
    return document  # type: ignore[no-any-return]


def import_file(store: Store, path: Path) -> ImportSummary:
    return import_document(store, read_import_file(path))


def import_document(store: Store, document: dict[str, Any]) -> ImportSummary:
    """Upsert the (validated) document in one transaction.

    Existing rows are loaded up front, kind by kind, so the import does not query (and
    flush) once per row, and so a row that would move to another participant is refused
    before anything is written. Rows are written team first, then participants, then their
    lists, so every foreign key points at a row that is already there.
    """
    validate_document(document)
    summary = ImportSummary()
    with store.session() as session, session.no_autoflush:
        erased = set(session.scalars(select(ErasedParticipant.participant_id)))
        people = [p for p in document["participants"] if p["id"] not in erased]
        summary.erased_skipped = len(document["participants"]) - len(people)
        batches: list[tuple[str, type[SyncEntity], list[dict[str, Any]]]] = [
            (key, model, list(document.get(key, []))) for key, model in TEAM
        ]
        batches.append(("participants", Participant, people))
        batches += [
            (
                key,
                model,
                [{**item, "participant_id": p["id"]} for p in people for item in p.get(key, [])],
            )
            for key, model in CHILDREN
        ]
        known = {
            key: _load_existing(session, model, [item["id"] for item in items])
            for key, model, items in batches
        }
        _refuse_moves(document["participants"], erased, known)
        for index, (key, model, items) in enumerate(batches):
            for item in items:
                _upsert(
                    session, model, SECTIONS[key], item, known[key].get(item["id"]), summary, key
                )
            if index in (len(TEAM) - 1, len(TEAM)):  # after the team, after the participants
                session.flush()
    return summary


def _refuse_moves(
    people: list[dict[str, Any]], erased: set[str], known: dict[str, dict[str, Any]]
) -> None:
    """An id of a note, referral or status change that belongs to another participant here
    is refused at its place in the file: upserting it would silently move the row."""
    for index, person in enumerate(people):
        if person["id"] in erased:
            continue
        for key in CHILD_KEYS:
            for position, item in enumerate(person.get(key, [])):
                existing = known[key].get(item["id"])
                if existing is not None and existing.participant_id != person["id"]:
                    raise InvalidImport(
                        f"participants[{index}].{key}[{position}].id",
                        translate(
                            "exchange",
                            "{value} belongs to another participant here; an import does not "
                            "move entries between participants",
                        ).format(value=json_repr(item["id"])),
                    )


def _load_existing(session: Session, model: type[SyncEntity], ids: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        found.update(
            (row.id, row) for row in session.scalars(select(model).where(model.id.in_(chunk)))
        )
    return found


def _upsert(
    session: Session,
    model: Any,
    section: Section,
    item: dict[str, Any],
    existing: Any,
    summary: ImportSummary,
    kind: str,
) -> None:
    """Create the row, or update the fields the file gives (a field the file leaves out,
    such as an optional ``created_at``, keeps its value here)."""
    if existing is None:
        values = {
            name: from_json_value(section.types[name], item.get(name, section.defaults.get(name)))
            for name in section.fields
            if name in item or name in section.defaults
        }
        if "participant_id" in item:
            values["participant_id"] = item["participant_id"]
        session.add(model(**values))
        summary.count(summary.created, kind)
        return
    values = {
        name: from_json_value(section.types[name], item[name])
        for name in section.fields
        if name in item and name != "id"
    }
    if "participant_id" in item:
        values["participant_id"] = item["participant_id"]
    changed = bool(assign_changed(existing, values))
    if existing.deleted:
        existing.deleted = False
        changed = True
    summary.count(summary.updated if changed else summary.unchanged, kind)
