"""``tin-labels``, ``dream-pdf`` and ``due-steps`` on the real command line, in
subprocesses: they only read, and a failure leaves no file and says one line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from jiu_desktop.cli.common import locked
from jiu_desktop.printing.tin_labels import LAYOUTS
from jiu_desktop.services import dreams, participants, profile, team
from jiu_desktop.services.preferences import Preferences, load_preferences, save_preferences
from tests.integration.test_cli import PASS, failed_cleanly, hashes, run
from tests.unit.test_map_pdf import flat, pages_text
from tests.unit.test_tin_labels import cell_box, text_in

TODAY = date.today()


@dataclass(frozen=True)
class Filled:
    root: Path
    noor: str
    sem: str
    kapsalon: str
    coach_a: str
    coach_b: str


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Filled:
    root = tmp_path_factory.mktemp("dreams") / "profile"
    with locked(root, must_exist=False):
        store, _recovery = profile.create_profile(root, "Sanne", PASS)
    try:
        coach_a = team.create_coach(store, "Sanne").id
        coach_b = team.create_coach(store, "Ahmed").id
        noor = participants.create_participant(
            store, first_name="Noor", last_name="Bakker", coach_id=coach_a
        ).id
        sem = participants.create_participant(store, first_name="Sem", coach_id=coach_b).id
        kapsalon = dreams.add_dream(store, noor, text="Mijn eigen kapsalon", life_domain="werk").id
        first = dreams.add_step(store, kapsalon, "Een dag meelopen bij een kapper").id
        dreams.take_step(store, first, reflection="Leuk!")
        dreams.add_step(
            store, kapsalon, "Informatie opvragen bij het ROC", best_before=TODAY + timedelta(3)
        )
        room = dreams.add_dream(store, noor, text="Een eigen kamer", life_domain="wonen").id
        dreams.add_step(
            store, room, "Inschrijven bij de woningcorporatie", best_before=TODAY - timedelta(2)
        )
        dreams.add_dream(store, noor, text="Later naar Japan", life_domain="vrije_tijd")
        return Filled(root, noor, sem, kapsalon, coach_a, coach_b)
    finally:
        store.close()


def succeeded(*args: str | Path) -> str:
    result = run(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_tin_labels_prints_one_sticker_per_dream_and_only_reads(
    filled: Filled, tmp_path: Path
) -> None:
    before = hashes(filled.root)
    out = tmp_path / "stickers.pdf"
    said = succeeded(
        "tin-labels", "--profile", filled.root, "--participant", filled.noor,
        "--layout", "round-63.5", "--start-at", "3", "--first-name", "--out", out,
    )  # fmt: skip
    assert "(3)" in said
    assert hashes(filled.root) == before
    assert [p.name for p in tmp_path.iterdir()] == ["stickers.pdf"], "no temporary file left"
    layout = LAYOUTS["round-63.5"]
    document = pdfium.PdfDocument(out.read_bytes())
    textpage = document[0].get_textpage()
    assert text_in(textpage, cell_box(layout, 1)) == text_in(textpage, cell_box(layout, 2)) == ""
    cells = [text_in(textpage, cell_box(layout, n)) for n in (3, 4, 5)]
    document.close()
    assert "Informatie opvragen bij het ROC" in cells[0] and "Noor" in cells[0]
    assert "Inschrijven bij de woningcorporatie" in cells[1]
    assert "VERS VOORNEMEN" in cells[2] and "Houdbaar tot" in cells[2]  # lines to write on
    everything = " ".join(cells)
    for secret in ("kapsalon", "kamer", "Japan", "Bakker"):
        assert secret not in everything


def test_tin_labels_of_one_dream_follows_the_printer_offset(filled: Filled, tmp_path: Path) -> None:
    kept = load_preferences(filled.root)
    save_preferences(filled.root, Preferences(printer_offset_x_mm=3, printer_offset_y_mm=-2))
    try:
        out = tmp_path / "one.pdf"
        succeeded(
            "tin-labels", "--profile", filled.root, "--participant", filled.noor,
            "--dream", filled.kapsalon, "--layout", "99.1x67.7", "--out", out,
        )  # fmt: skip
    finally:
        save_preferences(filled.root, kept)
    layout = LAYOUTS["99.1x67.7"]
    document = pdfium.PdfDocument(out.read_bytes())
    textpage = document[0].get_textpage()
    shifted = text_in(textpage, cell_box(layout, 1, (3, -2)))
    document.close()
    assert "Informatie opvragen bij het ROC" in shifted
    assert "Inschrijven" not in shifted


def test_a_participant_without_dreams_gets_no_file(filled: Filled, tmp_path: Path) -> None:
    out = tmp_path / "stickers.pdf"
    result = run(
        "tin-labels", "--profile", filled.root, "--participant", filled.sem,
        "--layout", "full-page", "--out", out,
    )  # fmt: skip
    line = failed_cleanly(result)
    assert "Sem has no dream tin yet." in line
    assert not out.exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        (("--layout", "A4-rond"), 2),
        (("--layout", "round-63.5", "--start-at", "13"), 1),
        (("--layout", "round-63.5", "--dream", "onbekend"), 1),
    ],
)
def test_tin_labels_with_bad_input_writes_nothing(
    filled: Filled, tmp_path: Path, extra: tuple[str, ...], code: int
) -> None:
    out = tmp_path / "stickers.pdf"
    result = run(
        "tin-labels", "--profile", filled.root, "--participant", filled.noor, *extra,
        "--out", out,
    )  # fmt: skip
    assert result.returncode == code, result.stderr
    if code == 2:
        assert "usage:" in result.stderr and "invalid choice" in result.stderr
    else:
        failed_cleanly(result)
    assert not out.exists()


def test_dream_pdf_prints_the_step_plan(filled: Filled, tmp_path: Path) -> None:
    before = hashes(filled.root)
    out = tmp_path / "plan.pdf"
    succeeded("dream-pdf", "--profile", filled.root, "--dream", filled.kapsalon, "--out", out)
    text = flat("".join(pages_text(out.read_bytes())))
    assert "Mijn eigen kapsalon" in text and "Een dag meelopen bij een kapper" in text
    assert "Leuk!" in text and "Bakker" not in text
    assert hashes(filled.root) == before
    missing = tmp_path / "nothing.pdf"
    failed_cleanly(
        run("dream-pdf", "--profile", filled.root, "--dream", "onbekend", "--out", missing)
    )
    assert not missing.exists()


def test_due_steps_lists_past_ones_first_and_filters_by_coach(filled: Filled) -> None:
    before = hashes(filled.root)
    lines = succeeded("due-steps", "--profile", filled.root).splitlines()
    assert lines == [
        f"{TODAY - timedelta(2):%Y-%m-%d}  Noor  Inschrijven bij de woningcorporatie",
        f"{TODAY + timedelta(3):%Y-%m-%d}  Noor  Informatie opvragen bij het ROC",
    ]
    near = succeeded("due-steps", "--profile", filled.root, "--days", "1").splitlines()
    assert near == lines[:1]
    mine = succeeded("due-steps", "--profile", filled.root, "--coach", filled.coach_a)
    assert mine.splitlines() == lines
    calm = succeeded("due-steps", "--profile", filled.root, "--coach", filled.coach_b)
    assert len(calm.splitlines()) == 1 and "No dream-tin steps" in calm
    assert hashes(filled.root) == before
