"""An unlocked profile database: engine, sessions with change capture, this device's id.

Every session records which synced rows its flushes wrote (``db/written.py``), so a
service can return them: ``with store.session() as s: ...; return written(s)``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from jiu_desktop.db.written import forget_flushes, record_flush
from jiu_desktop.sync import identity
from jiu_desktop.sync.changelog import ChangeCapture, read_clock
from jiu_desktop.sync.clock import HybridLogicalClock
from jiu_desktop.vault.engine import integrity_check
from jiu_desktop.vault.paths import ProfilePaths

DEVICE_KEY = identity.DEVICE_KEY


class Store:
    """One open, keyed database. ``with store.session() as s:`` is one unit of work."""

    def __init__(self, paths: ProfilePaths, engine: Engine, data_key: bytes) -> None:
        self.paths = paths
        self.engine = engine
        self._data_key = data_key
        self._factory = sessionmaker(engine, expire_on_commit=False)
        self.device_id, last_clock = self._load_local_state()
        self.clock = HybridLogicalClock(last_clock)
        self.capture = ChangeCapture(self.clock, self.device_id)
        self.capture.install(self._factory)
        event.listen(self._factory, "after_flush", record_flush)
        event.listen(self._factory, "after_rollback", forget_flushes)

    @property
    def root(self) -> Path:
        return self.paths.root

    @property
    def data_key(self) -> bytes:
        return self._data_key

    @contextmanager
    def session(self) -> Iterator[Session]:
        """Commit when the block ends normally, roll back (change nothing) when it raises."""
        session = self._factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def integrity_problems(self) -> list[str]:
        return integrity_check(self.engine)

    def close(self) -> None:
        """Checkpoint the WAL into the database file and drop every connection (and key)."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()
        self._data_key = b""

    def _load_local_state(self) -> tuple[str, int]:
        """This copy's device id (a new one when it was restored or copied) and clock."""
        with self.engine.begin() as conn:
            device = identity.settle_on_open(conn, self.paths.root, uuid.uuid4().hex)
            clock = read_clock(conn)
        return device, clock

    def take_new_identity(self, reason: str) -> str:
        """Continue under a fresh device id (see ``sync/identity.py``); returns it."""
        new = uuid.uuid4().hex
        with self.engine.begin() as conn:
            identity.retire(conn, self.device_id, new, reason)
        self.device_id = new
        self.capture.device_id = new
        return new

    def identity_notice(self) -> str | None:
        """Why this profile took a new device id since sync last said so (or None)."""
        with self.engine.connect() as conn:
            return identity.peek_notice(conn)
