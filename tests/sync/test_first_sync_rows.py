"""A joining laptop's first sync writes its rows in plain SQL, many at a time (``merge.
materialise``). They must be exactly the rows the sending laptop wrote through its
services, column by column as stored, and exactly what writing each row through
SQLAlchemy (the way rows were written before) makes of the same change log: dates,
date-times, truth values, empty values, whole numbers and texts with quotes, new lines
and emoji, in rows that arrive whole and in rows whose fields arrive over several sets."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Connection, DateTime, bindparam, insert, select, update
from sqlalchemy.dialects import sqlite

from jiu_desktop.db.store import Store
from jiu_desktop.models import SyncEntity
from jiu_desktop.models.base import utc_now
from jiu_desktop.models.declaration import entity, synced_entities, table_of
from jiu_desktop.services import dreams, intake, notes, participants, spiral, talents
from jiu_desktop.sync import merge, pull
from jiu_desktop.sync.bundle import WireChange
from tests.sync.conftest import Replica

TEXTS = [
    "zegt \"nee\" en 'ja'",
    "regel een\nregel twee\r\n\tingesprongen",
    "blij 😀 met 🥋 en ✓",
    'back\\slash en {"json": [1, 2]}',
    "",
]


def stored(conn: Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table as stored (the raw values SQLite holds), without this laptop's
    own bookkeeping (``updated_at``), ordered by id."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    for cls in synced_entities():
        table = table_of(cls)
        names = [c.name for c in table.columns if c.name != "updated_at"]
        query = f'SELECT {", ".join(names)} FROM "{table.name}" ORDER BY id'
        tables[table.name] = [tuple(row) for row in conn.exec_driver_sql(query)]
    return tables


def reference_materialise(conn: Connection, entity_name: str, row_ids: list[str]) -> None:
    """How rows were written before: each field decoded to its Python value and the rows
    written through SQLAlchemy Core, which fills in defaults and processes the values."""
    cls = entity(entity_name)
    assert cls is not None
    table = table_of(cls)
    columns = {c.name: c for c in table.columns}
    values: dict[str, dict[str, Any]] = defaultdict(dict)
    for row_id, fields in merge._latest(conn, entity_name, row_ids).items():
        for name, value in fields.items():
            if name in columns and name not in SyncEntity.UNCAPTURED:
                values[row_id][name] = _decode(columns[name].type, value)
    existing = set(conn.execute(select(table.c.id).where(table.c.id.in_(row_ids))).scalars())
    required = {
        c.name
        for c in table.columns
        if not c.nullable and c.default is None and c.name not in SyncEntity.UNCAPTURED
    }
    now = utc_now()
    for row_id, fields in values.items():
        if row_id in existing:
            assignments: dict[str, Any] = {n: bindparam(n) for n in (*fields, "updated_at")}
            statement = update(table).where(table.c.id == bindparam("_row")).values(assignments)
            conn.execute(statement, [{"_row": row_id, **fields, "updated_at": now}])
        elif required <= fields.keys():
            conn.execute(insert(table), [{"id": row_id, **fields, "updated_at": now}])


def _decode(column_type: Any, raw: str | None) -> Any:
    from datetime import datetime

    from sqlalchemy import Boolean, Date, DateTime

    value = merge._loads(raw)
    if value is None:
        return None
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    if isinstance(column_type, Boolean):
        return bool(value)
    return value


def fill(store: Store, count: int) -> None:
    """Participants with notes, talents, dreams with steps, intakes and spiral steps,
    written through the services, some edited afterwards and some deleted."""
    for i in range(count):
        text = TEXTS[i % len(TEXTS)]
        person = participants.create_participant(
            store,
            first_name=f"Deelnemer {i}",
            last_name=text.replace("\n", " ").strip() or "Jansen",
            remarks=text,
            date_of_birth=date(1990 + i % 20, 1 + i % 12, 1 + i % 28) if i % 3 else None,
        ).row
        note = notes.add_note(
            store,
            person.id,
            note_date=date(2026, 1 + i % 12, 1 + i % 28),
            text=f"Gesprek {i}: {text}",
            follow_up="bellen" if i % 2 else "",
            follow_up_due=date(2026, 6, 1 + i % 28) if i % 2 else None,
        ).row
        talents.add_talent(store, person.id, text=text or "koken", noted_on=date(2026, 3, 3))
        dream = dreams.add_dream(
            store, person.id, text=f"droom {i} {text}", started_on=date(2026, 2, 1)
        ).row
        dreams.add_step(store, dream.id, f"stap 😀 {i}")
        intake.save_intake(
            store,
            person.id,
            has_computer=bool(i % 2),
            has_email=bool(i % 3),
            verbinder_name=text,
        )
        spiral.record_measurement(
            store, person.id, date(2026, 4, 1 + i % 28), {"algemeen": 1 + i % 5}, bool(i % 2), text
        )
        if i % 4 == 0:
            participants.update_participant(store, person.id, remarks=f"later: {text}")
            notes.update_note(store, note.id, follow_up_done=True, text=f"{text}\nbijgewerkt")
        if i % 7 == 0:
            notes.delete_note(store, note.id)


@pytest.mark.parametrize("remote", ["folder"], indirect=True)
@pytest.mark.parametrize("batch_changes", [60, pull.BATCH_CHANGES])
def test_a_first_sync_writes_the_rows_the_sender_has_and_the_reference_would(
    replicas: Callable[[int], list[Replica]],
    monkeypatch: pytest.MonkeyPatch,
    batch_changes: int,
) -> None:
    # Small bundles and sets: many rows get their fields over several sets (updated).
    monkeypatch.setattr("jiu_desktop.sync.engine.BUNDLE_LIMIT", 45)
    monkeypatch.setattr(pull, "BATCH_CHANGES", batch_changes)
    monkeypatch.setattr(pull, "FIRST_BATCH_CHANGES", batch_changes)
    a, b = replicas(2)
    fill(a.store, 24)
    a.sync()
    report = b.sync()
    assert not report.problems() and report.pulled > 1000
    with a.store.engine.connect() as conn:
        sent = stored(conn)
    with b.store.engine.connect() as conn:
        received = stored(conn)
    for name in ("participant", "session_note", "talent", "dream", "dream_step", "intake"):
        assert len(sent[name]) >= 24, name
    for name, rows in sent.items():
        if name in ("coach", "team_settings"):  # each laptop's own, besides the team's
            continue
        assert received[name] == rows, name

    # The same log, written row by row the way it was before, gives the same rows.
    with b.store.engine.connect() as conn, conn.begin() as transaction:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        for cls in reversed(synced_entities()):
            conn.exec_driver_sql(f'DELETE FROM "{cls.__tablename__}"')
        for cls in synced_entities():
            ids = [
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT DISTINCT row_id FROM log_entry WHERE entity = ?",
                    (cls.__tablename__,),
                )
            ]
            reference_materialise(conn, cls.__tablename__, ids)
        assert stored(conn) == received
        transaction.rollback()


def test_materialise_fills_what_a_change_did_not_bring_as_sqlalchemy_does(
    store: Store,
) -> None:
    """A new row whose changes lack some columns gets their defaults (a callable one,
    ``created_at``, too), an update changes only what its changes bring; both through
    plain SQL and through SQLAlchemy."""
    person = "participant-noor"
    changes = [
        WireChange(10, "participant", person, "first_name", '"Noor"', person, None, None),
        WireChange(11, "participant", person, "date_of_birth", '"2001-02-03"', person, None, None),
        WireChange(12, "session_note", "note-1", "follow_up_due", "null", person, None, None),
        WireChange(
            13, "session_note", "note-1", "participant_id", f'"{person}"', person, None, None
        ),
        WireChange(14, "session_note", "note-1", "note_date", '"2026-05-20"', person, None, None),
        WireChange(15, "session_note", "note-1", "follow_up_done", "true", person, None, None),
    ]
    device = "a" * 32
    with store.engine.connect() as conn, conn.begin() as transaction:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        before = utc_now()
        merge.apply_changes(conn, device, changes, 1 << 40)
        fast = stored(conn)
        for name in ("session_note", "participant"):
            conn.exec_driver_sql(f'DELETE FROM "{name}"')
        reference_materialise(conn, "participant", [person])
        reference_materialise(conn, "session_note", ["note-1"])
        slow = stored(conn)
        transaction.rollback()
    assert fast["participant"] and fast["session_note"]

    def without_created_at(tables: dict[str, list[tuple[Any, ...]]]) -> dict[str, Any]:
        return {
            name: [_row(name, row) | {"created_at": None} for row in rows]
            for name, rows in tables.items()
        }

    assert without_created_at(fast) == without_created_at(slow)
    person_row = _row("participant", fast["participant"][0])
    assert str(before) <= person_row["created_at"] <= str(utc_now())
    assert person_row["date_of_birth"] == "2001-02-03" and person_row["deleted"] == 0
    assert person_row["status"] == "aangemeld"  # a default, in no change
    note_row = _row("session_note", fast["session_note"][0])
    assert note_row["follow_up_due"] is None and note_row["follow_up_done"] == 1
    assert note_row["note_date"] == "2026-05-20" and note_row["kind"] == "coachgesprek"


def _row(table: str, values: tuple[Any, ...]) -> dict[str, Any]:
    cls = entity(table)
    assert cls is not None
    names = [c.name for c in table_of(cls).columns if c.name != "updated_at"]
    return dict(zip(names, values, strict=True))


_DATETIME = DateTime()
_DIALECT = sqlite.dialect()
_STORE_MOMENT = _DATETIME.dialect_impl(_DIALECT).bind_processor(_DIALECT)


def _slowly(raw: str | None) -> Any:
    """A date-time's JSON as SQLAlchemy would store it: parsed, then formatted."""
    value = json.loads(raw) if raw is not None else None
    return None if value is None else _STORE_MOMENT(datetime.fromisoformat(value))


@given(st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)))
def test_a_moment_is_stored_as_sqlalchemy_stores_it(moment: datetime) -> None:
    """Moments in the program's own form skip the parse; every form is stored alike."""
    decode = merge._decoder(_DATETIME, _STORE_MOMENT)
    for text in (
        moment.isoformat(),  # no microseconds when they are 0
        moment.isoformat(timespec="microseconds"),
        moment.isoformat(sep=" ", timespec="microseconds"),
        moment.isoformat(timespec="seconds"),
    ):
        raw = json.dumps(text)
        assert decode(raw) == _slowly(raw)
    assert decode(None) is None
    assert decode("null") is None


def test_only_the_default_storage_skips_the_parse() -> None:
    """A date-time column stored some other way keeps SQLAlchemy's formatting."""
    other = sqlite.DATETIME(storage_format="%(year)04d/%(month)02d/%(day)02d %(hour)02d")
    process = other.bind_processor(_DIALECT)
    decode = merge._decoder(other, process)
    assert decode('"2026-12-03T08:35:30.000001"') == "2026/12/03 08"
