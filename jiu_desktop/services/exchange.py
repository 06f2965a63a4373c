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
    to_json_value,
    validate_document,
)
from jiu_desktop.services.store import Store
from jiu_desktop.services.validation import assign_changed
from jiu_desktop.vault.atomic import write_atomic


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
        group_ids = {p.group_id for p in people if p.group_id}
        coach_ids = {p.coach_id for p in people if p.coach_id}
        groups_stmt = select(Group).where(Group.deleted.is_(False)).order_by(Group.id)
        coaches_stmt = select(Coach).where(Coach.deleted.is_(False)).order_by(Coach.id)
        if participant_id is not None:
            groups_stmt = groups_stmt.where(Group.id.in_(group_ids))
            coaches_stmt = coaches_stmt.where(Coach.id.in_(coach_ids))
        document: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "exported_by": f"JIU Desktop {__version__}",
            "groups": [_row(g, SECTIONS["groups"]) for g in session.scalars(groups_stmt)],
            "coaches": [_row(c, SECTIONS["coaches"]) for c in session.scalars(coaches_stmt)],
            "participants": [],
        }
        for person in people:
            entry = _row(person, SECTIONS["participants"])
            for key, model in (
                ("status_history", StatusChange),
                ("referrals", Referral),
                ("notes", SessionNote),
            ):
                stmt = (
                    select(model)
                    .where(model.participant_id == person.id, model.deleted.is_(False))
                    .order_by(model.created_at, model.id)
                )
                entry[key] = [_row(obj, SECTIONS[key]) for obj in session.scalars(stmt)]
            document["participants"].append(entry)
        return document


def write_export(store: Store, out: Path, participant_id: str | None = None) -> int:
    """Write the export atomically to ``out``; returns the number of participants."""
    document = export_data(store, participant_id)
    data = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    try:
        write_atomic(out, data.encode("utf-8"))
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
    validate_document(document)
    summary = ImportSummary()
    with store.session() as session:
        team: tuple[tuple[str, type[SyncEntity]], ...] = (("groups", Group), ("coaches", Coach))
        for key, model in team:
            for item in document.get(key, []):
                _upsert(session, model, SECTIONS[key], item, summary, key)
        session.flush()
        erased = set(session.scalars(select(ErasedParticipant.participant_id)))
        for person in document["participants"]:
            if person["id"] in erased:
                summary.erased_skipped += 1
                continue
            _upsert(session, Participant, SECTIONS["participants"], person, summary, "participants")
            session.flush()
            for key, model in (
                ("status_history", StatusChange),
                ("referrals", Referral),
                ("notes", SessionNote),
            ):
                for item in person.get(key, []):
                    values = {**item, "participant_id": person["id"]}
                    _upsert(session, model, SECTIONS[key], values, summary, key)
    return summary


def _upsert(
    session: Any,
    model: Any,
    section: Section,
    item: dict[str, Any],
    summary: ImportSummary,
    kind: str,
) -> None:
    values = {
        name: from_json_value(section.types[name], item.get(name, section.defaults.get(name)))
        for name in section.fields
        if name in item or name in section.defaults
    }
    if "participant_id" in item:
        values["participant_id"] = item["participant_id"]
    existing = session.get(model, values["id"])
    if existing is None:
        session.add(model(**values))
        summary.count(summary.created, kind)
        return
    changed = bool(assign_changed(existing, {k: val for k, val in values.items() if k != "id"}))
    if existing.deleted:
        existing.deleted = False
        changed = True
    summary.count(summary.updated if changed else summary.unchanged, kind)
