"""Who may write what: only ``sync/`` writes the change log and the clock."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "jiu_desktop"
WRITES = re.compile(r"(insert|update|delete)\(\s*ChangeLogEntry|CLOCK_KEY|hlc_last")


def test_only_sync_writes_the_change_log_and_the_clock() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in ROOT.rglob("*.py")
        if path.parts[len(ROOT.parts)] not in ("sync", "migrations")
        and WRITES.search(path.read_text())
    ]
    assert offenders == []
