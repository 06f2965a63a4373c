"""The ``jiu-desktop`` command line, one module per area; ``app`` is the front door."""

from __future__ import annotations

from jiu_desktop.cli.app import main

__all__ = ["main"]
