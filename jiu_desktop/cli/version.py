"""``jiu-desktop --version``: answered before anything imports Qt, so it works without a
display and in a console on every system."""

from __future__ import annotations

from jiu_desktop import __version__


def version_asked(argv: list[str]) -> bool:
    """Only a first ``--version`` is this program's: subcommands have options of their own
    (``map-pdf --map-version 2``)."""
    return argv[:1] == ["--version"]


def print_version() -> int:
    print(f"jiu-desktop {__version__}")
    return 0
