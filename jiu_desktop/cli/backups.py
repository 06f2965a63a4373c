"""Encrypted backup files: ``backup`` and ``restore``."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from jiu_desktop.cli.common import Register, locked, opened, passphrase, say, tidy_on_failure
from jiu_desktop.errors import InvalidInput
from jiu_desktop.i18n import translate


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
    from jiu_desktop.services.backup import CurrentPassphraseNeeded, restore_backup
    from jiu_desktop.vault.backup_file import read_backup

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


def add_commands(command: Register) -> None:
    backup = command("backup", cmd_backup, translate("cli", "write an encrypted backup"))
    backup.add_argument("--out", type=Path, required=True)
    restore = command("restore", cmd_restore, translate("cli", "restore a backup"))
    restore.add_argument("file", type=Path)
