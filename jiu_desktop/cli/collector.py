"""Python's cycle collector while a command starts.

What a command makes before its work lives until it ends: the modules (SQLAlchemy and the
models above all), the parser, the open profile. The collector, set off by allocations,
walks those objects again and again while they are being made: a tenth of the 0.4 s of
loading the database layer, 3 % of a joining laptop's first ``jiu-desktop sync``. So the
process entry (``jiu_desktop.__main__``) pauses it; once the profile is open, or the window
is about to start, everything made so far is frozen (left out of every later collection)
and the collector runs again for the work. ``cli.main`` called in a test's own process
pauses nothing, so nothing there is frozen.
"""

from __future__ import annotations

import gc


class _Start:
    paused = False


def pause_for_start() -> None:
    """Called first by the process entry."""
    if gc.isenabled():
        gc.disable()
        _Start.paused = True


def started() -> None:
    """The command's modules are loaded and its profile is open: freeze what exists and
    let the collector run again (when ``pause_for_start`` paused it; otherwise nothing)."""
    if _Start.paused:
        _Start.paused = False
        gc.freeze()
        gc.enable()
