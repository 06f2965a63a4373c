"""The forms screens in a 1366×768 window, in English and in Dutch, with the real style:
no field cut in coach mode, participant mode or the new-form dialog; the chart in sight."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from jiu_desktop.services import form_responses, participants
from jiu_desktop.views.forms.tab import FormsTab
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.participants.page import ParticipantPage
from tests.gui.dialogs import answer, assert_fits_small_screen
from tests.gui.forms_helpers import INTAKE, LSR
from tests.gui.layout_checks import LAPTOP_HEIGHT, LAPTOP_WIDTH, settle, squeezed, text_cut


def open_forms(window: MainWindow) -> tuple[ParticipantPage, FormsTab, dict[str, str]]:
    store = window.context.store
    noor = participants.create_participant(store, first_name="Noor").id
    ids = {
        template: form_responses.start_response(store, noor, template).id
        for template in (INTAKE, LSR, "spelvoorbereiding@1")
    }
    form_responses.set_answers(store, ids[LSR], {"houding": 3, "presentatie": 4})
    window.context.open_participant(noor)
    page = window.participants_page.page
    tab = page.tab(FormsTab)
    page.show_tab(tab)
    settle()
    return page, tab, ids


def test_no_field_of_a_form_is_cut_in_coach_mode(laptop: MainWindow) -> None:
    page, tab, ids = open_forms(laptop)
    for response_id in ids.values():
        tab.open_response(response_id)
        settle()
        assert squeezed(page) == [], response_id
        assert text_cut(page) == [], response_id
    editor = tab.editor
    assert editor.body is not None
    assert editor.body.width() >= 600, "the form has the room beside the list"


def test_the_growth_chart_has_room_at_laptop_size(laptop: MainWindow) -> None:
    page, tab, _ids = open_forms(laptop)
    tab.show_growth()
    settle()
    chart = tab.growth.chart
    assert chart.width() >= 600 and chart.height() >= 300, chart.size()
    assert squeezed(page) == []


def test_participant_mode_fits_the_window_section_by_section(laptop: MainWindow) -> None:
    _page, tab, ids = open_forms(laptop)
    tab.open_response(ids["spelvoorbereiding@1"])
    tab.hand_to_participant()
    view = laptop.participant_mode.view
    assert view is not None
    settle()
    assert view.height() >= LAPTOP_HEIGHT - 60 and view.width() >= LAPTOP_WIDTH - 20
    body = view.body
    for index in range(body.section_count()):
        body.show_section(index)
        settle()
        assert squeezed(view) == [], index
        assert text_cut(view) == [], index
        assert body.sections.currentWidget().width() >= 1000  # type: ignore[union-attr]
    view.hand_back(done=False)
    settle()
    assert squeezed(view) == [] and text_cut(view) == []
    assert view.handover_text.height() >= view.handover_text.heightForWidth(
        view.handover_text.width()
    ), "the words are whole"


def test_the_new_form_dialog_fits(qtbot: QtBot, laptop: MainWindow) -> None:
    _page, tab, _ids = open_forms(laptop)
    seen = answer("fillByCoach")
    tab.new_button.click()
    assert seen
    assert_fits_small_screen(seen[0], destructive="")
    assert seen[0].default == "fillByCoach"
