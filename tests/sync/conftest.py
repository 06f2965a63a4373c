"""Replicas: several profiles that sync through one remote, for every transport."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from jiu_desktop.db.store import Store
from jiu_desktop.models import SYNCED_ENTITIES
from jiu_desktop.services import profile
from jiu_desktop.sync.engine import SyncReport, sync_round
from jiu_desktop.sync.team import TeamKey, create_team, join_team
from jiu_desktop.sync.transports import Transport
from jiu_desktop.sync.transports.folder import FolderTransport
from jiu_desktop.sync.transports.webdav import WebDavTransport
from tests.sync.webdav_server import PASSWORD, USER, WebDavServer

TEAM_PASSPHRASE = "kaars fiets zevende molen"


@dataclass
class Replica:
    name: str
    store: Store
    transport: Transport
    team: TeamKey
    #: The folder on this machine behind the remote (the shared folder or the server's root).
    remote_root: Path

    def sync(self) -> SyncReport:
        return sync_round(self.store, self.transport, self.team)

    def snapshot(self) -> dict[str, list[dict[str, object]]]:
        """Every synced row, field by field, minus this device's own bookkeeping."""
        tables: dict[str, list[dict[str, object]]] = {}
        with self.store.session() as session:
            for entity in SYNCED_ENTITIES:
                rows = session.scalars(select(entity).order_by(entity.id)).all()
                tables[entity.__tablename__] = [
                    {
                        c.key: getattr(row, c.key)
                        for c in entity.__mapper__.column_attrs
                        if c.key != "updated_at"
                    }
                    for row in rows
                ]
        return tables


@pytest.fixture
def webdav(tmp_path: Path) -> Iterator[WebDavServer]:
    server = WebDavServer(tmp_path / "webdav-root")
    yield server
    server.stop()


Remote = tuple[Callable[[], Transport], Path]


@pytest.fixture(params=["folder", "webdav"])
def remote(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Remote]:
    """The same scenarios run against a shared folder and a real WebDAV server."""
    if request.param == "folder":
        shared = tmp_path / "shared"
        shared.mkdir()
        yield (lambda: FolderTransport(shared)), shared
        return
    server = WebDavServer(tmp_path / "webdav-root")
    yield (lambda: WebDavTransport(server.url, USER, PASSWORD, timeout=5)), server.root
    server.stop()


@pytest.fixture
def replicas(tmp_path: Path, remote: Remote) -> Iterator[Callable[[int], list[Replica]]]:
    make_transport, remote_root = remote
    opened: list[Replica] = []

    def make(count: int) -> list[Replica]:
        team: TeamKey | None = None
        for i in range(count):
            store, _ = profile.create_profile(tmp_path / f"laptop{i}", f"Coach {i}", "geheim 12345")
            transport = make_transport()
            if team is None:
                team, document = create_team(TEAM_PASSPHRASE)
                assert transport.create_team(document)
            else:
                stored = transport.read_team()
                assert stored is not None
                team = join_team(stored, TEAM_PASSPHRASE)
            opened.append(Replica(f"laptop{i}", store, transport, team, remote_root))
        return opened

    yield make
    for replica in opened:
        replica.store.close()
