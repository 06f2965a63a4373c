"""The command line: ``jiu-desktop`` starts the app; subcommands serve scripting and support.

Each subcommand calls service functions. Passphrases come from ``JIU_PASSPHRASE`` (and
``JIU_NEW_PASSPHRASE``, ``JIU_TEAM_PASSPHRASE``, ``JIU_WEBDAV_PASSWORD``) or are asked on
the terminal. Success exits 0; a failure prints one line and exits 1 (usage errors 2).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from jiu_desktop.errors import InvalidInput, JiuError, ProfileExists, ProfileNotFound
from jiu_desktop.i18n import install_language, translate
from jiu_desktop.services.store import Store
from jiu_desktop.vault.lock import ProfileLock
from jiu_desktop.vault.paths import ProfilePaths, default_profile_dir

Command = Callable[[argparse.Namespace], int]


def _ask(prompt: str, env: str, *, twice: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise InvalidInput(
            translate("cli", "No passphrase: set {env} or run this in a terminal.").format(env=env)
        )
    first = getpass.getpass(prompt)
    if twice and getpass.getpass(translate("cli", "Repeat: ")) != first:
        raise InvalidInput(translate("cli", "The two entries differ. Nothing was changed."))
    return first


def passphrase(twice: bool = False) -> str:
    return _ask(translate("cli", "Passphrase: "), "JIU_PASSPHRASE", twice=twice)


@contextmanager
def locked(root: Path, *, must_exist: bool = True) -> Iterator[None]:
    """Hold the profile lock, so the GUI and the command line never open it both."""
    if must_exist and not ProfilePaths(root).exists():
        raise ProfileNotFound(root)
    lock = ProfileLock(ProfilePaths(root).lock)
    lock.acquire()
    try:
        yield
    finally:
        lock.release()


@contextmanager
def tidy_on_failure(root: Path) -> Iterator[None]:
    """For commands that may create ``root`` (init, restore): when they fail, leave no
    empty folder behind (only the lock file and empty folders this run made are removed)."""
    existed = root.exists()
    try:
        yield
    except BaseException:
        if not existed:
            _remove_leftovers(root)
        raise


def _remove_leftovers(root: Path) -> None:
    paths = ProfilePaths(root)
    try:
        paths.lock.unlink(missing_ok=True)
        for folder in (paths.backups, paths.root):
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
    except OSError:
        pass  # best effort; the command's own error is the one worth showing


@contextmanager
def opened(root: Path) -> Iterator[Store]:
    from jiu_desktop.services import profile

    with locked(root):
        store = profile.open_profile(root, passphrase())
        try:
            yield store
        finally:
            store.close()


def say(text: str) -> None:
    print(text, flush=True)


# -- commands ------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    from jiu_desktop.services import profile

    root = args.profile
    if ProfilePaths(root).exists():
        raise ProfileExists(root)
    if not args.name.strip():
        raise InvalidInput(translate("profile", "The profile needs a name."))
    secret = passphrase(twice=True)
    profile.check_passphrase(secret)
    with tidy_on_failure(root), locked(root, must_exist=False):
        store, recovery = profile.create_profile(root, args.name, secret)
        store.close()
    say(translate("cli", "Profile created in {path}.").format(path=root))
    say(translate("cli", "Recovery key (shown only now; print it and keep it safe):"))
    say(recovery)
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    from jiu_desktop.services.demo import fill_demo_data

    if args.participants < 1:
        raise InvalidInput(translate("cli", "--participants must be at least 1."))
    with opened(args.profile) as store:
        summary = fill_demo_data(store, args.participants, args.seed)
    say(
        translate("cli", "Demo data added: {participants} participants, {notes} notes.").format(
            participants=summary.participants, notes=summary.notes
        )
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from jiu_desktop.services.exchange import write_export

    with opened(args.profile) as store:
        count = write_export(store, args.out, args.participant)
    say(
        translate("cli", "Participants exported: {count}, to {path}.").format(
            count=count, path=args.out
        )
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from jiu_desktop.services.exchange import import_document, read_import_file

    document = read_import_file(args.file)  # validate before asking for anything
    with opened(args.profile) as store:
        summary = import_document(store, document)
    say(translate("cli", "Imported: {summary}.").format(summary=summary.describe()))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from jiu_desktop.services.backup import write_backup

    with opened(args.profile) as store:
        size = write_backup(store, args.out)
    say(
        translate("cli", "Backup written to {path} ({kb} kB).").format(
            path=args.out, kb=size // 1024
        )
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from jiu_desktop.services.backup import CurrentPassphraseNeeded, read_backup, restore_backup

    read_backup(args.file)  # refuse a damaged file before asking for the passphrase
    with tidy_on_failure(args.profile), locked(args.profile, must_exist=False):
        secret = passphrase()
        current = os.environ.get("JIU_CURRENT_PASSPHRASE")
        try:
            restore_backup(args.profile, args.file, secret, current_passphrase=current)
        except CurrentPassphraseNeeded:
            if current is not None:
                raise
            if not sys.stdin.isatty():
                raise InvalidInput(
                    translate(
                        "cli",
                        "The current profile does not open with this passphrase. Set "
                        "JIU_CURRENT_PASSPHRASE to its passphrase, so the people erased in it "
                        "stay erased. Nothing was changed.",
                    )
                ) from None
            current = getpass.getpass(
                translate(
                    "cli",
                    "Passphrase of the current profile (so the people erased in it stay erased): ",
                )
            )
            restore_backup(args.profile, args.file, secret, current_passphrase=current)
    say(
        translate(
            "cli",
            "Backup restored into {path}; the previous data is kept in backups/. "
            "This profile now syncs as a new device.",
        ).format(path=args.profile)
    )
    return 0


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    from jiu_desktop.services import profile

    with locked(args.profile):
        old = passphrase()
        profile.load_vault(args.profile).unlock(old)  # wrong old passphrase: stop here
        new = _ask(translate("cli", "New passphrase: "), "JIU_NEW_PASSPHRASE", twice=True)
        profile.change_passphrase(args.profile, old, new)
    say(translate("cli", "Passphrase changed."))
    return 0


# -- parser --------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    from jiu_desktop.cli_sync import add_sync_commands

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

    init = command("init", cmd_init, translate("cli", "create a profile"))
    init.add_argument("--name", required=True)
    demo = command("demo-data", cmd_demo_data, translate("cli", "add fictional demo data"))
    demo.add_argument("--participants", type=int, required=True)
    demo.add_argument("--seed", type=int, default=None)
    export = command("export", cmd_export, translate("cli", "export to JSON"))
    export.add_argument("--participant", default=None)
    export.add_argument("--out", type=Path, required=True)
    imp = command("import", cmd_import, translate("cli", "import a JSON export"))
    imp.add_argument("file", type=Path)
    backup = command("backup", cmd_backup, translate("cli", "write an encrypted backup"))
    backup.add_argument("--out", type=Path, required=True)
    restore = command("restore", cmd_restore, translate("cli", "restore a backup"))
    restore.add_argument("file", type=Path)
    command("change-passphrase", cmd_change_passphrase, translate("cli", "change the passphrase"))
    add_sync_commands(command)
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
    if _command_of(argv) is None:
        if any(a in ("-h", "--help") for a in argv):
            install_language(_language_for(argv))
            build_parser().print_help()
            return 0
        from jiu_desktop.app import run_gui  # only the GUI needs Qt widgets

        gui = argparse.ArgumentParser(prog="jiu-desktop")
        gui.add_argument("--profile", type=Path)
        gui.add_argument("--demo", action="store_true")
        args, _qt_args = gui.parse_known_args(argv)
        return run_gui(args.profile, args.demo)
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


def fail(message: str) -> None:
    """The one line on stderr that a failure gets (scripts may rely on it being one)."""
    print("jiu-desktop: " + " ".join(message.split()), file=sys.stderr)
