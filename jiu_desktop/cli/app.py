"""The command line's front door: ``jiu-desktop`` starts the app; subcommands serve
scripting and support.

Each subcommand lives in the module of its area (``profile``, ``data``, ``people``,
``record``, ``maps``, ``dreams``, ``forms``, ``groups``, ``spiral``, ``report``, ``backups``,
``sync``) and calls service functions. Passphrases come from ``JIU_PASSPHRASE`` (and
``JIU_NEW_PASSPHRASE``, ``JIU_TEAM_PASSPHRASE``, ``JIU_WEBDAV_PASSWORD``) or are asked on
the terminal. Success exits 0; a failure prints one line and exits 1 (usage errors 2),
except ``form-check``, which lists every problem of the file, one per line. Only starting
the app imports Qt widgets; ``--version`` (first argument only) imports no Qt at all.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from jiu_desktop.cli import (
    backups,
    data,
    dreams,
    forms,
    groups,
    maps,
    people,
    profile,
    record,
    report,
    spiral,
    sync,
)
from jiu_desktop.cli.collector import started
from jiu_desktop.cli.common import Command, fail
from jiu_desktop.cli.version import print_version, version_asked
from jiu_desktop.errors import JiuError
from jiu_desktop.i18n import install_language, translate
from jiu_desktop.vault.paths import default_profile_dir


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jiu-desktop",
        description=translate("cli", "JIU Desktop: participants and notes, encrypted."),
    )
    parser.add_argument(
        "--profile",
        type=Path,
        default=None,
        help=translate("cli", "profile folder (default: {path})").format(
            path=default_profile_dir()
        ),
    )
    parser.add_argument(
        "--demo", action="store_true", help=translate("cli", "open the demo profile")
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, func: Command, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text)
        # SUPPRESS: ``jiu-desktop --profile DIR export`` keeps DIR instead of the default.
        sub.add_argument("--profile", type=Path, default=argparse.SUPPRESS)
        sub.set_defaults(func=func)
        return sub

    areas = (profile, data, people, record, maps, dreams, forms, groups, spiral, report)
    for area in (*areas, backups, sync):
        area.add_commands(command)
    return parser


def _language_for(argv: list[str]) -> str:
    """The profile's language preference, read before the full parse so that argparse's
    help and errors are translated too."""
    from jiu_desktop.services.preferences import load_preferences

    pre = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    pre.add_argument("--profile", type=Path, default=None)
    try:
        known, _rest = pre.parse_known_args(argv)
    except (argparse.ArgumentError, SystemExit):
        return "auto"
    return load_preferences(known.profile or default_profile_dir()).language


def _command_of(argv: list[str]) -> str | None:
    """The subcommand named in ``argv`` (the first word that is not an option or its value)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token == "--profile":
            skip = True
        elif not token.startswith("-"):
            return token
    return None


def main(argv: list[str]) -> int:
    if version_asked(argv):
        return print_version()
    if _command_of(argv) is None:
        if any(a in ("-h", "--help") for a in argv):
            install_language(_language_for(argv))
            build_parser().print_help()
            return 0
        from jiu_desktop.app import run_gui  # only the GUI needs Qt widgets

        started()  # the window's work runs with the cycle collector (cli/collector.py)

        gui = argparse.ArgumentParser(prog="jiu-desktop")
        gui.add_argument("--profile", type=Path)
        gui.add_argument("--demo", action="store_true")
        args, _qt_args = gui.parse_known_args(argv)
        return run_gui(args.profile, args.demo)
    maps.gui_for_png(argv)
    install_language(_language_for(argv))
    args = build_parser().parse_args(argv)
    if args.profile is None:
        args.profile = default_profile_dir()
    try:
        return int(args.func(args))
    except JiuError as error:
        fail(str(error))
        return 1
    except OSError as error:  # a disk or permission problem the services did not foresee
        where = f" ({error.filename})" if error.filename else ""
        fail(f"{error.strerror or error}{where}")
        return 1
    except KeyboardInterrupt:
        fail(translate("cli", "Stopped."))
        return 130
