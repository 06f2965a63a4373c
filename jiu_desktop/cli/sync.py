"""The sync subcommands: ``sync-setup``, ``sync``, ``sync-status``, ``team`` and
``team-remove``."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from jiu_desktop.cli.common import (
    Register,
    ask,
    data_key,
    fail,
    locked,
    opened,
    opened_with_key,
    say,
)
from jiu_desktop.errors import InsecureAddress, InvalidInput
from jiu_desktop.i18n import translate

if TYPE_CHECKING:
    from jiu_desktop.db.store import Store
    from jiu_desktop.services.sync_service import SyncConfig


def cmd_sync_setup(args: argparse.Namespace) -> int:
    from jiu_desktop.services import sync_service

    kind = sync_service.WEBDAV if args.webdav else sync_service.FOLDER
    target = args.webdav or str(Path(args.folder).resolve())
    try:  # before any question is asked
        sync_service.check_address(kind, target, args.allow_http)
    except InsecureAddress as refused:
        raise InvalidInput(
            translate("cli", "{problem} To accept this, add --allow-http.").format(problem=refused)
        ) from None
    team_passphrase = ask(
        translate("cli", "Team passphrase: "), "JIU_TEAM_PASSPHRASE", twice=args.create_team
    )
    password = ""
    if args.webdav:
        password = ask(translate("cli", "WebDAV app password: "), "JIU_WEBDAV_PASSWORD")
    with opened(args.profile) as store:
        sync_service.setup_sync(
            store,
            kind=kind,
            target=target,
            team_passphrase=team_passphrase,
            create=args.create_team,
            user=args.user or "",
            password=password,
            allow_plain_http=args.allow_http,
        )
    say(translate("cli", "Sync set up with {target}.").format(target=target))
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    """One round (with ``--compact``, then a snapshot and retirement now). Exit 1 when
    anything was not exchanged (a refused or missing file, a full target): the lines on
    stderr say what, one each."""
    from jiu_desktop.cli import quick_sync

    with locked(args.profile):
        key = data_key(args.profile)
        # Nothing new on either side: answered without loading the database layer.
        if not args.compact and quick_sync.attempt(args.profile, key):
            _say_counts(0, 0, 0)
            return 0
        from jiu_desktop.services import sync_service
        from jiu_desktop.sync.team import TeamKeyRotated

        with opened_with_key(args.profile, key) as store:
            try:
                outcome = sync_service.run_sync(store, compact=args.compact)
            except TeamKeyRotated as rotated:
                fail(f"{rotated} {_how_to_rejoin(sync_service.load_config(store))}")
                return 1
    report = outcome.report
    _say_counts(report.pushed, report.pulled, report.conflicts)
    if args.compact:
        say(
            translate("cli", "snapshot {snapshot}, retired {count}").format(
                snapshot=report.snapshot_written or translate("cli", "not needed"),
                count=report.retired,
            )
        )
    for notice in report.notices():
        say(translate("cli", "Note: {notice}").format(notice=notice))
    problems = report.problems()
    for problem in problems:
        fail(problem)
    return 1 if problems else 0


def _say_counts(pushed: int, pulled: int, conflicts: int) -> None:
    say(
        translate("cli", "pushed {pushed}, pulled {pulled}, conflicts {conflicts}").format(
            pushed=pushed, pulled=pulled, conflicts=conflicts
        )
    )


def _how_to_rejoin(config: SyncConfig | None) -> str:
    if config is None:
        return ""
    if config.kind == "webdav":
        where = f"--webdav {config.target}" + (f" --user {config.user}" if config.user else "")
    else:
        where = f"--folder {config.target}"
    return translate(
        "cli",
        "Run “jiu-desktop sync-setup --join {where}” with the new team passphrase: everything"
        " on this laptop stays.",
    ).format(where=where)


def cmd_sync_status(args: argparse.Namespace) -> int:
    """What the last rounds did; exit 1 when the last one could not exchange everything."""
    from jiu_desktop.services import sync_service
    from jiu_desktop.sync.report import identity_message

    with opened(args.profile) as store:
        status = sync_service.status(store)
        snapshot_lines = _snapshot_lines(store) if status.configured else []
    if not status.configured:
        say(translate("cli", "Sync is not set up."))
        return 0
    say(translate("cli", "Target: {target}").format(target=status.target))
    say(
        translate("cli", "Last complete sync: {when}").format(
            when=status.last_success or translate("cli", "never")
        )
    )
    say(translate("cli", "Changes waiting: {count}").format(count=status.waiting))
    for line in snapshot_lines:
        say(line)
    if status.identity:
        say(translate("cli", "Note: {notice}").format(notice=identity_message(status.identity)))
    if status.last_error:
        say(translate("cli", "Last problem: {error}").format(error=status.last_error))
        return 1
    return 0


def _snapshot_lines(store: Store) -> list[str]:
    """The team's latest snapshot, an erasure that may still be on the target, laptops
    whose files the last round found missing, and what the last round did besides."""
    from jiu_desktop.services import sync_overview, sync_rounds, sync_service, team_devices
    from jiu_desktop.sync.report import laptop_label

    lines = []
    overview = sync_overview.sync_overview(store)
    names = team_devices.laptop_names(store)
    snapshot = overview.snapshot if overview else None
    if snapshot is None:
        lines.append(translate("cli", "Latest snapshot: none yet"))
    else:
        laptop = (
            translate("cli", "this laptop")
            if snapshot.this_laptop
            else laptop_label(snapshot.device, names)
        )
        lines.append(
            translate("cli", "Latest snapshot: {when}, by {laptop}").format(
                when=_utc(snapshot.written), laptop=laptop
            )
        )
    if overview and overview.erasure_gone_by:
        lines.append(
            translate(
                "cli", "An erased participant's data may still be on the target, until {when}"
            ).format(when=_utc(overview.erasure_gone_by))
        )
    for device, count in sorted(sync_rounds.missing_files(store).items()):
        lines.append(
            translate("cli", "Sync files missing of {laptop}: {count}").format(
                laptop=laptop_label(device, names), count=count
            )
        )
    runs = sync_service.history(store, limit=1)
    facts = sync_rounds.round_facts(store).get(runs[0].id) if runs else None
    if facts:
        lines.append(translate("cli", "Last round: {done}").format(done=facts.describe()))
    return lines


def _utc(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def cmd_team(args: argparse.Namespace) -> int:
    """The team's laptops, one line each: device id, name, last seen (UTC), and "removed"
    where so; tab separated, no header, this laptop first. ``--name`` names this laptop."""
    from jiu_desktop.services import team_devices

    with opened(args.profile) as store:
        if args.name is not None:
            team_devices.name_this_laptop(store, args.name)
        rows = team_devices.team_devices(store)
    for device in rows:
        seen = device.last_seen.strftime("%Y-%m-%dT%H:%M:%SZ") if device.last_seen else ""
        fields = [device.device_id, device.name, seen]
        if device.removed:
            fields.append("removed")
        say("\t".join(fields))
    return 0


def cmd_team_remove(args: argparse.Namespace) -> int:
    """Remove a laptop from the team and rotate the team key under a new passphrase."""
    from jiu_desktop.services import team_removal

    new_passphrase = ask(
        translate("cli", "New team passphrase: "), "JIU_NEW_TEAM_PASSPHRASE", twice=True
    )
    with opened(args.profile) as store:
        done = team_removal.remove_device(store, args.device, new_passphrase)
    say(team_removal.describe(done))
    return 0


def add_commands(command: Register) -> None:
    setup = command("sync-setup", cmd_sync_setup, translate("cli", "set up sync"))
    where = setup.add_mutually_exclusive_group(required=True)
    where.add_argument("--folder")
    where.add_argument("--webdav")
    setup.add_argument("--user", default=None)
    setup.add_argument(
        "--allow-http",
        action="store_true",
        help=translate(
            "cli", "accept a plain http:// server address (the app password travels readable)"
        ),
    )
    role = setup.add_mutually_exclusive_group(required=True)
    role.add_argument("--create-team", action="store_true")
    role.add_argument("--join", action="store_true")
    sync = command("sync", cmd_sync, translate("cli", "synchronise once"))
    sync.add_argument(
        "--compact",
        action="store_true",
        help=translate(
            "cli", "then write a snapshot and remove the sync files it covers from the target"
        ),
    )
    command("sync-status", cmd_sync_status, translate("cli", "show the sync status"))
    team = command("team", cmd_team, translate("cli", "list the team's laptops"))
    team.add_argument(
        "--name",
        default=None,
        help=translate("cli", "the name the other laptops show for this one"),
    )
    remove = command(
        "team-remove",
        cmd_team_remove,
        translate("cli", "remove a laptop from the team and change the team passphrase"),
    )
    remove.add_argument(
        "--device",
        required=True,
        help=translate("cli", "the laptop's device id (as “jiu-desktop team” lists it)"),
    )
