"""Shared helpers: timing, a cached large profile, result reporting."""

from __future__ import annotations

import functools
import hashlib
import json
import shutil
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from jiu_desktop.vault import kdf
from tests.fast_cli import CHEAP_COST

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = HERE / ".cache"
RESULTS = HERE / "results"
PASSPHRASE = "bench geheim 123"


@functools.cache
def compiled_program() -> None:
    """Compile the program's modules to bytecode beside them (``__pycache__``), as
    ``pip install`` and the installers do, before a whole command is timed: where
    PYTHONDONTWRITEBYTECODE is set, each command would otherwise compile every module it
    imports again (about 0.3 s of a ``jiu-desktop sync``), which no coach's laptop does."""
    import compileall

    compileall.compile_dir(ROOT / "jiu_desktop", quiet=1)
    for entry in ("__init__.py", "fast_cli.py"):  # ``python -m tests.fast_cli``
        compileall.compile_file(ROOT / "tests" / entry, quiet=1)


def timed_run(
    command: list[str], what: str, env: dict[str, str] | None = None, timeout: float = 600
) -> tuple[float, str]:
    """Run a whole command (no input); its wall time and output. RuntimeError, saying
    ``what`` failed and what the command said, when it fails."""
    import subprocess

    start = time.perf_counter()
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=timeout
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        said = f"{done.stdout.strip()[-400:]} {done.stderr.strip()[-400:]}".strip()
        raise RuntimeError(f"{what} failed: {said}")
    return elapsed, done.stdout


def median_time(func: Callable[[], Any], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cached_profile(name: str, participants: int, seed: int = 1, real_kdf: bool = False) -> Path:
    """A profile filled with demo data, built once and copied for each use. With
    ``real_kdf`` its passphrase is wrapped with calibrated Argon2id, as for a coach."""
    from jiu_desktop.demo import fill_demo_data
    from jiu_desktop.services import profile

    source = (
        CACHE / f"{name}-{participants}-{seed}{'-realkdf' if real_kdf else ''}-{_demo_version()}"
    )
    if not (source / "vault.json").exists():
        # Built aside and renamed when complete: an interrupted build is never reused.
        building = source.with_name(source.name + ".building")
        shutil.rmtree(building, ignore_errors=True)
        with kdf_cost(kdf.SHIPPED_COST if real_kdf else CHEAP_COST):
            store, _ = profile.create_profile(building, "Bench", PASSPHRASE)
        try:
            fill_demo_data(store, participants, seed)
        finally:
            store.close()
        shutil.rmtree(source, ignore_errors=True)
        building.rename(source)
    return source


@contextmanager
def kdf_cost(cost: kdf.KdfCost) -> Iterator[None]:
    """Profiles and teams created inside get ``cost``'s key derivation (this process only)."""
    previous = kdf.COST
    kdf.COST = cost
    try:
        yield
    finally:
        kdf.COST = previous


def cheap_kdf() -> AbstractContextManager[None]:
    """The cheapest key derivation the bounds allow, as in the test suite."""
    return kdf_cost(CHEAP_COST)


def _demo_version() -> str:
    """Part of the cache key, so a changed demo generator builds a new profile."""
    from jiu_desktop import demo

    digest = hashlib.sha256()
    for module in sorted(Path(str(demo.__file__)).parent.glob("*.py")):
        digest.update(module.read_bytes())
    return digest.hexdigest()[:10]


def fresh_copy(source: Path, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(".lock", "backups"))
    return target


def report(results: dict[str, dict[str, Any]]) -> None:
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=2) + "\n")
    width = max(len(k) for k in results)
    for name, values in results.items():
        shown = ", ".join(
            f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}" for k, v in values.items()
        )
        print(f"{name:<{width}}  {shown}")
