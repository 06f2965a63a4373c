"""Licences: JIU Desktop's own (from ``pyproject.toml``) and those of what it runs on.

A bundle carries no package metadata to read, so the installers write the whole list with
every licence text once, when the bundle is built (``python -m jiu_desktop.licences OUT
installer/licenses``, giving ``THIRD-PARTY-LICENSES.txt``). From the source tree the
About box lists the installed distributions itself, from their metadata. No Qt here.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from jiu_desktop import __version__
from jiu_desktop.paths import FONTS, PACKAGE

PROJECT = "jiu-desktop"
_NAME = re.compile(r"[A-Za-z0-9._-]+")
_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)
QT_NOTE = (
    "PySide6, shiboken6 and the Qt 6 libraries are used under the GNU Lesser General\n"
    "Public License version 3 (LGPL-3.0-only). They are separate shared libraries in the\n"
    "program folder, never joined into one file, so they can be replaced by another build\n"
    "of the same version. Their source: https://download.qt.io/official_releases/ and\n"
    "https://code.qt.io/. The texts of the LGPL-3.0 and of the GPL-3.0 it builds on follow."
)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    texts: tuple[tuple[str, str], ...] = ()


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    return str(meta[name] or "").strip() if name in meta else ""


def project_licence() -> str:
    """``EUPL-1.2``: from the installed metadata, else from ``pyproject.toml``."""
    try:
        meta = metadata.metadata(PROJECT)
        value = _field(meta, "License-Expression") or _field(meta, "License")
    except metadata.PackageNotFoundError:
        value = ""
    if value:
        return value
    project = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text("utf-8"))["project"]
    licence = project["license"]
    return str(licence["text"] if isinstance(licence, dict) else licence)


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def distributions() -> list[metadata.Distribution]:
    """Every installed distribution JIU Desktop needs to run (not its test or build
    extras), found by following the requirements from ``jiu-desktop``."""
    found: dict[str, metadata.Distribution] = {}
    wanted = [PROJECT]
    while wanted:
        name = wanted.pop()
        if _key(name) in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another Python version or system
        found[_key(name)] = dist
        for requirement in dist.requires or []:
            match = _NAME.match(requirement)
            if match and "extra ==" not in requirement:
                wanted.append(match.group(0))
    found.pop(PROJECT, None)
    return sorted(found.values(), key=lambda d: _key(d.metadata["Name"]))


def _licence_name(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    short = _field(meta, "License")
    if short and "\n" not in short and len(short) <= 60:
        return short
    classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return str(classifiers[0]).rsplit(" :: ", 1)[-1]
    return "see the licence text"


def _licence_texts(dist: metadata.Distribution) -> tuple[tuple[str, str], ...]:
    texts = []
    for file in dist.files or []:
        if _LICENCE_FILE.search(file.name):
            path = Path(str(file.locate()))
            texts.append((str(file), path.read_text(encoding="utf-8", errors="replace")))
    return tuple(texts)


def components(with_texts: bool) -> list[Component]:
    return [
        Component(
            str(d.metadata["Name"]),
            d.version,
            _licence_name(d),
            _licence_texts(d) if with_texts else (),
        )
        for d in distributions()
    ]


def summary() -> str:
    """One line per distribution, for the About box outside a bundle."""
    lines = [f"{c.name} {c.version} — {c.licence}" for c in components(with_texts=False)]
    lines.append("DejaVu fonts — Bitstream Vera / Arev fonts licence")
    return "\n".join(lines)


def _python_licence() -> Path | None:
    """Python's own licence file (a bundle contains the interpreter)."""
    version = f"python{sys.version_info[0]}.{sys.version_info[1]}"
    for path in (
        Path(sys.base_prefix) / "lib" / version / "LICENSE.txt",  # Linux, macOS
        Path(sys.base_prefix) / "LICENSE.txt",  # Windows
    ):
        if path.is_file():
            return path
    return None


def _bootloader_licence() -> str:
    """PyInstaller's licence, from the build environment (its bootloader is in a bundle)."""
    try:
        dist = metadata.distribution("pyinstaller")
    except metadata.PackageNotFoundError:
        return ""
    return "\n\n".join(text for _name, text in _licence_texts(dist))


def third_party_text(texts: Path) -> str:
    """The whole ``THIRD-PARTY-LICENSES.txt``: a list, then every licence text. ``texts``
    holds those no distribution carries (``installer/licenses``)."""
    found = components(with_texts=True)
    python = sys.version.split()[0]
    extra = [
        (
            "Qt 6 (the libraries of PySide6)",
            "LGPL-3.0-only",
            QT_NOTE,
            ["LGPL-3.0.txt", "GPL-3.0.txt"],
        ),
        ("SQLCipher (inside sqlcipher3)", "BSD-3-Clause", "", ["SQLCipher.txt"]),
    ]
    out = [
        f"JIU Desktop {__version__} is licensed under the {project_licence()}.",
        "It contains the following third-party software, under these licences.",
        "",
    ]
    out += [f"  {c.name} {c.version} — {c.licence}" for c in found]
    out += [f"  {name} — {licence}" for name, licence, _note, _files in extra]
    out += [
        "  DejaVu fonts — Bitstream Vera / Arev fonts licence",
        f"  Python {python} — PSF-2.0",
        "  PyInstaller bootloader — GPL-2.0-or-later WITH Bootloader-exception",
        "",
    ]

    def section(title: str, body: str) -> None:
        out.extend(["=" * 78, title, "=" * 78, body.rstrip(), ""])

    for c in found:
        for name, body in c.texts:
            section(f"{c.name} {c.version}: {name}", body)
    for name, _licence, note, files in extra:
        if note:
            section(name, note)
        for file in files:
            section(f"{name}: {file}", (texts / file).read_text("utf-8"))
    section("DejaVu fonts", (FONTS / "DejaVu-LICENSE.txt").read_text("utf-8"))
    if (python_licence := _python_licence()) is not None:
        section(f"Python {python}", python_licence.read_text("utf-8"))
    if bootloader := _bootloader_licence():
        section("PyInstaller bootloader", bootloader)
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    out, texts = Path(argv[0]), Path(argv[1])
    out.write_text(third_party_text(texts), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
