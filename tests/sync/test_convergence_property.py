"""Property: whatever the edits, deletes, erasures, sync orders and interruptions, three
replicas end with the same data, and every write nobody overwrote is there."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from jiu_desktop.errors import NotFound, TargetUnreachable
from jiu_desktop.models import ChangeLogEntry
from jiu_desktop.services import erasure, participants, profile
from jiu_desktop.sync.engine import sync_round
from jiu_desktop.sync.team import create_team
from jiu_desktop.sync.transports.folder import FolderTransport
from tests.sync.conftest import Replica
from tests.sync.test_bundles_and_failures import FlakyTransport

REPLICAS = 3
FIELDS = ("remarks", "phone", "first_name")
replica_index = st.integers(0, REPLICAS - 1)
person_index = st.integers(0, 5)
operation = st.one_of(
    st.tuples(st.just("create"), replica_index),
    st.tuples(st.just("edit"), replica_index, person_index, st.sampled_from(FIELDS)),
    st.tuples(st.just("delete"), replica_index, person_index),
    st.tuples(st.just("erase"), replica_index, person_index),
    st.tuples(st.just("sync"), replica_index),
    st.tuples(st.just("cut"), replica_index, st.integers(0, 6)),
)


def build(root: Path) -> list[Replica]:
    shared = root / "shared"
    shared.mkdir()
    team, document = create_team("team geheim 123")
    FolderTransport(shared).create_team(document)
    result = []
    for i in range(REPLICAS):
        store, _ = profile.create_profile(root / f"r{i}", f"r{i}", "geheim 12345")
        result.append(Replica(f"r{i}", store, FolderTransport(shared), team, shared))
    return result


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(operation, min_size=1, max_size=30))
def test_replicas_converge(ops: list[tuple[Any, ...]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        replicas = build(Path(tmp))
        try:
            run(replicas, ops)
        finally:
            for r in replicas:
                r.store.close()


def run(replicas: list[Replica], ops: list[tuple[Any, ...]]) -> None:
    people: list[str] = []
    writes: dict[tuple[str, str], list[str]] = {}
    erased: set[str] = set()
    for step, op in enumerate(ops):
        kind, r = op[0], replicas[op[1]]
        if kind == "create":
            person = participants.create_participant(r.store, first_name=f"p{step}")
            people.append(person.id)
            writes[(person.id, "first_name")] = [f"p{step}"]
        elif kind in ("edit", "delete", "erase") and op[2] < len(people):
            pid = people[op[2]]
            try:
                if kind == "edit":
                    value = f"06-{step:08d}" if op[3] == "phone" else f"w{step}"
                    participants.update_participant(r.store, pid, **{op[3]: value})
                    writes.setdefault((pid, op[3]), []).append(value)
                elif kind == "delete":
                    participants.delete_participant(r.store, pid)
                else:
                    erasure.erase(r.store, pid)
                    erased.add(pid)
            except NotFound:
                pass  # not (yet, or no longer) on this laptop
        elif kind == "sync":
            r.sync()
        elif kind == "cut":
            flaky = FlakyTransport(r.transport, op[2])
            with contextlib.suppress(TargetUnreachable):
                sync_round(r.store, flaky, r.team)  # type: ignore[arg-type]
    for _ in range(2):
        for r in replicas:
            r.sync()
    check(replicas, writes, erased)


def check(
    replicas: list[Replica], writes: dict[tuple[str, str], list[str]], erased: set[str]
) -> None:
    snapshots = [r.snapshot() for r in replicas]
    assert snapshots[0] == snapshots[1] == snapshots[2]
    rows = {p["id"]: p for p in snapshots[0]["participant"]}
    for (pid, field), values in writes.items():
        if pid in erased:
            assert pid not in rows
            continue
        assert pid in rows
        if len(values) == 1:
            assert rows[pid][field] == values[0], "a write nobody overwrote is kept"
        else:
            assert rows[pid][field] in values
    for r in replicas:
        with r.store.session() as s:
            left = s.scalar(
                select(func.count())
                .select_from(ChangeLogEntry)
                .where(ChangeLogEntry.participant_id.in_(erased))
            )
        assert left == 0
