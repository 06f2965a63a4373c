"""``jiu-desktop sync-status`` says what the Settings say: the team's latest snapshot and
who wrote it, what the last round did besides, and a laptop whose files are missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.test_sync_integrity_cli import cli, ok, two_laptops

pytestmark = pytest.mark.slow


def status_lines(profile: Path) -> list[str]:
    return cli("sync-status", "--profile", profile).stdout.splitlines()


def test_sync_status_names_the_latest_snapshot_its_laptop_and_missing_files(
    tmp_path: Path,
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    a, b = two_laptops(tmp_path, ("--folder", str(shared)))
    a_id = ok("team", "--profile", a, "--name", "Laptop van Sanne").split("\t")[0]
    ok("demo-data", "--profile", a, "--participants", "2", "--seed", "1")
    ok("sync", "--profile", a)
    ok("sync", "--profile", b)
    assert "Latest snapshot: none yet" in status_lines(b)
    ok("sync", "--profile", a, "--compact")
    mine = status_lines(a)
    latest = next(line for line in mine if line.startswith("Latest snapshot: "))
    assert latest.endswith("Z, by this laptop"), mine
    assert "Last round: Snapshot written, 1 old file cleared away" in mine
    ok("demo-data", "--profile", a, "--participants", "1", "--seed", "2")
    ok("sync", "--profile", a)
    ok("demo-data", "--profile", a, "--participants", "1", "--seed", "3")
    ok("sync", "--profile", a)
    bundles = sorted((shared / "jiu-sync-v1" / "devices" / a_id).glob("*.bin"))
    assert len(bundles) == 2, "the first was retired under the snapshot"
    bundles[0].unlink()  # the one before the newest: a gap for b
    assert cli("sync", "--profile", b).returncode == 1
    theirs = status_lines(b)
    sanne = f"Laptop van Sanne ({a_id[:8]})"
    latest = next(line for line in theirs if line.startswith("Latest snapshot: "))
    assert latest.endswith(f"Z, by {sanne}"), theirs
    missing = [line for line in theirs if line.startswith("Sync files missing of ")]
    assert missing == [f"Sync files missing of {sanne}: 1"], theirs
    assert not any(line.startswith("Last round: ") for line in theirs), "b only received"
