"""``jiu-desktop sync --compact`` from the command line: a snapshot is written, the files it
covers are retired, and a laptop that joins afterwards has everything."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_sync_integrity_cli import ok, participant_ids, two_laptops, where

__all__ = ["where"]


def test_sync_compact_writes_a_snapshot_and_a_new_laptop_still_gets_everything(
    tmp_path: Path, where: tuple[str, ...]
) -> None:
    a, b = two_laptops(tmp_path, where)
    ok("demo-data", "--profile", a, "--participants", "3", "--seed", "1")
    ok("sync", "--profile", a)
    ok("sync", "--profile", b)
    said = ok("sync", "--profile", a, "--compact")
    line = next(line for line in said.splitlines() if line.startswith("snapshot "))
    assert line.endswith(".snap, retired 1"), said
    again = ok("sync", "--profile", a, "--compact")
    assert "snapshot not needed, retired 0" in again
    c = tmp_path / "c"
    ok("init", "--profile", c, "--name", "c")
    ok("sync-setup", "--profile", c, *where, "--join")
    joined = ok("sync", "--profile", c)
    assert "started from a snapshot" in joined
    assert participant_ids(c, tmp_path) == participant_ids(a, tmp_path)
