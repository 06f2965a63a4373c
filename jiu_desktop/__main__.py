"""Entry point of the ``jiu-desktop`` command."""

from __future__ import annotations

import os
import sys


def use_utf8_character_types() -> None:
    """In the C locale (a bare ``env -i``, some service managers) take C.UTF-8 for the
    character types, as Python's own start-up does (PEP 538): Qt needs UTF-8 and would
    say so on stderr, in the middle of a command's output. The language is unchanged."""
    if not sys.platform.startswith("linux") or os.environ.get("LC_ALL"):
        return
    current = os.environ.get("LC_CTYPE") or os.environ.get("LANG") or "C"
    if current in ("C", "POSIX"):
        os.environ["LC_CTYPE"] = "C.UTF-8"


def main(argv: list[str] | None = None) -> int:
    from jiu_desktop.cli.collector import pause_for_start

    pause_for_start()
    use_utf8_character_types()
    from jiu_desktop.cli import main as cli_main

    try:
        return cli_main(sys.argv[1:] if argv is None else argv)
    finally:
        leave_objects_to_the_exit()


def leave_objects_to_the_exit() -> None:
    """The command is done: its objects are only freed from here on. Python's shutdown runs
    the cycle collector several times over everything still loaded (SQLAlchemy, the models,
    the caches): 0.1-0.3 s of a ``jiu-desktop sync``. Frozen objects are left out of those
    passes; their memory goes back with the process. The database is closed by then and
    every commit is on disk."""
    import gc

    gc.freeze()


if __name__ == "__main__":
    sys.exit(main())
