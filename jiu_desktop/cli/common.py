"""What every subcommand shares: asking for secrets, holding and opening the profile, and
the lines it prints (``say`` on stdout, ``fail`` on stderr)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from jiu_desktop.cli.collector import started
from jiu_desktop.errors import InvalidInput, ProfileNotFound
from jiu_desktop.i18n import translate
from jiu_desktop.vault.lock import ProfileLock
from jiu_desktop.vault.paths import ProfilePaths

if TYPE_CHECKING:  # the database layer loads when a command opens the profile
    from jiu_desktop.db.store import Store

Command = Callable[[argparse.Namespace], int]
#: ``register(name, func, help)``: adds a subcommand (with its own ``--profile``) and
#: returns its parser, for the command's own arguments.
Register = Callable[[str, Command, str], argparse.ArgumentParser]


def ask(prompt: str, env: str, *, twice: bool = False) -> str:
    """The secret in ``env``, or typed on the terminal (not echoed)."""
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
    return ask(translate("cli", "Passphrase: "), "JIU_PASSPHRASE", twice=twice)


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
    with locked(root), opened_with_key(root, data_key(root)) as store:
        yield store


def data_key(root: Path) -> bytes:
    """The profile's data key, unlocked with the passphrase (WrongPassphrase otherwise)."""
    from jiu_desktop.vault.vaultfile import VaultFile

    paths = ProfilePaths(root)
    if not paths.exists():
        raise ProfileNotFound(root)
    return VaultFile.load(paths.vault).unlock(passphrase())


@contextmanager
def opened_with_key(root: Path, key: bytes) -> Iterator[Store]:
    """The profile opened with its data key; the caller holds the lock."""
    from jiu_desktop.services import profile

    store = profile.open_with_key(root, key)
    started()
    try:
        yield store
    finally:
        store.close()


def say(text: str) -> None:
    print(text, flush=True)


def fail(message: str) -> None:
    """The one line on stderr that a failure gets (scripts may rely on it being one)."""
    print("jiu-desktop: " + " ".join(message.split()), file=sys.stderr)
