"""All background work goes through ``run_task``: a QRunnable on the global thread pool,
with the result or the exception posted back to the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

_alive: set[_Relay] = set()


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, func: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.func = func
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.func()
        except BaseException as error:  # delivered to on_error on the GUI thread
            self.relay.failed.emit(error)
        else:
            self.relay.done.emit(result)


def run_task(
    func: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    relay = _Relay()
    _alive.add(relay)

    def finished(result: Any) -> None:
        _alive.discard(relay)
        on_done(result)

    def failed(error: BaseException) -> None:
        _alive.discard(relay)
        if on_error is None:
            log.error("background task failed: %s", type(error).__name__)
            raise error
        on_error(error)

    relay.done.connect(finished)
    relay.failed.connect(failed)
    QThreadPool.globalInstance().start(_Task(func, relay))


def wait_for_tasks(timeout_ms: int = 30_000) -> bool:
    """Block until background tasks are finished (used before locking and closing)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
