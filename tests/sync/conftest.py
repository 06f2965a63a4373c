"""Replicas: several profiles that sync through one remote, for every transport."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from jiu_desktop.models import SYNCED_ENTITIES
from jiu_desktop.services import profile
from jiu_desktop.services.store import Store
from jiu_desktop.sync.engine import SyncReport, sync_round
from jiu_desktop.sync.team import TeamKey, create_team, join_team
from jiu_desktop.sync.transports import Transport
from jiu_desktop.sync.transports.folder import FolderTransport

TEAM_PASSPHRASE = "ons team geheim 7"


@dataclass
class Replica:
    name: str
    store: Store
    transport: Transport
    team: TeamKey

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


@pytest.fixture(params=["folder"])
def make_transport(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], Transport]:
    shared = tmp_path / "shared"
    shared.mkdir()
    return lambda: FolderTransport(shared)


@pytest.fixture
def replicas(
    tmp_path: Path, make_transport: Callable[[], Transport]
) -> Iterator[Callable[[int], list[Replica]]]:
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
            opened.append(Replica(f"laptop{i}", store, transport, team))
        return opened

    yield make
    for replica in opened:
        replica.store.close()
