"""The Droomblik tab in a 1366×768 window, in English and in Dutch, with the real style:
nothing cut with two tins and their steps, while a step is celebrated, and in the form for
a new tin."""

from __future__ import annotations

from datetime import date, timedelta

from jiu_desktop.services import dreams, network_map
from jiu_desktop.views.dream_tin.tab import DreamTinTab
from jiu_desktop.views.main_window import MainWindow
from tests.gui.layout_checks import LAPTOP_WIDTH, settle, squeezed, text_cut
from tests.gui.test_page_fit import open_noor


def test_the_dream_tin_tab_fits_the_laptop_screen(laptop: MainWindow) -> None:
    page = open_noor(laptop, with_note=False)
    store = laptop.context.store
    pid = page.participant_id
    assert pid is not None
    chart = network_map.start_map(store, pid).id
    person = network_map.add_person(
        store, chart, "jongerenwerker Samira", category="hulpverlening"
    ).id
    first = dreams.add_dream(store, pid, text="Een eigen huisje", life_domain="ontwikkeling").id
    step = dreams.add_step(
        store,
        first,
        "Drie woningen op de site bekijken en er een uitkiezen om op te reageren",
        best_before=date.today() + timedelta(days=4),
        helper_person_id=person,
    ).id
    dreams.add_dream(store, pid, text="Werken in de zorg", life_domain="gezondheid")
    tab = page.tab(DreamTinTab)
    page.show_tab(tab)
    settle()
    assert laptop.minimumSizeHint().width() <= LAPTOP_WIDTH, "the tab does not widen the window"
    assert laptop.width() <= LAPTOP_WIDTH
    assert squeezed(page) == [] and text_cut(page) == []
    assert tab.step_id == step
    tab.editor.take_button.click()
    settle()
    assert tab.editor.celebration.isVisible()
    assert squeezed(page) == [] and text_cut(page) == []
    tab.new_button.click()
    settle()
    assert squeezed(page) == [] and text_cut(page) == []
