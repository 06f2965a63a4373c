"""The recovery sheet is a real one-page PDF; demo data is realistic and repeatable."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlalchemy import func, select

from jiu_desktop.db.store import Store
from jiu_desktop.demo import ensure_demo_profile, fill_demo_data
from jiu_desktop.models import (
    ChangeLogEntry,
    Participant,
    Referral,
    SessionNote,
    StatusChange,
)
from jiu_desktop.printing.recovery_sheet import render_recovery_sheet
from jiu_desktop.services import exchange, participants, profile
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


def test_recovery_sheet_keeps_a_long_profile_name_on_the_page(tmp_path: Path) -> None:
    name = "Stichting Welzijn Renkum – jongerenwerk Oosterbeek, Heelsum en Doorwerth, team Noord"
    out = tmp_path / "sheet.pdf"
    render_recovery_sheet(out, name, KEY)
    page = PdfReader(out).pages[0]
    right_edge = float(page.mediabox.width) - 15 * mm
    lines: list[str] = []

    def check(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
        if not text.strip() or not isinstance(font, dict):
            return
        face = str(font["/BaseFont"]).split("+")[-1]
        end = tm[4] + stringWidth(text.rstrip("\n"), face, size)
        assert end <= right_edge, f"runs off the page: {text!r}"
        lines.append(text)

    page.extract_text(visitor_text=check)
    header = next(line for line in lines if "Profile:" in line)
    assert date.today().strftime("%d-%m-%Y") in header
    assert "Stichting Welzijn Renkum" in header


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


def test_demo_timelines_are_consistent(store: Store) -> None:
    """Nothing has happened after today, the intake date is the day of the intake step,
    a participant who only signed up has not been coached, and addresses are ASCII."""
    fill_demo_data(store, 150, seed=3)
    today = date.today()
    with store.session() as s:
        people = s.scalars(select(Participant)).all()
        history: dict[str, list[StatusChange]] = {}
        for change in s.scalars(select(StatusChange).order_by(StatusChange.changed_on)):
            history.setdefault(change.participant_id, []).append(change)
        notes: dict[str, list[SessionNote]] = {}
        for note in s.scalars(select(SessionNote)):
            notes.setdefault(note.participant_id, []).append(note)
        referrals = s.scalars(select(Referral)).all()
        assert all(r.referred_on is None or r.referred_on <= today for r in referrals)
        for person in people:
            steps = history[person.id]
            assert person.email.isascii(), person.email
            assert steps[-1].status == person.status
            assert all(step.changed_on <= today for step in steps)
            intake = [step.changed_on for step in steps if step.status == "intake"]
            assert person.intake_date == (intake[0] if intake else None)
            own = notes[person.id]
            dates = [note.note_date for note in own]
            assert len(set(dates)) == len(dates), "no pile of notes on one day"
            assert all(day <= today for day in dates)
            if person.status == "aangemeld":
                assert {note.kind for note in own} <= {"telefonisch", "er_op_af"}
            for note in own:
                if note.follow_up_due is not None:
                    assert note.follow_up_due > note.note_date
        open_overdue = [
            note
            for own in notes.values()
            for note in own
            if note.follow_up and not note.follow_up_done and note.follow_up_due < today
        ]
        assert open_overdue, "the start page shows some overdue actions"
