"""One window per profile: a second start asks the running one to come forward."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

MESSAGE = b"raise"


def server_name(root: Path) -> str:
    """Derived from the profile path without revealing it (the name is visible to the OS)."""
    digest = hashlib.sha256(str(Path(root).resolve()).encode("utf-8")).hexdigest()[:24]
    return f"jiu-desktop-{digest}"


def ask_running_instance(root: Path, timeout_ms: int = 1000) -> bool:
    """True when a running JIU Desktop for this profile answered and was asked to show."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(root))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(MESSAGE)
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    def __init__(self, root: Path, on_raise: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self.on_raise = on_raise
        self.server = QLocalServer(self)
        name = server_name(root)
        QLocalServer.removeServer(name)  # a stale socket of a killed process
        self.server.listen(name)
        self.server.newConnection.connect(self._connection)

    def _connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(MESSAGE):
            self.on_raise()
        socket.disconnectFromServer()
