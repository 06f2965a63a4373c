"""Closing soon after a change: it is sent first, to a real shared folder; Skip closes."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jiu_desktop.models import SyncRun
from jiu_desktop.services import participants, profile, sync_service
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.sync import controller
from jiu_desktop.views.sync.close_dialog import CloseSyncDialog
from jiu_desktop.views.tasks import wait_for_tasks
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock
from tests.gui.dialogs import answer, assert_fits_small_screen, watch

TEAM = "kaars fiets zevende molen"


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    return folder


@pytest.fixture
def synced(qtbot: QtBot, tmp_path: Path, shared: Path) -> Iterator[MainWindow]:
    """A window whose profile syncs with ``shared`` and has just synchronised."""
    root = tmp_path / "a"
    store, _ = profile.create_profile(root, "A", PASSPHRASE)
    sync_service.setup_sync(
        store, kind="folder", target=str(shared), team_passphrase=TEAM, create=True
    )
    store.close()
    window = MainWindow(root)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.sync.state == controller.SYNCED, timeout=10_000)
    yield window
    wait_for_tasks()


def bundles(shared: Path) -> list[Path]:
    return sorted((shared / "jiu-sync-v1" / "devices").glob("*/*.bin"))


def change(window: MainWindow, first_name: str) -> None:
    person = participants.create_participant(window.context.store, first_name=first_name)
    window.context.announce(person.changes)  # as a page does: sync would wait 20 s now
    assert window.sync.waiting() > 0


def test_closing_sends_the_waiting_change_to_the_shared_folder(
    synced: MainWindow, shared: Path, tmp_path: Path
) -> None:
    before = bundles(shared)
    change(synced, "Noor")
    seen = watch()
    synced.close()
    assert not synced.isVisible()
    assert seen, "a short progress was shown"
    assert_fits_small_screen(seen[0], destructive="")
    assert "Sending changes" in seen[0].text
    assert len(bundles(shared)) == len(before) + 1

    other, _ = profile.create_profile(tmp_path / "b", "B", PASSPHRASE)
    sync_service.setup_sync(
        other, kind="folder", target=str(shared), team_passphrase=TEAM, create=False
    )
    sync_service.run_sync(other)
    assert [p.first_name for p in participants.list_participants(other)] == ["Noor"]
    other.close()
    reopened = profile.open_profile(synced.root, PASSPHRASE)
    assert sync_service.waiting_changes(reopened) == 0
    reopened.close()


def test_closing_with_nothing_waiting_shows_nothing(synced: MainWindow) -> None:
    seen = watch(attempts=5)
    synced.close()
    assert not synced.isVisible()
    assert seen == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe")
def test_skip_closes_and_stops_the_round(synced: MainWindow, shared: Path) -> None:
    """The share answers slowly (its team file is a pipe nobody writes yet): Skip closes
    and the round stops before it sends anything, even once the share answers."""
    before = bundles(shared)
    change(synced, "Noor")
    team_file = shared / "jiu-sync-v1" / "team.json"
    content = team_file.read_bytes()
    team_file.unlink()
    os.mkfifo(team_file)
    skipped = threading.Event()

    def share_answers_late() -> None:
        skipped.wait(timeout=10)
        time.sleep(0.3)
        with open(team_file, "wb") as pipe:  # lets the stuck round go on
            pipe.write(content)

    late = threading.Thread(target=share_answers_late)
    late.start()
    seen = answer("closeSyncSkip", lambda _dialog: skipped.set())
    started = time.monotonic()
    synced.close()
    late.join(timeout=15)
    assert seen and skipped.is_set()
    assert not synced.isVisible()
    assert time.monotonic() - started < CloseSyncDialog.failure_shown_ms / 1000
    assert bundles(shared) == before, "stopped before it sent a file"
    team_file.unlink()
    team_file.write_bytes(content)

    store = profile.open_profile(synced.root, PASSPHRASE)
    assert sync_service.waiting_changes(store) > 0, "it goes out next time"
    with store.session() as session:
        last = session.query(SyncRun).order_by(SyncRun.id.desc()).first()
        assert last is not None and "stopped" in last.error
    sync_service.run_sync(store)
    assert sync_service.waiting_changes(store) == 0
    store.close()


def test_an_unplugged_share_is_said_and_the_window_closes_anyway(
    synced: MainWindow, shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(CloseSyncDialog, "failure_shown_ms", 300)
    shared.rename(tmp_path / "unplugged")
    change(synced, "Noor")
    seen = watch()
    synced.close()  # closes by itself after a moment: nobody needs to click
    assert not synced.isVisible()
    said = " ".join(s.text for s in seen)
    assert "Not sent" in said and "cannot be reached" in said
    assert all(s.size.width() <= 1366 and s.size.height() <= 768 for s in seen)
