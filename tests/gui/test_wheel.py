"""The wheel scrolls the page over a field it would change; it changes only a focused one."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from jiu_desktop.services import participants, team
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.participants.page import ParticipantPage
from tests import fast_cli
from tests.gui.conftest import line, unlock

DOWN = -1


def turn_wheel(widget: QWidget, notches: int = DOWN) -> None:
    """One wheel turn with the pointer in the middle of ``widget``, as the mouse sends it
    (through the window system, so Qt gives focus and passes it on as it does for real)."""
    top = widget.window()
    handle = top.windowHandle()
    assert handle is not None, "the widget is shown"
    centre = widget.mapTo(top, widget.rect().center())
    under = top.childAt(centre)
    assert under is widget or widget.isAncestorOf(under), "the pointer is over the widget"
    QTest.wheelEvent(handle, QPointF(centre), QPoint(0, 120 * notches))
    QApplication.processEvents()


class Form(QScrollArea):
    """A long form in a scroll area, with one field of every kind the wheel could change."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        content = QWidget()
        layout = QVBoxLayout(content)
        self.name = QLineEdit()
        self.combo = QComboBox()
        self.combo.addItems(["aangemeld", "intake", "actief", "afgehaakt"])
        self.spin = QSpinBox()
        self.spin.setValue(5)
        self.date = QDateEdit(QDate(2026, 3, 15))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setValue(50)
        for widget in (self.name, self.combo, self.spin, self.date, self.slider):
            layout.addWidget(widget)
        layout.addSpacing(2000)
        self.setWidget(content)
        self.resize(400, 300)


VALUES: dict[str, Callable[[Form], object]] = {
    "combo": lambda f: f.combo.currentIndex(),
    "spin": lambda f: f.spin.value(),
    "date": lambda f: f.date.date(),
    "slider": lambda f: f.slider.value(),
}


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    shown = Form()
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    shown.name.setFocus()
    return shown


@pytest.mark.parametrize("field", VALUES)
def test_the_wheel_over_an_unfocused_field_scrolls_and_changes_nothing(
    form: Form, field: str
) -> None:
    widget = getattr(form, field)
    value = VALUES[field](form)
    bar = form.verticalScrollBar()
    assert bar.value() == 0
    turn_wheel(widget)
    assert VALUES[field](form) == value
    assert bar.value() > 0, "the page scrolls on"
    assert not widget.hasFocus()


@pytest.mark.parametrize("field", VALUES)
def test_the_wheel_still_changes_the_field_being_edited(form: Form, field: str) -> None:
    widget = getattr(form, field)
    widget.setFocus()
    assert widget.hasFocus()
    value = VALUES[field](form)
    turn_wheel(widget)
    assert VALUES[field](form) != value
    assert form.verticalScrollBar().value() == 0


def test_the_wheel_does_not_give_these_fields_focus(form: Form) -> None:
    for field in VALUES:
        assert getattr(form, field).focusPolicy() == Qt.FocusPolicy.StrongFocus, field


def test_scrolling_the_participant_form_over_status_and_group_changes_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    store = window.context.store
    voorjaar = team.create_group(store, "Voorjaar")
    team.create_group(store, "Zomer")
    person = participants.create_participant(
        store, first_name="Noor", status="actief", group_id=voorjaar.id
    )
    window.resize(1100, 560)
    window.context.open_participant(person.id)
    page: ParticipantPage = window.participants_page.page
    details = page.details
    qtbot.wait(50)
    bar = details.scroll_area.verticalScrollBar()
    line(page, "first_name").setFocus()
    for combo in (details.status, details.group):
        bar.setValue(0)
        details.scroll_area.ensureWidgetVisible(combo, 0, 0)
        before = bar.value()
        assert before < bar.maximum(), "room to scroll on"
        turn_wheel(combo)
        assert bar.value() > before, "the page scrolls on"
        assert not combo.hasFocus()
    qtbot.wait(800)  # longer than the autosave's wait: a change would have been saved
    assert not details.form.dirty
    saved = participants.get_participant(store, person.id)
    assert (saved.status, saved.group_id) == ("actief", voorjaar.id)
    assert [s.status for s in participants.status_history(store, person.id)] == ["actief"]
    assert details.status.currentData() == "actief"
    assert details.group.currentData() == voorjaar.id


def test_a_focused_status_still_turns_with_the_wheel_and_is_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    store = window.context.store
    person = participants.create_participant(store, first_name="Noor", status="intake")
    window.context.open_participant(person.id)
    details = window.participants_page.page.details
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    details.status.setFocus()
    turn_wheel(details.status)
    qtbot.waitUntil(lambda: participants.get_participant(store, person.id).status == "actief")


def test_the_program_installs_the_guard_where_it_makes_its_application() -> None:
    """In a process of its own: the real start-up also styles the application."""
    check = (
        "from jiu_desktop.app import make_application\n"
        "from jiu_desktop.views.wheel import WheelGuard\n"
        "app = make_application()\n"
        "assert len(app.findChildren(WheelGuard)) == 1\n"
        "make_application()\n"
        "assert len(app.findChildren(WheelGuard)) == 1, 'installed once'\n"
    )
    env = fast_cli.subprocess_env(os.environ)
    subprocess.run([sys.executable, "-c", check], check=True, timeout=60, env=env)
