"""The participant page in a 1366×768 window, in English and in Dutch, with the real style:
no field cut, nothing moves when an error appears, and words that say one thing each."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from jiu_desktop.services import consent, intake, notes, participants, team
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.pages import PAGES
from jiu_desktop.views.participants.page import ParticipantPage
from tests.gui.conftest import find, line, type_into, unlock
from tests.gui.dialogs import answer, assert_fits_small_screen
from tests.gui.layout_checks import LAPTOP_HEIGHT, LAPTOP_WIDTH, settle, squeezed, text_cut

FOLLOW_UP = "Samen naar het Werkplein om de vacatures in de zorg te bekijken en te bellen"


def open_noor(window: MainWindow, with_note: bool = True) -> ParticipantPage:
    store = window.context.store
    coach = team.create_coach(store, "Sanne de Groot-Verhoeven").row
    group = team.create_group(store, "Voorjaar 2027 Amersfoort-Noord").row
    noor = participants.create_participant(
        store,
        first_name="Noor",
        last_name="Bakker-van den Heuvelsbroek",
        date_of_birth="09-04-2001",
        intake_date="12-10-2026",
        coach_id=coach.id,
        group_id=group.id,
    ).row
    if with_note:
        notes.add_note(
            store,
            noor.id,
            note_date=date(2026, 11, 30),
            text="Gesprek over de stage bij de bakker.",
            follow_up=FOLLOW_UP,
            follow_up_due=date(2026, 12, 14),
        )
    window.context.open_participant(noor.id)
    settle()
    return window.participants_page.page


def y_of(widget: QWidget, page: QWidget) -> int:
    return widget.mapTo(page, QPoint(0, 0)).y()


def test_the_window_is_the_laptop_screen(laptop: MainWindow) -> None:
    assert (laptop.width(), laptop.height()) == (LAPTOP_WIDTH, LAPTOP_HEIGHT)


def test_no_field_of_the_details_is_cut(laptop: MainWindow) -> None:
    page = open_noor(laptop)
    assert page.current_tab() is page.details
    assert squeezed(page) == []
    assert text_cut(page) == []


def test_no_field_of_the_note_editor_is_cut(laptop: MainWindow) -> None:
    page = open_noor(laptop)
    conversations = page.conversations
    page.show_tab(conversations)
    conversations.editor.open_note(conversations.items[0])
    settle()
    assert squeezed(page) == []
    assert text_cut(page) == []
    follow_up = conversations.editor.follow_up
    assert follow_up.toPlainText() == FOLLOW_UP
    assert follow_up.verticalScrollBar().maximum() == 0, "the whole action in sight"
    conversations.splitter.setSizes([LAPTOP_WIDTH, 1])  # the editor as narrow as it goes
    settle()
    assert squeezed(page) == []
    assert text_cut(page) == []


def test_the_details_stay_in_place_when_an_error_appears(qtbot: QtBot, laptop: MainWindow) -> None:
    page = open_noor(laptop, with_note=False)
    details = page.details
    below = line(details, "address")
    before = y_of(below, page)
    type_into(line(details, "email"), "noor-at-example")
    qtbot.waitUntil(lambda: details.message.text() != "", timeout=3000)
    settle()
    assert details.message.isVisible()
    assert y_of(below, page) == before
    assert squeezed(page) == []


def test_the_note_editor_stays_in_place_when_an_error_appears(
    qtbot: QtBot, laptop: MainWindow
) -> None:
    page = open_noor(laptop)
    conversations = page.conversations
    page.show_tab(conversations)
    editor = conversations.editor
    editor.open_note(conversations.items[0])
    settle()
    close = find(editor, QPushButton, "finishNote")
    before = y_of(close, page)
    due = line(editor, "follow_up_due")
    due.clear()
    type_into(due, "31-02-2027")
    qtbot.waitUntil(lambda: editor.message.text() != "", timeout=3000)
    settle()
    assert editor.message.isVisible()
    assert y_of(close, page) == before


def test_a_finished_action_and_closing_the_note_have_words_of_their_own(
    laptop: MainWindow,
) -> None:
    page = open_noor(laptop)
    page.show_tab(page.conversations)
    editor = page.conversations.editor
    done = find(editor, QCheckBox, "follow_up_done")
    close = find(editor, QPushButton, "finishNote")
    assert isinstance(done, QCheckBox) and isinstance(close, QPushButton)
    done_words = set(done.text().replace("&", "").lower().split())
    close_words = set(close.text().replace("&", "").lower().split())
    assert not done_words & close_words, (done.text(), close.text())


def test_no_notes_yet_says_how_to_write_the_first(qtbot: QtBot, laptop: MainWindow) -> None:
    page = open_noor(laptop, with_note=False)
    conversations = page.conversations
    page.show_tab(conversations)
    assert conversations.no_notes.isVisible() and not conversations.timeline.isVisible()
    assert "Ctrl+Shift+N" in conversations.no_notes.text()
    page.show_tab(page.details)
    laptop.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is laptop)
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(page.details, Qt.Key.Key_N, modifiers)  # the key the text names
    assert page.current_tab() is conversations
    assert conversations.side.currentWidget() is conversations.editor


def test_the_delete_question_says_how_it_differs_from_erasing(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    page = open_noor(window, with_note=False)
    erase = find(page.details, QPushButton, "eraseParticipant")
    delete = find(page.details, QPushButton, "deleteParticipant")
    assert isinstance(erase, QPushButton) and isinstance(delete, QPushButton)
    seen = answer("confirmCancel")
    delete.click()
    assert seen, "a question was asked"
    assert_fits_small_screen(seen[0])
    assert participants.list_participants(window.context.store) != []
    assert f"“{erase.text()}”" in seen[0].text, "it names the other button as it reads"
    assert "kept" in seen[0].text and "cannot bring it back" in seen[0].text


def test_the_consent_for_pictures_names_videos_too(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    page = open_noor(window, with_note=False)
    assert "filmpjes" in page.details.consent.rows["beeldmateriaal"].title.text()


def test_no_field_of_the_talents_is_cut(laptop: MainWindow) -> None:
    from jiu_desktop.services import talents
    from jiu_desktop.views.participants.tab_registry import TalentsTab

    page = open_noor(laptop, with_note=False)
    tab = page.tab(TalentsTab)
    page.show_tab(tab)
    settle()
    assert tab.empty.isVisible()
    assert squeezed(page) == []
    assert text_cut(page) == []
    assert page.participant_id is not None
    talents.add_talent(laptop.context.store, page.participant_id, kind="succes", text=FOLLOW_UP)
    tab.reload()
    for column in range(tab.model.columnCount()):  # each edited in its cell
        tab.table.edit(tab.model.index(0, column))
        settle()
        assert squeezed(page) == [], column
        assert text_cut(page) == [], column


def test_the_group_history_fits_beside_the_details(laptop: MainWindow) -> None:
    from jiu_desktop.services import memberships

    page = open_noor(laptop, with_note=False)
    store = laptop.context.store
    assert page.participant_id is not None
    autumn = team.create_group(store, "Najaar 2027 Amersfoort-Noord").id
    memberships.move_to_group(store, page.participant_id, autumn, date(2026, 11, 2))
    field = page.details.group_field
    field.refresh()
    for _ in range(3):  # the history's new line travels up through nested layouts
        settle()
    assert " → " in field.history.text()
    assert field.history.isVisible() and field.edit_history.isVisible()
    assert squeezed(page) == []
    assert text_cut(page) == []

    def look(dialog: QWidget) -> None:
        settle()
        assert squeezed(dialog) == []
        assert text_cut(dialog) == []

    seen = answer("closeHistory", look)
    field.edit_history.click()
    assert seen
    assert_fits_small_screen(seen[0], destructive="")


def test_nothing_of_the_intake_and_consent_is_cut(laptop: MainWindow) -> None:
    """Filled in, with care workers, a warning and every consent history open."""
    page = open_noor(laptop, with_note=False)
    store = laptop.context.store
    pid = page.participant_id
    assert pid is not None
    intake.save_intake(
        store, pid, days_now="Thuis, gamen, soms helpen in de snackbar van mijn oom",
        income="studiefinanciering", verbinder_name="Ahmed van het jongerenwerk",
        verbinder_reach="06-11223344, appen na vijf uur", coach_subjects=["inkomen", "werk"],
        reach_by=["appen", "langsgaan"],
    )  # fmt: skip
    for organisation, name in (("Schuldhulpmaatje Amersfoort", "Fatima"), ("Wijkteam", "Bas")):
        intake.add_care_contact(
            store, pid, organisation=organisation, first_name=name, reach="033-1234567",
            subjects=["inkomen", "wonen", "gezondheid"],
        )  # fmt: skip
    for kind in consent.consent_kinds():
        consent.give_consent(store, pid, kind)
    consent.withdraw_consent(store, pid, "beeldmateriaal")
    page.details.load(pid)
    for row in page.details.consent.rows.values():
        row.toggle.setChecked(True)
    settle()
    details = page.details
    assert details.intake.care.shared.isVisibleTo(details)
    assert squeezed(page) == []
    assert text_cut(page) == []
    content = details.scroll_area.widget()
    assert content.width() <= details.scroll_area.viewport().width(), "no sideways scrolling"


def test_the_network_map_tab_and_its_side_panel_fit(laptop: MainWindow) -> None:
    from jiu_desktop.services import network_map
    from jiu_desktop.views.network_map.tab import NetworkMapTab

    page = open_noor(laptop, with_note=False)
    tab = page.tab(NetworkMapTab)
    page.show_tab(tab)
    settle()
    tab.start_button.click()
    assert tab.map_id is not None
    store = laptop.context.store
    network_map.add_person(store, tab.map_id, "jongerenwerker", category="hulpverlening")
    tab.reload()
    tab.view.select(next(iter(tab.persons)))
    settle()
    inner = tab.panel.widget()
    assert inner.minimumSizeHint().width() <= tab.panel.viewport().width(), "nothing cut"
    assert inner.width() <= tab.panel.viewport().width()
    assert squeezed(page) == []
    assert text_cut(page) == []


def test_every_page_leaves_the_window_room_on_the_laptop_screen(laptop: MainWindow) -> None:
    """The widest page decides the window's smallest width; a window manager places the
    window off the corner, so it needs room to spare or its right edge falls off the screen."""
    for page in PAGES:
        laptop.show_page(page.page_name)
        settle()
    assert laptop.minimumSizeHint().width() <= LAPTOP_WIDTH - 100
