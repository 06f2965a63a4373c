"""The dream tin on paper from its tab: the sticker (sheet, start position) saved as
PDF, never with the dream; the step plan; and printing through the system dialog."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from jiu_desktop.services import dreams
from jiu_desktop.views.dream_tin.paper import StickerDialog
from jiu_desktop.views.participants.page import ParticipantPage
from tests.gui.dialogs import answer
from tests.gui.paper import print_into, save_to, text_of
from tests.gui.test_dream_tin import DREAM, a_dream, dream_tab, page  # noqa: F401

STEP = "Op zaterdag een dag meelopen bij de bakker"


def with_a_step(page: ParticipantPage) -> str:  # noqa: F811
    dream = a_dream(page)
    soon = date.today() + timedelta(days=10)
    dreams.add_step(page.context.store, dream, STEP, best_before=soon)
    tab = dream_tab(page)
    tab.reload(dream)
    return dream


def test_the_sticker_is_saved_on_the_chosen_sheet_and_never_shows_the_dream(
    page: ParticipantPage,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with_a_step(page)
    tab = dream_tab(page)
    target = tmp_path / "sticker.pdf"
    save_to(monkeypatch, target)

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, StickerDialog)
        dialog.sheet.setCurrentIndex(dialog.sheet.findData("99.1x67.7"))
        assert dialog.start_at.maximum() == 8, "eight stickers on that sheet"
        dialog.start_at.setValue(3)

    seen = answer("stickerPdf", choose)
    tab.sticker_action.trigger()
    assert seen, "the sticker dialog came up"
    text = text_of(target.read_bytes())
    assert "VERS VOORNEMEN" in text and "Op zaterdag" in text
    assert DREAM not in text and "huisje" not in text, "the dream stays in the tin"


def test_the_step_plan_is_saved_and_holds_the_dream_and_its_steps(
    page: ParticipantPage,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with_a_step(page)
    tab = dream_tab(page)
    target = tmp_path / "plan.pdf"
    save_to(monkeypatch, target)
    tab.plan_pdf_action.trigger()
    text = " ".join(text_of(target.read_bytes()).split())
    assert DREAM.split()[0] in text and "Op zaterdag een dag meelopen" in text


def test_the_dream_slip_goes_to_the_printer(
    page: ParticipantPage,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with_a_step(page)
    tab = dream_tab(page)
    printed = tmp_path / "printer.pdf"
    seen = print_into(monkeypatch, printed)
    tab.slip_action.trigger()
    assert seen and printed.stat().st_size > 1000
