"""Kill ``jiu-desktop sync`` at the moments that matter: the next round completes, and the
other laptop receives every change exactly once.

The moments are events, not delays: the test watches what the process writes (the shared
folder for uploads, the receiving laptop's write-ahead log for applied bundles) and kills
it right then, and afterwards checks that the kill really landed there.
"""

from __future__ import annotations

import math
import os
import shutil
import signal
import struct
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from jiu_desktop.demo import fill_demo_data
from jiu_desktop.services import participants, profile, sync_service
from jiu_desktop.sync import log_load
from jiu_desktop.sync.engine import BUNDLE_LIMIT
from jiu_desktop.sync.pull import BATCH_CHANGES
from jiu_desktop.sync.received import log_entry
from jiu_desktop.sync.transports import LAYOUT, TEMP_PREFIX, parse_bundle_names
from jiu_desktop.vault.paths import ProfilePaths
from tests import fast_cli
from tests.conftest import PASSPHRASE

TEAM = "kaars fiets zevende molen"
PARTICIPANTS = 120  # about 64,000 changes: several bundles of at most BUNDLE_LIMIT
OWN_PARTICIPANTS = 100  # the receiving laptop's own
POLL_S = 0.0002  # a temporary upload file lives for a few milliseconds
GIVE_UP_S = 60.0
#: A transaction of more pages than this is an applied bundle, not the round's bookkeeping.
BUNDLE_PAGES = 100

pytestmark = pytest.mark.slow


def sync_process(root: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*fast_cli.COMMAND, "sync", "--profile", str(root)],
        env=fast_cli.subprocess_env({**os.environ, "JIU_PASSPHRASE": PASSPHRASE}),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill_when(root: Path, happened: Callable[[], bool], moment: str) -> None:
    """Start a round and SIGKILL it as soon as ``happened()``; fail when it ends first."""
    process = sync_process(root)
    deadline = time.monotonic() + GIVE_UP_S
    while not happened():
        if process.poll() is not None:
            out, err = process.communicate()
            pytest.fail(f"sync ended before {moment}: {out} {err}")
        if time.monotonic() > deadline:
            process.kill()
            process.communicate()
            pytest.fail(f"no {moment} within {GIVE_UP_S} s")
        time.sleep(POLL_S)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL, f"sync had ended before the kill ({moment})"


def complete_round(root: Path) -> None:
    process = sync_process(root)
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err


# -- what can be seen from outside ---------------------------------------------------------
def names_in(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except FileNotFoundError:
        return []


def bundles_in(folder: Path) -> list[int]:
    return parse_bundle_names(names_in(folder))


def uploading(folder: Path) -> bool:
    return any(name.startswith(TEMP_PREFIX) for name in names_in(folder))


def applied_bundles(wal: Path) -> int:
    """Committed transactions of more than BUNDLE_PAGES pages in a write-ahead log.

    SQLCipher encrypts the pages, not the log's frame headers: a frame whose "database size"
    is not zero ends a transaction, and frames count only while their salts are the log's
    own (after a checkpoint the log restarts and older frames behind it no longer count).
    """
    try:
        log = wal.open("rb")
    except FileNotFoundError:
        return 0
    with log:
        header = log.read(32)
        if len(header) < 32:
            return 0
        page_size, salts = struct.unpack(">I", header[8:12])[0], header[16:24]
        frames = (os.fstat(log.fileno()).st_size - len(header)) // (24 + page_size)
        found = pages = 0
        for index in range(frames):
            log.seek(len(header) + index * (24 + page_size))
            frame = log.read(24)
            if frame[8:16] != salts:
                break
            pages += 1
            if frame[4:8] != b"\0\0\0\0":  # the last frame of a committed transaction
                if pages > BUNDLE_PAGES:
                    found += 1
                pages = 0
    return found


def changes_of(root: Path, device: str) -> list[tuple[object, ...]]:
    """Every change of ``device`` a profile holds, as it travels; sorted, repeats kept."""
    store = profile.open_profile(root, PASSPHRASE)
    try:
        with store.session() as s:
            rows = s.execute(
                select(
                    log_entry.c.hlc,
                    log_entry.c.entity,
                    log_entry.c.row_id,
                    log_entry.c.field,
                    log_entry.c.value,
                    log_entry.c.participant_id,
                    log_entry.c.base_hlc,
                    log_entry.c.base_device,
                ).where(log_entry.c.device == device)
            )
            return sorted(tuple(r) for r in rows)
    finally:
        store.close()


def test_killed_sync_rounds_lose_and_duplicate_nothing(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    a, _ = profile.create_profile(tmp_path / "a", "A", PASSPHRASE)
    sync_service.setup_sync(a, kind="folder", target=str(shared), team_passphrase=TEAM, create=True)
    fill_demo_data(a, PARTICIPANTS, seed=3)
    with a.session() as s:
        total = int(s.scalar(select(func.count()).select_from(log_entry)) or 0)
    a_device = a.device_id
    a.close()
    devices = shared / LAYOUT / "devices"
    own = devices / a_device
    last = math.ceil(total / BUNDLE_LIMIT)
    assert last >= 3, "first, middle and last bundle must differ"

    # Killed during the very first upload: its temporary file stays, no bundle is in place.
    # (The file lives for a few milliseconds: should the kill come too late, everything is
    # put back as it was before the round and the round is tried again.)
    saved = {place: tmp_path / f"{place.name}-before" for place in (tmp_path / "a", shared)}
    for place, copy in saved.items():
        shutil.copytree(place, copy)
    for _attempt in range(3):
        kill_when(tmp_path / "a", lambda: uploading(own) or bool(bundles_in(own)), "an upload")
        if uploading(own) and not bundles_in(own):
            break
        for place, copy in saved.items():
            shutil.rmtree(place)
            shutil.copytree(copy, place)
    assert uploading(own) and not bundles_in(own), "no kill landed during the first upload"
    # Killed as soon as the first bundle is in place (before or just after it is marked
    # published).
    kill_when(tmp_path / "a", lambda: bool(bundles_in(own)), "the first bundle")
    assert bundles_in(own) == [1]
    # Killed after the last bundle appeared, while the round still goes on.
    kill_when(tmp_path / "a", lambda: last in bundles_in(own), "the last bundle")

    complete_round(tmp_path / "a")
    assert [p.name for p in shared.rglob(f"{TEMP_PREFIX}*")] == [], "half uploads are cleaned up"
    assert bundles_in(own) == list(range(1, last + 1))
    assert names_in(devices) == [a_device], "a killed round is not taken for another copy"

    b, _ = profile.create_profile(tmp_path / "b", "B", PASSPHRASE)
    sync_service.setup_sync(
        b, kind="folder", target=str(shared), team_passphrase=TEAM, create=False
    )
    # A log of its own larger than one set: what it receives comes in several sets (a
    # laptop with an empty log takes a first sync in one, killed in the test below).
    fill_demo_data(b, OWN_PARTICIPANTS, seed=4)
    with b.session() as s:
        assert (s.scalar(select(func.count()).select_from(log_entry)) or 0) > BATCH_CHANGES
    b.close()
    # Killed while pulling, right after the first set of bundles was applied (committed).
    database = ProfilePaths(tmp_path / "b").database
    wal = database.with_name(database.name + "-wal")
    kill_when(tmp_path / "b", lambda: applied_bundles(wal) >= 1, "an applied bundle")
    halfway = changes_of(tmp_path / "b", a_device)
    assert 0 < len(halfway) < total, "the kill landed in the middle of pulling"

    complete_round(tmp_path / "b")
    sent = changes_of(tmp_path / "a", a_device)
    assert len(sent) == total
    assert changes_of(tmp_path / "b", a_device) == sent, "every change arrives exactly once"
    b = profile.open_profile(tmp_path / "b", PASSPHRASE)
    try:
        assert participants.count_participants(b) == PARTICIPANTS + OWN_PARTICIPANTS
    finally:
        b.close()


def frames_in(wal: Path) -> int:
    """The frames of the write-ahead log's current run (committed or not)."""
    try:  # one open file for the size and the header: the log goes when the last
        log = wal.open("rb")  # connection closes, and comes back with the next
    except FileNotFoundError:
        return 0
    with log:
        header = log.read(32)
        size = os.fstat(log.fileno()).st_size
    if len(header) < 32:
        return 0
    page_size = struct.unpack(">I", header[8:12])[0]
    return (size - len(header)) // (24 + page_size)


def index_names(root: Path) -> list[str]:
    store = profile.open_profile(root, PASSPHRASE)
    try:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            return sorted(
                str(name)
                for (name,) in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'index'"
                    " AND tbl_name = 'change_log'"
                )
            )
    finally:
        store.close()


def test_a_joining_laptop_killed_while_its_first_set_is_written_keeps_its_indexes(
    tmp_path: Path,
) -> None:
    """A first set large enough to go in with the log's indexes set aside
    (sync/log_load.py), killed while its transaction is being written: the laptop opens
    with its indexes and none of the set, and its next round takes everything once."""
    shared = tmp_path / "shared"
    shared.mkdir()
    a, _ = profile.create_profile(tmp_path / "a", "A", PASSPHRASE)
    sync_service.setup_sync(a, kind="folder", target=str(shared), team_passphrase=TEAM, create=True)
    fill_demo_data(a, 170, seed=5)
    sync_service.run_sync(a)
    a_device = a.device_id
    a.close()
    sent = changes_of(tmp_path / "a", a_device)
    assert len(sent) >= log_load.BULK_MIN_CHANGES, "the set must be large enough"
    b, _ = profile.create_profile(tmp_path / "b", "B", PASSPHRASE)
    sync_service.setup_sync(
        b, kind="folder", target=str(shared), team_passphrase=TEAM, create=False
    )
    b.close()
    indexes = index_names(tmp_path / "b")
    database = ProfilePaths(tmp_path / "b").database
    wal = database.with_name(database.name + "-wal")
    before = tmp_path / "b-before"
    shutil.copytree(tmp_path / "b", before)
    for _attempt in range(5):
        # The set's pages reach the log only at its commit (its page cache holds them):
        # many frames and no committed set yet is the middle of writing it.
        kill_when(tmp_path / "b", lambda: frames_in(wal) > 4 * BUNDLE_PAGES, "the set's commit")
        if applied_bundles(wal) == 0:
            break
        shutil.rmtree(tmp_path / "b")
        shutil.copytree(before, tmp_path / "b")
    assert applied_bundles(wal) == 0, "no kill landed while the first set was written"
    assert index_names(tmp_path / "b") == indexes
    assert changes_of(tmp_path / "b", a_device) == []

    complete_round(tmp_path / "b")
    assert index_names(tmp_path / "b") == indexes
    assert changes_of(tmp_path / "b", a_device) == sent, "every change arrives exactly once"
