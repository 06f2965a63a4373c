"""Received writes that replaced nothing are kept one entry per row (``sync/received.py``):
read through the view they are the same lines as one entry per field, found by author and
stamp, erased with their participant, passed on to a new team, and put back into
``change_log`` by the migration's downgrade."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from jiu_desktop.db.store import Store
from jiu_desktop.sync import merge, received
from jiu_desktop.sync.bundle import WireChange
from jiu_desktop.sync.changelog import current_stamps
from jiu_desktop.sync.heads import open_for
from jiu_desktop.vault import migrate
from tests.sync.test_bundle_ranges import _migrate
from tests.sync.test_merge_rules import (
    NOOR,
    REMARKS,
    A,
    B,
    apply,
    connection,
    edit,
    erasure,
    note,
    participant,
    stamp,
)

NEW_NOOR = [
    edit("first_name", "Noor", 1),
    edit("last_name", "Visser", 2),
    edit("remarks", "houdt van koken", 3),
]


def lines(store: Store) -> set[tuple[Any, ...]]:
    """Every line of the log's view: a write's stamp, author, where, value and base."""
    view = received.log_entry
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(
                view.c.hlc,
                view.c.device,
                view.c.entity,
                view.c.row_id,
                view.c.field,
                view.c.value,
                view.c.participant_id,
                view.c.bundle_seq,
                view.c.base_hlc,
                view.c.base_device,
            )
        )
        return {tuple(r) for r in rows}


def as_lines(device: str, *changes: WireChange) -> set[tuple[Any, ...]]:
    return {
        (
            c.hlc,
            c.author or device,
            c.entity,
            c.row_id,
            c.field,
            c.value,
            c.participant_id,
            0,
            c.base_hlc,
            c.base_device,
        )
        for c in changes
    }


def count(store: Store, table: str) -> int:
    with store.engine.connect() as conn:
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())


def test_a_new_rows_writes_are_one_entry_and_read_as_one_line_per_field(store: Store) -> None:
    renamed = edit("first_name", "Noor-Lynn", 10, base=stamp(NEW_NOOR[0], A))
    apply(store, A, *NEW_NOOR, renamed)

    assert count(store, "received_row") == 1
    assert count(store, "change_log") == 1, "only the write that replaced a value"
    assert lines(store) == as_lines(A, *NEW_NOOR, renamed)
    assert participant(store)["first_name"] == "Noor-Lynn"


def test_a_field_that_comes_again_or_a_far_stamp_starts_another_entry(store: Store) -> None:
    changes = [
        *NEW_NOOR,
        note("text", "eerste", 4),
        note("note_date", "2026-05-01", 5),
        note("kind", "coachgesprek", 6),
        note("text", "tweede", 7),  # no base: as from a copy that did not know the first
        edit("phone", "0612345678", 4 + received.SPAN),
    ]
    apply(store, A, *changes)

    with store.engine.connect() as conn:
        entries = conn.exec_driver_sql("SELECT entity, lo_hlc, hi_hlc, fields FROM received_row")
        spans = sorted((entity, hi - lo, sorted(json.loads(f))) for entity, lo, hi, f in entries)
    assert spans == [
        ("participant", 0, ["phone"]),
        ("participant", 2, ["first_name", "last_name", "remarks"]),
        ("session_note", 0, ["text"]),
        ("session_note", 2, ["kind", "note_date", "text"]),
    ]
    assert lines(store) == as_lines(A, *changes)


def test_two_changes_under_one_stamp_are_refused_and_nothing_stays(store: Store) -> None:
    twice = [edit("first_name", "Noor", 1), edit("last_name", "Visser", 1)]
    with pytest.raises(ValueError, match="one author and stamp"):
        apply(store, A, *twice)
    assert lines(store) == set()


def test_a_packed_write_is_found_by_author_and_stamp(store: Store) -> None:
    apply(store, A, *NEW_NOOR)
    first, last = NEW_NOOR[0].hlc, NEW_NOOR[-1].hlc
    with connection(store) as conn:
        assert received.write_at(conn, NEW_NOOR[1].hlc, A) == (NEW_NOOR[1].value, None, None)
        assert received.write_at(conn, NEW_NOOR[1].hlc, B) is None
        assert received.write_at(conn, first - 1, A) is None
        between = dict(received.writes_between(conn, A, first + 1, last))
        assert sorted(between) == [NEW_NOOR[1].hlc, NEW_NOOR[2].hlc]
        assert between[last] == ("participant", NOOR, "remarks", NEW_NOOR[2].value)
        stamps = current_stamps(conn, "participant", [NOOR], ["remarks"])
    assert stamps == {(NOOR, "remarks"): (last, A)}


def test_a_repeated_bundle_adds_nothing_and_a_clash_is_counted(store: Store) -> None:
    apply(store, A, *NEW_NOOR)
    again = apply(store, A, *NEW_NOOR)
    assert (again.new_changes, again.clashes) == (0, 0)
    other = WireChange(*NEW_NOOR[2][:4], json.dumps("iets anders"), *NEW_NOOR[2][5:])
    clashing = apply(store, A, other)
    assert (clashing.new_changes, clashing.clashes) == (0, 1)
    assert count(store, "received_row") == 1
    assert participant(store)["remarks"] == "houdt van koken"


def test_edits_on_a_packed_write_are_conflicts_as_on_one_entry_per_field(store: Store) -> None:
    apply(store, A, *NEW_NOOR)
    base = stamp(NEW_NOOR[2], A)
    apply(store, A, edit("remarks", "kookt graag", 20, base=base))
    apply(store, B, edit("remarks", "bakt graag", 21, base=base))
    with connection(store) as conn:
        conflicts = open_for(conn, REMARKS)
    assert [(c.value, c.current_value) for c in conflicts] == [
        (json.dumps("kookt graag"), json.dumps("bakt graag"))
    ]


def test_an_erasure_takes_the_packed_entries_along(store: Store) -> None:
    apply(store, A, *NEW_NOOR, note("text", "over Noor", 4, owner=NOOR))
    assert count(store, "received_row") == 2
    apply(store, B, erasure(NOOR, 30))
    assert count(store, "received_row") == 0
    assert {line[2] for line in lines(store)} == {merge.ERASURE_ENTITY}


def test_a_new_team_gets_every_packed_write_as_an_entry_of_this_laptop(store: Store) -> None:
    renamed = edit("first_name", "Noor-Lynn", 10, base=stamp(NEW_NOOR[0], A))
    apply(store, A, *NEW_NOOR, renamed)
    before = lines(store)
    with store.engine.begin() as conn:
        assert received.unpack_all(conn) == len(NEW_NOOR)
    assert count(store, "received_row") == 0
    assert count(store, "change_log") == len(NEW_NOOR) + 1
    assert lines(store) == before


def test_going_back_to_revision_0010_puts_the_packed_writes_in_change_log(store: Store) -> None:
    renamed = edit("first_name", "Noor-Lynn", 10, base=stamp(NEW_NOOR[0], A))
    apply(store, A, *NEW_NOOR, renamed)
    before = lines(store)

    _migrate(store.engine, "0010")
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT hlc, device, entity, row_id, field, value, participant_id, bundle_seq,"
            " base_hlc, base_device FROM change_log"
        )
        assert {tuple(r) for r in rows} == before
    _migrate(store.engine, migrate.HEAD_REVISION)
    assert lines(store) == before
    assert count(store, "received_row") == 0


def test_every_line_read_from_the_tables_is_the_view(store: Store) -> None:
    renamed = edit("first_name", "Noor-Lynn", 10, base=stamp(NEW_NOOR[0], A))
    about = note("text", "over Noor", 4)
    apply(store, A, *NEW_NOOR, renamed, about)
    with connection(store) as conn:
        every = {tuple(line)[:10] for line in received.every_line(conn)}
        # The condition picks change_log entries; the packed ones are always there.
        no_base = {tuple(line)[:10] for line in received.every_line(conn, "base_hlc IS NULL")}
    assert every == lines(store) == as_lines(A, *NEW_NOOR, renamed, about)
    assert no_base == as_lines(A, *NEW_NOOR, about)
