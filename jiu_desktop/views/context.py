"""What every screen shares: the open store, and one signal saying what changed.

Pages never talk to each other. A page calls a service, then
``context.announce(changes, self)``; every open page gets ``changed`` and decides for itself
whether to refresh. The page that made the change is its ``initiator`` and skips it
(``if changes.initiator is self: return``): it shows the change already, and redrawing
would cost the coach what they are typing and their undo history. Sync applies remote
edits through the same signal (made by the sync controller, which no page is), so no page
needs sync-specific code.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from jiu_desktop.db.store import Store
from jiu_desktop.services.changes import Changes
from jiu_desktop.services.team import my_coach_id


class AppContext(QObject):
    #: A service changed data (argument: :class:`Changes`).
    changed = Signal(object)
    #: Navigation request: open this participant's page (argument: participant id).
    open_participant_requested = Signal(str)
    #: Navigation request: make a new participant and open its page.
    new_participant_requested = Signal()
    #: A participant fills in this form response on the laptop (argument: response id):
    #: the window shows only that form until the coach's passphrase is given.
    participant_mode_requested = Signal(str)
    #: A calm message for the status bar (argument: text).
    status_message = Signal(str)
    #: The lists switched between this coach's participants and the whole team's.
    scope_changed = Signal()

    def __init__(self, root: Path, store: Store | None = None) -> None:
        super().__init__()
        self.root = root
        self._store = store
        #: Show only this profile's coach's participants, when the profile knows its coach.
        self.mine_only = True

    @property
    def store(self) -> Store:
        if self._store is None:
            raise RuntimeError("the profile is locked")
        return self._store

    @property
    def unlocked(self) -> bool:
        return self._store is not None

    def set_store(self, store: Store | None) -> None:
        self._store = store

    def announce(self, changes: Changes, initiator: object | None = None) -> None:
        """Tell every screen what changed; ``initiator`` is the screen that changed it."""
        if initiator is not None:
            changes = changes.by(initiator)
        if changes:
            self.changed.emit(changes)

    def open_participant(self, participant_id: str) -> None:
        self.open_participant_requested.emit(participant_id)

    def request_new_participant(self) -> None:
        self.new_participant_requested.emit()

    def start_participant_mode(self, response_id: str) -> None:
        self.participant_mode_requested.emit(response_id)

    def set_mine_only(self, mine_only: bool) -> None:
        if mine_only != self.mine_only:
            self.mine_only = mine_only
            self.scope_changed.emit()

    def scope_coach_id(self) -> str | None:
        """The coach whose participants the lists show; None for the whole team."""
        return my_coach_id(self.store) if self.mine_only and self.unlocked else None
