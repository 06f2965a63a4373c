"""The recovery sheet is a real one-page PDF; demo data is realistic and repeatable."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import func, select

from jiu_desktop.models import ChangeLogEntry
from jiu_desktop.printing.recovery_sheet import render_recovery_sheet
from jiu_desktop.services import exchange, participants, profile
from jiu_desktop.services.demo import ensure_demo_profile, fill_demo_data
from jiu_desktop.services.store import Store
from jiu_desktop.vault.vaultfile import VaultFile

KEY = "CIUP-LRFR-FREF-XBFK-QLP5-7SK2-K6RB-GRV5"


def test_recovery_sheet_is_one_page_with_the_key(tmp_path: Path) -> None:
    out = tmp_path / "chosen" / "sheet.pdf"
    out.parent.mkdir()
    render_recovery_sheet(out, "Sanne de Vriës", KEY)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for group in KEY.split("-"):
        assert group in text
    assert "Sanne de Vriës" in text
    resources = reader.pages[0]["/Resources"]["/Font"]
    base_fonts = {str(resources[name].get_object()["/BaseFont"]) for name in resources}
    assert any("DejaVuSans" in font for font in base_fonts), "fonts are embedded"
    assert [p.name for p in out.parent.iterdir()] == ["sheet.pdf"], "no temporary file left"


def test_demo_data_is_deterministic_and_realistic(store: Store, tmp_path: Path) -> None:
    summary = fill_demo_data(store, 12, seed=7)
    assert summary.participants == 12 and summary.notes >= 24
    other, _ = profile.create_profile(tmp_path / "other", "x", "geheim 12345")
    fill_demo_data(other, 12, seed=7)
    ours = exchange.export_data(store)
    theirs = exchange.export_data(other)
    other.close()

    def content(document: dict[str, object]) -> list[tuple[object, ...]]:
        people = document["participants"]
        assert isinstance(people, list)
        return sorted(
            (p["first_name"], p["last_name"], p["email"], len(p["notes"])) for p in people
        )

    assert content(ours) == content(theirs)
    person = ours["participants"][0]
    assert person["phone"].startswith("06-") and person["email"].endswith("@example.nl")
    assert person["notes"] and person["status_history"]
    with store.session() as s:
        assert (s.scalar(select(func.count()).select_from(ChangeLogEntry)) or 0) > 100


def test_demo_profile_is_made_once_and_opens_with_the_demo_passphrase(tmp_path: Path) -> None:
    root = ensure_demo_profile(tmp_path / "demo")
    first = (root / "vault.json").read_bytes()
    assert ensure_demo_profile(root) == root
    assert (root / "vault.json").read_bytes() == first
    assert VaultFile.load(root / "vault.json").demo
    store = profile.open_profile(root, profile.DEMO_PASSPHRASE)
    assert participants.count_participants(store) == 40
    store.close()
