"""``jiu-desktop team-remove`` as the coordinator runs it, through a shared folder and a real
WebDAV server: the removed laptop is listed as removed, the others' ``sync`` says what to do
and exits 1, and ``sync-setup --join`` with the new passphrase carries on with everything."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import fast_cli
from tests.sync.webdav_server import PASSWORD, USER, WebDavServer

PASS = "geheim 12345"
TEAM = "kaars fiets zevende molen"
NEW_TEAM = "lantaarn negende schaats vijver"

pytestmark = pytest.mark.slow


def cli(*args: str | Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "JIU_PASSPHRASE": PASS,
        "JIU_TEAM_PASSPHRASE": TEAM,
        "JIU_WEBDAV_PASSWORD": PASSWORD,
        **env,
    }
    return subprocess.run(
        [*fast_cli.COMMAND, *map(str, args)],
        capture_output=True,
        text=True,
        env=fast_cli.subprocess_env(environment),
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def ok(*args: str | Path, **env: str) -> str:
    result = cli(*args, **env)
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


def own_id(profile: Path) -> str:
    return ok("team", "--profile", profile).splitlines()[0].split("\t")[0]


def test_team_remove_rotates_the_key_and_the_others_rejoin_with_everything(
    tmp_path: Path, where: tuple[str, ...]
) -> None:
    a, b, c = (tmp_path / name for name in "abc")
    for root, role in ((a, "--create-team"), (b, "--join"), (c, "--join")):
        ok("init", "--profile", root, "--name", root.name)
        ok("sync-setup", "--profile", root, *where, role)
    ok("team", "--profile", c, "--name", "Laptop van Cor")
    ok("demo-data", "--profile", c, "--participants", "2", "--seed", "1")
    for root in (c, a, b):
        ok("sync", "--profile", root)
    lost = own_id(c)

    refused = cli("team-remove", "--profile", a, "--device", lost)
    assert refused.returncode == 1 and "JIU_NEW_TEAM_PASSPHRASE" in refused.stderr
    weak = cli("team-remove", "--profile", a, "--device", lost, JIU_NEW_TEAM_PASSPHRASE="a" * 12)
    assert weak.returncode == 1 and "too easy to guess" in weak.stderr
    said = ok("team-remove", "--profile", a, "--device", lost, JIU_NEW_TEAM_PASSPHRASE=NEW_TEAM)
    assert "Laptop van Cor" in said and "removed from the team" in said
    lines = [line.split("\t") for line in ok("team", "--profile", a).splitlines()]
    assert lost in [row[0] for row in lines]
    for row in lines:
        if row[0] == lost:
            assert row[1] == "Laptop van Cor" and row[3:] == ["removed"]
        else:
            assert len(row) == 3

    stopped = cli("sync", "--profile", b)
    assert stopped.returncode == 1 and "Traceback" not in stopped.stderr
    assert "changed the team passphrase" in stopped.stderr
    assert f"sync-setup --join {' '.join(where)}" in stopped.stderr
    ok("sync-setup", "--profile", b, *where, "--join", JIU_TEAM_PASSPHRASE=NEW_TEAM)
    pulled = ok("sync", "--profile", b)
    assert "pushed 0, pulled 0" in pulled, "nothing starts over"
    assert cli("sync", "--profile", c).returncode == 1
    again = cli("sync-setup", "--profile", c, *where, "--join")
    assert again.returncode == 1 and "not correct" in again.stderr
