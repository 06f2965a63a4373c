"""Bundles applied together (one transaction, each row materialised once) leave a laptop
exactly as bundles applied one by one: the same rows, the same change log, the same open
conflicts and the same counts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from jiu_desktop.db.store import Store
from jiu_desktop.services import notes, participants, profile
from jiu_desktop.sync import merge, pull
from jiu_desktop.sync.bundle import WireChange
from jiu_desktop.sync.heads import open_for
from jiu_desktop.sync.received import log_entry
from tests.conftest import PASSPHRASE
from tests.sync.conftest import Replica
from tests.sync.test_merge_rules import (
    NOOR,
    NOTE,
    NOW_MS,
    REMARKS,
    SYNCED_TABLES,
    A,
    B,
    apply,
    by_rows,
    connection,
    edit,
    erasure,
    note,
    row,
)

SAM = "participant-sam"


@pytest.fixture
def second_store(tmp_path: Path) -> Iterator[Store]:
    opened, _recovery = profile.create_profile(tmp_path / "second", "Second", PASSPHRASE)
    yield opened
    opened.close()


def bundles() -> list[tuple[str, list[WireChange]]]:
    """Bundles of two laptops: a participant and a note that arrive field by field over
    several bundles, a concurrent edit of a free text (a conflict), a deletion, another
    participant who is erased after their rows arrived, and a change already applied."""
    first_name = edit("first_name", "Noor", 1, author=None)
    remarks_a = edit("remarks", "belt maandag", 5, base=(first_name.hlc, A))
    return [
        (A, [first_name, edit("last_name", "Jansen", 2), note("participant_id", NOOR, 3)]),
        (
            A,
            [
                note("note_date", "2026-05-20", 4, owner=NOOR),
                note("text", "Gesprek over stage", 6, owner=NOOR),
                remarks_a,
            ],
        ),
        (B, [edit("remarks", "komt dinsdag", 7, base=(first_name.hlc, A))]),
        (B, [edit("first_name", "Sam", 8, row=SAM, owner=SAM)]),
        (A, [erasure(SAM, 9), edit("status", "gestopt", 10)]),
        (B, [edit("first_name", "Sam", 8, row=SAM, owner=SAM), note("deleted", True, 11)]),
    ]


def state(store: Store) -> tuple[object, ...]:
    with store.engine.connect() as conn:
        log = sorted(
            (r.hlc, r.device, r.entity, r.row_id, r.field, r.value)
            for r in conn.execute(select(log_entry))
        )
        conflicts = open_for(conn, REMARKS, NOOR)
    rows = {t: row(store, t, i) for t in SYNCED_TABLES for i in (NOOR, NOTE, SAM)}
    return rows, log, [(c.field, c.hlc, c.device, c.value) for c in conflicts]


def test_bundles_applied_together_equal_bundles_applied_one_by_one(
    store: Store, second_store: Store
) -> None:
    one_by_one = [apply(store, device, *changes) for device, changes in bundles()]
    with connection(second_store) as conn, conn.begin():
        together = merge.apply_bundles(conn, by_rows(bundles()), NOW_MS)
    assert state(second_store) == state(store)
    assert participant_row(second_store)["remarks"] in {"belt maandag", "komt dinsdag"}
    assert row(second_store, "participant", SAM) is None  # erased after their rows came
    assert [r.new_changes for r in together] == [r.new_changes for r in one_by_one]
    assert [r.erased for r in together] == [r.erased for r in one_by_one]
    assert sum(r.conflicts for r in together) == sum(r.conflicts for r in one_by_one) == 1


def participant_row(store: Store) -> dict[str, object]:
    found = row(store, "participant", NOOR)
    assert found is not None
    return found


@pytest.mark.parametrize("batch_changes", [1, 40, pull.BATCH_CHANGES])
def test_a_joining_laptop_ends_the_same_however_bundles_are_grouped(
    replicas: Callable[[int], list[Replica]],
    monkeypatch: pytest.MonkeyPatch,
    batch_changes: int,
) -> None:
    monkeypatch.setattr("jiu_desktop.sync.engine.BUNDLE_LIMIT", 30)
    monkeypatch.setattr(pull, "BATCH_CHANGES", batch_changes)
    monkeypatch.setattr(pull, "FIRST_BATCH_CHANGES", batch_changes)
    a, b = replicas(2)
    for i in range(6):
        person = participants.create_participant(a.store, first_name=f"Deelnemer {i}").row
        notes.add_note(a.store, person.id, text=f"Gesprek {i}")
        participants.update_participant(a.store, person.id, remarks=f"belt {i}")
    a.sync()
    report = b.sync()
    assert report.bundles_in > 3 and not report.problems()
    assert b.snapshot() == a.snapshot()
