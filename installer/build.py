"""Build the one-folder bundle: ``dist/jiu-desktop/`` (``make dist`` on Linux; the CI
workflow on Windows and macOS, where it also makes ``dist/JIU Desktop.app``).

First the third-party licence list, read from this environment's installed packages,
then PyInstaller with ``installer/jiu-desktop.spec``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD, DIST = ROOT / "build", ROOT / "dist"


def main() -> int:
    from jiu_desktop.licences import main as write_licences
    from jiu_desktop.paths import LICENSES_FILE

    BUILD.mkdir(exist_ok=True)
    licences = BUILD / LICENSES_FILE
    write_licences([str(licences), str(ROOT / "installer" / "licenses")])
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={BUILD / 'pyinstaller'}",
        str(ROOT / "installer" / "jiu-desktop.spec"),
    ]
    env = {**os.environ, "JIU_LICENSES_FILE": str(licences), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(command, cwd=ROOT, env=env, check=False).returncode


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
