"""The ``jiu-desktop`` command line, one module per area; ``app`` is the front door.

``main`` imports the front door (and with it Qt's core, for the translations) only when
more than the version is asked.
"""

from __future__ import annotations

from jiu_desktop.cli.version import print_version, version_asked


def main(argv: list[str]) -> int:
    if version_asked(argv):
        return print_version()
    from jiu_desktop.cli.app import main as front_door

    return front_door(argv)


__all__ = ["main"]
