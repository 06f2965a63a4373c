"""The program finds its own files in the source tree and in a bundle's layout, and
only ``jiu_desktop/paths.py`` knows where they are."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from jiu_desktop import paths

ROOT = Path(__file__).resolve().parents[2]


def bundle_layout(root: Path) -> Path:
    """The data files of a PyInstaller bundle, as ``installer/jiu-desktop.spec`` lays them."""
    (root / "resources" / "translations").mkdir(parents=True)
    (root / "jiu_desktop" / "migrations" / "versions").mkdir(parents=True)
    (root / "jiu_desktop" / "migrations" / "env.py").write_text("")
    return root


def test_the_source_tree_has_its_resources_and_migrations() -> None:
    assert paths.RESOURCES == ROOT / "resources"
    assert paths.MIGRATIONS == ROOT / "jiu_desktop" / "migrations"
    assert (paths.TRANSLATIONS / "jiu_nl.qm").is_file()
    assert (paths.FONTS / "DejaVuSans.ttf").is_file()
    assert (paths.ICONS / "arrow-up.svg").is_file()
    assert paths.bundle_root() is None
    assert paths.find_third_party_licenses(None) is None


def test_a_bundle_reads_from_its_data_folder_not_from_where_the_modules_seem(
    tmp_path: Path,
) -> None:
    bundle = bundle_layout(tmp_path / "bundle")
    elsewhere = tmp_path / "archive" / "jiu_desktop"
    assert paths.find_resources(elsewhere, bundle) == bundle / "resources"
    assert paths.find_migrations(elsewhere, bundle) == bundle / "jiu_desktop" / "migrations"


def test_an_incomplete_bundle_says_what_is_missing(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    with pytest.raises(FileNotFoundError, match="installed incompletely"):
        paths.find_resources(tmp_path / "nowhere" / "jiu_desktop", bundle)
    with pytest.raises(FileNotFoundError, match=r"env\.py"):
        paths.find_migrations(tmp_path / "nowhere" / "jiu_desktop", bundle)


def test_the_bundle_root_is_meipass_when_frozen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.bundle_root() == tmp_path
    assert paths.find_third_party_licenses(paths.bundle_root()) is None
    (tmp_path / paths.LICENSES_FILE).write_text("licences")
    assert paths.find_third_party_licenses(paths.bundle_root()) == tmp_path / paths.LICENSES_FILE


def test_no_other_module_works_out_where_files_are() -> None:
    package = ROOT / "jiu_desktop"
    guessing = [
        str(p.relative_to(ROOT))
        for p in sorted(package.rglob("*.py"))
        if p != package / "paths.py" and "__file__" in p.read_text(encoding="utf-8")
    ]
    assert guessing == []
