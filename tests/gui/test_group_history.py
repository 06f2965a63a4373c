"""The group on the Gegevens tab: moving from a day through the group history, the
history shown under the field, and correcting it in "Group history…"."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from jiu_desktop.services import memberships, participants, team
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.participants.page import ParticipantPage
from tests.gui.conftest import line, type_into, unlock
from tests.gui.dialogs import answer, assert_fits_small_screen

TODAY = date.today()


@pytest.fixture
def groups(qtbot: QtBot, window: MainWindow) -> tuple[str, str]:
    unlock(qtbot, window)
    store = window.context.store
    return (
        team.create_group(store, "Voorjaar 2026").id,
        team.create_group(store, "Najaar 2026").id,
    )


@pytest.fixture
def noor(window: MainWindow, groups: tuple[str, str]) -> str:
    store = window.context.store
    pid = participants.create_participant(store, first_name="Noor").id
    memberships.move_to_group(store, pid, groups[0], date(2026, 3, 3))
    return pid


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow, noor: str) -> Iterator[ParticipantPage]:
    window.context.open_participant(noor)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window.participants_page.page


def history(window: MainWindow, pid: str) -> list[tuple[str | None, date, date | None]]:
    rows = memberships.memberships(window.context.store, pid)
    return [(m.group_id, m.from_date, m.to_date) for m in rows]


def set_day(text: str) -> Callable[[QWidget], None]:
    def prepare(dialog: QWidget) -> None:
        day = dialog.findChild(QLineEdit, "day")
        assert isinstance(day, QLineEdit)
        day.setText(text)

    return prepare


def choose_by_keyboard(page: ParticipantPage, name: str) -> None:
    combo = page.details.group
    combo.setFocus()
    wanted = combo.findText(name)
    assert wanted >= 0, name
    assert abs(wanted - combo.currentIndex()) == 1, "one key press: one question"
    QTest.keyClick(combo, Qt.Key.Key_Down if wanted > combo.currentIndex() else Qt.Key.Key_Up)


def test_moving_to_another_group_from_a_day_keeps_both_in_the_history(
    window: MainWindow, page: ParticipantPage, noor: str, groups: tuple[str, str]
) -> None:
    spring, autumn = groups
    details = page.details
    assert details.group_field.history.text() == "Voorjaar 2026 (since 03-03-2026)"
    seen = answer("dayOk", set_day("01-09-2026"))
    choose_by_keyboard(page, "Najaar 2026")
    assert seen and "Najaar 2026" in seen[0].text, "it asks from which day"
    assert seen[0].default == "dayOk"
    assert_fits_small_screen(seen[0], destructive="")
    assert history(window, noor) == [
        (spring, date(2026, 3, 3), date(2026, 8, 31)),
        (autumn, date(2026, 9, 1), None),
    ]
    assert details.group_field.history.text() == (
        "Voorjaar 2026 (03-03-2026 – 31-08-2026) → Najaar 2026 (since 01-09-2026)"
    )
    assert details.group.currentText() == "Najaar 2026"
    assert participants.get_participant(window.context.store, noor).group_id == autumn


def test_the_day_asked_is_today_unless_changed(
    window: MainWindow, page: ParticipantPage, noor: str, groups: tuple[str, str]
) -> None:
    seen = answer("dayOk")
    choose_by_keyboard(page, "Najaar 2026")
    assert seen
    assert history(window, noor)[-1] == (groups[1], TODAY, None)


def test_cancelling_the_move_changes_nothing(
    window: MainWindow, page: ParticipantPage, noor: str, groups: tuple[str, str]
) -> None:
    before = history(window, noor)
    answer("Cancel")  # not found by name: the dialog is rejected
    choose_by_keyboard(page, "Najaar 2026")
    assert history(window, noor) == before
    assert page.details.group.currentText() == "Voorjaar 2026", "the field shows the stored group"


def test_a_wrong_day_is_told_in_the_dialog(
    window: MainWindow, page: ParticipantPage, noor: str
) -> None:
    messages: list[str] = []

    def wrong_then_look(dialog: QWidget) -> None:
        set_day("31-02-2026")(dialog)
        ok = dialog.findChild(QPushButton, "dayOk")
        assert isinstance(ok, QPushButton)
        ok.click()
        message = dialog.findChild(QLabel, "inlineMessage")
        assert isinstance(message, QLabel)
        messages.append(message.text())

    before = history(window, noor)
    answer("Cancel", wrong_then_look)
    choose_by_keyboard(page, "Najaar 2026")
    assert messages and "31-02-2026" in messages[0]
    assert history(window, noor) == before


def test_choosing_no_group_ends_the_membership_on_the_last_day(
    window: MainWindow, page: ParticipantPage, noor: str, groups: tuple[str, str]
) -> None:
    seen = answer("dayOk", set_day("30-06-2026"))
    combo = page.details.group
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)  # the first: no group
    assert seen and "Voorjaar 2026" in seen[0].text
    assert history(window, noor) == [(groups[0], date(2026, 3, 3), date(2026, 6, 30))]
    assert page.details.group.currentText() == "(none)"
    assert "30-06-2026" in page.details.group_field.history.text()


def test_the_history_dialog_corrects_a_first_day_and_removes_a_mistake(
    qtbot: QtBot, window: MainWindow, page: ParticipantPage, noor: str, groups: tuple[str, str]
) -> None:
    store = window.context.store
    memberships.move_to_group(store, noor, groups[1], date(2026, 9, 1))
    page.details.group_field.refresh()

    def correct(dialog: QWidget) -> None:
        first = dialog.findChild(QLineEdit, "from_date_2")
        assert isinstance(first, QLineEdit) and first.text() == "01-09-2026"
        first.setFocus()
        first.selectAll()
        QTest.keyClicks(first, "07-09-2026")
        QTest.keyClick(first, Qt.Key.Key_Return)

    seen = answer("closeHistory", correct)
    page.details.group_field.edit_history.click()
    assert seen and seen[0].default == "closeHistory"
    assert_fits_small_screen(seen[0], destructive="")
    assert history(window, noor)[1] == (groups[1], date(2026, 9, 7), None)
    assert "(since 07-09-2026)" in page.details.group_field.history.text()

    def remove(dialog: QWidget) -> None:
        answer("confirmAction")
        button = dialog.findChild(QPushButton, "removeMembership_2")
        assert isinstance(button, QPushButton)
        button.click()

    answer("closeHistory", remove)
    page.details.group_field.edit_history.click()
    assert [g for g, _start, _end in history(window, noor)] == [groups[0]]


def test_a_group_chosen_for_a_new_participant_is_their_first_membership(
    qtbot: QtBot, window: MainWindow, groups: tuple[str, str]
) -> None:
    window.context.request_new_participant()
    page = window.participants_page.page
    details = page.details
    details.group.setCurrentIndex(details.group.findData(groups[1]))
    details.group.activated.emit(details.group.currentIndex())
    type_into(line(details, "first_name"), "Sem")
    page.flush_pending()
    pid = page.participant_id
    assert pid is not None
    assert history(window, pid) == [(groups[1], TODAY, None)]
    qtbot.waitUntil(lambda: details.group_field.history.text() != "", timeout=2000)
    assert "Najaar 2026" in details.group_field.history.text()


def test_someone_moved_yesterday_is_listed_in_the_new_group_only(
    window: MainWindow, noor: str, groups: tuple[str, str]
) -> None:
    store = window.context.store
    memberships.move_to_group(store, noor, groups[1], TODAY - timedelta(days=1))
    window.show_page("participants")
    listing = window.participants_page.list
    listing.reload_groups()
    listing.group.setCurrentIndex(listing.group.findData(groups[0]))
    assert listing.model.rows == []
    listing.group.setCurrentIndex(listing.group.findData(groups[1]))
    assert [r.id for r in listing.model.rows] == [noor]
