"""``jiu-desktop sync`` when nothing is new on either side: answered from the fingerprint of
the last quiet round (sync/quiet.py, cli/quick_sync.py) without loading the database
layer, through a shared folder and a real WebDAV server.

Whether the quick check answered is read from the command itself: run with
``-X importtime``, a full round imports SQLAlchemy and the quick check does not. Every
test that changes something first shows that the quick check answered just before, and
then that the full round ran and got it right: each fails if the quick check answered
where it should not have.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from jiu_desktop.db.store import Store
from jiu_desktop.services import participants, profile, sync_service, team_devices
from jiu_desktop.sync import compaction, quiet
from jiu_desktop.sync.team import create_team
from jiu_desktop.sync.transports import CARD_FILE, DEVICES, LAYOUT, SNAPSHOTS, TEAM_FILE, Transport
from tests import fast_cli
from tests.sync.webdav_server import PASSWORD, USER, WebDavServer

PASS = "geheim 12345"
TEAM = "kaars fiets zevende molen"
QUIET_LINE = "pushed 0, pulled 0, conflicts 0\n"

pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str
    #: The full round ran (the database layer was loaded).
    full: bool


@dataclass
class Team:
    a: Path
    b: Path
    #: The folder on this machine behind the target (the shared folder or the server's).
    remote: Path
    kind: str
    target: str

    @property
    def base(self) -> Path:
        return self.remote / LAYOUT

    def folder_of(self, root: Path) -> Path:
        return self.base / DEVICES / device_id(root)


def cli(*args: str | Path) -> Run:
    environment = {**os.environ, "JIU_PASSPHRASE": PASS, "JIU_TEAM_PASSPHRASE": TEAM}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "tests.fast_cli", *map(str, args)],
        capture_output=True,
        text=True,
        env=fast_cli.subprocess_env(environment),
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    imported = [line for line in done.stderr.splitlines() if line.startswith("import time:")]
    said = "".join(line + "\n" for line in done.stderr.splitlines() if line not in imported)
    full = any(" sqlalchemy" in line or "jiu_desktop.models" in line for line in imported)
    return Run(done.returncode, done.stdout, said, full)


def sync(root: Path) -> Run:
    return cli("sync", "--profile", root)


def quick(root: Path) -> Run:
    """A round the quick check answers: nothing new, exit 0, the same line."""
    run = sync(root)
    assert (run.returncode, run.stdout, run.stderr) == (0, QUIET_LINE, ""), run
    assert not run.full, "the quick check answered"
    return run


@contextmanager
def opened(root: Path) -> Iterator[Store]:
    store = profile.open_profile(root, PASS)
    try:
        yield store
    finally:
        store.close()


def run_sync(root: Path) -> sync_service.SyncOutcome:
    with opened(root) as store:
        return sync_service.run_sync(store)


def device_id(root: Path) -> str:
    with opened(root) as store:
        return store.device_id


def local_state(root: Path) -> dict[str, str]:
    with opened(root) as store, store.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT key, value FROM local_state").fetchall()
    return {str(key): str(value) for key, value in rows}


def history(root: Path) -> list[tuple[object, ...]]:
    with opened(root) as store:
        return [
            (r.target, r.pushed, r.pulled, r.conflicts, r.rejected, r.problems, r.error)
            for r in sync_service.history(store)
        ]


@pytest.fixture(params=["folder", "webdav"])
def team(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Team]:
    """Laptops A (created the team) and B (joined), both synced: B's rounds are quiet."""
    server: WebDavServer | None = None
    if request.param == "folder":
        remote = tmp_path / "shared"
        remote.mkdir()
        kind, target, user, password = "folder", str(remote), "", ""
    else:
        server = WebDavServer(tmp_path / "dav")
        remote = server.root
        kind, target, user, password = "webdav", server.url, USER, PASSWORD
    made = Team(tmp_path / "a", tmp_path / "b", remote, kind, target)
    for root, create in ((made.a, True), (made.b, False)):
        store, _ = profile.create_profile(root, root.name, PASS)
        try:
            sync_service.setup_sync(
                store,
                kind=kind,
                target=target,
                team_passphrase=TEAM,
                create=create,
                user=user,
                password=password,
            )
        finally:
            store.close()
    with opened(made.a) as store:
        participants.create_participant(store, first_name="Noor")
    for root in (made.a, made.b, made.a, made.b, made.b):
        run_sync(root)
    assert quiet.FINGERPRINT_KEY in local_state(made.b)
    yield made
    if server is not None:
        server.stop()


# -- the quick check answers -----------------------------------------------------------------
def test_nothing_new_is_answered_without_the_database_layer(team: Team) -> None:
    """The same line and exit as a full nothing-new round, the same history row, and nothing
    else in the profile changes."""
    with opened(team.b) as store, store.engine.begin() as conn:  # as after a round of another kind
        conn.exec_driver_sql("DELETE FROM local_state WHERE key = ?", (quiet.FINGERPRINT_KEY,))
    full = sync(team.b)
    assert full.full and (full.returncode, full.stdout, full.stderr) == (0, QUIET_LINE, "")
    before, rows = local_state(team.b), history(team.b)
    quick(team.b)
    quick(team.b)
    assert local_state(team.b) == before
    after = history(team.b)
    assert after[2:] == rows and after[0] == after[1] == rows[0]
    assert rows[0] == (team.target, 0, 0, 0, 0, 0, "")
    with opened(team.b) as store:
        newest = sync_service.history(store, limit=1)[0]
        status = sync_service.status(store)
    assert newest.finished_at is not None and newest.started_at <= newest.finished_at
    assert status.last_success == newest.finished_at.isoformat(timespec="seconds")
    assert not status.last_error and not status.incomplete


def test_a_quiet_full_round_writes_nothing_new_in_local_state(team: Team) -> None:
    """Two full nothing-new rounds in a row leave every ``local_state`` row as it was,
    except the keys the fingerprint leaves out: a key that changes every round would make
    the quick check never answer, and would need a reason to be left out."""
    run_sync(team.b)
    before = local_state(team.b)
    run_sync(team.b)
    after = local_state(team.b)
    changed = {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}
    assert changed <= quiet.EXCLUDED_KEYS
    first = json.loads(before[quiet.FINGERPRINT_KEY])
    second = json.loads(after[quiet.FINGERPRINT_KEY])
    assert first["fingerprint"] == second["fingerprint"]


def test_the_quick_check_imports_no_database_layer(team: Team) -> None:
    """Looked at in the process itself as well: neither SQLAlchemy nor the models."""
    environment = {**os.environ, "JIU_PASSPHRASE": PASS}
    probe = (
        "import sys\n"
        "from tests.fast_cli import use_cheap_kdf\n"
        "use_cheap_kdf()\n"
        "from jiu_desktop.__main__ import main\n"
        f"code = main(['sync', '--profile', {str(team.b)!r}])\n"
        "heavy = sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'jiu_desktop.models',"
        " 'jiu_desktop.db', 'alembic')))\n"
        "print(code, heavy)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=fast_cli.subprocess_env(environment),
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert done.stdout == QUIET_LINE + "0 []\n", done.stderr


# -- something changed: the full round runs and gets it right --------------------------------
def test_a_new_local_edit_is_sent(team: Team) -> None:
    quick(team.b)
    with opened(team.b) as store:
        participants.create_participant(store, first_name="Sem")
    run = sync(team.b)
    assert run.full and run.returncode == 0
    assert run.stdout.startswith("pushed ") and not run.stdout.startswith("pushed 0,")


def test_a_new_bundle_of_another_laptop_is_received(team: Team) -> None:
    quick(team.b)
    with opened(team.a) as store:
        participants.create_participant(store, first_name="Sem")
    run_sync(team.a)
    run = sync(team.b)
    assert run.full and run.returncode == 0 and "pulled 0," not in run.stdout
    with opened(team.b) as store:
        names = {p.first_name for p in participants.list_participants(store)}
    assert names == {"Noor", "Sem"}


def test_an_own_bundle_gone_from_the_target_is_written_again(team: Team) -> None:
    with opened(team.b) as store:
        participants.create_participant(store, first_name="Sem")
    run_sync(team.b)
    run_sync(team.b)
    quick(team.b)
    bundle = team.folder_of(team.b) / "00000001.bin"
    bundle.unlink()
    run = sync(team.b)
    assert run.full and run.returncode == 0
    assert "had gone missing from the target and were written again" in run.stdout
    assert bundle.is_file()


def test_a_changed_card_of_another_laptop_is_read(team: Team) -> None:
    quick(team.b)
    with opened(team.a) as store:
        team_devices.name_this_laptop(store, "Laptop van Ada")
    run_sync(team.a)
    run = sync(team.b)
    assert run.full and (run.returncode, run.stdout) == (0, QUIET_LINE)
    with opened(team.b) as store:
        names = {device.name for device in team_devices.team_devices(store)}
    assert "Laptop van Ada" in names


def test_a_removed_card_runs_the_full_round(team: Team) -> None:
    """Another laptop's card gone: nothing to read, but the listing is not the same. This
    laptop's own card gone: the full round writes it again."""
    quick(team.b)
    (team.folder_of(team.a) / CARD_FILE).unlink()
    run = sync(team.b)
    assert run.full and (run.returncode, run.stdout) == (0, QUIET_LINE)
    quick(team.b)
    own = team.folder_of(team.b) / CARD_FILE
    own.unlink()
    run = sync(team.b)
    assert run.full and run.returncode == 0
    assert own.is_file()


def test_a_new_snapshot_runs_the_full_round(team: Team) -> None:
    """A snapshot that appeared on the target is looked at (this one cannot be used, and
    the full round says so)."""
    quick(team.b)
    name = f"{device_id(team.a)}-00000099.snap"
    (team.base / SNAPSHOTS).mkdir(exist_ok=True)
    (team.base / SNAPSHOTS / name).write_bytes(b"not a snapshot")
    run = sync(team.b)
    assert run.full and run.returncode == 1
    assert f"Snapshot {name} was not used" in run.stderr


def test_a_compacted_team_is_followed(team: Team) -> None:
    quick(team.b)
    compacted = cli("sync", "--profile", team.a, "--compact")
    assert compacted.returncode == 0 and "snapshot " in compacted.stdout
    run = sync(team.b)
    assert run.full and run.returncode == 0
    status = cli("sync-status", "--profile", team.b)
    assert "Latest snapshot: none yet" not in status.stdout


def test_another_team_in_its_place_is_refused_as_before(team: Team, tmp_path: Path) -> None:
    quick(team.b)
    _, document = create_team("een heel ander team hier")
    (team.base / TEAM_FILE).write_bytes(document)
    run = sync(team.b)
    assert run.full and run.returncode == 1 and run.stdout == ""
    assert "now holds another team" in run.stderr


def test_a_target_that_is_not_there_is_an_error_as_before(team: Team) -> None:
    """A share that is not mounted (its folder gone), a server that does not answer."""
    quick(team.b)
    away = team.remote.with_name("moved-away")
    team.remote.rename(away)
    run = sync(team.b)
    assert run.full and run.returncode == 1 and run.stdout == ""
    if team.kind == "folder":
        assert "cannot be reached right now" in run.stderr
    else:  # the server answers, without the team's files
        assert "sync files are not in" in run.stderr
    away.rename(team.remote)
    run = sync(team.b)
    assert run.full and run.returncode == 0
    quick(team.b)


def test_the_profile_copied_elsewhere_takes_a_new_identity(team: Team, tmp_path: Path) -> None:
    quick(team.b)
    copy = tmp_path / "b-copy"
    shutil.copytree(team.b, copy)
    run = sync(copy)
    assert run.full and run.returncode == 0
    assert "copied or moved" in run.stdout
    assert device_id(copy) != device_id(team.b)


def test_a_round_with_problems_leaves_no_fingerprint(team: Team) -> None:
    """Another laptop's card that cannot be read is a problem every round until it can:
    each round is a full one, and says so."""
    quick(team.b)
    (team.folder_of(team.a) / CARD_FILE).write_bytes(b"damaged card")
    for _ in range(2):
        run = sync(team.b)
        assert run.full and run.returncode == 1
        assert "cannot be read or is not its own" in run.stderr
    assert quiet.FINGERPRINT_KEY not in local_state(team.b)


def test_compaction_due_runs_the_full_round(
    team: Team, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """In this process, with the clock two days on (the day itself unchanged): the quick
    check leaves the round to the full one, which compacts."""
    from jiu_desktop.cli import quick_sync
    from jiu_desktop.cli.app import main

    monkeypatch.setenv("JIU_PASSPHRASE", PASS)
    answered: list[bool] = []
    attempt = quick_sync.attempt

    def watching(root: Path, key: bytes) -> bool:
        answered.append(attempt(root, key))
        return answered[-1]

    monkeypatch.setattr(quick_sync, "attempt", watching)
    assert main(["sync", "--profile", str(team.b)]) == 0
    assert answered == [True]
    later = quiet.now_ms() + 2 * compaction.INTERVAL_MS
    monkeypatch.setattr(quiet, "now_ms", lambda: later)
    monkeypatch.setattr(compaction, "now_ms", lambda: later)
    assert main(["sync", "--profile", str(team.b)]) == 0
    assert answered == [True, False]
    assert capsys.readouterr().out.startswith(QUIET_LINE * 2)
    with opened(team.b) as store, store.engine.connect() as conn:
        assert compaction.load_state(conn).ran_ms == later


def test_a_bundle_that_turns_up_while_the_round_runs_is_received_next_time(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fingerprint holds what the round saw, not a listing made after it: a bundle
    another laptop publishes after the round listed its folder is no part of it, so the
    next round is a full one and receives it."""
    quick(team.b)
    make = sync_service.make_transport
    made: list[object] = []

    class PublishingMidRound:
        def __init__(self, inner: Transport) -> None:
            self.inner = inner

        def __getattr__(self, name: str) -> object:
            return getattr(self.inner, name)

        def list_snapshots(self) -> list[tuple[str, int]]:  # after the bundles were listed
            if len(made) == 1:
                made.append(self)
                with opened(team.a) as store:
                    participants.create_participant(store, first_name="Sem")
                run_sync(team.a)
            return self.inner.list_snapshots()

    def making(*args: str) -> Transport:
        transport = make(*args)
        if made:
            return transport
        made.append(transport)
        return PublishingMidRound(transport)  # type: ignore[return-value]

    monkeypatch.setattr(sync_service, "make_transport", making)
    assert run_sync(team.b).report.pulled == 0
    assert len(made) == 2, "laptop A published while B's round ran"
    monkeypatch.setattr(sync_service, "make_transport", make)
    run = sync(team.b)
    assert run.full and run.returncode == 0 and "pulled 0," not in run.stdout
