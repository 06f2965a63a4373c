"""Conflict versions: what lost a concurrent edit, and how the coach settles it.

A conflict is open while the losing write is a *head* that nobody built on (see
``sync/heads.py``), so every laptop that has seen the same changes shows the same ones.
Settling writes the chosen text (when it is not the current one already) and a ``settled``
change naming the losing write; both travel like any change, so the conflict closes on
every laptop.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, Date, select

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.i18n import translate
from jiu_desktop.models.declaration import entity, field_label, table_of, text_fields
from jiu_desktop.services.changes import Changes
from jiu_desktop.sync import heads
from jiu_desktop.sync.changelog import encode_value, write_local
from jiu_desktop.sync.clock import unpack
from jiu_desktop.sync.merge import materialise

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
    #: The field's label as declared (translate with context "fields").
    label: str = ""
    #: When each version was written (local time) and by which laptop (a device id).
    current_at: datetime | None = None
    current_device: str = ""
    other_at: datetime | None = None
    other_device: str = ""
    #: The date that tells the row apart (a note's date), when its table has one.
    row_date: date | None = None
    #: What tells the row apart where its declaration says (a form answer's question).
    row_label: str = ""


def written_at(hlc: int) -> datetime:
    """The local time a change was stamped."""
    wall_ms, _ = unpack(hlc)
    return datetime.fromtimestamp(wall_ms / 1000).replace(microsecond=0)


def _decode(raw: str | None) -> str:
    value = json.loads(raw) if raw is not None else ""
    return "" if value is None else str(value)


def _found(store: Store, participant_id: str | None) -> list[heads.OpenConflict]:
    with store.engine.connect() as conn:
        return heads.open_for(conn, text_fields(), participant_id)


def open_conflicts(store: Store, participant_id: str | None = None) -> list[OpenConflict]:
    found = sorted(_found(store, participant_id), key=lambda c: c.hlc)
    with store.engine.connect() as conn:
        dates = {(c.entity, c.row_id): _row_date(conn, c.entity, c.row_id) for c in found}
        labels = {(c.entity, c.row_id): _row_label(conn, c.entity, c.row_id) for c in found}
    return [
        OpenConflict(
            c.key,
            c.entity,
            c.row_id,
            c.field,
            c.participant_id,
            _decode(c.current_value),
            _decode(c.value),
            field_label(c.entity, c.field),
            written_at(c.current_hlc),
            c.current_device,
            written_at(c.hlc),
            c.device,
            dates[(c.entity, c.row_id)],
            labels[(c.entity, c.row_id)],
        )
        for c in found
    ]


def _row_date(conn: Connection, entity_name: str, row_id: str) -> date | None:
    """The first date column of the row (a note's date): which note a conflict is about."""
    kind = entity(entity_name)
    if kind is None:
        return None
    table = table_of(kind)
    column = next((c for c in table.columns if isinstance(c.type, Date)), None)
    if column is None:
        return None
    value = conn.execute(select(column).where(table.c.id == row_id)).scalar()
    return value if isinstance(value, date) else None


def _row_label(conn: Connection, entity_name: str, row_id: str) -> str:
    kind = entity(entity_name)
    describe = kind.sync.row_label if kind is not None else None
    return describe(conn, row_id) if describe is not None else ""


def resolve(store: Store, conflict_id: str, choice: str, merged_text: str = "") -> Changes:
    """Keep the current text, the other one, or a merged text; closes the conflict."""
    conflict = next((c for c in _found(store, None) if c.key == conflict_id), None)
    if conflict is None:
        raise NotFound(translate("sync", "Conflict"), conflict_id)
    if choice == KEEP_CURRENT:
        text = None
    elif choice == KEEP_OTHER:
        text = _decode(conflict.value)
    elif choice == KEEP_MERGED:
        text = merged_text
    else:
        raise InvalidInput(translate("sync", "Unknown choice: {choice}").format(choice=choice))
    kind = entity(conflict.entity)
    if kind is None:
        raise NotFound(conflict.entity, conflict.row_id)
    with store.engine.begin() as conn:
        if text is not None and encode_value(text) != conflict.current_value:
            _write(store, conn, conflict, conflict.entity, encode_value(text), current=True)
        _write(store, conn, conflict, heads.SETTLED_ENTITY, None, current=False)
        materialise(conn, conflict.entity, [conflict.row_id])
    return Changes.of(kind, conflict.row_id)  # written outside the ORM: no flush saw it


def _write(
    store: Store,
    conn: Connection,
    conflict: heads.OpenConflict,
    entity: str,
    value: str | None,
    *,
    current: bool,
) -> None:
    """A local write built on the current value (``current``) or on the losing one."""
    write_local(
        conn,
        store.clock,
        store.device_id,
        entity=entity,
        row_id=conflict.row_id,
        field=conflict.field,
        value=value,
        participant_id=conflict.participant_id,
        base=(conflict.current_hlc, conflict.current_device)
        if current
        else (conflict.hlc, conflict.device),
    )
