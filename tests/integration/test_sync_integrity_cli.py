"""The restored-backup story from the command line, as a coach's laptops would live it,
through a shared folder and a real WebDAV server: nothing is lost, and what cannot be
exchanged makes ``sync`` and ``sync-status`` exit 1 with a line that says why."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import fast_cli
from tests.sync.webdav_server import PASSWORD, USER, WebDavServer

PASS = "geheim 12345"
TEAM = "kaars fiets zevende molen"

pytestmark = pytest.mark.slow


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "JIU_PASSPHRASE": PASS,
        "JIU_TEAM_PASSPHRASE": TEAM,
        "JIU_WEBDAV_PASSWORD": PASSWORD,
    }
    return subprocess.run(
        [*fast_cli.COMMAND, *map(str, args)],
        capture_output=True,
        text=True,
        env=fast_cli.subprocess_env(env),
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def ok(*args: str | Path) -> str:
    result = cli(*args)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout


@pytest.fixture(params=["folder", "webdav"])
def where(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, ...]]:
    if request.param == "folder":
        shared = tmp_path / "shared"
        shared.mkdir()
        yield ("--folder", str(shared))
        return
    server = WebDavServer(tmp_path / "dav")
    yield ("--webdav", server.url, "--user", USER)
    server.stop()


def two_laptops(tmp_path: Path, where: tuple[str, ...]) -> tuple[Path, Path]:
    """Profiles a and b: a creates the team at ``where``, b joins it."""
    a, b = tmp_path / "a", tmp_path / "b"
    for root, role in ((a, "--create-team"), (b, "--join")):
        ok("init", "--profile", root, "--name", root.name)
        ok("sync-setup", "--profile", root, *where, role)
    return a, b


def participant_ids(profile: Path, tmp_path: Path) -> set[str]:
    out = tmp_path / f"{profile.name}-export.json"
    out.unlink(missing_ok=True)
    ok("export", "--profile", profile, "--out", out)
    return {p["id"] for p in json.loads(out.read_text())["participants"]}


def test_a_restored_backup_loses_nothing_on_either_laptop(
    tmp_path: Path, where: tuple[str, ...]
) -> None:
    a, b = two_laptops(tmp_path, where)
    ok("demo-data", "--profile", a, "--participants", "3", "--seed", "1")
    ok("sync", "--profile", a)
    ok("backup", "--profile", a, "--out", tmp_path / "a.jiubackup")
    ok("demo-data", "--profile", a, "--participants", "3", "--seed", "2")
    ok("sync", "--profile", a)
    ok("sync", "--profile", b)
    seen_by_b = participant_ids(b, tmp_path)

    restored = ok("restore", "--profile", a, tmp_path / "a.jiubackup")
    assert "new device" in restored
    ok("demo-data", "--profile", a, "--participants", "3", "--seed", "3")
    said = ok("sync", "--profile", a)
    assert "restored from a backup" in said
    ok("sync", "--profile", b)
    ok("sync", "--profile", a)

    on_a, on_b = participant_ids(a, tmp_path), participant_ids(b, tmp_path)
    assert on_a == on_b
    assert len(on_a) == 9 and seen_by_b < on_a
    status = cli("sync-status", "--profile", b)
    assert status.returncode == 0 and "Changes waiting: 0" in status.stdout


def test_a_missing_file_makes_sync_and_status_exit_1(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    a, b = tmp_path / "a", tmp_path / "b"
    for root, role in ((a, "--create-team"), (b, "--join")):
        ok("init", "--profile", root, "--name", root.name)
        ok("sync-setup", "--profile", root, "--folder", shared, role)
    for seed in (1, 2):
        ok("demo-data", "--profile", a, "--participants", "2", "--seed", str(seed))
        ok("sync", "--profile", a)
    (device,) = (shared / "jiu-sync-v1" / "devices").iterdir()
    (device / "00000001.bin").unlink()

    result = cli("sync", "--profile", b)
    assert result.returncode == 1
    assert "missing" in result.stderr and "Traceback" not in result.stderr
    status = cli("sync-status", "--profile", b)
    assert status.returncode == 1 and "missing" in status.stdout

    ok("sync", "--profile", a)  # A writes its file again
    ok("sync", "--profile", b)
    assert participant_ids(a, tmp_path) == participant_ids(b, tmp_path)
    assert cli("sync-status", "--profile", b).returncode == 0


def test_team_lists_the_laptops_by_the_names_their_coaches_gave(
    tmp_path: Path, where: tuple[str, ...]
) -> None:
    a, b = two_laptops(tmp_path, where)
    ok("team", "--profile", a, "--name", "Laptop van  Sanne")
    ok("demo-data", "--profile", a, "--participants", "2", "--seed", "1")
    for root in (a, b, a):
        ok("sync", "--profile", root)
    lines = [line.split("\t") for line in ok("team", "--profile", b).splitlines()]
    own, other = lines
    assert len(own[0]) == len(other[0]) == 32 and own[0] != other[0]
    assert own[1] == "" and own[2].endswith("Z")  # b has no name yet
    assert other[1] == "Laptop van Sanne" and other[2].endswith("Z")
    first = ok("team", "--profile", a).splitlines()[0].split("\t")
    assert first[:2] == [other[0], "Laptop van Sanne"]
