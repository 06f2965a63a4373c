"""``map-pdf`` and ``map-compare`` on the real command line, in subprocesses."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from jiu_desktop.cli.common import locked
from jiu_desktop.services import profile
from tests.integration.test_cli import PASS, failed_cleanly, hashes, run
from tests.unit.test_map_pdf import build_example, flat, page_sizes, pages_text


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("maps") / "profile"
    with locked(root, must_exist=False):
        store, _recovery = profile.create_profile(root, "Sanne", PASS)
    try:
        return root, build_example(store).participant
    finally:
        store.close()


def succeeded(*args: str | Path) -> str:
    result = run(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_map_pdf_prints_the_latest_version_and_only_reads(
    filled: tuple[Path, str], tmp_path: Path
) -> None:
    root, noor = filled
    before = hashes(root)
    out = tmp_path / "kaart.pdf"
    succeeded("map-pdf", "--profile", root, "--participant", noor, "--out", out)
    first = flat(pages_text(out.read_bytes())[0])
    assert "version 2" in first and "Ahmed" in first and "Bakkerstraat" in first
    assert len(page_sizes(out.read_bytes())) == 2
    assert hashes(root) == before
    assert [p.name for p in tmp_path.iterdir()] == ["kaart.pdf"], "no temporary file left"


def test_map_pdf_of_an_earlier_version_for_the_participant(
    filled: tuple[Path, str], tmp_path: Path
) -> None:
    root, noor = filled
    out = tmp_path / "kaart.pdf"
    succeeded(
        "map-pdf", "--profile", root, "--participant", noor, "--map-version", "1",
        "--for-participant", "--out", out,
    )  # fmt: skip
    text = flat("".join(pages_text(out.read_bytes())))
    assert "version 1" in text and "kat" in text
    assert "Bakkerstraat" not in text and "Let op" not in text


def test_map_pdf_png_writes_a_real_png(filled: tuple[Path, str], tmp_path: Path) -> None:
    root, noor = filled
    out = tmp_path / "kaart.png"
    succeeded("map-pdf", "--profile", root, "--participant", noor, "--png", "--out", out)
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width > 800 and height > 500  # about 8 dots per mm of a map well over 10 cm wide


@pytest.mark.parametrize(
    "extra", [("--participant", "onbekend"), ("--map-version", "9"), ("--map-version", "0")]
)
def test_map_pdf_of_something_unknown_fails_in_one_line_without_a_file(
    filled: tuple[Path, str], tmp_path: Path, extra: tuple[str, str]
) -> None:
    root, noor = filled
    out = tmp_path / "kaart.pdf"
    args = ["map-pdf", "--profile", root, "--participant", noor, *extra, "--out", out]
    failed_cleanly(run(*args))
    assert list(tmp_path.iterdir()) == []


def test_map_compare_prints_one_line_per_difference(
    filled: tuple[Path, str], tmp_path: Path
) -> None:
    root, noor = filled
    out = tmp_path / "verschil.pdf"
    args = ("map-compare", "--profile", root, "--participant", noor, "--from", "1", "--to", "2")
    assert succeeded(*args).splitlines() == [
        "+ Ahmed (school/work)",
        "moeder: line 2 → 4, trust towards them → mutual",
        "- kat (pet)",
    ]
    succeeded(*args, "--out", out)
    assert "moeder: line 2 → 4" in flat(pages_text(out.read_bytes())[0])


def test_map_compare_of_an_unknown_version_fails_without_a_file(
    filled: tuple[Path, str], tmp_path: Path
) -> None:
    root, noor = filled
    out = tmp_path / "verschil.pdf"
    args = ("map-compare", "--profile", root, "--participant", noor, "--from", "1")
    message = failed_cleanly(run(*args, "--to", "3", "--out", out))
    assert "3" in message
    assert list(tmp_path.iterdir()) == []
    assert run(*args, "--to", "2", "--participant", "onbekend").returncode == 1
