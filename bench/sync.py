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


# -- a team's data, as a coach's commands see it --------------------------------------------
TEAM_PARTICIPANTS = 1_000
TEAM_NOTES = 10_000
TEAM_PASSPHRASE = "bench team geheim 19"
_NOTE = (
    "We spraken over de week: de afspraak bij het werkplein ging door, de brief over de"
    " toeslag is nog niet beantwoord. Hij wil graag een stage in de techniek en vraagt of"
    " zijn zus mee mag naar het volgende gesprek. Samen een lijstje gemaakt van wat hij"
    " zelf regelt en waar hij hulp bij wil. Volgende keer kijken we naar zijn cv en naar"
    " de vacature bij het fietsenhok. Hij was op tijd, rustig en had zijn agenda bij zich."
    " Afgesproken dat hij vrijdag zelf belt. Notitie {n} bij deelnemer {p}, gesprek {i}."
)


def _cli(*args: str | Path) -> tuple[float, str]:
    """Run ``jiu-desktop ARGS`` (cheap key derivation); its wall time and output."""
    import os

    from bench.common import compiled_program, timed_run
    from tests import fast_cli

    compiled_program()
    env = {**os.environ, "JIU_PASSPHRASE": PASSPHRASE, "JIU_TEAM_PASSPHRASE": TEAM_PASSPHRASE}
    command = [*fast_cli.COMMAND, *map(str, args)]
    return timed_run(command, str(args[0]), fast_cli.subprocess_env(env))


def _team_profile() -> Path:
    """Laptop A with the issue's data, entered through the services (so its change log is
    as in real use), built once. It is always used at ``CACHE/team-run/a``, the place it
    was built, so a copy is not taken for a restored or moved profile."""
    import shutil
    from datetime import date, timedelta

    from bench.common import CACHE
    from jiu_desktop.services import notes, participants, profile
    from jiu_desktop.vault.migrate import HEAD_REVISION

    # Built at the newest schema: a push from an older one would time its migration too.
    template = CACHE / f"team-{TEAM_PARTICIPANTS}-{TEAM_NOTES}-{HEAD_REVISION}"
    if not (template / "vault.json").exists():
        place = CACHE / "team-run" / "a"
        shutil.rmtree(place, ignore_errors=True)
        with cheap_kdf():
            store, _ = profile.create_profile(place, "A", PASSPHRASE)
        try:
            per_person = TEAM_NOTES // TEAM_PARTICIPANTS
            for p in range(TEAM_PARTICIPANTS):
                person = participants.create_participant(
                    store, first_name=f"Naam{p}", last_name="Achternaam"
                ).row
                for i in range(per_person):
                    notes.add_note(
                        store,
                        person.id,
                        note_date=date(2026, 1, 5) + timedelta(days=i * 7),
                        text=_NOTE.format(n=p * per_person + i, p=p, i=i),
                    )
        finally:
            store.close()
        shutil.rmtree(template, ignore_errors=True)
        shutil.copytree(place, template, ignore=shutil.ignore_patterns(".lock", "backups"))
    return template


def _remote_bytes(shared: Path) -> int:
    return sum(p.stat().st_size for p in shared.rglob("*") if p.is_file())


def team_sync(workdir: Path, runs: int = 3) -> dict[str, float]:
    """Issue 19's data (1,000 participants, 10,000 notes of ~600 bytes) through the real
    ``jiu-desktop sync``: laptop A's first push to a folder, a joining laptop B's first
    sync, and a round with nothing new; medians of ``runs`` runs (nothing new: 5). The first
    of those rounds after the join is a full one (a round that received stores no quiet
    fingerprint, sync/quiet.py): it is reported on its own as well. The join is also given
    as a multiple of the push (``bench/compaction.py`` says why)."""
    import re
    import shutil

    from bench.common import CACHE

    template = _team_profile()
    a = CACHE / "team-run" / "a"
    pushes, joins, idle, remote, changes = [], [], [], 0, 0
    for run in range(runs):
        shared = workdir / f"team-shared-{run}"
        shared.mkdir()
        shutil.rmtree(a, ignore_errors=True)
        shutil.copytree(template, a)
        b = workdir / f"team-b-{run}"
        _cli("init", "--profile", b, "--name", "B")
        _cli("sync-setup", "--profile", a, "--folder", shared, "--create-team")
        _cli("sync-setup", "--profile", b, "--folder", shared, "--join")
        elapsed, said = _cli("sync", "--profile", a)
        pushes.append(elapsed)
        remote = _remote_bytes(shared)
        pushed = re.search(r"\d+", said)
        changes = int(pushed.group()) if pushed else 0
        joins.append(_cli("sync", "--profile", b)[0])
        if run == runs - 1:
            idle = [_cli("sync", "--profile", b)[0] for _ in range(5)]
        shutil.rmtree(b)
    return {
        "changes": float(changes),
        "first_push_s": statistics.median(pushes),
        "joining_first_sync_s": statistics.median(joins),
        "joining_per_push": statistics.median(joins) / statistics.median(pushes),
        "nothing_new_s": statistics.median(idle),
        "nothing_new_first_after_join_s": idle[0],
        "remote_bytes": float(remote),
    }
