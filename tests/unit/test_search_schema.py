"""The live search schema comes from the declarations (``services/search_schema.py``)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection

from jiu_desktop.db.store import Store
from jiu_desktop.models import SYNCED_ENTITIES
from jiu_desktop.services import notes, participants, profile, search_schema


def triggers(conn: Connection) -> dict[str, str]:
    rows = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    return {name: " ".join(sql.split()) for name, sql in rows if "_search_" in name}


def found(store: Store, query: str) -> list[str]:
    return [row.first_name for row in participants.list_participants(store, query=query)]


def unlocked_again(store: Store) -> Store:
    root, key = store.root, store.data_key
    store.close()
    return profile.open_with_key(root, key)


def test_a_new_profile_has_exactly_the_declared_triggers(store: Store) -> None:
    with store.engine.begin() as conn:
        wanted = {n: " ".join(sql.split()) for n, sql in search_schema.wanted_triggers().items()}
        assert triggers(conn) == wanted
        assert search_schema.bring_in_line_on(conn) is False, "nothing to do at the next unlock"


def test_the_triggers_cover_every_declared_search_field() -> None:
    wanted = search_schema.wanted_triggers()
    document = search_schema.document_sql()
    checked = 0
    for cls in SYNCED_ENTITIES:
        for name in cls.sync.search:
            table = cls.__tablename__
            alias = "p" if table == "participant" else "n"
            assert f"{alias}.{name}" in document, (table, name)
            assert name in wanted[f"{table}_search_update"].split(" ON ")[0], (table, name)
            checked += 1
    assert checked >= 5


def test_a_missing_or_changed_trigger_is_put_back_and_the_documents_rebuilt(
    store: Store,
) -> None:
    noor = participants.create_participant(store, first_name="Noor", remarks="houdt van koken")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER session_note_search_insert")
        conn.exec_driver_sql("DROP TRIGGER participant_search_update")
        conn.exec_driver_sql(  # an older definition that did not index the remarks
            "CREATE TRIGGER participant_search_update AFTER UPDATE OF first_name ON participant "
            "BEGIN SELECT 1; END"
        )
    notes.add_note(store, noor.id, text="Sollicitatiebrief geschreven")
    participants.update_participant(store, noor.id, remarks="houdt van voetbal")
    assert found(store, "sollicitatie") == [] and found(store, "voetbal") == []

    store = unlocked_again(store)
    assert found(store, "sollicitatie") == ["Noor"] and found(store, "voetbal") == ["Noor"]
    assert found(store, "koken") == []
    with store.engine.begin() as conn:
        assert search_schema.bring_in_line_on(conn) is False
    store.close()


def test_a_search_trigger_no_declaration_asks_for_is_dropped(store: Store) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TRIGGER coach_search_insert AFTER INSERT ON coach BEGIN SELECT 1; END"
        )
        assert search_schema.bring_in_line_on(conn) is True
        assert "coach_search_insert" not in triggers(conn)


def test_search_tables_that_differ_are_made_again(store: Store) -> None:
    participants.create_participant(store, first_name="Ilias", last_name="El Amrani")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE search_fts")
        conn.exec_driver_sql("CREATE VIRTUAL TABLE search_fts USING fts5(body)")
    store = unlocked_again(store)
    assert found(store, "amr") == ["Ilias"], "prefix search on the declared table again"
    with store.engine.connect() as conn:
        sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'search_fts'"
        ).scalar_one()
    assert "remove_diacritics 2" in sql
    store.close()


def test_deleted_notes_are_left_out_of_a_rebuilt_document(store: Store) -> None:
    noor = participants.create_participant(store, first_name="Noor")
    notes.add_note(store, noor.id, text="Stage bij de bakker")
    gone = notes.add_note(store, noor.id, text="Rijbewijs gehaald")
    notes.delete_note(store, gone.id)
    with store.engine.begin() as conn:
        search_schema.rebuild_all(conn)
    assert found(store, "bakker") == ["Noor"] and found(store, "rijbewijs") == []


def test_unlock_stays_cheap_when_nothing_differs(profile_dir: Path) -> None:
    store, _ = profile.create_profile(profile_dir, "Test", "goed geheim 2026")
    participants.create_participant(store, first_name="Noor")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE rebuilds (n INTEGER)")
        conn.exec_driver_sql(  # counts every document written from here on
            "CREATE TRIGGER count_documents AFTER INSERT ON search_doc "
            "BEGIN INSERT INTO rebuilds VALUES (1); END"
        )
    store = unlocked_again(store)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM rebuilds").scalar_one() == 0
    store.close()
