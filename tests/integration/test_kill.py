"""Kill the real app with SIGKILL while a note is being typed: what was autosaved is there
and the database is sound."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jiu_desktop.services import notes, participants, profile
from jiu_desktop.vault.engine import integrity_check
from tests import fast_cli
from tests.conftest import PASSPHRASE
from tests.integration.kill_driver import TEXT

DRIVER = Path(__file__).with_name("kill_driver.py")


@pytest.mark.parametrize("typed_before_kill", [60, 140])
def test_sigkill_while_typing_loses_at_most_the_last_second(
    tmp_path: Path, typed_before_kill: int
) -> None:
    root = tmp_path / "profile"
    store, _ = profile.create_profile(root, "Sanne", PASSPHRASE)
    person = participants.create_participant(store, first_name="Noor")
    store.close()

    process = subprocess.Popen(
        [sys.executable, str(DRIVER), str(root), person.id, PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=fast_cli.subprocess_env(os.environ),
    )
    assert process.stdout is not None
    typed_at: dict[int, float] = {}
    saved = 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        kind, count = line.split()
        if kind == "typed":
            typed_at[int(count)] = time.monotonic()
            if int(count) >= typed_before_kill:
                break
        elif kind == "saved":
            saved = max(saved, int(count))
    killed_at = time.monotonic()
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert typed_at, "the app never started typing"

    # Everything typed at least one second before the kill must have been saved.
    safe = max((n for n, at in typed_at.items() if at <= killed_at - 1.0), default=0)
    assert safe > 0
    reopened = profile.open_profile(root, PASSPHRASE)
    try:
        assert integrity_check(reopened.engine) == []
        kept = notes.list_notes(reopened, person.id)
        assert len(kept) == 1
        assert TEXT.startswith(kept[0].text)
        assert len(kept[0].text) >= safe, (len(kept[0].text), safe, saved)
    finally:
        reopened.close()
