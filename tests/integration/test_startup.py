"""Whole commands start without loading what they do not use: help and status need no
Alembic, no reportlab and (in English) no Qt; a Dutch command still speaks from the .qm."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import fast_cli

PASS = "geheim 12345"
HEAVY = ("alembic", "reportlab", "PySide6")

#: Runs the real ``main`` (cheap key derivation); its last line: the exit code, then the
#: heavy packages that were imported.
DRIVER = f"""
import sys
from tests.fast_cli import use_cheap_kdf
use_cheap_kdf()
from jiu_desktop.__main__ import main
try:
    code = main(sys.argv[1:])
except SystemExit as stop:
    code = stop.code
print(code, *sorted({{name.split(".")[0] for name in sys.modules}} & set({HEAVY!r})))
"""


def driven(driver: str, *args: str | Path, env: dict[str, str] | None = None) -> str:
    """What ``driver`` (Python code that runs ``main``) printed for ``jiu-desktop ARGS``."""
    full_env = {**os.environ, "JIU_PASSPHRASE": PASS, **(env or {})}
    done = subprocess.run(
        [sys.executable, "-c", driver, *map(str, args)],
        capture_output=True,
        text=True,
        env=fast_cli.subprocess_env(full_env),
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def loaded_by(*args: str | Path, env: dict[str, str] | None = None) -> tuple[int, list[str], str]:
    """The exit code, the heavy packages ``jiu-desktop ARGS`` imported, and its output."""
    stdout = driven(DRIVER, *args, env=env)
    *output, last = stdout.splitlines()
    code, *loaded = last.split()
    return int(code), loaded, "\n".join(output)


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("startup") / "profile"
    made = subprocess.run(
        [*fast_cli.COMMAND, "init", "--profile", str(root), "--name", "Sanne"],
        capture_output=True,
        text=True,
        env=fast_cli.subprocess_env({**os.environ, "JIU_PASSPHRASE": PASS}),
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    return root


def test_help_loads_no_alembic_reportlab_or_qt() -> None:
    code, loaded, output = loaded_by("--help")
    assert code == 0 and "sync-status" in output
    assert loaded == []


def test_a_subcommands_help_loads_none_of_them_either() -> None:
    code, loaded, output = loaded_by("tin-labels", "--help")
    assert code == 0 and "round-63.5" in output
    assert loaded == []


def test_sync_status_opens_the_profile_without_alembic_reportlab_or_qt(profile: Path) -> None:
    code, loaded, output = loaded_by("sync-status", "--profile", profile)
    assert (code, output) == (0, "Sync is not set up.")
    assert loaded == []


def test_a_dutch_command_speaks_dutch_from_the_catalogue(profile: Path) -> None:
    from jiu_desktop.services.preferences import Preferences, save_preferences

    save_preferences(profile, Preferences(language="nl"))
    try:
        code, loaded, output = loaded_by("sync-status", "--profile", profile)
    finally:
        save_preferences(profile, Preferences(language="en"))
    assert (code, output) == (0, "Synchronisatie is niet ingesteld.")
    assert loaded == ["PySide6"], "the Dutch catalogue is Qt's .qm"


def test_a_dutch_system_gives_dutch_help_when_the_profile_says_auto() -> None:
    code, _loaded, output = loaded_by("--help", env={"LANG": "nl_NL.UTF-8", "LANGUAGE": ""})
    assert code == 0 and "toon de synchronisatiestatus" in output


#: Runs ``participants`` through the real ``main`` and prints, for the moment the profile
#: is opened and for the moment the command lists its participants, whether the cycle
#: collector is on and how many objects are frozen.
COLLECTOR_DRIVER = """
import gc, sys
from tests.fast_cli import use_cheap_kdf
use_cheap_kdf()
from jiu_desktop.services import participants, profile
seen = []
def watched(name, func):
    def call(*args, **kwargs):
        seen.append((name, gc.isenabled(), gc.get_freeze_count() > 0))
        return func(*args, **kwargs)
    return call
profile.open_with_key = watched("open", profile.open_with_key)
participants.list_participants = watched("work", participants.list_participants)
from jiu_desktop.__main__ import main
code = main(sys.argv[1:])
print(code, seen)
"""


def test_a_command_starts_without_the_collector_and_works_with_it(profile: Path) -> None:
    last = driven(COLLECTOR_DRIVER, "participants", "--profile", profile).splitlines()[-1]
    # Opening: still paused, nothing frozen yet. The work: collected again, the start
    # frozen out of it.
    assert last == "0 [('open', False, False), ('work', True, True)]"
