"""Compaction on issue 19's data: the bytes on the remote before and after ``sync
--compact``, and a joining laptop's first sync from the snapshot against one that replays
every bundle."""

from __future__ import annotations

import shutil
from pathlib import Path

from bench.sync import _cli, _remote_bytes, _team_profile


def team_compaction(workdir: Path) -> dict[str, float]:
    from bench.common import CACHE

    template = _team_profile()
    a = CACHE / "team-run" / "a"
    shutil.rmtree(a, ignore_errors=True)
    shutil.copytree(template, a)
    shared = workdir / "compaction-shared"
    shared.mkdir()
    b, c = workdir / "compaction-b", workdir / "compaction-c"
    for laptop in (b, c):
        _cli("init", "--profile", laptop, "--name", laptop.name)
    _cli("sync-setup", "--profile", a, "--folder", shared, "--create-team")
    for laptop in (b, c):
        _cli("sync-setup", "--profile", laptop, "--folder", shared, "--join")
    _cli("sync", "--profile", a)
    replay = _cli("sync", "--profile", b)[0]  # every bundle
    before = _remote_bytes(shared)
    compact = _cli("sync", "--profile", a, "--compact")[0]
    after = _remote_bytes(shared)
    from_snapshot, said = _cli("sync", "--profile", c)
    if "snapshot" not in said:
        raise RuntimeError("the joining laptop did not start from the snapshot")
    for laptop in (b, c):
        shutil.rmtree(laptop)
    return {
        "remote_bytes_before": float(before),
        "remote_bytes_after": float(after),
        "compact_s": compact,
        "joining_replay_s": replay,
        "joining_from_snapshot_s": from_snapshot,
    }
