"""Kill ``jiu-desktop export`` with SIGKILL at many moments, most of them while it writes.

An export is personal data in plain text, so it may only ever exist where the coach chose:
after a kill the folder holds nothing, the previous export unchanged, or the complete new
export, and never a hidden or temporary file beside it.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from jiu_desktop.vault import private_file

ROOT = Path(__file__).resolve().parents[2]
PASS = "geheim 12345"
PARTICIPANTS = 300
WORKERS = 2  # each with its own copy of the profile: one process per profile
KILLS_PER_WORKER = 16  # 32 kills: about half a minute on an idle two-core laptop
PREVIOUS = b'{"an": "earlier export"}\n'
FINE = ("nothing", "previous", "complete")  # what a kill may leave at the chosen name
POLL_S = 0.0002  # the output file is open for a few milliseconds

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not sys.platform.startswith("linux"), reason="watches /proc to kill while writing"
    ),
]


def cli(*args: str | Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.fast_cli", *map(str, args)],
        cwd=ROOT,
        env={**os.environ, "JIU_PASSPHRASE": PASS, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def finished(*args: str | Path) -> None:
    process = cli(*args)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr.decode(errors="replace")


def has_file_open_in(pid: int, folder: Path) -> bool:
    """True while the process holds a file in ``folder`` open (named or not)."""
    fds = Path(f"/proc/{pid}/fd")
    try:
        entries = list(fds.iterdir())
    except OSError:  # the process is gone
        return False
    prefix = str(folder) + os.sep
    for entry in entries:
        try:
            if os.readlink(entry).startswith(prefix):
                return True
        except OSError:
            continue
    return False


def start_export(
    profile: Path, target: Path, quiet: float = 0.0
) -> tuple[subprocess.Popen[bytes], float | None]:
    """Start an export; return it once it opens its output file, with the time it did
    (None when it ended without being seen writing). It is left alone for ``quiet``
    seconds first, so the watching does not slow down its start."""
    process = cli("export", "--profile", profile, "--out", target)
    time.sleep(quiet)
    while process.poll() is None:
        if has_file_open_in(process.pid, target.parent):
            return process, time.monotonic()
        time.sleep(POLL_S)
    return process, None


@dataclass
class Timing:
    starting: float  # from the start of the process to opening the output file
    writing: float  # how long the output file stays open


def calibrate(profile: Path, folder: Path) -> Timing:
    target = folder / "export.json"
    started = time.monotonic()
    process, opened_at = start_export(profile, target)
    assert opened_at is not None, "the export was never seen writing"
    while has_file_open_in(process.pid, folder):
        time.sleep(POLL_S)
    timing = Timing(opened_at - started, time.monotonic() - opened_at)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr.decode(errors="replace")
    assert len(json.loads(target.read_bytes())["participants"]) == PARTICIPANTS
    target.unlink()
    return timing


@dataclass
class Kill:
    outcome: str  # nothing, previous, complete, or what was left behind
    while_open: bool


def kill_once(
    profile: Path, folder: Path, quiet: float, delay: float, previous: bytes | None
) -> Kill:
    target = folder / "export.json"
    if previous is not None:
        target.write_bytes(previous)
        target.chmod(0o600)
    process, opened_at = start_export(profile, target, quiet)
    if opened_at is not None:
        time.sleep(max(0.0, opened_at + delay - time.monotonic()))
    while_open = has_file_open_in(process.pid, folder)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    outcome = what_is_left(folder, target, previous)
    for leftover in folder.iterdir():
        leftover.unlink()
    return Kill(outcome, while_open)


def what_is_left(folder: Path, target: Path, previous: bytes | None) -> str:
    names = sorted(p.name for p in folder.iterdir())
    if not names:
        return "nothing"
    if names != [target.name]:
        return "left " + ", ".join(names)
    if stat.S_IMODE(target.stat().st_mode) != 0o600:
        return f"mode {stat.S_IMODE(target.stat().st_mode):o}"
    data = target.read_bytes()
    if data == previous:
        return "previous"
    try:
        document = json.loads(data)
    except ValueError:
        return "a partial export"
    return "complete" if len(document["participants"]) == PARTICIPANTS else "a wrong export"


def kill_many(profile: Path, folder: Path, timing: Timing, worker: int) -> list[Kill]:
    """Kill delays sweep from the moment the output file opens to twice as long as it stays
    open, most of them early, so kills land while writing, syncing, putting the file in
    place and after; every other run has an earlier export at the chosen name."""
    kills = []
    for run in range(KILLS_PER_WORKER):
        step = (run * WORKERS + worker) / (KILLS_PER_WORKER * WORKERS)
        delay = step**2 * 2 * timing.writing
        previous = PREVIOUS if run % 2 else None
        kills.append(kill_once(profile, folder, timing.starting / 2, delay, previous))
    return kills


def test_sigkill_during_export_leaves_no_plaintext_beside_the_target(tmp_path: Path) -> None:
    unnamed = private_file._open_unnamed(tmp_path)
    if unnamed is None:  # then a visible .part file is used, which a kill -9 can leave
        pytest.skip("this file system has no unnamed files (O_TMPFILE)")
    os.close(unnamed)
    profile = tmp_path / "profile"
    finished("init", "--profile", profile, "--name", "Sanne")
    finished("demo-data", "--profile", profile, "--participants", PARTICIPANTS, "--seed", "1")
    pairs = []
    for worker in range(WORKERS):
        copy = tmp_path / f"profile-{worker}"
        shutil.copytree(profile, copy)
        folder = (tmp_path / f"out-{worker}").resolve()
        folder.mkdir()
        pairs.append((copy, folder))
    timing = calibrate(*pairs[0])

    with ThreadPoolExecutor(WORKERS) as pool:
        runs = [
            pool.submit(kill_many, copy, folder, timing, worker)
            for worker, (copy, folder) in enumerate(pairs)
        ]
        kills = [kill for run in runs for kill in run.result()]

    left = [kill.outcome for kill in kills if kill.outcome not in FINE]
    assert not left, f"{len(left)} of {len(kills)} kills left a bad folder: {left[:5]}"
    assert len(kills) == WORKERS * KILLS_PER_WORKER
    assert sum(kill.while_open for kill in kills) >= len(kills) // 5, (
        "too few kills landed while the export was being written",
        Counter(kill.outcome for kill in kills),
    )
