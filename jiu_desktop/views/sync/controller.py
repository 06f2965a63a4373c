"""Runs sync rounds in the background and tells the status bar how things stand.

Rounds start when the profile is unlocked, some seconds after changes settle, every few
minutes, and on "Nu synchroniseren" (Ctrl+S). Offline is a normal state: it is shown
calmly with the number of changes waiting, and retried with a growing pause. Remote edits
are announced through the context's ``changed`` signal like any other change.
"""

from __future__ import annotations

import logging
from datetime import datetime
from threading import Event

from PySide6.QtCore import QObject, QTimer, Signal

from jiu_desktop.errors import JiuError, SyncStopped, TargetUnreachable
from jiu_desktop.services import sync_service
from jiu_desktop.services.changes import Changes
from jiu_desktop.sync.report import identity_message
from jiu_desktop.sync.team import TeamKeyRotated
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.tasks import run_task

log = logging.getLogger(__name__)

PERIOD_MS = 5 * 60 * 1000
SETTLE_MS = 20 * 1000
MAX_BACKOFF_MS = 15 * 60 * 1000

NOT_SET_UP, OFFLINE, SYNCING, SYNCED, FAILED, INCOMPLETE = (
    "not-set-up",
    "offline",
    "syncing",
    "synced",
    "failed",
    "incomplete",
)


class SyncController(QObject):
    #: (state, text for the status bar)
    state_changed = Signal(str, str)
    #: (phase, done, total) while a round runs
    progress = Signal(str, int, int)
    #: A round ended: what it could not do, in words ("" when it did everything)
    round_finished = Signal(str)
    #: The coordinator changed the team passphrase: this laptop needs the new one
    team_passphrase_needed = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.state = NOT_SET_UP
        # Every problem of the last round, one a line: the status bar tooltip.
        self.details = ""
        self.running = False
        self._backoff_ms = 60 * 1000
        self._stop_round = Event()
        self._periodic = QTimer(self)
        self._periodic.setInterval(PERIOD_MS)
        self._periodic.timeout.connect(self.sync_now)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.sync_now)
        # The count of changes waiting follows every local change, also while offline.
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(300)
        self._recount.timeout.connect(self.refresh_status)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.sync_now)
        context.changed.connect(self._on_changed)

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        """The profile is unlocked: sync now and from time to time."""
        self._periodic.start()
        reason = self.context.store.identity_notice()
        if reason is not None and sync_service.load_config(self.context.store) is not None:
            self.context.status_message.emit(identity_message(reason))
        self.refresh_status()
        self.sync_now()

    def stop(self) -> None:
        for timer in (self._periodic, self._settle, self._retry, self._recount):
            timer.stop()

    def set_intervals(self, period_ms: int, settle_ms: int) -> None:
        self._periodic.setInterval(period_ms)
        self._settle.setInterval(settle_ms)

    # -- rounds ----------------------------------------------------------------------------
    def sync_now(self) -> None:
        self._start(send_only=False)

    def send_waiting(self) -> bool:
        """Send what waits and receive nothing (before closing); False when no round
        started (one is running already, or sync is not set up)."""
        return self._start(send_only=True)

    def stop_round(self) -> None:
        """End the running round at its next sync file (it finishes with a problem)."""
        self._stop_round.set()

    def waiting(self) -> int:
        """Changes this laptop has not sent yet, when sync is set up (else 0)."""
        if not self.context.unlocked or sync_service.load_config(self.context.store) is None:
            return 0
        return sync_service.waiting_changes(self.context.store)

    def _start(self, send_only: bool) -> bool:
        if self.running or not self.context.unlocked:
            return False
        store = self.context.store
        if sync_service.load_config(store) is None:
            self._set(NOT_SET_UP, self.tr("Sync not set up"))
            return False
        self.running = True
        self._stop_round.clear()
        self._set(SYNCING, self.tr("Synchronising…"))
        stop = self._stop_round
        run_task(
            lambda: sync_service.run_sync(
                store, self._report_progress, send_only=send_only, stop=stop
            ),
            self._done,
            self._failed,
        )
        return True

    def _report_progress(self, phase: str, done: int, total: int) -> None:
        self.progress.emit(phase, done, total)  # queued to the GUI thread by Qt

    def _done(self, outcome: sync_service.SyncOutcome) -> None:
        self.running = False
        self._backoff_ms = 60 * 1000
        self.context.announce(outcome.changes, self)
        self._settle.stop()  # a change made before the round went out with it
        if outcome.report.conflicts:
            self.context.status_message.emit(
                self.tr(
                    "%n text(s) changed on two laptops at once; the participant's page "
                    "shows both versions.",
                    "",
                    outcome.report.conflicts,
                )
            )
        for notice in outcome.report.notices():
            self.context.status_message.emit(notice)
        problems = outcome.report.problems()
        if problems:
            self._set_incomplete(problems)
        else:
            self.refresh_status(just_synced=True)
        self.round_finished.emit(" ".join(problems))

    def _failed(self, error: BaseException) -> None:
        self.running = False
        if not isinstance(error, JiuError):
            log.error("sync round failed: %s", type(error).__name__)
        if isinstance(error, SyncStopped):
            self.refresh_status()
        elif isinstance(error, TargetUnreachable):
            self._retry.start(self._backoff_ms)
            self._backoff_ms = min(self._backoff_ms * 2, MAX_BACKOFF_MS)
            self.refresh_status()
        else:
            self.details = str(error) if isinstance(error, JiuError) else ""
            self._set(FAILED, self.tr("Sync failed"))
            if isinstance(error, TeamKeyRotated):
                self.team_passphrase_needed.emit()
        self.round_finished.emit(
            str(error) if isinstance(error, JiuError) else self.tr("Something went wrong.")
        )

    # -- status ----------------------------------------------------------------------------
    def refresh_status(self, just_synced: bool = False) -> None:
        if not self.context.unlocked or self.running:
            return
        status = sync_service.status(self.context.store)
        if not status.configured:
            self._set(NOT_SET_UP, self.tr("Sync not set up"))
        elif status.incomplete and not just_synced:
            self._set_incomplete([status.last_error])
        elif just_synced or (status.last_error == "" and status.last_success):
            when = datetime.now().strftime("%H:%M") if just_synced else status.last_success
            text = self.tr("Synchronised at {time}").format(time=when)
            if status.waiting:
                text = self.tr("%n change(s) waiting", "", status.waiting)
            self._set(SYNCED, text)
        else:
            self._set(OFFLINE, self.tr("Offline — %n change(s) waiting", "", status.waiting))

    def _on_changed(self, changes: Changes) -> None:
        """A local change: a round soon after the changes settle (what a round brought in
        is not waiting to go out)."""
        if changes.initiator is self:
            return
        if changes and not self.running and self.context.unlocked:
            self._settle.start()
            if self.state in (SYNCED, OFFLINE):
                self._recount.start()

    def _set_incomplete(self, problems: list[str]) -> None:
        """Not everything was exchanged: never shown as "synchronised". The status bar
        says so in a few words; ``details`` holds every problem for its tooltip."""
        self.details = "\n".join(problems)
        self._set(INCOMPLETE, self.tr("Not everything synchronised"))

    def _set(self, state: str, text: str) -> None:
        self.details = self.details if state in (INCOMPLETE, FAILED) else ""
        self.state = state
        self.state_changed.emit(state, text)
