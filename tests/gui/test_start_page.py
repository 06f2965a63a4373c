"""The Start page: mine or the whole team, a next step when empty, undo for a tick."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from jiu_desktop.services import notes, participants, team
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.start_page import StartPage
from tests.gui.conftest import find, unlock


def start_page(window: MainWindow) -> StartPage:
    page = window.findChild(StartPage)
    assert isinstance(page, StartPage)
    window.show_page("start")
    page.reload()
    return page


def test_an_empty_profile_says_how_to_begin(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    page = start_page(window)
    assert "Ctrl+N" in page.empty.text()
    assert "Ctrl+S" in page.empty.text()
    assert not page.table.isVisibleTo(page)
    assert "0 in total" in page.numbers.text()
    # Knowing its coach changes nothing while the whole team has nobody either.
    team.set_my_coach(window.context.store, team.create_coach(window.context.store, "Sanne").id)
    page.reload()
    assert "Ctrl+S" in page.empty.text()
    participants.create_participant(window.context.store, first_name="Sem")
    page.reload()
    assert "whole team" in page.empty.text()  # the team has someone; this coach not yet


def test_mine_shows_only_this_coachs_participants(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    store = window.context.store
    sanne = team.create_coach(store, "Sanne").row
    joris = team.create_coach(store, "Joris").row
    mine = participants.create_participant(store, first_name="Noor", coach_id=sanne.id).row
    theirs = participants.create_participant(store, first_name="Sem", coach_id=joris.id).row
    for person, action in ((mine, "Bellen over stage"), (theirs, "Cv nalopen")):
        notes.add_note(
            store, person.id, note_date=date(2026, 11, 30), text="Gesprek", follow_up=action
        )
    page = start_page(window)
    mine_button = find(page, QPushButton, "scopeMine")
    assert not mine_button.isEnabled()  # the profile does not know its coach yet
    assert page.table.rowCount() == 2
    team.set_my_coach(store, sanne.id)
    page.reload()
    assert mine_button.isEnabled() and mine_button.isChecked()
    assert [f.text for f in page.follow_ups] == ["Bellen over stage"]
    assert "1 in total" in page.numbers.text()
    find(page, QPushButton, "scopeTeam").click()
    assert page.table.rowCount() == 2
    assert "2 in total" in page.numbers.text()
    mine_button.click()
    assert page.table.rowCount() == 1


def test_a_ticked_action_can_be_undone(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    store = window.context.store
    person = participants.create_participant(store, first_name="Noor").row
    note = notes.add_note(
        store, person.id, note_date=date(2026, 11, 30), text="Gesprek", follow_up="Bellen"
    ).row
    page = start_page(window)
    item = page.table.item(0, 0)
    assert item is not None
    item.setCheckState(Qt.CheckState.Checked)
    assert page.table.rowCount() == 0
    assert notes.get_note(store, note.id).follow_up_done
    ticked = page.ticked_text
    assert "Bellen" in ticked.text() and page.ticked.isVisibleTo(page)
    find(window, QPushButton, "undoTick").click()
    assert not notes.get_note(store, note.id).follow_up_done
    assert page.table.rowCount() == 1
    assert not page.ticked.isVisibleTo(page)
