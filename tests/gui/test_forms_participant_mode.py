"""Participant mode: the whole window is one form; answers autosave; leaving takes the
coach's passphrase (the real check), a wrong one keeps the form; nothing of the rest of
the app, nor any other participant, can be reached from it; Ctrl+L locks as usual."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from jiu_desktop.services import form_responses, participants
from jiu_desktop.views.forms.participant_mode import ParticipantMode
from jiu_desktop.views.forms.scale_input import ScaleInput
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.participants.page import ParticipantPage
from tests.conftest import PASSPHRASE
from tests.gui.conftest import type_into, unlock
from tests.gui.dialogs import answer
from tests.gui.forms_helpers import LSR, a_response, forms_tab, give_keyboard, open_noor

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow) -> Iterator[ParticipantPage]:
    yield open_noor(qtbot, window)


def start(
    qtbot: QtBot, window: MainWindow, page: ParticipantPage, response_id: str
) -> ParticipantMode:
    """The coach opens the response and hands it to the participant."""
    tab = forms_tab(page)
    tab.open_response(response_id)
    tab.participant_button.click()
    view = window.participant_mode.view
    assert view is not None and view.isVisible()
    give_keyboard(qtbot, view.body.inputs["spel"].field())
    return view


def answers(window: MainWindow, response_id: str) -> dict[str, object]:
    return form_responses.filled_form(window.context.store, response_id).answers


def click_value(scale: ScaleInput, value: int) -> None:
    spot = scale._cells()[value - 1].center().toPoint()
    QTest.mouseClick(scale, Qt.MouseButton.LeftButton, pos=spot)


def hand_back(qtbot: QtBot, view: ParticipantMode, passphrase: str) -> None:
    view.passphrase.clear()
    type_into(view.passphrase, passphrase)
    QTest.keyClick(view.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.checking, timeout=10_000)


def in_participant_mode(window: MainWindow, view: ParticipantMode) -> bool:
    return (
        window.screens.currentWidget() is view
        and view.isVisible()
        and not window.content.isVisible()
        and not window.navigation.isVisible()
        and not window.participants_page.isVisible()
        and not window.menuBar().isVisible()
        and not window.toolbar.isVisible()
    )


def test_a_participant_fills_in_leaves_with_the_passphrase_reopens_and_finishes(
    qtbot: QtBot, window: MainWindow, page: ParticipantPage
) -> None:
    rid = a_response(page, LSR)
    view = start(qtbot, window, page, rid)
    assert in_participant_mode(window, view)
    body = view.body
    assert body.font().pointSizeF() >= 1.4 * QApplication.font().pointSizeF(), "large type"
    assert body.progress.text() == "Part 1 of 5"
    assert not body.previous_button.isVisible() and not body.done_button.isVisible()
    QTest.keyClicks(body.inputs["spel"].field(), "Stoelendans")
    body.next_button.click()
    assert body.progress.text() == "Part 2 of 5"
    assert not body.inputs["spel"].isVisible(), "one section at a time"
    houding = body.inputs["houding"]
    assert isinstance(houding, ScaleInput) and houding.isVisible()
    assert houding.height() >= 90, "a large target for a finger"
    click_value(houding, 5)
    type_into(body.inputs["houding-goed"].field(), "Rechtop")
    # Autosaved while filling in: no flush here.
    qtbot.waitUntil(lambda: answers(window, rid).get("houding-goed") == "Rechtop", timeout=3000)
    assert answers(window, rid)["houding"] == 5
    assert answers(window, rid)["spel"] == "Stoelendans"

    view.back_button.click()
    assert view.pages.currentWidget() is view.handover, "leaving asks the passphrase"
    hand_back(qtbot, view, "een gok van mij")
    assert in_participant_mode(window, view), "a wrong passphrase keeps the form"
    assert "not the passphrase" in view.message.text()
    view.go_on_button.click()
    assert view.pages.currentWidget() is view.body
    assert body.progress.text() == "Part 2 of 5", "back where they were"
    view.back_button.click()
    hand_back(qtbot, view, PASSPHRASE)
    assert window.participant_mode.view is None
    tab = forms_tab(page)
    assert tab.isVisible() and window.menuBar().isVisible() and window.toolbar.isVisible()
    assert window.new_action.isEnabled() and window.find_action.isEnabled()
    assert tab.editor.body.inputs["houding"].value() == 5, "the coach sees what was given"  # type: ignore[union-attr]
    assert not form_responses.filled_form(window.context.store, rid).response.complete

    view = start(qtbot, window, page, rid)  # reopened: the answers so far are there
    body = view.body
    assert body.inputs["spel"].value() == "Stoelendans"
    for _ in range(4):
        body.next_button.click()
    assert body.progress.text() == "Part 5 of 5" and body.done_button.isVisible()
    type_into(body.inputs["feedback-vorige-keer"].field(), "Harder praten")
    body.done_button.click()
    response = form_responses.filled_form(window.context.store, rid)
    assert response.response.complete, "Klaar marks it complete"
    assert response.answers["feedback-vorige-keer"] == "Harder praten"
    assert "thank you" in view.handover_text.text()
    assert in_participant_mode(window, view), "and still asks for the passphrase"
    hand_back(qtbot, view, PASSPHRASE)
    assert window.participant_mode.view is None
    assert tab.model.data(tab.model.index(0)).endswith("done")


def test_no_shortcut_reaches_the_rest_of_the_app(
    qtbot: QtBot, window: MainWindow, page: ParticipantPage
) -> None:
    store = window.context.store
    participants.create_participant(store, first_name="Sem", last_name="de Vries")
    noor = page.participant_id
    rid = a_response(page, LSR)
    view = start(qtbot, window, page, rid)
    target = view.body.inputs["spel"].field()
    keys = [
        (Qt.Key.Key_F, CTRL),  # search participants
        (Qt.Key.Key_N, CTRL),  # new participant
        (Qt.Key.Key_S, CTRL),  # synchronise (its offer is a dialog)
        (Qt.Key.Key_Tab, CTRL),  # the next tab of the page
        (Qt.Key.Key_Backtab, CTRL | SHIFT),
        (Qt.Key.Key_N, CTRL | SHIFT),  # a new note
        (Qt.Key.Key_T, CTRL | SHIFT),  # a new talent
        (Qt.Key.Key_F, CTRL | SHIFT),  # a new form
        (Qt.Key.Key_Escape, NONE),
    ]
    keys += [(letter, ALT) for letter in (Qt.Key.Key_G, Qt.Key.Key_D, Qt.Key.Key_C)]
    keys += [(letter, ALT) for letter in (Qt.Key.Key_T, Qt.Key.Key_N, Qt.Key.Key_R)]
    keys += [
        (Qt.Key.Key_M, ALT),
        (Qt.Key.Key_O, ALT),
        (Qt.Key.Key_F, ALT),
        (Qt.Key.Key_P, ALT),
        (Qt.Key.Key_Y, ALT),
    ]
    for key, modifiers in keys:
        QTest.keyClick(target, key, modifiers)
        QApplication.processEvents()
        assert QApplication.activeModalWidget() is None, (key, modifiers)
        assert QApplication.activePopupWidget() is None, (key, modifiers)
        assert in_participant_mode(window, view), (key, modifiers)
    assert window.participants_page.currentWidget() is page, "never went to the list"
    assert page.participant_id == noor and page.current_tab() is forms_tab(page)
    assert len(participants.list_participants(store)) == 2, "no new participant either"
    assert not window.participants_page.list.isVisible()
    assert view.findChildren(type(window.navigation)) == []
    shown = " ".join(label.text() for label in view.findChildren(type(view.status)))
    assert "Sem" not in shown and "Vries" not in shown
    assert window.participant_mode.view is view


def test_ctrl_l_locks_and_the_answers_are_kept(
    qtbot: QtBot, window: MainWindow, page: ParticipantPage
) -> None:
    rid = a_response(page, LSR)
    view = start(qtbot, window, page, rid)
    target = view.body.inputs["spel"].field()
    QTest.keyClicks(target, "Zip zap")
    QTest.keyClick(target, Qt.Key.Key_L, CTRL)
    assert not window.context.unlocked, "Ctrl+L locks in participant mode too"
    assert window.screens.currentWidget() is window.unlock_screen
    assert window.participant_mode.view is None
    unlock(qtbot, window)
    assert answers(window, rid)["spel"] == "Zip zap", "typed before locking: saved"
    assert window.screens.currentWidget() is window.content
    assert window.menuBar().isVisible() and window.new_action.isEnabled()
    assert forms_tab(page).editor.response_id == rid


def test_a_group_member_fills_in_about_the_participant_by_role_only(
    qtbot: QtBot, window: MainWindow, page: ParticipantPage
) -> None:
    tab = forms_tab(page)
    asked: list[list[str]] = []

    def as_peer(dialog: object) -> None:
        template = dialog.findChild(QComboBox, "template")  # type: ignore[attr-defined]
        template.setCurrentIndex(template.findData(LSR))
        who = dialog.findChild(QComboBox, "newRespondent")  # type: ignore[attr-defined]
        who.setCurrentIndex(who.findData("groepsgenoot"))
        asked.append([f.objectName() for f in dialog.findChildren(QLineEdit)])  # type: ignore[attr-defined]

    answer("fillByParticipant", as_peer)
    tab.new_button.click()
    assert asked == [["newFilledOn"]], "no field for the peer's name"
    view = window.participant_mode.view
    assert view is not None and in_participant_mode(window, view)
    [row] = form_responses.responses_of(window.context.store, page.participant_id or "")
    assert row.respondent == "groepsgenoot"
    response = form_responses.filled_form(window.context.store, row.id).response
    assert response.participant_id == page.participant_id, "stored on the observed participant"
    give_keyboard(qtbot, view.body.inputs["spel"].field())
    QTest.keyClicks(view.body.inputs["spel"].field(), "Tikkertje")
    view.back_button.click()
    hand_back(qtbot, view, PASSPHRASE)
    assert answers(window, row.id) == {"spel": "Tikkertje"}
    assert "Group member" in tab.model.data(tab.model.index(0))
