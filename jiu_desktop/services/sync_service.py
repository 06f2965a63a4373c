"""Sync as the coach sees it: set up a target, run a round, status, history, conflicts.

The target and its credentials, and the team key, are kept in ``local_state`` inside the
encrypted database: never in a plaintext configuration file.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from threading import Event
from urllib.parse import urlsplit

from sqlalchemy import delete, insert, select

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InsecureAddress, JiuError, SyncError, SyncStopped
from jiu_desktop.i18n import translate
from jiu_desktop.models import LocalState, SyncRun
from jiu_desktop.models.base import utc_now
from jiu_desktop.services import sync_rounds
from jiu_desktop.services.changes import Changes
from jiu_desktop.services.erasure import erased
from jiu_desktop.services.team_passphrase import check_team_passphrase
from jiu_desktop.sync import compaction, quiet, ranges
from jiu_desktop.sync.engine import (
    PUBLISHED_KEY,
    Progress,
    SyncReport,
    adopt_team,
    sync_round,
)
from jiu_desktop.sync.team import Removal, TeamKey, create_team, join_team
from jiu_desktop.sync.transports.make import FOLDER as FOLDER
from jiu_desktop.sync.transports.make import WEBDAV as WEBDAV
from jiu_desktop.sync.transports.make import make_transport as make_transport

log = logging.getLogger(__name__)

CONFIG_KEY = quiet.CONFIG_KEY


@dataclass(frozen=True)
class SyncConfig:
    kind: str
    target: str
    user: str
    password: str
    team_id: str
    key_id: str
    team_key_hex: str
    #: The team's keys before the current one (a laptop was removed since), by key id.
    older_keys: dict[str, str] = field(default_factory=dict)
    #: The laptops removed from the team (sync/team.py Removal, as dicts).
    removed: list[dict[str, object]] = field(default_factory=list)

    @property
    def team(self) -> TeamKey:
        return TeamKey(
            self.team_id,
            self.key_id,
            bytes.fromhex(self.team_key_hex),
            older={key_id: bytes.fromhex(key) for key_id, key in self.older_keys.items()},
            removed=tuple(Removal(**r) for r in self.removed),  # type: ignore[arg-type]
        )

    def with_team(self, team: TeamKey) -> SyncConfig:
        """This target with ``team``'s keys. Of the same team, what this laptop knew stays
        known: a team.json served from an old copy cannot make it forget a key or a
        removal."""
        older = {k: v.hex() for k, v in team.older.items()}
        removed = (
            {str(r["device"]): r for r in self.removed} if self.team_id == team.team_id else {}
        )
        if self.team_id == team.team_id:
            older = {**self.older_keys, **older}
            if self.key_id != team.key_id:
                older[self.key_id] = self.team_key_hex
        older.pop(team.key_id, None)
        removed.update({r.device: asdict(r) for r in team.removed})
        return replace(
            self,
            team_id=team.team_id,
            key_id=team.key_id,
            team_key_hex=team.key.hex(),
            older_keys=older,
            removed=list(removed.values()),
        )

    @property
    def description(self) -> str:
        return self.target


@dataclass(frozen=True)
class SyncStatus:
    configured: bool
    target: str
    last_success: str | None
    waiting: int
    #: What the last round could not do, in words (empty when it did everything).
    last_error: str
    #: Why this profile took a new device id, until a sync round has said so.
    identity: str | None = None
    #: The last round ran but could not exchange everything (``last_error`` says what).
    incomplete: bool = False


@dataclass(frozen=True)
class SyncOutcome:
    report: SyncReport
    changes: Changes

    def summary(self) -> str:
        r = self.report
        return translate(
            "sync", "{pushed} changes sent, {pulled} received, {conflicts} conflicts"
        ).format(pushed=r.pushed, pulled=r.pulled, conflicts=r.conflicts)


def check_address(kind: str, target: str, allow_plain_http: bool) -> None:
    """Refuse a plain ``http://`` server address unless the coach accepted it: the app
    password would travel readable. A server on this laptop itself (loopback) is fine."""
    if kind != WEBDAV or allow_plain_http:
        return
    parts = urlsplit(target.strip())
    if parts.scheme.lower() != "http" or _is_loopback(parts.hostname or ""):
        return
    raise InsecureAddress(target)


def _is_loopback(host: str) -> bool:
    if host.rstrip(".").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def setup_sync(
    store: Store,
    *,
    kind: str,
    target: str,
    team_passphrase: str,
    create: bool,
    user: str = "",
    password: str = "",
    allow_plain_http: bool = False,
) -> SyncConfig:
    """Create a team at the target, or join the one there; then remember the target.

    Nothing is saved when the target is unreachable or the team passphrase is wrong, nor
    for a plain http:// server address unless ``allow_plain_http``.
    """
    check_address(kind, target, allow_plain_http)
    if kind == FOLDER and not Path(target).is_dir():
        raise SyncError(translate("sync", "The folder {path} does not exist.").format(path=target))
    transport = make_transport(kind, target, user, password)
    existing = transport.read_team()
    if create:
        if existing is not None:
            raise SyncError(
                translate("sync", "A team already syncs there. Choose “join” and its passphrase.")
            )
        check_team_passphrase(team_passphrase, re.split(r"[^\w]+", target))
        team, document = create_team(team_passphrase)
        if not transport.create_team(document):
            raise SyncError(translate("sync", "Another device created a team there just now."))
    else:
        if existing is None:
            raise SyncError(
                translate("sync", "No team syncs there yet. Choose “create” to start one.")
            )
        team = join_team(existing, team_passphrase)
    previous = load_config(store)
    config = SyncConfig(kind, target, user, password, team.team_id, team.key_id, team.key.hex())
    if previous and previous.team_id == team.team_id and team.key_id in previous.older_keys:
        raise SyncError(
            translate(
                "sync",
                "The team file at {target} is older than what this laptop knows: the team"
                " passphrase has been changed since. Nothing was changed.",
            ).format(target=target)
        )
    if previous is not None:
        config = replace(previous, kind=kind, target=target, user=user, password=password)
    config = config.with_team(team)
    save_config(store, config)
    adopt_team(store, team.team_id, previous.team_id if previous else None)
    log.info("sync set up (%s)", kind)
    return config


def save_config(store: Store, config: SyncConfig) -> None:
    with store.session() as session:
        session.merge(LocalState(key=CONFIG_KEY, value=json.dumps(asdict(config))))


def rejoin_team(store: Store, team_passphrase: str) -> SyncConfig:
    """After the coordinator changed the team passphrase (a laptop was removed): take the
    team's new key with the new passphrase, at the same target. Everything this laptop
    has and has published stays; WrongTeamPassphrase changes nothing."""
    config = load_config(store)
    if config is None:
        raise SyncError(translate("sync", "Sync is not set up for this profile."))
    return setup_sync(
        store,
        kind=config.kind,
        target=config.target,
        team_passphrase=team_passphrase,
        create=False,
        user=config.user,
        password=config.password,
        allow_plain_http=True,  # the coach accepted this address when setting it up
    )


def load_config(store: Store) -> SyncConfig | None:
    with store.session() as session:
        raw = session.get(LocalState, CONFIG_KEY)
        return SyncConfig(**json.loads(raw.value)) if raw is not None else None


def erasure_leaves_server_within_days(store: Store) -> int | None:
    """The most days an erased participant's data stays on the sync target (compaction's
    horizon, its interval and one round); None when sync is not set up."""
    if load_config(store) is None:
        return None
    from jiu_desktop.sync.compaction import INTERVAL_MS
    from jiu_desktop.sync.vouching import DAY_MS, HORIZON_MS

    return -(-(HORIZON_MS + INTERVAL_MS) // DAY_MS)


def forget_sync(store: Store) -> None:
    with store.session() as session:
        session.execute(delete(LocalState).where(LocalState.key == CONFIG_KEY))


def run_sync(
    store: Store,
    progress: Progress | None = None,
    *,
    send_only: bool = False,
    stop: Event | None = None,
    compact: bool = False,
) -> SyncOutcome:
    """One round against the configured target, recorded in the sync history.

    ``send_only`` sends what waits and receives nothing (before the app closes). Once
    ``stop`` is set the round ends at the next sync file with :class:`SyncStopped`; what
    was sent so far stays sent, the rest goes out next round. ``compact`` writes a
    snapshot and retires what it covers now, instead of on the schedule.
    """
    if stop is not None:
        progress = _stoppable(progress, stop)
    config = load_config(store)
    if config is None:
        raise SyncError(translate("sync", "Sync is not set up for this profile."))
    adopt_team(store, config.team_id, config.team_id)  # also after a set-up cut off midway
    with store.engine.begin() as conn:
        # Until this round ends as a quiet one: a round cut off leaves no fingerprint.
        conn.execute(delete(LocalState).where(LocalState.key == quiet.FINGERPRINT_KEY))
        inserted = conn.execute(
            insert(SyncRun).values(target=config.description, started_at=utc_now())
        ).inserted_primary_key
        assert inserted is not None
        run_id = inserted[0]
    report = SyncReport()
    error = ""
    completed = False
    watched: quiet.Watched | None = None
    try:
        watched = quiet.Watched(
            make_transport(config.kind, config.target, config.user, config.password)
        )
        report = sync_round(
            store, watched, config.team, progress, receive=not send_only, compact=compact
        )
        completed = True
    except JiuError as exc:
        error = str(exc)
        raise
    finally:
        problems = report.problems()
        if not error:
            error = " ".join(problems)
        with store.session() as session:
            run = session.get(SyncRun, run_id)
            if run is not None:
                run.finished_at = utc_now()
                run.pushed, run.pulled = report.pushed, report.pulled
                run.conflicts, run.rejected = report.conflicts, len(report.rejected)
                run.problems = len(problems)
                run.error = error
        sync_rounds.record(store, run_id, report, looked=completed and not send_only)
    if completed and watched is not None and not send_only and not compact:
        _remember_if_quiet(store, watched, report)
    if report.erased:  # erasures from other laptops leave this one's backup copies too
        from jiu_desktop.services.backup_scrub import scrub

        scrub(store)
    changes = Changes.from_tables(report.touched)
    if report.erased:  # the round does not say whom: every screen with participants looks
        changes |= erased()
    return SyncOutcome(report, changes)


def _remember_if_quiet(store: Store, watched: quiet.Watched, report: SyncReport) -> None:
    """After a round that sent and received nothing, found nothing wrong and had nothing
    to say, store the fingerprint of both sides (sync/quiet.py): the next ``jiu-desktop
    sync`` that finds the same answers at once. Any other round leaves none."""
    if report.pushed or report.pulled or report.conflicts or report.erased or report.healed:
        return
    if report.problems() or report.notices() or report.identity is not None:
        return
    if store.identity_notice() is not None:
        return
    if not watched.clean:  # it wrote, or a listing changed while it ran
        return
    try:
        seen = quiet.listing(watched.replay())
    except quiet.Unseen:
        return
    with store.engine.begin() as conn:
        due = compaction.due_at(conn)
        if due is None:
            return
        local = quiet.local_rows(lambda sql: conn.exec_driver_sql(sql).fetchall())
        stored = quiet.Stored(quiet.fingerprint(seen, local, quiet.today()), quiet.now_ms(), due)
        conn.execute(
            insert(LocalState)
            .prefix_with("OR REPLACE")
            .values(key=quiet.FINGERPRINT_KEY, value=stored.to_json())
        )


def _stoppable(progress: Progress | None, stop: Event) -> Progress:
    def report(phase: str, done: int, total: int) -> None:
        if stop.is_set():
            raise SyncStopped()
        if progress is not None:
            progress(phase, done, total)

    return report


def waiting_changes(store: Store) -> int:
    """Changes not yet published by this laptop: what the status bar counts as waiting."""
    with store.engine.connect() as conn:
        published = conn.execute(
            select(LocalState.value).where(LocalState.key == PUBLISHED_KEY)
        ).scalar()
        upto = ranges.end_of(conn, int(published) if published else 0)
        found = conn.exec_driver_sql(
            f"SELECT count(*) FROM change_log WHERE {ranges.SENDING} AND seq > ?", (upto,)
        ).scalar_one()
        return int(found)


def history(store: Store, limit: int = 100) -> list[SyncRun]:
    with store.session() as session:
        stmt = select(SyncRun).order_by(SyncRun.id.desc()).limit(limit)
        return list(session.scalars(stmt))


def status(store: Store) -> SyncStatus:
    config = load_config(store)
    runs = history(store, limit=20)
    success = next((r for r in runs if r.finished_at and not r.error), None)
    last_error = runs[0].error if runs else ""
    return SyncStatus(
        configured=config is not None,
        target=config.description if config else "",
        last_success=success.finished_at.isoformat(timespec="seconds")
        if success and success.finished_at
        else None,
        waiting=waiting_changes(store),
        last_error=last_error,
        identity=store.identity_notice(),
        incomplete=bool(runs and runs[0].problems),
    )
