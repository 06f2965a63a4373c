"""Kill the real app with SIGKILL while a participant types an answer in participant mode:
what was typed more than a second before is stored, and the database is sound."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from jiu_desktop.services import form_responses, participants, profile
from jiu_desktop.vault.engine import integrity_check
from tests import fast_cli
from tests.conftest import PASSPHRASE
from tests.integration.form_kill_driver import QUESTION, TEXT

DRIVER = Path(__file__).with_name("form_kill_driver.py")


def test_sigkill_while_a_participant_types_loses_at_most_the_last_second(
    tmp_path: Path,
) -> None:
    root = tmp_path / "profile"
    store, _ = profile.create_profile(root, "Sanne", PASSPHRASE)
    noor = participants.create_participant(store, first_name="Noor").id
    response_id = form_responses.start_response(store, noor, "evaluatie-bijeenkomst@1").id
    store.close()

    process = subprocess.Popen(
        [sys.executable, str(DRIVER), str(root), response_id, PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=fast_cli.subprocess_env(os.environ),
    )
    assert process.stdout is not None
    typed_at: dict[int, float] = {}
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        count = int(line.split()[1])
        typed_at[count] = time.monotonic()
        if count >= 120:
            break
    killed_at = time.monotonic()
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert typed_at, "the app never started typing"

    safe = max((n for n, at in typed_at.items() if at <= killed_at - 1.0), default=0)
    assert safe > 0
    reopened = profile.open_profile(root, PASSPHRASE)
    try:
        assert integrity_check(reopened.engine) == []
        kept = str(form_responses.filled_form(reopened, response_id).answers.get(QUESTION, ""))
        assert TEXT.startswith(kept)
        assert len(kept) >= safe, (len(kept), safe)
    finally:
        reopened.close()
