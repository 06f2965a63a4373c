"""Sync: a first sync of 10,000 changes, a round with nothing new, bytes per field change."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from bench.common import PASSPHRASE, cheap_kdf


def _stores(workdir: Path, name: str):  # type: ignore[no-untyped-def]
    from jiu_desktop.services import profile

    with cheap_kdf():
        a, _ = profile.create_profile(workdir / f"{name}-a", "A", PASSPHRASE)
        b, _ = profile.create_profile(workdir / f"{name}-b", "B", PASSPHRASE)
    return a, b


def _team():  # type: ignore[no-untyped-def]
    from jiu_desktop.sync.team import create_team

    with cheap_kdf():
        return create_team("bench team geheim")


def _fill(store, changes: int) -> int:  # type: ignore[no-untyped-def]
    from datetime import date

    from sqlalchemy import func, select

    from jiu_desktop.models import ChangeLogEntry, Participant, SessionNote

    with store.session() as session:
        count = 0
        while count < changes:
            person = Participant(first_name="Naam", last_name="Achternaam", remarks="tekst " * 5)
            session.add(person)
            session.flush()
            session.add(
                SessionNote(
                    participant_id=person.id, note_date=date.today(), text="Een gesprek. " * 8
                )
            )
            count += 26
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(ChangeLogEntry)) or 0)


def first_sync(workdir: Path, transport_kind: str, changes: int = 10_000) -> dict[str, float]:
    from jiu_desktop.sync.engine import sync_round
    from jiu_desktop.sync.transports.folder import FolderTransport

    a, b = _stores(workdir, f"first-{transport_kind}")
    total = _fill(a, changes)
    team, document = _team()
    server = None
    if transport_kind == "folder":
        shared = workdir / f"shared-{transport_kind}"
        shared.mkdir()

        def make():  # type: ignore[no-untyped-def]
            return FolderTransport(shared)
    else:
        from jiu_desktop.sync.transports.webdav import WebDavTransport
        from tests.sync.webdav_server import PASSWORD, USER, WebDavServer

        server = WebDavServer(workdir / "dav")

        def make():  # type: ignore[no-untyped-def]
            return WebDavTransport(server.url, USER, PASSWORD)

    make().create_team(document)
    start = time.perf_counter()
    sync_round(a, make(), team)
    push = time.perf_counter() - start
    start = time.perf_counter()
    report = sync_round(b, make(), team)
    pull = time.perf_counter() - start
    idle_times, requests = [], 0
    for _ in range(5):
        transport = make()
        start = time.perf_counter()
        sync_round(b, transport, team)
        idle_times.append(time.perf_counter() - start)
        requests = transport.requests
    result = {
        "changes": float(total),
        "pulled": float(report.pulled),
        "push_s": push,
        "pull_s": pull,
        "total_s": push + pull,
        "nothing_new_median_s": statistics.median(idle_times),
        "nothing_new_requests": float(requests),
    }
    a.close()
    b.close()
    if server is not None:
        server.stop()
    return result


def bytes_per_field_change(workdir: Path, samples: int = 20) -> dict[str, float]:
    from jiu_desktop.services import participants
    from jiu_desktop.sync.engine import sync_round
    from jiu_desktop.sync.transports.folder import FolderTransport

    a, b = _stores(workdir, "bytes")
    shared = workdir / "shared-bytes"
    shared.mkdir()
    team, document = _team()
    FolderTransport(shared).create_team(document)
    person = participants.create_participant(a, first_name="Noor")
    sync_round(a, FolderTransport(shared), team)
    sizes = []
    for i in range(samples):
        before = sum(p.stat().st_size for p in shared.rglob("*.bin"))
        participants.update_participant(
            a, person.id, remarks=f"Belde terug over de stage, afspraak {i}"
        )
        sync_round(a, FolderTransport(shared), team)
        sizes.append(sum(p.stat().st_size for p in shared.rglob("*.bin")) - before)
    a.close()
    b.close()
    return {"median_bytes": statistics.median(sizes)}
