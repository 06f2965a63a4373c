"""Shared by the form GUI tests: a participant's page on the Formulieren tab."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from jiu_desktop.services import form_responses, participants
from jiu_desktop.views.forms.tab import FormsTab
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.participants.page import ParticipantPage
from tests.gui.conftest import unlock

EVALUATION = "evaluatie-bijeenkomst@1"
LSR = "lsr-observatie-reflectie@1"
INTAKE = "kennismaking@1"


def open_noor(qtbot: QtBot, window: MainWindow) -> ParticipantPage:
    """Unlocked, Noor's page open, the window active so shortcuts reach it."""
    unlock(qtbot, window)
    person = participants.create_participant(window.context.store, first_name="Noor")
    window.context.open_participant(person.id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window.participants_page.page


def give_keyboard(qtbot: QtBot, widget: QWidget) -> None:
    """The keyboard in ``widget``, its window active (after a dialog, the offscreen screen
    leaves that to us)."""
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def pid_of(page: ParticipantPage) -> str:
    assert page.participant_id is not None
    return page.participant_id


def forms_tab(page: ParticipantPage) -> FormsTab:
    tab = page.tab(FormsTab)
    page.show_tab(tab)
    return tab


def a_response(page: ParticipantPage, template_id: str = EVALUATION, **fields: object) -> str:
    store = page.context.store
    added = form_responses.start_response(store, pid_of(page), template_id, **fields)  # type: ignore[arg-type]
    page.context.announce(added.changes)
    return added.id
