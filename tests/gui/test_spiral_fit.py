"""The Spiraal tab in a 1366×768 window, in English and in Dutch, with the real style:
nothing cut on the tab with every domain measured, nor in Nieuwe meting with the longest
criteria beside it, nor in the correction."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDialog

from jiu_desktop.services import spiral, team_settings
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.spiral.correction_dialog import CorrectionDialog
from jiu_desktop.views.spiral.measurement_dialog import NewMeasurementDialog
from jiu_desktop.views.spiral.tab import SpiralTab
from tests.gui.dialogs import assert_fits_small_screen, describe, on_next_modal
from tests.gui.layout_checks import LAPTOP_WIDTH, settle, squeezed, text_cut
from tests.gui.test_page_fit import open_noor

TODAY = date.today()


def test_the_spiral_tab_and_its_dialogs_fit_the_laptop_screen(laptop: MainWindow) -> None:
    page = open_noor(laptop, with_note=False)
    store = laptop.context.store
    pid = page.participant_id
    assert pid is not None
    team_settings.save_team_settings(store, spiral_step_six=True)
    every = {domain: 2 for domain in ("algemeen", "wonen", "werk", "inkomen", "mobiliteit")}
    every |= {d: 4 for d in ("vrije_tijd", "ontwikkeling", "sociale_contacten", "gezondheid")}
    every |= {"zingeving": 5, "welbevinden": 6}
    spiral.record_measurement(store, pid, TODAY - timedelta(days=90), every, together=True)
    spiral.record_measurement(
        store, pid, TODAY, {"algemeen": 3, "werk": 4}, note="Een lange notitie " * 6
    )
    tab = page.tab(SpiralTab)
    page.show_tab(tab)
    settle()
    assert laptop.minimumSizeHint().width() <= LAPTOP_WIDTH, "the tab does not widen the window"
    assert laptop.width() <= LAPTOP_WIDTH
    assert squeezed(page) == [] and text_cut(page) == []
    assert tab.chart.height() >= 12 * 26, "every row of the chart in view"

    problems: list[str] = []

    def look(dialog: QDialog) -> None:
        settle()
        if isinstance(dialog, NewMeasurementDialog):
            box = dialog.boxes["werk"]
            box.setFocus()
            box.setCurrentIndex(box.findData(4))  # ten criteria, the longest list
            settle()
        seen = describe(dialog)
        try:
            assert_fits_small_screen(seen)
        except AssertionError as error:
            problems.append(str(error))
        problems.extend(squeezed(dialog) + text_cut(dialog))
        shown = [t for t in dialog.criteria.ticks if t.isVisible()]
        if any(t.text.width() < 200 for t in shown):
            problems.append("criteria squeezed")

    new = on_next_modal(QDialog, look)
    tab.new_measurement()
    correcting = on_next_modal(QDialog, look)
    tab.correct(tab.model.rows[0].assessment_id)
    assert [type(d) for d in new + correcting] == [NewMeasurementDialog, CorrectionDialog]
    assert problems == []
