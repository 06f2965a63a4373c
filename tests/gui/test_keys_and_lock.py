"""Ctrl+F searches from every page; on the lock screen nothing looks usable that is not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from jiu_desktop.services import participants
from jiu_desktop.views.main_window import MainWindow
from tests.gui.conftest import line, type_into, unlock

CTRL = Qt.KeyboardModifier.ControlModifier


def active(qtbot: QtBot, window: MainWindow) -> None:
    """Shortcuts reach only the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def press_ctrl_f(widget: QWidget) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_F, CTRL)


def assert_searching(window: MainWindow, typed: str) -> None:
    listing = window.participants_page.list
    assert window.current_page_name() == "participants"
    assert window.participants_page.currentWidget() is listing
    assert listing.search.hasFocus()
    assert listing.search.selectedText() == typed, "what was there is selected, to type over"


def test_ctrl_f_from_the_start_page_goes_to_the_search_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    active(qtbot, window)
    window.participants_page.list.search.setText("noor")
    window.show_page("start")
    press_ctrl_f(window.navigation)
    assert_searching(window, "noor")
    QTest.keyClicks(QApplication.focusWidget(), "sem")
    assert window.participants_page.list.search.text() == "sem"


def test_ctrl_f_from_a_participant_page_saves_and_goes_to_the_search_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    active(qtbot, window)
    store = window.context.store
    person = participants.create_participant(store, first_name="Noor")
    window.context.open_participant(person.id)
    page = window.participants_page.page
    last = line(page, "last_name")
    type_into(last, "Bakker")
    press_ctrl_f(last)
    assert_searching(window, "")
    assert participants.get_participant(store, person.id).last_name == "Bakker"


def test_ctrl_f_on_the_list_itself_still_works(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    active(qtbot, window)
    window.show_page("participants")
    listing = window.participants_page.list
    listing.search.setText("ab")
    press_ctrl_f(listing.table)
    assert_searching(window, "ab")


def tool_button(window: MainWindow, action_text: str) -> QToolButton:
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert isinstance(toolbar, QToolBar)
    action = next(a for a in toolbar.actions() if a.text() == action_text)
    button = toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    return button


def darkest(button: QToolButton) -> int:
    """The darkest grey in the button as drawn (its text): low when it looks usable."""
    image = button.grab().toImage()
    return min(
        QColor(image.pixel(x, y)).lightness()
        for x in range(image.width())
        for y in range(image.height())
    )


def test_on_the_lock_screen_the_toolbar_is_disabled_and_looks_it(
    qtbot: QtBot, styled: QApplication, window: MainWindow
) -> None:
    names = ("New participant", "Synchronise now", "Lock")
    for name in names:
        assert not tool_button(window, name).isEnabled(), name
        assert darkest(tool_button(window, name)) > 120, f"{name} looks usable while locked"
    for action in (window.new_action, window.sync_action, window.lock_action, window.find_action):
        assert not action.isEnabled(), action.text()
    active(qtbot, window)
    QTest.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_F, CTRL)
    assert window.screens.currentWidget() is window.unlock_screen, "Ctrl+F waits for unlock"

    unlock(qtbot, window)
    for name in names:
        button = tool_button(window, name)
        assert button.isEnabled(), name
        assert darkest(button) < 90, name

    window.lock_action.trigger()
    assert not window.context.unlocked
    for name in names:
        assert not tool_button(window, name).isEnabled(), name
        assert darkest(tool_button(window, name)) > 120, name
    assert window.sync_label.text() == "", "no link into the locked profile"
