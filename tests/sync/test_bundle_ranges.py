"""This laptop's outgoing bundles are ranges of its change log (sync/ranges.py, migration
0010): numbering them writes one row per bundle, and a profile whose entries carried their
bundle number (revision 0009) keeps exactly the bundles it published."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from alembic import command
from sqlalchemy import Engine

from jiu_desktop.services import notes, participants, sync_service
from jiu_desktop.sync import engine as sync_engine
from jiu_desktop.sync import identity, ranges
from jiu_desktop.sync.report import SyncReport
from jiu_desktop.vault import migrate
from tests.sync.conftest import Replica

Make = Callable[[int], list[Replica]]


def _migrate(engine: Engine, revision: str) -> None:
    config = migrate._config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        if revision < (migrate.current_revision(engine) or ""):
            command.downgrade(config, revision)
        else:
            command.upgrade(config, revision)


def _written(replica: Replica, count: int, prefix: str) -> None:
    for i in range(count):
        person = participants.create_participant(replica.store, first_name=f"{prefix}{i}").row
        notes.add_note(replica.store, person.id, text=f"Gesprek {prefix}{i}")


@pytest.fixture
def small_bundles(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_engine, "BUNDLE_LIMIT", 7)


def _sent_around_received(a: Replica, b: Replica) -> SyncReport:
    """A sends, receives B's changes (they sit between A's in A's log, numbered 0), and
    sends again."""
    _written(a, 3, "A")
    a.sync()
    _written(b, 2, "B")
    b.sync()
    a.sync()
    _written(a, 2, "Later")
    return a.sync()


def test_bundles_carry_the_changes_written_in_order_between_received_ones(
    replicas: Make, small_bundles: None
) -> None:
    a, b = replicas(2)
    assert _sent_around_received(a, b).pushed > 0
    with a.store.engine.connect() as conn:
        numbered = ranges.ranges(conn)
    assert [bundle for bundle, _ in numbered] == list(range(1, len(numbered) + 1))
    sent = sync_engine._outgoing(a.store, 1, len(numbered))
    assert all(0 < len(changes) <= 7 for changes in sent.values())
    everything = [c for changes in sent.values() for c in changes]
    assert all(c.author is None for c in everything), "only A's own changes go out"
    assert len({(c.hlc, c.row_id, c.field) for c in everything}) == len(everything)
    assert sync_service.waiting_changes(a.store) == 0
    b.sync()
    assert a.snapshot() == b.snapshot()


def test_a_profile_of_revision_0009_keeps_the_bundles_it_published(
    replicas: Make, small_bundles: None
) -> None:
    a, b = replicas(2)
    _sent_around_received(a, b)
    _written(a, 1, "Waiting")  # not sent yet
    with a.store.engine.connect() as conn:
        last = ranges.highest(conn)
    before = sync_engine._outgoing(a.store, 1, last)
    waiting = sync_service.waiting_changes(a.store)
    assert waiting > 0

    _migrate(a.store.engine, "0009")
    with a.store.engine.connect() as conn:
        per_entry = conn.exec_driver_sql(
            "SELECT bundle_seq, count(*) FROM change_log WHERE bundle_seq > 0 GROUP BY 1"
        ).fetchall()
        unnumbered = conn.exec_driver_sql(
            "SELECT count(*) FROM change_log WHERE bundle_seq IS NULL"
        ).scalar_one()
    assert dict(per_entry) == {seq: len(changes) for seq, changes in before.items()}
    assert unnumbered == waiting, "revision 0009: what waits has no number"

    _migrate(a.store.engine, migrate.HEAD_REVISION)
    assert sync_engine._outgoing(a.store, 1, last) == before
    assert sync_service.waiting_changes(a.store) == waiting
    report = a.sync()
    assert report.identity is None, "its own files on the target are still its own"
    assert report.pushed == waiting
    b.sync()
    assert a.snapshot() == b.snapshot()


def test_a_bundle_numbered_but_not_sent_waits_again_under_a_new_id(
    replicas: Make, small_bundles: None
) -> None:
    (a,) = replicas(1)
    _written(a, 2, "A")
    a.sync()
    _written(a, 2, "B")
    assigned = sync_engine.assign_bundles(a.store)  # numbered, then the round was cut off
    assert assigned
    with a.store.engine.begin() as conn:
        published = int(
            conn.exec_driver_sql(
                "SELECT value FROM local_state WHERE key = ?", (sync_engine.PUBLISHED_KEY,)
            ).scalar_one()
        )
        identity.retire(conn, a.store.device_id, "0" * 32, identity.COPIED)
        moved = identity.move_unpublished(conn, "0" * 32)
        assert ranges.highest(conn) == published
    assert moved == sum(len(changes) for changes in assigned.values())
