"""``jiu-desktop --version`` answers without a display and without Qt, and only as the
first argument."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from jiu_desktop import __version__
from tests import fast_cli

NO_DISPLAY = {
    key: value
    for key, value in os.environ.items()
    if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
}


def run(*args: str | Path, code: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", code] if code else [*fast_cli.COMMAND, *map(str, args)]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        env=fast_cli.subprocess_env(NO_DISPLAY),
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


def test_version_prints_the_package_version_without_a_display() -> None:
    result = run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"jiu-desktop {__version__}\n"
    assert result.stderr == ""


def test_version_imports_no_qt() -> None:
    result = run(
        code=(
            "import sys\n"
            "from jiu_desktop.__main__ import main\n"
            "code = main(['--version'])\n"
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')), code)\n"
        )
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[] 0"


def test_a_subcommands_own_version_option_is_not_taken_for_it(tmp_path: Path) -> None:
    result = run(
        "map-pdf",
        "--profile",
        tmp_path / "none",
        "--participant",
        "x",
        "--map-version",
        "2",
        "--out",
        tmp_path / "map.pdf",
    )
    assert result.returncode == 1
    assert __version__ not in result.stdout
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "map.pdf").exists()


def test_version_after_other_words_is_no_version_request(tmp_path: Path) -> None:
    result = run("participants", "--profile", tmp_path / "none", "--version")
    assert result.returncode == 2  # argparse: not an option of this command
    assert f"jiu-desktop {__version__}" not in result.stdout
