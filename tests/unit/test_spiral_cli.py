"""``spiral-pdf`` on the real command line, in a subprocess: the young person's version
and the coach's, it only reads, and a failure says one line and leaves no file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from jiu_desktop.cli.common import locked
from jiu_desktop.services import participants, profile, spiral
from tests.integration.test_cli import PASS, failed_cleanly, hashes, run
from tests.unit.test_map_pdf import flat, pages_text

TODAY = date.today()
BEFORE = TODAY - timedelta(days=30)


@dataclass(frozen=True)
class Filled:
    root: Path
    noor: str
    sem: str


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Filled:
    root = tmp_path_factory.mktemp("spiral") / "profile"
    with locked(root, must_exist=False):
        store, _recovery = profile.create_profile(root, "Sanne", PASS)
    try:
        noor = participants.create_participant(store, first_name="Noor", last_name="Bakker").id
        sem = participants.create_participant(store, first_name="Sem").id
        spiral.record_measurement(
            store, noor, BEFORE, {"algemeen": 1}, together=True, note="Geheime notitie"
        )
        spiral.record_measurement(store, noor, TODAY, {"algemeen": 2, "werk": 3})
        return Filled(root, noor, sem)
    finally:
        store.close()


def test_spiral_pdf_for_the_participant_and_for_the_coach(filled: Filled, tmp_path: Path) -> None:
    before = hashes(filled.root)
    mine = tmp_path / "mijn spiraal.pdf"
    result = run(
        "spiral-pdf", "--profile", filled.root, "--participant", filled.noor,
        "--for-participant", "--out", mine,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert str(mine) in result.stdout
    text = flat(" ".join(pages_text(mine.read_bytes())))
    assert "My spiral · Noor" in text and "You began at step 1: Overleven." in text
    assert "Bakker" not in text and "Geheime notitie" not in text
    assert f"{BEFORE:%d-%m-%Y}" not in text
    coach = tmp_path / "coach.pdf"
    result = run(
        "spiral-pdf", "--profile", filled.root, "--participant", filled.noor, "--out", coach
    )
    assert result.returncode == 0, result.stderr
    text = flat(" ".join(pages_text(coach.read_bytes())))
    assert f"{BEFORE:%d-%m-%Y}: step 1 (together)" in text
    assert "Geheime notitie" not in text
    assert hashes(filled.root) == before, "it only reads"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["coach.pdf", "mijn spiraal.pdf"]


@pytest.mark.parametrize(
    ("who", "said"),
    [("sem", "Sem has no spiral measurement yet."), ("nobody", "onbekend does not exist")],
)
def test_spiral_pdf_of_someone_unmeasured_or_unknown_writes_nothing(
    filled: Filled, tmp_path: Path, who: str, said: str
) -> None:
    out = tmp_path / "spiraal.pdf"
    ident = filled.sem if who == "sem" else "onbekend"
    line = failed_cleanly(
        run("spiral-pdf", "--profile", filled.root, "--participant", ident, "--out", out)
    )
    assert said.lower() in line.lower()
    assert list(tmp_path.iterdir()) == []


def test_spiral_pdf_without_a_participant_is_a_usage_error(filled: Filled, tmp_path: Path) -> None:
    result = run("spiral-pdf", "--profile", filled.root, "--out", tmp_path / "x.pdf")
    assert result.returncode == 2 and "--participant" in result.stderr
    assert list(tmp_path.iterdir()) == []
