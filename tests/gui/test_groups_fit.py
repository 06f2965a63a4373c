"""The Groepen page in a 1366×768 window, in English and in Dutch, with the real style:
nothing cut on the list, the meetings tab, the attendance grid (with the er op af bar)
and the dialogs; the grid keeps room for the meetings beside the names."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from jiu_desktop.services import attendance, meetings, memberships, participants, team
from jiu_desktop.views.groups import GroupsPage
from jiu_desktop.views.groups.group_list import NewGroupDialog
from jiu_desktop.views.groups.meeting_dialog import MeetingDialog
from jiu_desktop.views.groups.roster_dialog import RosterDialog
from jiu_desktop.views.main_window import MainWindow
from tests.gui.layout_checks import (
    LAPTOP_HEIGHT,
    LAPTOP_WIDTH,
    fits_laptop_screen,
    settle,
    squeezed,
    text_cut,
)

NAMES = ("Noor", "Mohammed", "Aylin", "Daan", "Fatima-Zahra", "Luuk", "Mila", "Yusuf")


def filled(window: MainWindow) -> GroupsPage:
    store = window.context.store
    group = team.create_group(store, "Voorjaar 2027 Amersfoort-Noord").id
    meetings.update_group(store, group, attendance_rule="minstens 80% aanwezig (examen)")
    meetings.make_roster(store, group, date(2027, 3, 2), 12, [1, 3], "13:00", "15:30")
    first = meetings.meetings_of(store, group)[0].id
    meetings.update_meeting(
        store, first, topic="Netwerkkaart invullen en bespreken", place="Buurthuis De Poort"
    )
    for n in range(20):
        name = NAMES[n % len(NAMES)]
        ident = participants.create_participant(
            store, first_name=name, last_name=f"Bakker-van den Heuvel {n}"
        ).id
        memberships.move_to_group(store, ident, group, on=date(2027, 3, 1))
        attendance.mark(store, first, ident, "aanwezig")
    window.show_page(GroupsPage.page_name)
    page = window.page(GroupsPage)
    settle()
    assert squeezed(page) == [] and text_cut(page) == []
    page.show_group(group)
    settle()
    return page


def assert_window_is_the_laptop(window: MainWindow) -> None:
    assert (window.width(), window.height()) == (LAPTOP_WIDTH, LAPTOP_HEIGHT)


def test_the_meetings_tab_fits(laptop: MainWindow) -> None:
    page = filled(laptop)
    assert squeezed(page) == [] and text_cut(page) == []
    assert_window_is_the_laptop(laptop)
    table = page.group.meetings.table
    assert table.viewport().height() >= 250, "room for the list of meetings"


def test_the_attendance_grid_fits_with_room_for_the_meetings(laptop: MainWindow) -> None:
    page = filled(laptop)
    page.group.show_attendance()
    settle()
    tab = page.group.attendance
    assert squeezed(page) == [] and text_cut(page) == []
    grid = tab.view
    columns = grid.viewport().width() // grid.horizontalHeader().defaultSectionSize()
    rows = grid.viewport().height() // grid.verticalHeader().defaultSectionSize()
    assert columns >= 10, columns
    assert rows >= 7, rows
    grid.go_to(3, 0)
    tab.apply(3, 0, "afwezig")
    settle()
    assert tab.bar.isVisible()
    assert squeezed(page) == [] and text_cut(page) == []
    assert_window_is_the_laptop(laptop)
    tab.bar.reach_out.click()
    settle()
    assert tab.bar.open_person.isVisible()
    assert squeezed(page) == [] and text_cut(page) == []


def check_dialog(dialog: QDialog) -> None:
    dialog.show()
    settle()
    try:
        assert fits_laptop_screen(dialog)
        assert squeezed(dialog) == []
        assert text_cut(dialog) == []
    finally:
        dialog.close()
        dialog.deleteLater()


def test_the_dialogs_fit(laptop: MainWindow) -> None:
    page = filled(laptop)
    store = laptop.context.store
    check_dialog(RosterDialog(store, page.group.group_id, laptop))
    check_dialog(NewGroupDialog(store, laptop))
    meeting = page.group.meetings.selected()
    assert meeting is not None
    check_dialog(MeetingDialog(laptop, lambda _values: None, meeting))
