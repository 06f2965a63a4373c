"""The sync subcommands: ``sync-setup``, ``sync`` and ``sync-status``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from jiu_desktop.i18n import translate

Register = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def cmd_sync_setup(args: argparse.Namespace) -> int:
    from jiu_desktop.cli import _ask, opened, say
    from jiu_desktop.services import sync_service

    team_passphrase = _ask(
        translate("cli", "Team passphrase: "), "JIU_TEAM_PASSPHRASE", twice=args.create_team
    )
    password = ""
    if args.webdav:
        password = _ask(translate("cli", "WebDAV app password: "), "JIU_WEBDAV_PASSWORD")
    kind = sync_service.WEBDAV if args.webdav else sync_service.FOLDER
    target = args.webdav or str(Path(args.folder).resolve())
    with opened(args.profile) as store:
        sync_service.setup_sync(
            store,
            kind=kind,
            target=target,
            team_passphrase=team_passphrase,
            create=args.create_team,
            user=args.user or "",
            password=password,
        )
    say(translate("cli", "Sync set up with {target}.").format(target=target))
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from jiu_desktop.cli import opened, say
    from jiu_desktop.services import sync_service

    with opened(args.profile) as store:
        outcome = sync_service.run_sync(store)
    report = outcome.report
    say(
        translate("cli", "pushed {pushed}, pulled {pulled}, conflicts {conflicts}").format(
            pushed=report.pushed, pulled=report.pulled, conflicts=report.conflicts
        )
    )
    if report.rejected:
        for rejected in report.rejected:
            print(f"jiu-desktop: {rejected}", file=sys.stderr)
        return 1
    return 0


def cmd_sync_status(args: argparse.Namespace) -> int:
    from jiu_desktop.cli import opened, say
    from jiu_desktop.services import sync_service

    with opened(args.profile) as store:
        status = sync_service.status(store)
    if not status.configured:
        say(translate("cli", "Sync is not set up."))
        return 0
    say(translate("cli", "Target: {target}").format(target=status.target))
    say(
        translate("cli", "Last sync: {when}").format(
            when=status.last_success or translate("cli", "never")
        )
    )
    say(translate("cli", "Changes waiting: {count}").format(count=status.waiting))
    if status.last_error:
        say(translate("cli", "Last error: {error}").format(error=status.last_error))
    return 0


def add_sync_commands(command: Register) -> None:
    setup = command("sync-setup", cmd_sync_setup, translate("cli", "set up sync"))
    where = setup.add_mutually_exclusive_group(required=True)
    where.add_argument("--folder")
    where.add_argument("--webdav")
    setup.add_argument("--user", default=None)
    role = setup.add_mutually_exclusive_group(required=True)
    role.add_argument("--create-team", action="store_true")
    role.add_argument("--join", action="store_true")
    command("sync", cmd_sync, translate("cli", "synchronise once"))
    command("sync-status", cmd_sync_status, translate("cli", "show the sync status"))
