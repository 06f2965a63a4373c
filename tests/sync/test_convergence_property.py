"""Property: whatever the edits, deletes, erasures, sync orders and interruptions, and the
restored backups, copied profiles, moved targets and malformed bundles among them, three
replicas end with the same data and the same open conflicts, and every write nobody
overwrote (and no restore or copy could have taken away) is there."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from jiu_desktop.errors import NotFound, TargetUnreachable
from jiu_desktop.services import backup, conflicts, erasure, participants, profile
from jiu_desktop.sync.bundle import BundleHeader, WireChange, new_nonce, seal
from jiu_desktop.sync.engine import adopt_team, sync_round
from jiu_desktop.sync.received import log_entry
from jiu_desktop.sync.team import create_team
from jiu_desktop.sync.transports.folder import FolderTransport
from tests.sync.conftest import Replica
from tests.sync.test_bundles_and_failures import FlakyTransport

REPLICAS = 3
PASSPHRASE = "geheim 12345"
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
    st.tuples(st.just("backup"), replica_index),
    st.tuples(st.just("restore"), replica_index),
    st.tuples(st.just("copy"), replica_index, replica_index),
    st.tuples(st.just("bad"), replica_index),
    st.tuples(st.just("move"), replica_index),
)


@dataclass
class Write:
    value: str
    author: int
    #: Must survive: its author completed a round after it, or was never rolled back.
    safe: bool = True
    durable: bool = False


@dataclass
class World:
    root: Path
    replicas: list[Replica]
    people: list[str] = field(default_factory=list)
    created: dict[str, Write] = field(default_factory=dict)
    writes: dict[tuple[str, str], list[Write]] = field(default_factory=dict)
    erased: dict[str, Write] = field(default_factory=dict)
    backups: dict[int, Path] = field(default_factory=dict)
    targets: int = 0

    def all_writes(self) -> list[Write]:
        every = [*self.created.values(), *self.erased.values()]
        return every + [w for ws in self.writes.values() for w in ws]

    def roll_back(self, index: int) -> None:
        """What ``index`` wrote and never finished sending may be gone now."""
        for write in self.all_writes():
            if write.author == index and not write.durable:
                write.safe = False

    def synced(self, index: int) -> None:
        for write in self.all_writes():
            if write.author == index:
                write.durable = True


def new_target(world: World) -> tuple[FolderTransport, Any]:
    world.targets += 1
    shared = world.root / f"shared{world.targets}"
    shared.mkdir()
    team, document = create_team("team geheim 123")
    FolderTransport(shared).create_team(document)
    return FolderTransport(shared), team


def build(root: Path) -> World:
    world = World(root, [])
    transport, team = new_target(world)
    for i in range(REPLICAS):
        store, _ = profile.create_profile(root / f"r{i}", f"r{i}", PASSPHRASE)
        adopt_team(store, team.team_id, None)
        world.replicas.append(Replica(f"r{i}", store, transport, team, transport.root))
    return world


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(operation, min_size=1, max_size=30))
def test_replicas_converge(ops: list[tuple[Any, ...]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        world = build(Path(tmp))
        try:
            run(world, ops)
        finally:
            for r in world.replicas:
                if r.store.data_key:
                    r.store.close()


def run(world: World, ops: list[tuple[Any, ...]]) -> None:
    for step, op in enumerate(ops):
        kind, index = op[0], op[1]
        r = world.replicas[index]
        if kind == "create":
            person = participants.create_participant(r.store, first_name=f"p{step}")
            world.people.append(person.id)
            world.created[person.id] = Write(person.id, index)
            world.writes[(person.id, "first_name")] = [Write(f"p{step}", index)]
        elif kind in ("edit", "delete", "erase") and op[2] < len(world.people):
            pid = world.people[op[2]]
            with contextlib.suppress(NotFound):  # not (yet, or no longer) on this laptop
                if kind == "edit":
                    value = f"06-{step:08d}" if op[3] == "phone" else f"w{step}"
                    participants.update_participant(r.store, pid, **{op[3]: value})
                    world.writes.setdefault((pid, op[3]), []).append(Write(value, index))
                elif kind == "delete":
                    participants.delete_participant(r.store, pid)
                else:
                    erasure.erase(r.store, pid)
                    world.erased.setdefault(pid, Write(pid, index))
        elif kind == "sync":
            if not sync(r).push_error:
                world.synced(index)
        elif kind == "cut":
            flaky = FlakyTransport(r.transport, op[2])
            adopt_team(r.store, r.team.team_id, r.team.team_id)
            with contextlib.suppress(TargetUnreachable):
                sync_round(r.store, flaky, r.team)  # type: ignore[arg-type]
        elif kind == "backup":
            world.backups[index] = world.root / f"backup{index}-{step}.jiubackup"
            backup.write_backup(r.store, world.backups[index])
        elif kind == "restore" and index in world.backups:
            root = r.store.root
            r.store.close()
            backup.restore_backup(root, world.backups[index], PASSPHRASE)
            r.store = profile.open_profile(root, PASSPHRASE)
            world.roll_back(index)
        elif kind == "copy" and op[2] != index:
            copy_profile(world, index, op[2])
        elif kind == "bad":
            forge_malformed(r, step)
        elif kind == "move":
            # The team moves together: everyone syncs with the old target first.
            for _ in range(2):
                for other in world.replicas:
                    sync(other)
            transport, team = new_target(world)
            for other in world.replicas:
                adopt_team(other.store, team.team_id, other.team.team_id)
                other.transport, other.team = transport, team
                other.remote_root = transport.root
    for _ in range(2):
        for r in world.replicas:
            sync(r)
    check(world)


def sync(replica: Replica) -> Any:
    """A round as the sync service runs it: first make sure publication follows the team."""
    adopt_team(replica.store, replica.team.team_id, replica.team.team_id)
    return replica.sync()


def copy_profile(world: World, source: int, target: int) -> None:
    """The profile of ``source`` copied onto the laptop of ``target`` (whose own is gone)."""
    src, dst = world.replicas[source], world.replicas[target]
    src_root, dst_root = src.store.root, dst.store.root
    src.store.close()
    dst.store.close()
    shutil.rmtree(dst_root)
    shutil.copytree(src_root, dst_root)
    src.store = profile.open_profile(src_root, PASSPHRASE)
    dst.store = profile.open_profile(dst_root, PASSPHRASE)
    dst.transport, dst.team, dst.remote_root = src.transport, src.team, src.remote_root
    world.roll_back(target)
    world.backups.pop(target, None)


def forge_malformed(replica: Replica, step: int) -> None:
    """An authenticated bundle a buggy or newer client could write: a clock past 2^63."""
    device = f"{step:032x}"
    header = BundleHeader(replica.team.team_id, device, 1, replica.team.key_id, new_nonce())
    change = WireChange(1 << 63, "participant", "x", "first_name", '"x"', "x", None, None)
    folder = replica.remote_root / "jiu-sync-v1" / "devices" / device
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "00000001.bin").write_bytes(seal(header, [change], replica.team.key))


def open_conflicts(replica: Replica) -> list[tuple[str, ...]]:
    return sorted(
        (c.entity, c.row_id, c.field, c.other_value, c.current_value)
        for c in conflicts.open_conflicts(replica.store)
    )


def check(world: World) -> None:
    replicas = world.replicas
    snapshots = [r.snapshot() for r in replicas]
    assert snapshots[0] == snapshots[1] == snapshots[2]
    assert open_conflicts(replicas[0]) == open_conflicts(replicas[1]) == open_conflicts(replicas[2])
    rows = {p["id"]: p for p in snapshots[0]["participant"]}
    gone = set(world.erased) - set(rows)
    for pid, write in world.erased.items():
        if write.safe:
            assert pid not in rows, "an erasure nothing rolled back stays"
    for pid, created in world.created.items():
        if pid in gone:
            continue
        if created.safe:
            assert pid in rows, "a participant nothing rolled back is kept"
        if pid not in rows:
            continue
        for name in FIELDS:
            values = world.writes.get((pid, name), [])
            if len(values) == 1 and values[0].safe:
                assert rows[pid][name] == values[0].value, "a write nobody overwrote is kept"
            elif values:
                assert rows[pid][name] in {w.value for w in values} | {""}
    for r in replicas:
        with r.store.session() as s:
            left = s.scalar(
                select(func.count())
                .select_from(log_entry)
                .where(log_entry.c.participant_id.in_(gone))
            )
        assert left == 0
