"""The team's choices in the Settings: its name (on the reports) and whether its
participation spiral has step 6; saved for the whole team, shown again next time, and
the Spiraal tab follows at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from jiu_desktop.services import participants, team_settings
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.spiral.tab import SpiralTab
from tests.gui.conftest import type_into, unlock
from tests.gui.test_settings_and_sync_offer import settings


def test_the_team_name_and_step_six_are_saved_for_the_team(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    store = window.context.store
    noor = participants.create_participant(store, first_name="Noor").id
    window.context.open_participant(noor)
    page = window.participants_page.page
    tab = page.tab(SpiralTab)
    page.show_tab(tab)
    assert len(tab.chart.steps) == 5
    dialog = settings(qtbot, window)
    assert dialog.team_name.text() == "" and not dialog.step_six.isChecked()
    type_into(dialog.team_name, "JIU  Arnhem-Zuid ")
    QTest.mouseClick(dialog.step_six, Qt.MouseButton.LeftButton)
    dialog.findChild(QWidget, "saveSettings").click()  # type: ignore[union-attr]
    assert team_settings.team_settings(store) == team_settings.TeamChoices("JIU Arnhem-Zuid", True)
    assert [n for n, _name in tab.chart.steps] == [1, 2, 3, 4, 5, 6], "the tab follows"
    again = settings(qtbot, window)
    assert again.team_name.text() == "JIU Arnhem-Zuid" and again.step_six.isChecked()
    again.step_six.setChecked(False)
    again.reject()
    assert team_settings.uses_step_six(store), "cancel changes nothing"
