"""Compaction on issue 19's data: the bytes on the remote before and after ``sync
--compact``, and a joining laptop's first sync from the snapshot (the median of ``runs``
laptops joining one after another) against one that replays every bundle. Each join is
also given as a multiple of the first push of the same run: the machine's speed changes by
up to half from one hour to the next, the ratio much less."""

from __future__ import annotations

import shutil
import statistics
from pathlib import Path

from bench.sync import _cli, _remote_bytes, _team_profile


def team_compaction(workdir: Path, runs: int = 5) -> dict[str, float]:
    from bench.common import CACHE

    template = _team_profile()
    a = CACHE / "team-run" / "a"
    shutil.rmtree(a, ignore_errors=True)
    shutil.copytree(template, a)
    shared = workdir / "compaction-shared"
    shared.mkdir()
    b = workdir / "compaction-b"
    joining = [workdir / f"compaction-c{run}" for run in range(runs)]
    for laptop in (b, *joining):
        _cli("init", "--profile", laptop, "--name", laptop.name)
    _cli("sync-setup", "--profile", a, "--folder", shared, "--create-team")
    for laptop in (b, *joining):
        _cli("sync-setup", "--profile", laptop, "--folder", shared, "--join")
    push = _cli("sync", "--profile", a)[0]
    replay = _cli("sync", "--profile", b)[0]  # every bundle
    before = _remote_bytes(shared)
    compact = _cli("sync", "--profile", a, "--compact")[0]
    after = _remote_bytes(shared)
    from_snapshot = []
    for laptop in joining:
        elapsed, said = _cli("sync", "--profile", laptop)
        if "snapshot" not in said:
            raise RuntimeError("the joining laptop did not start from the snapshot")
        from_snapshot.append(elapsed)
    for laptop in (b, *joining):
        shutil.rmtree(laptop)
    return {
        "remote_bytes_before": float(before),
        "remote_bytes_after": float(after),
        "compact_s": compact,
        "first_push_s": push,
        "joining_replay_s": replay,
        "joining_from_snapshot_s": statistics.median(from_snapshot),
        "joining_from_snapshot_per_push": statistics.median(from_snapshot) / push,
    }
