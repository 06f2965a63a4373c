"""Property: a laptop that joins from a snapshot (and the bundles after it) ends with the
same rows and the same open conflicts as one that replayed every bundle ever written.

The replaying laptop reads an archive of the remote that keeps every bundle and card that
was ever on it (no snapshots), taken after each step; the joining laptop reads the remote
itself, where compaction has retired what its snapshots cover. Values are unique, so a
conflict does not depend on the history that pruning leaves out."""

from __future__ import annotations

import itertools
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from jiu_desktop.errors import NotFound
from jiu_desktop.models import Participant
from jiu_desktop.models.declaration import text_fields
from jiu_desktop.services import conflicts, erasure, participants, profile
from jiu_desktop.sync.engine import SyncReport, sync_round
from jiu_desktop.sync.heads import open_for
from jiu_desktop.sync.team import TeamKey, create_team
from jiu_desktop.sync.transports import LAYOUT, SNAPSHOTS
from jiu_desktop.sync.transports.folder import FolderTransport
from tests.sync.conftest import Replica

PASSPHRASE = "geheim 12345"
laptop = st.integers(0, 2)
person = st.integers(0, 3)
step = st.one_of(
    st.tuples(st.just("create"), laptop),
    st.tuples(st.just("edit"), laptop, person, st.sampled_from(("remarks", "first_name"))),
    st.tuples(st.just("delete"), laptop, person),
    st.tuples(st.just("erase"), laptop, person),
    st.tuples(st.just("sync"), laptop),
    st.tuples(st.just("compact"), laptop),
    st.tuples(st.just("settle"), laptop),
)


class ArchivingTransport(FolderTransport):
    """A laptop's view of the remote that also keeps every bundle it publishes in the
    archive at once: a round may publish a bundle and retire it (an erasure's compaction)
    before the step ends."""

    def __init__(self, remote: Path, archive: Path) -> None:
        super().__init__(remote)
        self.archive = archive

    def publish_bundle(self, device: str, seq: int, data: bytes) -> bool:
        created = super().publish_bundle(device, seq, data)
        keep_in_archive(self.root, self.archive)
        return created


def make(root: Path, name: str, transport: FolderTransport, team: TeamKey) -> Replica:
    store, _ = profile.create_profile(root / name, name, PASSPHRASE)
    return Replica(name, store, transport, team, transport.root)


def keep_in_archive(remote: Path, archive: Path) -> None:
    """Every bundle and card ever on the remote, whatever compaction retired since."""
    for path in (remote / LAYOUT).rglob("*"):
        relative = path.relative_to(remote)
        if not path.is_file() or SNAPSHOTS in relative.parts or path.name.startswith("."):
            continue
        target = archive / relative
        if path.suffix == ".bin" and target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)


def people(replica: Replica) -> list[str]:
    with replica.store.session() as session:
        return list(
            session.scalars(
                select(Participant.id)
                .where(Participant.deleted.is_(False))
                .order_by(Participant.id)
            )
        )


def open_conflicts(replica: Replica) -> list[tuple[object, ...]]:
    with replica.store.engine.connect() as conn:
        return [
            (c.entity, c.row_id, c.field, c.hlc, c.device, c.value, c.current_value)
            for c in open_for(conn, text_fields())
        ]


def run(replica: Replica, *, compact: bool = False) -> SyncReport:
    report = sync_round(replica.store, replica.transport, replica.team, compact=compact)
    assert report.problems() == [], report.problems()
    return report


def apply_step(
    laptops: list[Replica], action: tuple[object, ...], values: itertools.count[int]
) -> None:
    kind, index = action[0], int(str(action[1]))
    replica = laptops[index]
    if kind == "create":
        participants.create_participant(replica.store, first_name=f"Nieuw{next(values)}")
        return
    if kind in ("sync", "compact"):
        run(replica, compact=kind == "compact")
        return
    if kind == "settle":
        found = conflicts.open_conflicts(replica.store)
        if found:
            merged = f"Samen{next(values)}"
            conflicts.resolve(replica.store, found[0].id, conflicts.KEEP_MERGED, merged)
        return
    known = people(replica)
    if not known:
        return
    target = known[int(str(action[2])) % len(known)]
    try:
        if kind == "edit":
            participants.update_participant(
                replica.store, target, **{str(action[3]): f"Waarde{next(values)}"}
            )
        elif kind == "delete":
            participants.delete_participant(replica.store, target)
        else:
            erasure.erase(replica.store, target)
    except NotFound:
        pass


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    steps=st.lists(step, min_size=4, max_size=22),
    compact_at=st.integers(0, 22),
    compactor=laptop,
)
def test_joining_from_a_snapshot_equals_replaying_every_bundle(
    steps: list[tuple[object, ...]], compact_at: int, compactor: int
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        remote, archive = root / "remote", root / "archive"
        remote.mkdir()
        team, document = create_team("team geheim 123")
        assert FolderTransport(remote).create_team(document)
        laptops = [make(root, f"l{i}", ArchivingTransport(remote, archive), team) for i in range(3)]
        values = itertools.count()
        try:
            actions = list(steps)
            actions.insert(min(compact_at, len(actions)), ("compact", compactor))
            for action in actions:
                if action[0] == "compact":  # what it pushes reaches the archive first
                    apply_step(laptops, ("sync", action[1]), values)
                    keep_in_archive(remote, archive)
                apply_step(laptops, action, values)
                keep_in_archive(remote, archive)
            for replica in laptops * 2:
                run(replica)
                keep_in_archive(remote, archive)
            joining = make(root, "join", FolderTransport(remote), team)
            replaying = make(root, "replay", FolderTransport(archive), team)
            laptops += [joining, replaying]
            started_from = run(joining).snapshot_applied
            assert (started_from is not None) == any((remote / LAYOUT / SNAPSHOTS).glob("*"))
            assert run(replaying).snapshot_applied is None
            assert joining.snapshot() == replaying.snapshot()
            assert open_conflicts(joining) == open_conflicts(replaying)
            assert replaying.snapshot() == laptops[0].snapshot()
        finally:
            for replica in laptops:
                replica.store.close()
