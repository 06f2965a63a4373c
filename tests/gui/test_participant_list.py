"""The participant list: mine or the whole team, what an empty list says, and the words
around a search hit found in a participant's text."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from jiu_desktop.services import notes, participants, team
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.participants.list_model import FOUND, HTML_ROLE, NAME
from jiu_desktop.views.participants.list_view import ParticipantListView
from jiu_desktop.views.start_page import StartPage
from tests.gui.conftest import find, line, type_into, unlock


def open_list(qtbot: QtBot, window: MainWindow) -> ParticipantListView:
    if not window.context.unlocked:
        unlock(qtbot, window)
    window.show_page("participants")
    listing = window.participants_page.list
    listing.reload()
    return listing


def names(listing: ParticipantListView) -> list[str]:
    return [row.full_name for row in listing.model.rows]


def button(parent: ParticipantListView | StartPage, name: str) -> QPushButton:
    found = find(parent, QPushButton, name)
    assert isinstance(found, QPushButton)
    return found


def two_coaches(window: MainWindow) -> tuple[str, str]:
    """Noor is Sanne's, Sem is Joris's; returns (Sanne, Joris)."""
    store = window.context.store
    sanne = team.create_coach(store, "Sanne").row
    joris = team.create_coach(store, "Joris").row
    participants.create_participant(store, first_name="Noor", coach_id=sanne.id)
    participants.create_participant(store, first_name="Sem", coach_id=joris.id)
    return sanne.id, joris.id


def search_for(qtbot: QtBot, listing: ParticipantListView, text: str) -> None:
    listing.search.clear()
    type_into(listing.search, text)
    qtbot.waitUntil(lambda: listing.model.query == text, timeout=3000)


def test_the_list_shows_my_participants_and_the_whole_team_one_click_away(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    sanne, _ = two_coaches(window)
    team.set_my_coach(window.context.store, sanne)
    listing = open_list(qtbot, window)
    mine, whole = button(listing, "scopeMine"), button(listing, "scopeTeam")
    assert mine.isEnabled() and mine.isChecked()
    assert names(listing) == ["Noor"]
    assert listing.count.text().startswith("1 participant")
    whole.click()
    assert names(listing) == ["Noor", "Sem"]
    assert listing.count.text().startswith("2 participant")
    assert whole.isChecked()
    mine.click()
    assert names(listing) == ["Noor"]


def test_the_start_page_and_the_list_share_the_choice(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    sanne, _ = two_coaches(window)
    team.set_my_coach(window.context.store, sanne)
    listing = open_list(qtbot, window)
    window.show_page("start")
    button(window.start_page, "scopeTeam").click()
    assert names(listing) == ["Noor", "Sem"]
    assert button(listing, "scopeTeam").isChecked()


def test_a_coach_chosen_for_the_profile_counts_when_the_list_is_shown_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    sanne, _ = two_coaches(window)
    listing = open_list(qtbot, window)
    assert names(listing) == ["Noor", "Sem"]
    window.show_page("start")
    team.set_my_coach(window.context.store, sanne)  # what Settings does; nothing announced
    window.show_page("participants")
    assert names(listing) == ["Noor"]


def test_without_a_coach_for_the_profile_the_list_shows_the_whole_team(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    two_coaches(window)
    listing = open_list(qtbot, window)
    mine = button(listing, "scopeMine")
    assert names(listing) == ["Noor", "Sem"]
    assert not mine.isEnabled() and "Settings" in mine.toolTip()
    assert button(listing, "scopeTeam").isChecked()


def test_an_empty_profile_says_how_to_add_a_participant(qtbot: QtBot, window: MainWindow) -> None:
    listing = open_list(qtbot, window)
    assert listing.body.currentWidget() is listing.empty
    text = listing.empty.text.text()
    assert "New participant" in text and "Ctrl+N" in text
    assert "Set up synchronisation" in text
    assert not listing.count.isVisibleTo(listing)
    assert not listing.empty.whole_team.isVisibleTo(listing)
    assert not listing.empty.clear_filters.isVisibleTo(listing)


def test_none_of_mine_but_some_in_the_team_offers_the_whole_team(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    store = window.context.store
    me = team.create_coach(store, "Sanne").row
    team.set_my_coach(store, me.id)
    participants.create_participant(store, first_name="Sem")
    listing = open_list(qtbot, window)
    assert names(listing) == []
    text = listing.empty.text.text()
    assert "none with you as their coach" in text
    assert "Ctrl+N" not in text
    assert listing.empty.whole_team.isVisibleTo(listing)
    listing.empty.whole_team.click()
    assert names(listing) == ["Sem"]
    assert listing.body.currentWidget() is listing.table


def test_a_search_without_hits_says_what_was_typed_and_what_to_try(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    sanne, _ = two_coaches(window)
    team.set_my_coach(window.context.store, sanne)
    listing = open_list(qtbot, window)
    listing.status.setCurrentIndex(listing.status.findData("actief"))
    search_for(qtbot, listing, "stagx")
    text = listing.empty.text.text()
    assert "Nothing found for “stagx”" in text
    assert "spelling" in text
    assert "whole team" in text and listing.empty.whole_team.isVisibleTo(listing)
    assert "“Active”" in text and listing.empty.clear_filters.isVisibleTo(listing)
    listing.empty.clear_filters.click()
    assert listing.status.currentData() is None
    assert listing.search.text() == "stagx", "what was typed stays"

    search_for(qtbot, listing, "noo")
    assert names(listing) == ["Noor"]
    listing.status.setCurrentIndex(listing.status.findData("actief"))
    text = listing.empty.text.text()
    assert "Nothing found for “noo”" in text and "“Active”" in text
    listing.context.set_mine_only(False)
    assert "whole team" not in listing.empty.text.text(), "the whole team is searched already"
    assert not listing.empty.whole_team.isVisibleTo(listing)


def test_a_note_hit_shows_the_words_around_it_and_a_name_hit_does_not(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    store = window.context.store
    noor = participants.create_participant(store, first_name="Noor", last_name="Bakker").row
    notes.add_note(
        store,
        noor.id,
        note_date=date(2026, 11, 30),
        text="Een lang gesprek over haar wensen, en daarna over de stage bij de bakker.",
    )
    listing = open_list(qtbot, window)
    assert listing.table.isColumnHidden(FOUND), "no search: the names take the room"

    def found(row: int) -> str:
        return str(listing.proxy.data(listing.proxy.index(row, FOUND), HTML_ROLE))

    search_for(qtbot, listing, "stage")
    assert not listing.table.isColumnHidden(FOUND)
    qtbot.waitUntil(lambda: "<b>stage</b>" in found(0), timeout=3000)
    assert "over de <b>stage</b> bij" in found(0)
    assert "gesprek" not in found(0), "the words around the hit, not the whole note"
    assert listing.proxy.data(listing.proxy.index(0, NAME)) == "Noor Bakker"

    search_for(qtbot, listing, "bakk")  # the last name, and a word of the note
    assert names(listing) == ["Noor Bakker"]
    listing.model.snippet(0)  # asked for, as painting the row asks
    listing.model.fetch_snippets()
    assert listing.model.snippet(0) == "", "found by the name: nothing more to show"
    assert found(0) == ""


def test_a_new_participant_is_mine_and_in_my_list(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    store = window.context.store
    me = team.create_coach(store, "Sanne").row
    team.set_my_coach(store, me.id)
    listing = open_list(qtbot, window)
    window.new_action.trigger()
    page = window.participants_page.page
    type_into(line(page.details, "first_name"), "Noor")
    qtbot.waitUntil(lambda: page.participant_id is not None, timeout=3000)
    assert page.participant_id is not None
    assert participants.get_participant(store, page.participant_id).coach_id == me.id
    page.leave()
    assert names(listing) == ["Noor"]
