"""Where the program's own files are: ``resources/``, the Alembic scripts and the
third-party licences.

Two layouts hold them, and this module is the one place that knows them:

- the source tree (also an editable install): ``resources/`` beside the package;
- a PyInstaller bundle (``sys.frozen``): modules live in an archive there, so the files
  that are read as files are data files under ``sys._MEIPASS``: ``resources/``,
  ``jiu_desktop/migrations/`` and ``THIRD-PARTY-LICENSES.txt``.

A plain wheel does not carry ``resources/``; coaches get the installers (``installer/``).

No Qt here: ``jiu-desktop --version`` and the services use it without a display.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
LICENSES_FILE = "THIRD-PARTY-LICENSES.txt"


def bundle_root() -> Path | None:
    """The data folder of a PyInstaller bundle; None when running from Python files."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent))


def find_resources(package: Path = PACKAGE, bundle: Path | None = None) -> Path:
    """The ``resources`` folder of the layout ``package`` (and ``bundle``) belong to."""
    candidates = [bundle / "resources"] if bundle is not None else []
    candidates.append(package.parent / "resources")
    for folder in candidates:
        if (folder / "translations").is_dir():
            return folder
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"JIU Desktop is installed incompletely: no resources in {tried}")


def find_migrations(package: Path = PACKAGE, bundle: Path | None = None) -> Path:
    """The Alembic script folder (``env.py``, ``versions/``)."""
    base = bundle / "jiu_desktop" if bundle is not None else package
    folder = base / "migrations"
    if not (folder / "env.py").is_file():
        raise FileNotFoundError(f"JIU Desktop is installed incompletely: no {folder / 'env.py'}")
    return folder


def find_third_party_licenses(bundle: Path | None = None) -> Path | None:
    """The licence file written when the bundle was built; None elsewhere (the About box
    then lists the installed distributions itself)."""
    if bundle is None:
        return None
    path = bundle / LICENSES_FILE
    return path if path.is_file() else None


RESOURCES = find_resources(bundle=bundle_root())
MIGRATIONS = find_migrations(bundle=bundle_root())
TRANSLATIONS = RESOURCES / "translations"
FONTS = RESOURCES / "fonts"
ICONS = RESOURCES / "icons"
