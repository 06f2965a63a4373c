"""Conflict versions: what lost a concurrent edit, and how the coach settles it.

A conflict is open while the field still holds the write that won it. Settling it is a new
write of the chosen text (the current one, the other one, or a merge of both), which every
device receives as an ordinary change, so the conflict closes everywhere.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select, update

from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.i18n import translate
from jiu_desktop.models import ChangeLogEntry, ConflictVersion, LocalState
from jiu_desktop.services.changes import Changes
from jiu_desktop.services.store import Store
from jiu_desktop.sync.changelog import CLOCK_KEY, current_stamps, encode_value
from jiu_desktop.sync.merge import ENTITIES, materialise

KEEP_CURRENT, KEEP_OTHER, KEEP_MERGED = "current", "other", "merged"


@dataclass(frozen=True)
class OpenConflict:
    id: str
    entity: str
    row_id: str
    field: str
    participant_id: str | None
    current_value: str
    other_value: str


def _decode(raw: str | None) -> str:
    value = json.loads(raw) if raw is not None else ""
    return "" if value is None else str(value)


def open_conflicts(store: Store, participant_id: str | None = None) -> list[OpenConflict]:
    with store.engine.connect() as conn:
        stmt = select(ConflictVersion).where(ConflictVersion.dismissed.is_(False))
        if participant_id is not None:
            stmt = stmt.where(ConflictVersion.participant_id == participant_id)
        found: list[OpenConflict] = []
        for c in conn.execute(stmt.order_by(ConflictVersion.created_at)).all():
            stamps = current_stamps(conn, c.entity, [c.row_id])
            if stamps.get((c.row_id, c.field)) != (c.winner_hlc, c.winner_device):
                continue  # someone wrote the field since: settled
            current = conn.execute(
                select(ChangeLogEntry.value).where(
                    ChangeLogEntry.device == c.winner_device,
                    ChangeLogEntry.hlc == c.winner_hlc,
                )
            ).scalar()
            found.append(
                OpenConflict(
                    c.id,
                    c.entity,
                    c.row_id,
                    c.field,
                    c.participant_id,
                    _decode(current),
                    _decode(c.value),
                )
            )
        return found


def resolve(store: Store, conflict_id: str, choice: str, merged_text: str = "") -> Changes:
    """Keep the current text, the other one, or a merged text; closes the conflict."""
    conflicts = {c.id: c for c in open_conflicts(store)}
    conflict = conflicts.get(conflict_id)
    if conflict is None:
        raise NotFound(translate("sync", "Conflict"), conflict_id)
    if choice == KEEP_CURRENT:
        text = conflict.current_value
    elif choice == KEEP_OTHER:
        text = conflict.other_value
    elif choice == KEEP_MERGED:
        text = merged_text
    else:
        raise InvalidInput(translate("sync", "Unknown choice: {choice}").format(choice=choice))
    with store.engine.begin() as conn:
        _write_field(store, conn, conflict, text)
        conn.execute(
            update(ConflictVersion).where(ConflictVersion.id == conflict_id).values(dismissed=True)
        )
    return Changes.of(conflict.entity, conflict.row_id)


def _write_field(store: Store, conn: Connection, conflict: OpenConflict, text: str) -> None:
    """A local write of one field even when the value is unchanged (so it travels)."""
    if conflict.entity not in ENTITIES:
        raise NotFound(conflict.entity, conflict.row_id)
    base = current_stamps(conn, conflict.entity, [conflict.row_id]).get(
        (conflict.row_id, conflict.field)
    )
    conn.execute(
        insert(ChangeLogEntry).values(
            hlc=store.clock.now(),
            device=store.device_id,
            entity=conflict.entity,
            row_id=conflict.row_id,
            field=conflict.field,
            value=encode_value(text),
            participant_id=conflict.participant_id,
            base_hlc=base[0] if base else None,
            base_device=base[1] if base else None,
        )
    )
    conn.execute(
        insert(LocalState)
        .prefix_with("OR REPLACE")
        .values(key=CLOCK_KEY, value=str(store.clock.last))
    )
    materialise(conn, conflict.entity, [conflict.row_id])
