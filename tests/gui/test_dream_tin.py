"""The Droomblik tab: the dream stays in the tin until it is opened, steps with a helper
from the network map, a taken step celebrated and followed by the next one, the start page
and the conversation timeline, and the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jiu_desktop.services import dreams, network_map, participants
from jiu_desktop.views.dream_tin.tab import DreamTinTab
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.participants.page import ParticipantPage
from jiu_desktop.views.participants.tab_registry import ConversationsTab, DetailsTab
from jiu_desktop.views.participants.tabs.conversations import STEP_ROLE
from tests.gui.conftest import type_into, unlock

DREAM = "Een eigen huisje met een tuin"
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow) -> Iterator[ParticipantPage]:
    unlock(qtbot, window)
    person = participants.create_participant(window.context.store, first_name="Noor")
    window.context.open_participant(person.id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window.participants_page.page


def pid_of(page: ParticipantPage) -> str:
    assert page.participant_id is not None
    return page.participant_id


def dream_tab(page: ParticipantPage) -> DreamTinTab:
    tab = page.tab(DreamTinTab)
    page.show_tab(tab)
    return tab


def a_dream(page: ParticipantPage, **fields: object) -> str:
    store = page.context.store
    return dreams.add_dream(store, pid_of(page), text=DREAM, life_domain="wonen", **fields).id


def shown_text(tab: DreamTinTab) -> str:
    """Every text the tab shows, in its visible labels, lists and fields."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPlainTextEdit

    parts: list[str] = []
    for label in tab.findChildren(QLabel):
        if label.isVisible():
            parts.append(label.text())
    for listing in tab.findChildren(QListWidget):
        if listing.isVisible():
            parts += [listing.item(r).text() for r in range(listing.count())]
    for edit in tab.findChildren(QPlainTextEdit):
        parts.append(edit.toPlainText())  # hidden or not: the dream is not even held there
    for field in tab.findChildren(QLineEdit):
        parts.append(field.text())
    return "\n".join(parts)


def test_no_tin_yet_says_what_to_do(page: ParticipantPage) -> None:
    tab = dream_tab(page)
    assert tab.empty.isVisible()
    assert "New dream tin" in tab.empty.text()


def test_a_new_tin_keeps_the_dream_inside(qtbot: QtBot, page: ParticipantPage) -> None:
    tab = dream_tab(page)
    tab.new_button.click()
    assert tab.new_form.isVisible() and QApplication.focusWidget() is tab.new_form.text
    type_into(tab.new_form.text, DREAM)
    tab.new_form.findChild(type(tab.new_button), "pick_scholing").click()
    assert tab.new_form.domain.currentData() == "ontwikkeling"
    assert not tab.new_form.share.isChecked(), "sharing is off unless chosen"
    tab.new_form.store_button.click()
    [card] = dreams.dream_cards(page.context.store, pid_of(page))
    assert (card.dream.text, card.dream.life_domain) == (DREAM, "ontwikkeling")
    assert card.dream.share_with_group is False
    assert DREAM not in shown_text(tab), "into the tin, and the tin is closed"
    assert QApplication.focusWidget() is tab.editor.text, "next: the first step"


def test_the_dream_shows_only_while_the_tin_is_open(qtbot: QtBot, page: ParticipantPage) -> None:
    a_dream(page)
    tab = dream_tab(page)
    assert tab.panel.tin.isVisible()
    assert DREAM not in shown_text(tab)
    assert "Housing" in tab.cards.item(0).text(), "the card shows the life area"
    tab.panel.open_button.click()
    assert tab.panel.dream_text.isVisible()
    assert tab.panel.dream_text.toPlainText() == DREAM
    page.show_tab(page.details)  # another tab
    page.show_tab(tab)
    assert DREAM not in shown_text(tab), "leaving the tab closed the tin"
    tab.panel.open_button.click()
    page.load(pid_of(page))  # the participant opened again (or another one)
    assert DREAM not in shown_text(tab)


def test_the_open_dream_is_changed_with_autosave_and_undo(
    qtbot: QtBot, page: ParticipantPage
) -> None:
    dream_id = a_dream(page)
    tab = dream_tab(page)
    tab.panel.open_button.click()
    QTest.keyClicks(tab.panel.dream_text, " aan zee")
    tab.panel.form.flush()
    assert dreams.get_dream(page.context.store, dream_id).text == DREAM + " aan zee"
    tab.panel.status.setCurrentIndex(tab.panel.status.findData("uitgekomen"))
    tab.panel.status.activated.emit(tab.panel.status.currentIndex())
    tab.panel.form.flush()
    assert dreams.get_dream(page.context.store, dream_id).status == "uitgekomen"
    assert "Came true" in tab.cards.item(0).text()
    tab.panel.form.undo_stack.undo()
    assert dreams.get_dream(page.context.store, dream_id).status == "actief"


def map_with(page: ParticipantPage, label: str) -> None:
    store = page.context.store
    chart = network_map.start_map(store, pid_of(page)).id
    network_map.add_person(store, chart, label, category="familie")


def test_a_step_with_a_helper_from_the_map(qtbot: QtBot, page: ParticipantPage) -> None:
    map_with(page, "tante Els")
    dream_id = a_dream(page)
    tab = dream_tab(page)
    assert [tab.editor.helper.itemText(i) for i in range(tab.editor.helper.count())] == [
        "tante Els"
    ]
    tab.editor.helper.setCurrentIndex(0)
    tab.editor.helper.activated.emit(0)  # chosen before the text: kept for it
    type_into(tab.editor.best_before, "20-12-2026")
    type_into(tab.editor.text, "Met tante Els naar de woningcorporatie bellen")
    tab.editor.form.flush()
    [card] = dreams.dream_cards(page.context.store, pid_of(page))
    assert card.dream.id == dream_id
    [step] = card.steps
    assert step.text == "Met tante Els naar de woningcorporatie bellen"
    assert step.best_before == date(2026, 12, 20)
    assert step.helper_lineage_id != "" and step.helper_text == "tante Els"
    assert "Met tante Els" in tab.cards.item(0).text(), "the sticker on the card"
    tab.editor.helper.setEditText("")
    type_into(tab.editor.helper.lineEdit(), "buurvrouw")
    tab.editor.form.flush()
    [step] = dreams.dream_cards(page.context.store, pid_of(page))[0].steps
    assert (step.helper_lineage_id, step.helper_text) == ("", "buurvrouw")


def test_the_four_checks_and_the_sticker_hint(qtbot: QtBot, page: ParticipantPage) -> None:
    a_dream(page)
    tab = dream_tab(page)
    assert "Feasible?" in tab.editor.checks.text() and tab.editor.checks.isVisible()
    type_into(tab.editor.text, "kort")
    assert tab.editor.sticker_hint.text() == ""
    type_into(tab.editor.text, " en nog veel langer" * 5)
    assert tab.editor.sticker_hint.text() == "", "about 100 characters still fit at 7 pt"
    type_into(tab.editor.text, " en nog veel langer" * 10)
    assert "round sticker" in tab.editor.sticker_hint.text(), "measured as it is printed"


def test_a_taken_step_is_celebrated_and_the_next_follows(
    qtbot: QtBot, page: ParticipantPage
) -> None:
    dream_id = a_dream(page)
    first = dreams.add_step(page.context.store, dream_id, "Cv laten nakijken").id
    tab = dream_tab(page)
    assert tab.step_id == first
    assert not tab.editor.celebration.isVisible()
    tab.editor.take_button.click()
    [step] = dreams.dream_cards(page.context.store, pid_of(page))[0].steps
    assert (step.status, step.taken_on) == ("gezet", date.today())
    assert tab.editor.celebration.isVisible()
    assert "Time to celebrate" in tab.editor.celebration.text.text()
    assert QApplication.activeModalWidget() is None, "no box to click away"
    tab.editor.celebration.next_button.click()
    assert QApplication.focusWidget() is tab.editor.text and tab.editor.text.toPlainText() == ""
    QTest.keyClicks(tab.editor.text, "Drie vacatures uitzoeken")
    tab.editor.form.flush()
    card = dreams.dream_cards(page.context.store, pid_of(page))[0]
    assert [s.text for s in card.steps] == ["Cv laten nakijken", "Drie vacatures uitzoeken"]
    assert card.current is not None and card.current.text == "Drie vacatures uitzoeken"
    assert tab.panel.steps.count() == 2


def test_a_taken_step_shows_in_the_timeline(qtbot: QtBot, page: ParticipantPage) -> None:
    dream_id = a_dream(page)
    step = dreams.add_step(page.context.store, dream_id, "Cv laten nakijken").id
    dreams.take_step(page.context.store, step, on=date(2026, 11, 20))
    conversations = page.tab(ConversationsTab)
    page.show_tab(conversations)
    conversations.reload()
    [line] = [
        conversations.timeline.item(r)
        for r in range(conversations.timeline.count())
        if conversations.timeline.item(r).data(STEP_ROLE)
    ]
    assert line.text() == "20-11-2026\n★ Step taken: Cv laten nakijken"
    conversations._open_item(line)
    assert page.current_tab() is page.tab(DreamTinTab)
    assert page.tab(DreamTinTab).step_id == step


def test_a_step_taken_on_the_tab_reaches_the_timeline(qtbot: QtBot, page: ParticipantPage) -> None:
    dream_id = a_dream(page)
    dreams.add_step(page.context.store, dream_id, "Cv laten nakijken")
    conversations = page.tab(ConversationsTab)
    page.show_tab(conversations)  # loaded: it follows changes from now on
    tab = dream_tab(page)
    tab.editor.take_button.click()
    texts = [conversations.timeline.item(r).text() for r in range(conversations.timeline.count())]
    assert any("Step taken: Cv laten nakijken" in t for t in texts)


def test_a_due_step_is_on_the_start_page_and_opens_the_tin(
    qtbot: QtBot, window: MainWindow, page: ParticipantPage
) -> None:
    store = page.context.store
    dream_id = a_dream(page)
    soon = date.today() + timedelta(days=5)
    due = dreams.add_step(store, dream_id, "Bij de bibliotheek vragen", best_before=soon).id
    later = a_dream(page)
    dreams.add_step(store, later, "Later", best_before=date.today() + timedelta(days=30))
    window.show_page("start")
    start = window.start_page
    start.reload()
    assert start.table.rowCount() == 1
    text = start.table.item(0, 3).text()
    assert "Bij de bibliotheek vragen" in text and soon.strftime("%d-%m") in text
    assert text.startswith("Best before") and "talk it over?" in text
    check = start.table.item(0, 0)
    assert not check.flags() & Qt.ItemFlag.ItemIsUserCheckable, "a step to talk about"
    start.table.setFocus()
    start.table.setCurrentCell(0, 3)
    QTest.keyClick(start.table, Qt.Key.Key_Return)
    assert window.current_page_name() == "participants"
    assert page.current_tab() is page.tab(DreamTinTab)
    assert page.tab(DreamTinTab).step_id == due


def test_changes_from_elsewhere_refresh_the_tab(qtbot: QtBot, page: ParticipantPage) -> None:
    from jiu_desktop.services.changes import Changes

    tab = dream_tab(page)
    added = dreams.add_dream(page.context.store, pid_of(page), text=DREAM, life_domain="werk")
    page.context.announce(Changes(added.changes.entities, added.changes.ids))  # as sync does
    assert tab.cards.count() == 1 and tab.panel.tin.isVisible()


def test_the_main_actions_by_keyboard(qtbot: QtBot, page: ParticipantPage) -> None:
    first_name = page.details.form.bindings["first_name"].widget
    first_name.setFocus()
    QTest.keyClick(first_name, Qt.Key.Key_R, ALT)
    tab = page.tab(DreamTinTab)
    qtbot.waitUntil(lambda: page.current_tab() is tab)
    QTest.keyClick(tab, Qt.Key.Key_I, ALT)  # New dream t&in
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.new_form.text)
    QTest.keyClicks(tab.new_form.text, DREAM)
    tab.new_form.store_button.setFocus()
    QTest.keyClick(tab.new_form.store_button, Qt.Key.Key_Space)
    assert tab.cards.count() == 1
    QTest.keyClicks(tab.editor.text, "Cv laten nakijken")
    tab.editor.form.flush()
    QTest.keyClick(tab.editor.text, Qt.Key.Key_K, ALT)  # Step ta&ken
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.editor.celebration.next_button)
    assert tab.editor.celebration.isVisible()
    QTest.keyClick(tab.editor.celebration.next_button, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is tab.editor.text
    QTest.keyClick(tab.editor.text, Qt.Key.Key_O, ALT)  # &Open the tin
    qtbot.waitUntil(lambda: tab.panel.dream_text.toPlainText() == DREAM)
    QTest.keyClick(tab.panel.dream_text, Qt.Key.Key_L, ALT)  # C&lose the tin
    qtbot.waitUntil(lambda: tab.panel.dream_text.toPlainText() == "")
    assert page.tab(DetailsTab) is page.details


def test_a_tin_begun_is_not_left_open_for_the_next_participant(
    qtbot: QtBot, page: ParticipantPage
) -> None:
    tab = dream_tab(page)
    tab.new_button.click()
    type_into(tab.new_form.text, DREAM)
    other = participants.create_participant(page.context.store, first_name="Sem").row
    page.load(other.id)
    page.show_tab(tab)
    assert tab.body.currentWidget() is tab.empty
    assert DREAM not in shown_text(tab)
    assert dreams.dream_cards(page.context.store, other.id) == []
