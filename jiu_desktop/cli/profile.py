"""The profile itself: ``init`` and ``change-passphrase``."""

from __future__ import annotations

import argparse

from jiu_desktop.cli.common import Register, ask, locked, passphrase, say, tidy_on_failure
from jiu_desktop.errors import InvalidInput, ProfileExists
from jiu_desktop.i18n import translate
from jiu_desktop.vault.paths import ProfilePaths


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


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    from jiu_desktop.services import profile

    with locked(args.profile):
        old = passphrase()
        profile.load_vault(args.profile).unlock(old)  # wrong old passphrase: stop here
        new = ask(translate("cli", "New passphrase: "), "JIU_NEW_PASSPHRASE", twice=True)
        profile.change_passphrase(args.profile, old, new)
    say(translate("cli", "Passphrase changed."))
    return 0


def add_commands(command: Register) -> None:
    init = command("init", cmd_init, translate("cli", "create a profile"))
    init.add_argument("--name", required=True)
    command("change-passphrase", cmd_change_passphrase, translate("cli", "change the passphrase"))
