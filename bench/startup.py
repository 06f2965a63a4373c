"""Process start to the unlock screen; unlock to a usable main window (1,000 participants)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import PASSPHRASE, cached_profile, compiled_program, fresh_copy


def _spawn(root: Path, mode: str) -> tuple[float, str]:
    """The shipped program; unlocking costs what the profile's vault.json says."""
    compiled_program()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "JIU_BENCH_EXIT": mode}
    env["JIU_PASSPHRASE"] = PASSPHRASE
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "jiu_desktop", "--profile", str(root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    line = ""
    for line in process.stdout:
        if line.startswith("JIU_BENCH"):
            break
    elapsed = time.perf_counter() - start
    process.wait(timeout=60)
    return elapsed, line.strip()


def start_to_unlock_screen(workdir: Path, repeat: int = 7) -> dict[str, float]:
    root = fresh_copy(cached_profile("startup", 50), workdir / "startup")
    times = [_spawn(root, "unlock-screen")[0] for _ in range(repeat)]
    return {"median_s": statistics.median(times), "min_s": min(times)}


def unlock_to_main_window(workdir: Path, repeat: int = 5) -> dict[str, float]:
    """Real key-derivation cost, reported apart from the time to a filled main window."""
    root = fresh_copy(cached_profile("window", 1000, real_kdf=True), workdir / "window")
    kdf, window, rows = [], [], 0.0
    for _ in range(repeat):
        _elapsed, line = _spawn(root, "main-window")
        fields = dict(part.split("=") for part in line.split()[2:])
        kdf.append(float(fields["kdf"]))
        window.append(float(fields["window"]))
        rows = float(fields["rows"])
    return {
        "window_median_s": statistics.median(window),
        "kdf_median_s": statistics.median(kdf),
        "rows": rows,
    }
