"""``python -m tests.fast_cli ARGS``: the real command line with cheap key derivation.

For subprocess tests only. The shipped program has no switch that weakens its keys: this
entry point replaces the key-derivation cost in its own process, then runs the real
``jiu_desktop.__main__.main``. The test suite itself uses the same patch (``conftest.py``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from jiu_desktop.vault import kdf

ROOT = Path(__file__).resolve().parents[1]
COMMAND = [sys.executable, "-m", "tests.fast_cli"]
CHEAP_COST = kdf.KdfCost(memory_kib=kdf.MIN_MEMORY_KIB, lanes=1, min_iterations=1, max_iterations=1)


def use_cheap_kdf() -> None:
    """New profiles and teams in this process get the cheapest parameters the bounds allow."""
    kdf.COST = CHEAP_COST


def subprocess_env(env: Mapping[str, str]) -> dict[str, str]:
    """``env`` with this repository on ``PYTHONPATH``, so ``-m tests.fast_cli`` is found
    from any working directory."""
    paths = [str(ROOT), *filter(None, [env.get("PYTHONPATH")])]
    return {**env, "PYTHONPATH": os.pathsep.join(paths)}


if __name__ == "__main__":
    use_cheap_kdf()
    from jiu_desktop.__main__ import main

    sys.exit(main())
