"""The network map on paper from its tab: the system print dialog (a printer that prints
into a file here), the PDF for the coach and for the participant, and the comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QWidget

from jiu_desktop.services import network_map, participants
from jiu_desktop.views.network_map.tab import NetworkMapTab
from tests.gui.conftest import find
from tests.gui.dialogs import answer
from tests.gui.paper import pages_of, print_into, save_to, text_of
from tests.gui.test_network_map import drawn, tab  # noqa: F401  (fixtures)


def test_ctrl_p_prints_the_map_and_its_plans_page(
    drawn: NetworkMapTab,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    printed = tmp_path / "printer.pdf"
    seen = print_into(monkeypatch, printed)
    drawn.view.setFocus()
    QTest.keyClick(drawn.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert seen, "the system print dialog came up"
    assert pages_of(printed) == 2, "the map and the plans page"


def test_the_participants_pdf_leaves_out_the_coach_note_and_the_surname(
    drawn: NetworkMapTab,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = drawn.context.store
    assert drawn.participant_id is not None
    participants.update_participant(store, drawn.participant_id, last_name="Bakker")
    for_them, for_coach = tmp_path / "deelnemer.pdf", tmp_path / "coach.pdf"
    save_to(monkeypatch, for_them)
    drawn.pdf_participant_action.trigger()
    save_to(monkeypatch, for_coach)
    drawn.pdf_action.trigger()
    them, coach = text_of(for_them.read_bytes()), text_of(for_coach.read_bytes())
    assert "moeder" in them and "sportmaatje" in them and "Noor" in them
    assert "geheim" not in them and "Bakker" not in them
    assert "geheim" in coach and "Bakker" in coach


def test_a_place_that_cannot_be_written_says_so_and_writes_nothing(
    drawn: NetworkMapTab,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    in_the_way = folder / "een bestand"
    in_the_way.write_text("x")
    save_to(monkeypatch, in_the_way / "kaart.pdf")  # a "folder" that is a file
    drawn.pdf_action.trigger()
    assert "Cannot save there" in drawn.message.text()
    assert [p.name for p in folder.iterdir()] == ["een bestand"]


def test_the_comparison_is_saved_as_pdf_from_its_dialog(
    drawn: NetworkMapTab,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = drawn.context.store
    assert drawn.participant_id is not None
    drawn.new_version_button.click()
    assert drawn.map_id is not None
    network_map.add_person(store, drawn.map_id, "kat", category="huisdier")
    drawn.reload()
    target = tmp_path / "vergelijking.pdf"
    save_to(monkeypatch, target)

    def save(dialog: QWidget) -> None:
        find(dialog, QPushButton, "saveComparison").click()

    answer("close", save)
    drawn.compare_button.click()
    text = text_of(target.read_bytes())
    assert "kat" in text
