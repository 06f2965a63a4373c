"""Many changes into a small log go in with the log's indexes set aside and built again
afterwards (``sync/log_load.py``). That must leave a laptop exactly as taking them through
the indexes does: the same rows, log, conflicts and counts, the same indexes afterwards,
repeated and clashing changes found without the indexes, and a set that fails leaving the
indexes as they were."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
import sqlalchemy.exc
from sqlalchemy import Connection, select

from jiu_desktop.db.store import Store
from jiu_desktop.services import notes, participants, profile
from jiu_desktop.sync import log_load, merge, pull
from jiu_desktop.sync.bundle import WireChange
from jiu_desktop.sync.received import log_entry
from jiu_desktop.sync.search_sets import indexed_once
from jiu_desktop.vault import sqlcipher
from tests.conftest import PASSPHRASE
from tests.sync.conftest import Replica
from tests.sync.test_apply_in_sets import bundles, state
from tests.sync.test_merge_rules import NOW_MS, A, B, by_rows, connection, edit, note

Bundles = list[tuple[str, list[WireChange]]]


@pytest.fixture
def second_store(tmp_path: Path) -> Iterator[Store]:
    opened, _recovery = profile.create_profile(tmp_path / "second", "Second", PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def set_aside(monkeypatch: pytest.MonkeyPatch) -> Callable[[bool], list[int]]:
    """``use(True)``: every set goes in with the indexes set aside (none: through them).
    Returns how often they were set aside, so a test sees the way it meant was taken."""
    used: list[int] = []
    real = log_load.indexes_set_aside

    def counted(conn: object) -> AbstractContextManager[None]:
        used.append(1)
        return real(conn)  # type: ignore[arg-type]

    monkeypatch.setattr(merge, "indexes_set_aside", counted)

    def use(on: bool) -> list[int]:
        monkeypatch.setattr(log_load, "BULK_MIN_CHANGES", 1 if on else 10**9)
        used.clear()
        return used

    return use


def indexes(store: Store) -> list[tuple[str, str]]:
    with store.engine.connect() as conn:
        return [
            (str(name), str(sql))
            for name, sql in conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                " AND tbl_name = 'change_log' ORDER BY name"
            )
        ]


def log_rows(store: Store) -> list[tuple[object, ...]]:
    with store.engine.connect() as conn:
        # Without the number: a packed line has none (sync/received.py).
        lines = conn.execute(select(*[c for c in log_entry.c if c.name != "seq"]))
        return sorted(tuple(r) for r in lines)


def same_state(store: Store) -> tuple[object, ...]:
    """``state`` without ``created_at``: a row that arrives is created when it arrives."""
    rows, *rest = state(store)
    assert isinstance(rows, dict)
    kept = {
        name: None if found is None else {k: v for k, v in found.items() if k != "created_at"}
        for name, found in rows.items()
    }
    return (kept, *rest)


def apply_set(store: Store, changes: Bundles) -> list[merge.ApplyResult]:
    with connection(store) as conn, conn.begin():
        return merge.apply_bundles(conn, by_rows(changes), NOW_MS)


def without_erasures(changes: Bundles) -> Bundles:
    return [
        (device, items)
        for device, items in changes
        if not any(c.entity == merge.ERASURE_ENTITY for c in items)
    ]


def test_a_set_into_an_empty_log_ends_as_one_through_the_indexes(
    store: Store, second_store: Store, set_aside: Callable[[bool], list[int]]
) -> None:
    before = indexes(store)
    set_aside(False)
    through = apply_set(store, without_erasures(bundles()))
    used = set_aside(True)
    aside = apply_set(second_store, without_erasures(bundles()))
    assert used  # the indexes were set aside for the set
    assert same_state(second_store) == same_state(store)
    assert log_rows(second_store) == log_rows(store)
    assert indexes(second_store) == indexes(store) == before
    assert [r.new_changes for r in aside] == [r.new_changes for r in through]
    assert sum(r.conflicts for r in aside) == sum(r.conflicts for r in through) == 1
    with second_store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_a_set_with_an_erasure_goes_through_the_indexes(
    second_store: Store, set_aside: Callable[[bool], list[int]]
) -> None:
    used = set_aside(True)
    apply_set(second_store, bundles())
    assert not used


def test_changes_already_here_or_repeated_in_the_set_are_found_without_the_indexes(
    store: Store, second_store: Store, set_aside: Callable[[bool], list[int]]
) -> None:
    """One change already in the log, one passed on by B in the same set, and one that
    says something else under A's stamp (a clash): taken once, the clash counted."""
    # Each replaces a value: only such changes go into change_log one by one (the
    # others are packed per row, sync/received.py).
    earlier = (1, B)
    first = edit("first_name", "Noor", 1, base=earlier)
    here = [(A, [first])]
    passed_on = edit("last_name", "Jansen", 2, base=earlier)
    clash = edit("remarks", "belt maandag", 3, base=earlier)
    changes: Bundles = [
        (A, [first, passed_on, clash, note("participant_id", "participant-noor", 4)]),
        (
            B,
            [
                passed_on._replace(author=A),
                clash._replace(author=A, value='"iets anders"'),
                edit("status", "actief", 5),
            ],
        ),
    ]
    results = []
    for target, on in ((store, False), (second_store, True)):
        set_aside(False)
        apply_set(target, here)
        used = set_aside(on)
        results.append([(r.new_changes, r.clashes) for r in apply_set(target, changes)])
        assert bool(used) == on
    assert results[0] == results[1] == [(3, 0), (1, 1)]
    assert same_state(second_store) == same_state(store)
    assert log_rows(second_store) == log_rows(store)
    assert indexes(second_store) == indexes(store)


def test_a_set_that_fails_leaves_the_indexes_and_the_log_as_they_were(
    store: Store, second_store: Store, set_aside: Callable[[bool], list[int]]
) -> None:
    """Two changes under one stamp in one bundle cannot both be in the log: through the
    indexes the insert fails, set aside their rebuild does (or the log's check of the
    stamps before either); either way nothing stays."""
    earlier = (1, B)
    twice: Bundles = [
        (
            A,
            [
                edit("first_name", "Noor", 1, base=earlier),
                edit("last_name", "Jansen", 1, base=earlier),
            ],
        )
    ]
    before = indexes(second_store)
    for target, on in ((store, False), (second_store, True)):
        used = set_aside(on)
        with pytest.raises((sqlalchemy.exc.IntegrityError, ValueError)):
            apply_set(target, twice)
        assert bool(used) == on
        assert indexes(target) == before
        assert log_rows(target) == []


@pytest.mark.parametrize("remote", ["folder", "webdav"], indirect=True)
def test_a_joining_laptop_ends_the_same_with_the_indexes_set_aside(
    replicas: Callable[[int], list[Replica]],
    monkeypatch: pytest.MonkeyPatch,
    set_aside: Callable[[bool], list[int]],
) -> None:
    """Through a real round: a laptop that joins takes its first set with the indexes set
    aside and ends as one that took it through them, and its later rounds go on as ever."""
    monkeypatch.setattr("jiu_desktop.sync.engine.BUNDLE_LIMIT", 30)
    monkeypatch.setattr(pull, "BATCH_CHANGES", 40)
    a, aside, through = replicas(3)
    for i in range(8):
        person = participants.create_participant(a.store, first_name=f"Deelnemer {i}").row
        notes.add_note(a.store, person.id, text=f"Gesprek {i}")
        participants.update_participant(a.store, person.id, remarks=f"belt {i}")
    a.sync()
    set_aside(False)
    assert not through.sync().problems()
    used = set_aside(True)
    report = aside.sync()
    assert used == [1] and report.bundles_in > 3 and not report.problems()
    assert aside.snapshot() == through.snapshot() == a.snapshot()
    assert log_rows(aside.store) == log_rows(through.store)
    assert indexes(aside.store) == indexes(a.store)

    participants.update_participant(a.store, person.id, remarks="belt morgen")
    a.sync()
    assert not aside.sync().problems()
    assert aside.snapshot() == a.snapshot()


def schema_seen_elsewhere(store: Store) -> list[str]:
    """The log's indexes and the search triggers, as another connection sees them (the
    engine's own pool hands this thread the same one)."""
    other = sqlcipher.connect(store.paths.database, store.data_key)
    try:
        return [
            str(name)
            for (name,) in other.execute(
                "SELECT name FROM sqlite_master WHERE (type = 'index' AND tbl_name ="
                " 'change_log') OR (type = 'trigger' AND name LIKE '%search%') ORDER BY name"
            )
        ]
    finally:
        other.close()


@pytest.mark.parametrize("set_aside_now", [log_load.indexes_set_aside, indexed_once])
def test_what_a_set_sets_aside_is_not_gone_for_anyone_else_until_it_commits(
    store: Store, set_aside_now: Callable[[Connection], AbstractContextManager[object]]
) -> None:
    """Set aside as the first statement of a transaction (nothing written yet), a drop
    must wait for the commit: a laptop switched off meanwhile keeps its schema."""
    before = schema_seen_elsewhere(store)
    assert any("search" in name for name in before) and any("ix_" in n for n in before)
    with connection(store) as conn, conn.begin(), set_aside_now(conn):
        assert schema_seen_elsewhere(store) == before
    assert schema_seen_elsewhere(store) == before
