"""The words around a search hit, for participants found through their text (no Qt)."""

from __future__ import annotations

from pathlib import Path

from jiu_desktop.db.store import Store
from jiu_desktop.services import notes, participants, profile, search, search_schema

NOTE = (
    "Vandaag een lang gesprek gehad over haar wensen. Daarna ging het over de stage bij "
    "de bakker om de hoek, die in januari begint als alles goed gaat met het rooster."
)


def marked(snippet: str) -> list[str]:
    """The hit words of a snippet."""
    words = []
    rest = snippet
    while search.HIT_START in rest:
        _, _, rest = rest.partition(search.HIT_START)
        word, _, rest = rest.partition(search.HIT_END)
        words.append(word)
    return words


def test_a_note_hit_shows_the_words_around_it(store: Store) -> None:
    noor = participants.create_participant(store, first_name="Noor", last_name="Bakker").row
    notes.add_note(store, noor.id, text=NOTE)
    found = search.snippets(store, "stag", [noor.id])
    snippet = found[noor.id]
    assert marked(snippet) == ["stage"], "the typed prefix marks the whole word"
    assert "gesprek" not in snippet, "a few words around the hit, not the whole note"
    assert "over de" in search.plain(snippet) and "bij" in search.plain(snippet)
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "\n" not in snippet


def test_a_name_hit_shows_no_snippet(store: Store) -> None:
    noor = participants.create_participant(store, first_name="Noor", last_name="Bakker").row
    notes.add_note(store, noor.id, text=NOTE)  # the note holds "bakker" too
    assert search.snippets(store, "bakk", [noor.id]) == {}
    assert search.snippets(store, "noor", [noor.id]) == {}


def test_name_and_note_words_together_show_the_note_words(store: Store) -> None:
    noor = participants.create_participant(store, first_name="Noor").row
    notes.add_note(store, noor.id, text=NOTE)
    snippet = search.snippets(store, "noor rooster", [noor.id])[noor.id]
    assert marked(snippet) == ["rooster"]


def test_remarks_email_and_follow_ups_are_text_too(store: Store) -> None:
    sem = participants.create_participant(
        store, first_name="Sem", email="sem@voorbeeld.nl", remarks="Fietst graag"
    ).row
    notes.add_note(store, sem.id, text="Kort gesprek", follow_up="Samen naar het Werkplein")
    assert marked(search.snippets(store, "fiets", [sem.id])[sem.id]) == ["Fietst"]
    assert marked(search.snippets(store, "werkpl", [sem.id])[sem.id]) == ["Werkplein"]
    assert marked(search.snippets(store, "voorbeeld", [sem.id])[sem.id]) == ["voorbeeld"]


def test_texts_read_apart_and_an_empty_one_leaves_no_trace(store: Store) -> None:
    sem = participants.create_participant(store, first_name="Sem", remarks="Wil een stage").row
    notes.add_note(store, sem.id, text="Cv besproken")
    snippet = search.plain(search.snippets(store, "stage", [sem.id])[sem.id])
    assert snippet == "Wil een stage · Cv besproken", "no email: one separator, none in front"


def test_only_the_asked_participants_and_only_hits(store: Store) -> None:
    noor = participants.create_participant(store, first_name="Noor").row
    sem = participants.create_participant(store, first_name="Sem").row
    for person in (noor, sem):
        notes.add_note(store, person.id, text=NOTE)
    assert set(search.snippets(store, "stage", [noor.id])) == {noor.id}
    assert search.snippets(store, "fiets", [noor.id, sem.id]) == {}
    assert search.snippets(store, "", [noor.id]) == {}
    assert search.snippets(store, "stage", []) == {}


def test_a_deleted_note_is_no_longer_shown(store: Store) -> None:
    noor = participants.create_participant(store, first_name="Noor").row
    note = notes.add_note(store, noor.id, text="Over de stage gepraat")
    assert noor.id in search.snippets(store, "stage", [noor.id])
    notes.delete_note(store, note.id)
    assert search.snippets(store, "stage", [noor.id]) == {}


def test_an_older_index_without_text_is_made_again_at_unlock(profile_dir: Path) -> None:
    """Profiles indexed before the text was kept (a contentless table) get the new one."""
    store, _ = profile.create_profile(profile_dir, "Test", "goed geheim 2026")
    noor = participants.create_participant(store, first_name="Noor").row
    notes.add_note(store, noor.id, text="Over de stage gepraat")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE search_fts")
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE search_fts USING fts5(body, content='', contentless_delete=1,"
            " tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
        )
    root, key = store.root, store.data_key
    store.close()
    store = profile.open_with_key(root, key)
    try:
        assert marked(search.snippets(store, "stage", [noor.id])[noor.id]) == ["stage"]
        with store.engine.begin() as conn:
            assert search_schema.bring_in_line_on(conn) is False
    finally:
        store.close()


def test_an_index_with_three_prefix_lengths_is_made_smaller_at_unlock(profile_dir: Path) -> None:
    """Profiles indexed with prefixes of one, two and three letters (more than twice the
    index, and its writing, for a millisecond or two on a search of two or three letters)
    get the index of one-letter prefixes, and find the same."""
    store, _ = profile.create_profile(profile_dir, "Test", "goed geheim 2026")
    noor = participants.create_participant(store, first_name="Noor").row
    participants.create_participant(store, first_name="Sem")
    notes.add_note(store, noor.id, text=NOTE)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE search_fts")
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE search_fts USING fts5(name, body,"
            " tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
        )
        conn.exec_driver_sql(
            f"INSERT INTO search_fts (rowid, name, body) SELECT d.fts_rowid, "
            f"{search_schema.document_sql()} "
            "FROM participant p JOIN search_doc d ON d.participant_id = p.id"
        )
    found_before = {q: participants.list_participants(store, query=q) for q in ("s", "st", "ba")}
    root, key = store.root, store.data_key
    store.close()
    store = profile.open_with_key(root, key)
    try:
        with store.engine.connect() as conn:
            sql = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'search_fts'"
            ).scalar_one()
        assert "prefix='1')" in sql
        for query, before in found_before.items():
            assert [p.id for p in participants.list_participants(store, query=query)] == [
                p.id for p in before
            ]
        assert {p.first_name for p in found_before["s"]} == {"Noor", "Sem"}  # stage, Sem
        assert marked(search.snippets(store, "st", [noor.id])[noor.id]) == ["stage"]
    finally:
        store.close()
