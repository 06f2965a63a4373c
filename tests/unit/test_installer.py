"""The pieces of ``make dist`` that run without building a bundle: the .deb's layout and
control file, the menu entry and the icons. ``make dist-check`` tests the real package."""

from __future__ import annotations

import re
import shutil
import stat
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from jiu_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))
import build_deb  # noqa: E402

ICONS = ROOT / "resources" / "icons"


def fake_bundle(folder: Path) -> Path:
    """What PyInstaller leaves in dist/jiu-desktop, in miniature."""
    (folder / "_internal").mkdir(parents=True)
    program = folder / "jiu-desktop"
    program.write_bytes(b"\x7fELF" + b"\0" * 12 + b"GLIBC_2.17\0GLIBC_2.34\0GLIBC_2.28\0")
    program.chmod(0o775)
    library = folder / "_internal" / "libexample.so"
    library.write_bytes(b"\x7fELF GLIBC_2.31")
    library.chmod(0o666)
    (folder / "_internal" / "notes.txt").write_text("GLIBC_2.99 is not in an ELF file")
    return folder


def test_the_package_runs_wherever_it_is_unpacked(tmp_path: Path) -> None:
    root = tmp_path / "root"
    build_deb.stage(fake_bundle(tmp_path / "bundle"), root, "1.2.3", "amd64", ["libgl1"])
    link = root / "usr" / "bin" / "jiu-desktop"
    assert link.is_symlink()
    assert not Path(link.readlink()).is_absolute()
    assert link.resolve() == (root / "opt" / "jiu-desktop" / "jiu-desktop").resolve()


def test_nothing_in_the_package_is_writable_but_by_its_owner(tmp_path: Path) -> None:
    root = tmp_path / "root"
    build_deb.stage(fake_bundle(tmp_path / "bundle"), root, "1.2.3", "amd64", [])
    program = root / "opt" / "jiu-desktop"
    assert stat.S_IMODE((program / "jiu-desktop").stat().st_mode) == 0o755
    assert stat.S_IMODE((program / "_internal" / "libexample.so").stat().st_mode) == 0o644
    for path in root.rglob("*"):
        if not path.is_symlink():
            assert not path.stat().st_mode & (stat.S_IWGRP | stat.S_IWOTH), path


def test_the_control_file_names_version_glibc_and_the_window_libraries(tmp_path: Path) -> None:
    root = tmp_path / "root"
    build_deb.stage(fake_bundle(tmp_path / "bundle"), root, "1.2.3", "amd64", ["libgl1", "libx"])
    control = (root / "DEBIAN" / "control").read_text()
    assert "\nVersion: 1.2.3\n" in control and "\nArchitecture: amd64\n" in control
    assert "\nDepends: libc6 (>= 2.34), libgl1, libx\n" in control
    assert not re.search(r"@[A-Z_]+@", control), "every placeholder filled in"


def test_the_menu_entry_and_icons_are_in_place(tmp_path: Path) -> None:
    root = tmp_path / "root"
    build_deb.stage(fake_bundle(tmp_path / "bundle"), root, "1.2.3", "amd64", [])
    share = root / "usr" / "share"
    assert (share / "applications" / "jiu-desktop.desktop").is_file()
    for size in build_deb.PNG_SIZES:
        png = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "jiu-desktop.png"
        assert png_size(png) == (size, size)
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "jiu-desktop.svg").is_file()


def test_a_bundle_with_caches_is_refused(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path / "bundle")
    (bundle / "_internal" / "__pycache__").mkdir()
    with pytest.raises(SystemExit, match="caches"):
        build_deb.stage(bundle, tmp_path / "root", "1.2.3", "amd64", [])


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb (Debian)")
def test_dpkg_deb_builds_it_owned_by_root_with_the_symlink(tmp_path: Path) -> None:
    root = tmp_path / "root"
    build_deb.stage(fake_bundle(tmp_path / "bundle"), root, __version__, "amd64", [])
    deb = tmp_path / "test.deb"
    build_deb.build(root, deb)
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    assert "root/root" in listing and "user" not in listing
    assert "./usr/bin/jiu-desktop -> ../../opt/jiu-desktop/jiu-desktop" in listing
    field = ["dpkg-deb", "-f", str(deb), "Version"]
    assert subprocess.run(field, capture_output=True, text=True).stdout.strip() == __version__


def test_the_menu_entry_speaks_dutch_and_english() -> None:
    entry = (ROOT / "installer" / "linux" / "jiu-desktop.desktop").read_text("utf-8")
    lines = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert lines["Exec"] == "jiu-desktop" and lines["Icon"] == "jiu-desktop"
    assert lines["Name"] and lines["Name[nl]"]
    assert "encrypted" in lines["Comment"] and "versleuteld" in lines["Comment[nl]"]
    assert lines["Terminal"] == "false"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_icons_exist_in_every_size_and_container() -> None:
    for size in (48, 128, 256):
        assert png_size(ICONS / f"jiu-desktop-{size}.png") == (size, size)
    ico = (ICONS / "jiu-desktop.ico").read_bytes()
    _reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert kind == 1 and count >= 4
    sides = [ico[6 + 16 * i] or 256 for i in range(count)]
    assert {16, 32, 48, 256} <= set(sides)
    icns = (ICONS / "jiu-desktop.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, at = [], 8
    while at < len(icns):
        kinds.append(icns[at : at + 4])
        at += struct.unpack(">I", icns[at + 4 : at + 8])[0]
    assert {b"ic07", b"ic08", b"ic09"} <= set(kinds)
