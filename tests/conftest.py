"""Test configuration: headless Qt, cheap key derivation, and a private home for each run.

The environment is set before anything imports Qt or platformdirs, so no test can touch a
real profile, the real Qt settings or the real temp folder. The key-derivation cost is
replaced in this process for the whole run (the ``shipped_kdf`` fixture puts the real one
back); subprocess tests get the same through ``python -m tests.fast_cli``.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

_SANDBOX = Path(tempfile.mkdtemp(prefix="jiu-tests-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["HOME"] = str(_SANDBOX / "home")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_CACHE_HOME"] = str(_SANDBOX / "cache")
os.environ["XDG_RUNTIME_DIR"] = str(_SANDBOX / "runtime")
os.environ["TMPDIR"] = str(_SANDBOX / "tmp")
os.environ.setdefault("LANGUAGE", "en")
for sub in ("home", "data", "config", "cache", "runtime", "tmp"):
    (_SANDBOX / sub).mkdir(parents=True, exist_ok=True)
os.chmod(_SANDBOX / "runtime", 0o700)
tempfile.tempdir = None  # re-read TMPDIR

import pytest  # noqa: E402

from jiu_desktop.db.store import Store  # noqa: E402
from jiu_desktop.services import profile  # noqa: E402
from jiu_desktop.vault import kdf  # noqa: E402
from tests.fast_cli import use_cheap_kdf  # noqa: E402

use_cheap_kdf()


def pytest_configure(config: pytest.Config) -> None:
    """One QApplication for the whole process, before any test runs: a service test that
    translates would otherwise make a QCoreApplication first, and every widget test after it
    in the same process (a worker of ``-n``) would crash. Services see no difference."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        config._jiu_qapp = QApplication([])  # type: ignore[attr-defined]


PASSPHRASE = "goed geheim 2026"


@pytest.fixture
def shipped_kdf(monkeypatch: pytest.MonkeyPatch) -> kdf.KdfCost:
    """The key-derivation cost a coach's installation uses, for this test only."""
    monkeypatch.setattr(kdf, "COST", kdf.SHIPPED_COST)
    return kdf.SHIPPED_COST


@pytest.fixture
def sandbox() -> Path:
    """The run's private root (home, config, data and temp folders live under it)."""
    return _SANDBOX


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def store(profile_dir: Path):  # type: ignore[no-untyped-def]
    opened, _recovery = profile.create_profile(profile_dir, "Test", PASSPHRASE)
    yield opened
    if opened.data_key:
        opened.close()


@pytest.fixture
def created(profile_dir: Path) -> tuple[Store, str]:
    return profile.create_profile(profile_dir, "Test", PASSPHRASE)
