"""Every merge rule on its own, on a real (encrypted, empty) profile and no transport.

One small test per rule, in the manner of KeePassXC's ``tests/TestMerge.cpp``: changes are
built by hand as they travel (``WireChange``) and applied with ``merge.apply_changes``
the way a pull applies one bundle; the rows, the change log and the open conflicts are
then read back.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Integer, func, select

from jiu_desktop.db.store import Store
from jiu_desktop.models import SYNCED_ENTITIES, Base, ErasedParticipant
from jiu_desktop.services import profile
from jiu_desktop.sync import merge
from jiu_desktop.sync.bundle import RowWrites, WireChange, by_row
from jiu_desktop.sync.clock import pack
from jiu_desktop.sync.heads import SETTLED_ENTITY, OpenConflict, open_for
from jiu_desktop.sync.merge import MAX_AHEAD_MS, ApplyResult, check_values
from jiu_desktop.sync.received import log_entry
from tests.conftest import PASSPHRASE

A, B, C = "a" * 32, "b" * 32, "c" * 32
NOW_MS = 1_780_000_000_000  # 28 May 2026, this laptop's wall clock in every test
T0 = pack(NOW_MS - 60_000, 0)  # a minute ago
NOOR = "participant-noor"
NOTE = "note-1"
Stamp = tuple[int, str]
#: The free-text field the conflict rules are tried on.
REMARKS = {"participant": frozenset({"remarks"})}
SYNCED_TABLES = [cls.__tablename__ for cls in SYNCED_ENTITIES]


# -- building changes ----------------------------------------------------------------------
def edit(
    field: str,
    value: Any,
    at: int,
    *,
    entity: str = "participant",
    row: str = NOOR,
    owner: str | None = NOOR,
    base: Stamp | None = None,
    author: str | None = None,
) -> WireChange:
    """A write of ``field`` stamped ``T0 + at``, replacing ``base`` (None: a new value)."""
    return WireChange(
        T0 + at,
        entity,
        row,
        field,
        json.dumps(value),
        owner,
        base[0] if base else None,
        base[1] if base else None,
        author,
    )


def note(field: str, value: Any, at: int, **kwargs: Any) -> WireChange:
    return edit(field, value, at, entity="session_note", row=NOTE, **kwargs)


def erasure(participant_id: str, at: int) -> WireChange:
    return WireChange(
        T0 + at, merge.ERASURE_ENTITY, participant_id, merge.ERASURE_FIELD, "true", None, None, None
    )


def settled(loser: Stamp, at: int, field: str = "remarks") -> WireChange:
    return WireChange(T0 + at, SETTLED_ENTITY, NOOR, field, None, NOOR, loser[0], loser[1])


def stamp(change: WireChange, device: str) -> Stamp:
    return change.hlc, device


# -- applying and reading back -------------------------------------------------------------
@contextmanager
def connection(store: Store) -> Iterator[Connection]:
    """A connection as a pull uses it: rows may arrive before their parent row."""
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.commit()
        try:
            yield conn
        finally:
            conn.rollback()
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
            conn.commit()


def apply(store: Store, device: str, *changes: WireChange, now_ms: int = NOW_MS) -> ApplyResult:
    """Apply one bundle of ``device`` in one transaction."""
    with connection(store) as conn, conn.begin():
        return merge.apply_changes(conn, device, list(changes), now_ms)


def by_rows(bundles: list[tuple[str, list[WireChange]]]) -> list[tuple[str, list[RowWrites]]]:
    """Bundles' changes by row, as ``merge.apply_bundles`` takes them."""
    return [(device, by_row(changes)) for device, changes in bundles]


def row(store: Store, entity: str, row_id: str) -> dict[str, Any] | None:
    table = Base.metadata.tables[entity]
    with store.engine.connect() as conn:
        found = conn.execute(select(table).where(table.c.id == row_id)).mappings().first()
    return None if found is None else {k: v for k, v in found.items() if k != "updated_at"}


def participant(store: Store) -> dict[str, Any]:
    found = row(store, "participant", NOOR)
    assert found is not None, "the participant was not materialised"
    return found


def every_row(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every synced row, minus this device's own bookkeeping (``updated_at``)."""
    tables: dict[str, list[dict[str, Any]]] = {}
    with store.engine.connect() as conn:
        for name in SYNCED_TABLES:
            table = Base.metadata.tables[name]
            rows = conn.execute(select(table).order_by(table.c.id)).mappings()
            tables[name] = [{k: v for k, v in r.items() if k != "updated_at"} for r in rows]
    return tables


def logged(store: Store) -> list[tuple[str, str, str]]:
    """(author, entity, field) of every change_log entry, oldest first."""
    query = select(log_entry.c.device, log_entry.c.entity, log_entry.c.field)
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(query.order_by(log_entry.c.hlc))]


def conflicts(store: Store) -> list[OpenConflict]:
    with store.engine.connect() as conn:
        return open_for(conn, REMARKS)


def traces(store: Store, participant_id: str) -> int:
    """Rows of any synced table and change_log entries that are about the participant."""
    with store.engine.connect() as conn:
        count = conn.scalar(
            select(func.count()).where(log_entry.c.participant_id == participant_id)
        )
        for name in SYNCED_TABLES:
            table = Base.metadata.tables[name]
            owner = table.c.id if name == "participant" else table.c.get("participant_id")
            if owner is not None:
                count += conn.scalar(select(func.count()).where(owner == participant_id))
    return int(count or 0)


@pytest.fixture
def other_store(tmp_path: Path) -> Iterator[Store]:
    """A second laptop's profile."""
    opened, _recovery = profile.create_profile(tmp_path / "other", "Other", PASSPHRASE)
    yield opened
    opened.close()


# -- last writer wins, per field -----------------------------------------------------------
def test_the_highest_stamp_wins_per_field(store: Store) -> None:
    apply(store, A, edit("remarks", "nieuw van A", 2), edit("phone", "06-oud", 1))
    apply(store, B, edit("remarks", "oud van B", 1), edit("phone", "06-nieuw", 2))
    assert participant(store)["remarks"] == "nieuw van A"
    assert participant(store)["phone"] == "06-nieuw"


def test_equal_stamps_are_decided_by_the_higher_device_id(store: Store) -> None:
    apply(store, B, edit("remarks", "van B", 1))
    apply(store, A, edit("remarks", "van A", 1))  # arrives last, but A < B
    assert participant(store)["remarks"] == "van B"


def test_the_order_of_arrival_does_not_matter(store: Store, other_store: Store) -> None:
    from_a = [
        edit("created_at", "2026-05-28T09:00:00", 1),
        edit("first_name", "Noor", 2),
        edit("remarks", "van A", 5),
        note("text", "A's versie", 6),
    ]
    from_b = [  # the note before its participant has arrived
        note("created_at", "2026-05-28T09:05:00", 1),
        note("participant_id", NOOR, 2),
        note("note_date", "2026-05-28", 3),
        note("text", "B's versie", 4),
        edit("remarks", "van B", 7),
        edit("first_name", "Noortje", 8),
    ]
    apply(store, A, *from_a)
    apply(store, B, *from_b)
    apply(other_store, B, *from_b)
    apply(other_store, A, *from_a)
    assert every_row(store) == every_row(other_store)
    assert participant(store)["first_name"] == "Noortje"
    assert row(store, "session_note", NOTE) is not None


def test_a_known_change_is_not_applied_twice(store: Store) -> None:
    first = edit("remarks", "eerst", 1)
    apply(store, A, first)
    again = apply(store, A, first)
    # The same change relayed by B (naming A as author), even saying something else.
    relayed = apply(store, B, first._replace(author=A, value=json.dumps("anders")))
    assert (again.new_changes, relayed.new_changes) == (0, 0)
    assert logged(store) == [(A, "participant", "remarks")]
    assert participant(store)["remarks"] == "eerst"


def test_a_change_is_logged_under_its_author(store: Store) -> None:
    apply(store, B, edit("remarks", "door C geschreven", 1, author=C), edit("phone", "06", 2))
    assert logged(store) == [(C, "participant", "remarks"), (B, "participant", "phone")]


# -- rows that cannot be materialised (yet) ------------------------------------------------
def test_a_change_for_an_unknown_entity_is_kept_but_materialises_nothing(store: Store) -> None:
    dream = edit("title", "Kok worden", 1, entity="dream_step", row="dream-1")
    check_values([dream])  # a newer version's entity is not refused
    result = apply(store, A, dream)
    assert result.new_changes == 1
    assert logged(store) == [(A, "dream_step", "title")]
    assert all(rows == [] for rows in every_row(store).values())


def test_a_row_is_created_only_once_its_required_fields_have_arrived(store: Store) -> None:
    apply(store, A, note("text", "Gesprek over een stageplek", 1))
    assert row(store, "session_note", NOTE) is None
    apply(store, A, note("participant_id", NOOR, 2))
    assert row(store, "session_note", NOTE) is None  # note_date is still missing
    apply(store, A, note("note_date", "2026-05-28", 3))
    created = row(store, "session_note", NOTE)
    assert created is not None
    assert created["text"] == "Gesprek over een stageplek"


# -- erasure -------------------------------------------------------------------------------
def test_a_change_about_an_erased_participant_is_dropped(store: Store) -> None:
    apply(store, A, erasure(NOOR, 5))
    older = apply(store, B, edit("remarks", "van voor de wissing", 1))
    newer = apply(store, B, edit("first_name", "Noor", 9), note("text", "later", 10))
    assert (older.new_changes, newer.new_changes) == (0, 0)
    assert traces(store, NOOR) == 0


def test_a_change_applied_before_its_erasure_arrives_is_removed_by_it(store: Store) -> None:
    apply(store, B, edit("remarks", "nog voor de wissing binnen", 9))
    assert traces(store, NOOR) > 0
    apply(store, A, erasure(NOOR, 5))  # stamped before that edit: still erases it
    assert traces(store, NOOR) == 0


def test_an_erasure_removes_rows_notes_history_and_open_conflicts(store: Store) -> None:
    apply(store, A, edit("first_name", "Noor", 1), edit("remarks", "van A", 2))
    apply(store, A, note("participant_id", NOOR, 3), note("note_date", "2026-05-28", 4))
    apply(store, B, edit("remarks", "van B", 2))
    assert len(conflicts(store)) == 1 and row(store, "session_note", NOTE) is not None
    result = apply(store, C, erasure(NOOR, 10))
    assert result.erased == 1
    assert traces(store, NOOR) == 0
    assert conflicts(store) == []
    with store.engine.connect() as conn:
        remembered = conn.execute(
            select(ErasedParticipant.participant_id, ErasedParticipant.device)
        )
        assert list(remembered) == [(NOOR, C)]


# -- clocks from the future ----------------------------------------------------------------
def test_a_change_stamped_too_far_ahead_is_refused_alone(store: Store) -> None:
    limit = pack(NOW_MS + MAX_AHEAD_MS, 0)
    ahead = edit("remarks", "uit 2100", 0)._replace(hlc=limit + 1)
    just_in = edit("phone", "06-12345678", 0)._replace(hlc=limit)
    result = apply(store, A, ahead, edit("first_name", "Noor", 1), just_in)
    assert (result.future, result.future_hlc) == (1, limit + 1)
    assert result.new_changes == 2
    assert participant(store)["first_name"] == "Noor"
    assert participant(store)["phone"] == "06-12345678"
    assert participant(store)["remarks"] == ""


# -- values that do not fit their column ---------------------------------------------------
def refused(message: str) -> AbstractContextManager[pytest.ExceptionInfo[ValueError]]:
    return pytest.raises(ValueError, match=re.escape(message))


def test_check_values_accepts_values_that_fit() -> None:
    check_values(
        [
            note("note_date", "2026-05-28", 1),
            note("follow_up_due", None, 2),
            note("follow_up_done", True, 3),
            edit("created_at", "2026-05-28T09:30:00", 4),
            edit("remarks", "tekst", 5),
        ]
    )


@pytest.mark.parametrize("value", ["2026-02-30", "morgen", "28-05-2026", 20260528])
def test_check_values_refuses_a_date_that_is_not_a_date(value: object) -> None:
    with refused("session_note.note_date"):
        check_values([note("note_date", value, 1)])


def test_check_values_refuses_a_date_time_with_a_time_zone() -> None:
    with refused("participant.created_at"):
        check_values([edit("created_at", "2026-05-28T09:30:00+02:00", 1)])


@pytest.mark.parametrize("value", [1, 0, "true", "ja"])
def test_check_values_refuses_a_non_boolean_for_a_boolean_column(value: object) -> None:
    with refused("session_note.follow_up_done"):
        check_values([note("follow_up_done", value, 1)])


def test_a_column_an_older_version_had_is_kept_in_the_log_not_refused() -> None:
    """The consent checkboxes left the participant in schema 0005; a laptop that is not
    upgraded yet still sends them, and they must not stop the rest of its bundle."""
    check_values([edit("consent_photos", True, 1)])


def test_check_values_refuses_text_for_an_integer(monkeypatch: pytest.MonkeyPatch) -> None:
    """No synced column holds a whole number yet: for this test one column does, so the
    rule is held the day a real one is added."""
    monkeypatch.setattr(Base.metadata.tables["team_group"].c.name, "type", Integer())
    check_values([edit("name", 3, 1, entity="team_group", owner=None)])
    for wrong in ("3", True, 1 << 63):
        with refused("team_group.name has a value of the wrong kind"):
            check_values([edit("name", wrong, 1, entity="team_group", owner=None)])


def test_check_values_refuses_none_for_a_non_null_column() -> None:
    with refused("participant.first_name cannot be empty"):
        check_values([edit("first_name", None, 1)])
    with refused("session_note.note_date cannot be empty"):
        check_values([note("note_date", None, 1)])


def test_check_values_refuses_a_number_for_a_text_column() -> None:
    with refused("participant.remarks"):
        check_values([edit("remarks", 42, 1)])


def test_check_values_refuses_a_value_that_is_not_json() -> None:
    """Also for an entity of a newer version: its value is kept and used once understood."""
    broken = edit("remarks", "x", 1)._replace(value="{niet json")
    with pytest.raises(ValueError):
        check_values([broken])
    with pytest.raises(ValueError):
        check_values([broken._replace(entity="dream")])


# -- conflicts -----------------------------------------------------------------------------
def test_sequential_edits_are_not_a_conflict(store: Store) -> None:
    first = edit("remarks", "eerste versie", 1)
    apply(store, A, first)
    apply(store, B, edit("remarks", "tweede versie", 2, base=stamp(first, A)))
    assert conflicts(store) == []
    assert participant(store)["remarks"] == "tweede versie"


def test_concurrent_edits_with_different_text_are_one_open_conflict(store: Store) -> None:
    original = edit("remarks", "begin", 1)
    apply(store, C, original)
    apply(store, A, edit("remarks", "versie van A", 2, base=stamp(original, C)))
    result = apply(store, B, edit("remarks", "versie van B", 3, base=stamp(original, C)))
    assert result.conflicts == 1
    [conflict] = conflicts(store)
    assert (conflict.field, conflict.device, conflict.current_device) == ("remarks", A, B)
    assert json.loads(conflict.value or "") == "versie van A"
    assert json.loads(conflict.current_value or "") == "versie van B"
    assert participant(store)["remarks"] == "versie van B"


def test_concurrent_edits_with_equal_text_are_no_conflict(store: Store) -> None:
    apply(store, A, edit("remarks", "zelfde tekst", 1))
    result = apply(store, B, edit("remarks", "zelfde tekst", 2))
    assert result.conflicts == 0
    assert conflicts(store) == []


def test_a_settled_change_closes_the_conflict(store: Store) -> None:
    loser = edit("remarks", "versie van A", 1)
    apply(store, A, loser)
    apply(store, B, edit("remarks", "versie van B", 2))
    assert len(conflicts(store)) == 1
    apply(store, C, settled(stamp(loser, A), 3))
    assert conflicts(store) == []
    assert participant(store)["remarks"] == "versie van B"


def test_three_concurrent_heads_are_two_open_conflicts(store: Store) -> None:
    apply(store, A, edit("remarks", "versie van A", 1))
    apply(store, B, edit("remarks", "versie van B", 2))
    apply(store, C, edit("remarks", "versie van C", 3))
    found = conflicts(store)
    assert sorted(c.device for c in found) == [A, B]
    assert {c.current_device for c in found} == {C}


def test_conflicts_are_the_same_whatever_order_the_changes_arrived_in(store: Store) -> None:
    from_a = edit("remarks", "versie van A", 1)
    from_b = edit("remarks", "versie van B", 2)
    on_a = edit("remarks", "A verder", 3, base=stamp(from_a, A))
    from_c = edit("remarks", "versie van C", 4)
    settle_b = settled(stamp(from_b, B), 5)
    bundles = [(A, from_a), (B, from_b), (C, on_a), (C, from_c), (A, settle_b)]
    seen: set[tuple[tuple[str, str, str], ...]] = set()
    with connection(store) as conn:
        for order in itertools.permutations(bundles):
            with conn.begin() as transaction:
                for device, change in order:
                    merge.apply_changes(conn, device, [change], NOW_MS)
                found = open_for(conn, REMARKS)
                seen.add(tuple((c.device, str(c.value), str(c.current_value)) for c in found))
                transaction.rollback()
    assert seen == {((C, json.dumps("A verder"), json.dumps("versie van C")),)}


def test_a_write_on_the_current_value_leaves_the_conflict_open(store: Store) -> None:
    """The chosen rule: only a write built on the losing version (a settle, or a write made
    after seeing it) closes a conflict. A laptop that builds on the winner has not seen the
    loser, so the coach is still asked; the conflict now stands against the newest text."""
    apply(store, A, edit("remarks", "versie van A", 1))
    winner = edit("remarks", "versie van B", 2)
    apply(store, B, winner)
    apply(store, C, edit("remarks", "B, aangevuld door C", 3, base=stamp(winner, B)))
    [conflict] = conflicts(store)
    assert (conflict.device, conflict.current_device) == (A, C)
    assert json.loads(conflict.current_value or "") == "B, aangevuld door C"
