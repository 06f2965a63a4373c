"""The cycle collector during a command's start (``cli/collector.py``)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from jiu_desktop.cli import collector


@pytest.fixture
def collector_as_found() -> Iterator[None]:
    was_enabled = gc.isenabled()
    yield
    collector._Start.paused = False
    gc.unfreeze()
    if was_enabled:
        gc.enable()
    else:
        gc.disable()


def test_paused_for_the_start_then_frozen_and_running(collector_as_found: None) -> None:
    gc.enable()
    gc.unfreeze()
    collector.pause_for_start()
    assert not gc.isenabled()
    collector.started()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0
    collector.started()  # once only: nothing more is frozen later
    frozen = gc.get_freeze_count()
    collector.started()
    assert gc.get_freeze_count() == frozen


def test_started_without_a_pause_changes_nothing(collector_as_found: None) -> None:
    """``cli.main`` in a test's own process: nothing there is frozen or switched on."""
    gc.disable()
    gc.unfreeze()
    collector.started()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0
    gc.enable()
    collector.started()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_collector_someone_else_paused_stays_theirs(collector_as_found: None) -> None:
    gc.disable()
    collector.pause_for_start()  # not ours to switch on later
    collector.started()
    assert not gc.isenabled()
