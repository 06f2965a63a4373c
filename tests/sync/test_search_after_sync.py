"""Received rows are written with the search triggers set aside and each participant's
document made once at the end: the documents must be exactly those the triggers (or a
rebuild from the rows) make, and the triggers must be back for local writes."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

from jiu_desktop.db.store import Store
from jiu_desktop.services import notes, participants, search_schema
from jiu_desktop.sync import merge
from tests.sync.conftest import Replica
from tests.sync.test_apply_in_sets import bundles
from tests.sync.test_merge_rules import NOOR, NOW_MS, A, by_rows, connection, edit, note

Make = Callable[[int], list[Replica]]


def documents(conn: Connection) -> list[tuple[str, str, str]]:
    rows = conn.exec_driver_sql(
        "SELECT d.participant_id, f.name, f.body FROM search_doc d"
        " JOIN search_fts f ON f.rowid = d.fts_rowid ORDER BY d.participant_id"
    )
    return [(str(p), str(name), str(body)) for p, name, body in rows]


def search_triggers(conn: Connection) -> list[tuple[str, str]]:
    rows = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_search_%'"
        " ORDER BY name"
    )
    return [(str(name), str(sql)) for name, sql in rows]


def made_anew(conn: Connection) -> list[tuple[str, str, str]]:
    """The documents as a rebuild from the rows makes them (rolled back after)."""
    savepoint = conn.begin_nested()
    search_schema.rebuild_all(conn)
    found = documents(conn)
    savepoint.rollback()
    return found


def test_documents_after_a_set_are_those_made_from_the_rows(store: Store) -> None:
    with connection(store) as conn, conn.begin():
        triggers = search_triggers(conn)
        merge.apply_bundles(conn, by_rows(bundles()), NOW_MS)
        applied = documents(conn)
        assert applied == made_anew(conn)
        assert search_triggers(conn) == triggers
    assert [p for p, _name, _body in applied] == [NOOR]
    assert applied[0][1] == "Noor Jansen"
    assert "stage" not in applied[0][2]  # the note was deleted in a later bundle


def test_a_note_before_its_participant_is_found_once_they_arrive(store: Store) -> None:
    with connection(store) as conn, conn.begin():
        first = [
            note("participant_id", NOOR, 1),
            note("note_date", "2026-05-20", 2, owner=NOOR),
            note("text", "Fietsenmaker gezocht", 5, owner=NOOR),
        ]
        merge.apply_bundles(conn, by_rows([(A, first)]), NOW_MS)
        then = [edit("first_name", "Noor", 3), edit("last_name", "Bakker", 4)]
        merge.apply_bundles(conn, by_rows([(A, then)]), NOW_MS)
        found = documents(conn)
        assert found == made_anew(conn)
    assert found and "Fietsenmaker" in found[0][2]


def test_a_synced_laptop_finds_what_was_written_and_edits_keep_its_index(replicas: Make) -> None:
    a, b = replicas(2)
    person = participants.create_participant(a.store, first_name="Ilse", last_name="Kramer").row
    kept = notes.add_note(a.store, person.id, text="Wil naar de bakkerij")
    gone = notes.add_note(a.store, person.id, text="Zoekt een zwembad")
    a.sync()
    b.sync()
    assert [p.id for p in participants.list_participants(b.store, query="bakkerij")] == [person.id]
    notes.update_note(a.store, kept.row.id, text="Wil naar de timmerwerkplaats")
    notes.delete_note(a.store, gone.row.id)
    a.sync()
    b.sync()
    assert participants.list_participants(b.store, query="bakkerij") == []
    assert participants.list_participants(b.store, query="zwembad") == []
    assert [p.id for p in participants.list_participants(b.store, query="timmer")] == [person.id]
    notes.add_note(b.store, person.id, text="Belt over het schilderwerk")  # triggers are back
    assert [p.id for p in participants.list_participants(b.store, query="schilder")] == [person.id]
    with b.store.engine.connect() as conn:
        assert documents(conn) == made_anew(conn)
