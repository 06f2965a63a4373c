"""Kill ``jiu-desktop sync`` at several moments: the next round completes, and the other
laptop receives every change exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

from sqlalchemy import func, select

from jiu_desktop.models import ChangeLogEntry
from jiu_desktop.services import participants, profile, sync_service
from jiu_desktop.services.demo import fill_demo_data
from tests import fast_cli
from tests.conftest import PASSPHRASE

TEAM = "ons team geheim 7"


def sync_process(root: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*fast_cli.COMMAND, "sync", "--profile", str(root)],
        env=fast_cli.subprocess_env({**os.environ, "JIU_PASSPHRASE": PASSPHRASE}),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_killed_sync_rounds_lose_and_duplicate_nothing(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    a, _ = profile.create_profile(tmp_path / "a", "A", PASSPHRASE)
    sync_service.setup_sync(a, kind="folder", target=str(shared), team_passphrase=TEAM, create=True)
    fill_demo_data(a, 300, seed=3)
    with a.session() as s:
        total = s.scalar(select(func.count()).select_from(ChangeLogEntry))
    a.close()

    for delay in (0.6, 0.9, 1.2, 1.5):
        process = sync_process(tmp_path / "a")
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    final = sync_process(tmp_path / "a")
    _out, err = final.communicate(timeout=120)
    assert final.returncode == 0, err
    assert [p.name for p in shared.rglob(".upload-*")] == [], "half uploads are cleaned up"

    b, _ = profile.create_profile(tmp_path / "b", "B", PASSPHRASE)
    sync_service.setup_sync(
        b, kind="folder", target=str(shared), team_passphrase=TEAM, create=False
    )
    outcome = sync_service.run_sync(b)
    assert outcome.report.pulled == total
    with b.session() as s:
        dupes = s.execute(
            select(ChangeLogEntry.device, ChangeLogEntry.hlc)
            .group_by(ChangeLogEntry.device, ChangeLogEntry.hlc)
            .having(func.count() > 1)
        ).all()
    assert dupes == []
    assert participants.count_participants(b) == 300
    b.close()
