"""Package the bundle as ``dist/jiu-desktop_<version>_<arch>.deb`` (``make dist``).

The layout: the bundle in ``/opt/jiu-desktop/``, ``/usr/bin/jiu-desktop`` a relative
symlink to its executable (so the package also runs when unpacked somewhere else than
``/``, as ``make dist-check`` does), the menu entry and the icons under ``/usr/share``.
No maintainer scripts: installing, upgrading and removing touch no home folder. Built
with ``dpkg-deb --root-owner-group``, without network.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (48, 128, 256)
PROGRAM = Path("opt/jiu-desktop")
_GLIBC = re.compile(rb"GLIBC_2\.(\d+)")


def glibc_needed(folder: Path) -> str:
    """The newest GNU C library version any ELF file in ``folder`` asks for (``2.34``)."""
    newest = 17
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
            file.seek(0)
            newest = max([newest, *(int(m) for m in _GLIBC.findall(file.read()))])
    return f"2.{newest}"


def normalise_modes(root: Path) -> None:
    """Folders 755, files 644, executables 755: nothing in the package is writable by
    anyone but root (who owns everything, by --root-owner-group)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        executable = path.is_dir() or mode & stat.S_IXUSR
        path.chmod(0o755 if executable else 0o644)


def stage(bundle: Path, root: Path, version: str, arch: str, depends: list[str]) -> None:
    """Lay out the package's files under ``root`` (removed first)."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / PROGRAM, symlinks=True)
    leftovers = [p for p in (root / PROGRAM).rglob("__pycache__")]
    if leftovers:
        raise SystemExit(f"build_deb: caches in the bundle: {leftovers[:3]}")
    (root / "usr/bin").mkdir(parents=True)
    (root / "usr/bin/jiu-desktop").symlink_to(Path("../..") / PROGRAM / "jiu-desktop")
    share = root / "usr/share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(INSTALLER / "linux" / "jiu-desktop.desktop", share / "applications")
    hicolor = share / "icons" / "hicolor"
    for size in PNG_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy(ICONS / f"jiu-desktop-{size}.png", folder / "jiu-desktop.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(ICONS / "jiu-desktop.svg", hicolor / "scalable" / "apps" / "jiu-desktop.svg")
    (share / "doc" / "jiu-desktop").mkdir(parents=True)
    shutil.copy(INSTALLER / "debian" / "copyright", share / "doc" / "jiu-desktop" / "copyright")
    normalise_modes(root)
    size_kib = sum(p.lstat().st_size for p in root.rglob("*")) // 1024 + 1
    control = (INSTALLER / "debian" / "control.in").read_text(encoding="utf-8")
    for key, value in {
        "VERSION": version,
        "ARCH": arch,
        "INSTALLED_SIZE": str(size_kib),
        "DEPENDS": ", ".join([f"libc6 (>= {glibc_needed(root / PROGRAM)})", *depends]),
    }.items():
        control = control.replace(f"@{key}@", value)
    (root / "DEBIAN").mkdir(mode=0o755)
    (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    (root / "DEBIAN" / "control").chmod(0o644)


def build(root: Path, out: Path) -> None:
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z3", "--build", str(root), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from jiu_desktop import __version__

    parser = argparse.ArgumentParser(prog="build_deb")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "jiu-desktop")
    parser.add_argument("--depends", default="", help="the X11 packages, space-separated")
    parser.add_argument("--version", default=__version__)
    args = parser.parse_args(argv)
    if shutil.which("dpkg-deb") is None:
        print("build_deb: dpkg-deb is missing; run: sudo apt-get install dpkg", file=sys.stderr)
        return 1
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()
    root = ROOT / "build" / "deb-root"
    stage(args.bundle, root, args.version, arch, args.depends.split())
    out = ROOT / "dist" / f"jiu-desktop_{args.version}_{arch}.deb"
    build(root, out)
    shutil.rmtree(root)
    print(f"{out.relative_to(ROOT)}: {os.path.getsize(out) / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
