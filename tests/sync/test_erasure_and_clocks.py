"""Erasure reaches every device and cannot be undone by an old edit; skewed clocks converge."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from jiu_desktop.models import Participant, SessionNote
from jiu_desktop.services import erasure, notes, participants
from jiu_desktop.sync.clock import wall_clock_ms
from jiu_desktop.sync.received import log_entry
from tests.sync.conftest import Replica

Make = Callable[[int], list[Replica]]
DAY_MS = 24 * 3600 * 1000
MARKER = "Vertrouwelijk-erasure-merkteken"


def traces(replica: Replica, participant_id: str) -> int:
    with replica.store.session() as s:
        rows = s.scalar(
            select(func.count())
            .select_from(log_entry)
            .where(log_entry.c.participant_id == participant_id)
        )
        people = s.scalar(
            select(func.count()).select_from(Participant).where(Participant.id == participant_id)
        )
        note_rows = s.scalar(
            select(func.count())
            .select_from(SessionNote)
            .where(SessionNote.participant_id == participant_id)
        )
    return int(rows or 0) + int(people or 0) + int(note_rows or 0)


def test_erasure_reaches_every_device_and_beats_old_offline_edits(replicas: Make) -> None:
    a, b, c = replicas(3)
    person = participants.create_participant(a.store, first_name="Sem", last_name=MARKER)
    note = notes.add_note(a.store, person.id, text=f"{MARKER} schulden")
    for r in (a, b, c):
        r.sync()
    # b edits offline, long after (its clock a day ahead), then a erases.
    b.store.clock.wall = lambda: wall_clock_ms() + DAY_MS
    notes.update_note(b.store, note.id, text="later offline edit")
    participants.update_participant(b.store, person.id, remarks="nog een wijziging")
    erasure.erase(a.store, person.id)
    assert traces(a, person.id) == 0
    for _ in range(2):
        for r in (a, b, c):
            r.sync()
    for r in (a, b, c):
        assert traces(r, person.id) == 0, r.name
        assert participants.list_participants(r.store, query="schulden") == []
    assert a.snapshot() == b.snapshot() == c.snapshot()


def test_erased_content_is_gone_from_the_database_file(replicas: Make) -> None:
    a, b = replicas(2)
    person = participants.create_participant(a.store, first_name="Sem", last_name=MARKER)
    notes.add_note(a.store, person.id, text=MARKER * 50)
    a.sync()
    b.sync()
    erasure.erase(a.store, person.id)
    a.sync()
    b.sync()
    for r in (a, b):
        # Every table, index and search-index segment, decrypted: none holds the text.
        # (Freed pages are overwritten by PRAGMA secure_delete, set on every connection.)
        with r.store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        with r.store.session() as s:
            assert s.scalar(select(func.count()).select_from(Participant)) == 0
        plain = _decrypted_copy(r)
        assert MARKER.encode() not in plain


def _decrypted_copy(replica: Replica) -> bytes:
    """The database decrypted into memory (sqlcipher_export to a plaintext file we read)."""
    target = Path(replica.store.root) / "plain-check.db"
    raw = replica.store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
        cursor.execute("SELECT sqlcipher_export('plain')")
        cursor.execute("DETACH DATABASE plain")
    finally:
        raw.close()
    data = target.read_bytes()
    os.unlink(target)
    return data


def test_a_laptop_a_day_ahead_cannot_win_forever(replicas: Make) -> None:
    a, b = replicas(2)
    a.store.clock.wall = lambda: wall_clock_ms() + DAY_MS  # a's clock is a day ahead
    person = participants.create_participant(a.store, first_name="Noor", remarks="van A")
    a.sync()
    b.sync()
    participants.update_participant(b.store, person.id, remarks="later, van B")
    b.sync()
    a.sync()
    for r in (a, b):
        assert participants.get_participant(r.store, person.id).remarks == "later, van B"


def test_a_laptop_a_day_behind_still_converges(replicas: Make) -> None:
    a, b = replicas(2)
    b.store.clock.wall = lambda: wall_clock_ms() - DAY_MS
    person = participants.create_participant(a.store, first_name="Noor", intake_date=date.today())
    a.sync()
    b.sync()
    participants.update_participant(b.store, person.id, phone="06-12121212")
    b.sync()
    a.sync()
    assert participants.get_participant(a.store, person.id).phone == "06-12121212"
    assert a.snapshot() == b.snapshot()
