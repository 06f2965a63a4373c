"""The Spiraal tab: a new measurement by keyboard and by mouse, the criteria of the next
step beside the chosen one, the dot on the chart, correcting and deleting with undo, the
keyboard on the chart, and Mijn spiraal on paper."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QWidget
from pytestqt.qtbot import QtBot

from jiu_desktop.services import participants, spiral, team_settings
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.participants.page import ParticipantPage
from jiu_desktop.views.spiral.correction_dialog import CorrectionDialog
from jiu_desktop.views.spiral.measurement_dialog import NewMeasurementDialog
from jiu_desktop.views.spiral.tab import SpiralTab
from tests.gui.conftest import line, type_into, unlock
from tests.gui.dialogs import answer, on_next_modal
from tests.gui.paper import save_to, text_of

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
TODAY = date.today()
BEFORE = TODAY - timedelta(days=40)


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow) -> Iterator[ParticipantPage]:
    unlock(qtbot, window)
    person = participants.create_participant(
        window.context.store, first_name="Noor", last_name="Bakker"
    )
    window.context.open_participant(person.id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window.participants_page.page


def pid_of(page: ParticipantPage) -> str:
    assert page.participant_id is not None
    return page.participant_id


def spiral_tab(page: ParticipantPage) -> SpiralTab:
    tab = page.tab(SpiralTab)
    page.show_tab(tab)
    return tab


def pick(qtbot: QtBot, box: QComboBox, text: str) -> None:
    """Choose ``text`` in ``box`` with the mouse: open it, click the item."""
    QTest.mouseClick(box, Qt.MouseButton.LeftButton)
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # the popup ignores a click as quick
    row = box.findText(text)
    assert row >= 0, text
    rect = view.visualRect(box.model().index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())
    assert box.currentText() == text


def back_in_window(qtbot: QtBot, page: ParticipantPage) -> None:
    """The main window has the keyboard again after a dialog."""
    window = page.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def tick_texts(dialog: NewMeasurementDialog | CorrectionDialog) -> list[str]:
    return [tick.text.text() for tick in dialog.criteria.ticks]


def dot_position(tab: SpiralTab, assessment_id: str) -> QPoint:
    for at, _row, dot in tab.chart._placed:
        if dot.assessment_id == assessment_id:
            return at.toPoint()
    raise AssertionError("no dot drawn for " + assessment_id)


def test_an_empty_spiral_says_how_to_start(page: ParticipantPage) -> None:
    tab = spiral_tab(page)
    assert "No measurement yet" in tab.hint.text() and "Ctrl+Shift+M" in tab.hint.text()
    labels = [row.label for row in tab.chart.rows]
    assert len(labels) == 11 and labels[0] == "Overall" and labels[1] == "Housing and surroundings"
    assert [name for _n, name in tab.chart.steps] == [
        "1 Overleven",
        "2 Ontmoeten",
        "3 Ondersteunen",
        "4 Ontwikkelen",
        "5 Ondernemen",
    ]
    assert not tab.paper_button.isEnabled(), "nothing to print yet"
    assert not tab.correct_button.isEnabled() and not tab.undo_button.isEnabled()


def test_a_new_measurement_by_keyboard(qtbot: QtBot, page: ParticipantPage) -> None:
    first_name = line(page, "first_name")  # on the Details tab: the shortcut works page-wide
    shown: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NewMeasurementDialog)
        overall = dialog.boxes["algemeen"]
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is overall)  # the chosen row's
        QTest.keyClick(overall, Qt.Key.Key_2)
        assert overall.currentData() == 2
        shown["heading"] = dialog.criteria.heading.text()
        shown["ticks"] = tick_texts(dialog)
        box = dialog.criteria.ticks[4].box
        box.setFocus()
        QTest.keyClick(box, Qt.Key.Key_Space)
        QTest.keyClick(dialog.together, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.together.isChecked)  # a mnemonic clicks after a moment
        type_into(dialog.note, "Samen op de bank")
        QTest.keyClick(dialog.note, Qt.Key.Key_Return, CTRL)

    on_next_modal(QDialog, fill)
    QTest.keyClick(first_name, Qt.Key.Key_M, CTRL | SHIFT)
    tab = page.tab(SpiralTab)
    assert page.current_tab() is tab
    assert shown["heading"] == "Overall: from 2 Ontmoeten to 3 Ondersteunen"
    assert shown["ticks"][:2] == [  # type: ignore[index]
        "Je begrijpt genoeg Nederlands om taken te snappen en te doen.",
        "Je snapt welke plek jij en anderen hebben in de samenleving.",
    ]
    overall = spiral.history(page.context.store, pid_of(page))["algemeen"]
    [row] = overall.rows
    assert (row.step, row.assessed_on, row.together, row.note) == (
        2,
        TODAY,
        True,
        "Samen op de bank",
    )
    assert spiral.criterion_checks(page.context.store, row.id) == {"2-3.afspraken": True}
    assert [d.step for d in tab.chart.rows[0].dots] == [2], "the dot on the chart"
    assert tab.model.rows[0].assessment_id == row.id
    assert "Now 2 Ontmoeten" in tab.summary.text()
    assert tab.paper_button.isEnabled()


def test_a_new_measurement_by_mouse(qtbot: QtBot, page: ParticipantPage) -> None:
    tab = spiral_tab(page)
    shown: dict[str, list[str]] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NewMeasurementDialog)
        pick(qtbot, dialog.boxes["werk"], "1 Overleven")
        shown["werk"] = tick_texts(dialog)
        first = dialog.criteria.ticks[0]
        QTest.mouseClick(first.text, Qt.MouseButton.LeftButton)  # the words tick it too
        assert first.box.isChecked()
        pick(qtbot, dialog.boxes["wonen"], "3 Ondersteunen")
        shown["wonen"] = tick_texts(dialog)
        QTest.mouseClick(dialog.together, Qt.MouseButton.LeftButton)
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    on_next_modal(QDialog, fill)
    QTest.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert shown["werk"][0] == "Je kunt afspraken maken en nakomen."
    assert len(shown["werk"]) == 5 and len(shown["wonen"]) == 7, "1→2 and 3→4"
    found = spiral.history(page.context.store, pid_of(page))
    assert [r.step for r in found["werk"].rows] == [1]
    assert [r.step for r in found["wonen"].rows] == [3]
    assert found["algemeen"].rows == (), "skipped"
    work = found["werk"].rows[0]
    assert spiral.criterion_checks(page.context.store, work.id) == {"1-2.afspraken": True}
    assert work.together
    # The dot can be clicked: it is chosen in the list beside the chart.
    tab.chart.repaint()
    QTest.mouseClick(tab.chart, Qt.MouseButton.LeftButton, pos=dot_position(tab, work.id))
    assert tab.chart.domain() == "werk" and tab.domain_title.text() == "Work and daytime activities"
    assert tab._chosen() == work.id


def test_the_criteria_follow_the_step_and_the_domain(qtbot: QtBot, page: ParticipantPage) -> None:
    tab = spiral_tab(page)
    seen: dict[str, object] = {}

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, NewMeasurementDialog)
        work = dialog.boxes["werk"]
        work.setFocus()
        assert "Choose a step for this life domain first" in dialog.criteria.intro.text()
        work.setCurrentIndex(work.findData(4))
        seen["four"] = len(dialog.criteria.ticks)
        dialog.criteria.ticks[2].box.setChecked(True)
        work.setCurrentIndex(work.findData(5))
        seen["five"] = dialog.criteria.heading.text()
        work.setCurrentIndex(work.findData(4))
        seen["kept"] = [t.box.isChecked() for t in dialog.criteria.ticks][:3]
        dialog.boxes["wonen"].setFocus()
        seen["other"] = dialog.criteria.heading.text()
        dialog.boxes["werk"].setFocus()
        seen["back"] = dialog.criteria.ticks[2].box.isChecked()
        seen["values"] = dialog.values().criteria

    on_next_modal(QDialog, look)
    tab.new_measurement()
    assert seen["four"] == 10, "4→5 has ten criteria"
    assert seen["five"] == "Work and daytime activities: from 5 Ondernemen to 6 Zelfstandig"
    assert seen["kept"] == [False, False, True]
    assert seen["other"] == "Housing and surroundings"
    assert seen["back"] is True
    assert seen["values"] == {"werk": {"4-5.oplossingen": True}}
    assert spiral.history(page.context.store, pid_of(page))["werk"].rows == (), "cancelled"


def test_nothing_chosen_keeps_the_dialog_open_and_says_why(page: ParticipantPage) -> None:
    tab = spiral_tab(page)
    said: list[str] = []

    def save_empty(dialog: QDialog) -> None:
        assert isinstance(dialog, NewMeasurementDialog)
        dialog.save_button.click()
        assert dialog.isVisible()
        said.append(dialog.message.text())
        dialog.assessed_on.setText("31-02-2027")
        dialog.boxes["werk"].setCurrentIndex(2)
        dialog.save_button.click()
        said.append(dialog.message.text())

    on_next_modal(QDialog, save_empty)
    tab.new_measurement()
    assert "at least one life domain" in said[0]
    assert "not a date" in said[1]
    assert all(
        not shown.rows for shown in spiral.history(page.context.store, pid_of(page)).values()
    )


def measured(page: ParticipantPage) -> tuple[str, str]:
    store = page.context.store
    old = spiral.record_measurement(store, pid_of(page), BEFORE, {"algemeen": 1}, note="Eerst")
    new = spiral.record_measurement(store, pid_of(page), TODAY, {"algemeen": 2}, note="Nu")
    return old.ids[0], new.ids[0]


def test_correcting_a_measurement_and_undoing_it(qtbot: QtBot, page: ParticipantPage) -> None:
    first, latest = measured(page)
    tab = spiral_tab(page)
    assert tab._chosen() == latest, "the latest of Algemeen is chosen"
    tab.list.setCurrentIndex(tab.model.index(tab.model.row_of(first)))
    assert tab.chart.dot_id == first

    def fix(dialog: QDialog) -> None:
        assert isinstance(dialog, CorrectionDialog)
        assert tick_texts(dialog)[0] == "Je kunt afspraken maken en nakomen.", "1→2"
        dialog.step.setFocus()
        QTest.keyClick(dialog.step, Qt.Key.Key_3)
        assert "from 3 Ondersteunen" in dialog.criteria.heading.text()
        dialog.criteria.ticks[0].box.click()
        dialog.note.selectAll()
        type_into(dialog.note, "Toch al verder")
        QTest.mouseClick(dialog.findChild(QWidget, "saveCorrection"), Qt.MouseButton.LeftButton)

    on_next_modal(QDialog, fix)
    tab.correct_button.click()
    store = page.context.store
    fixed = spiral.get_assessment(store, first)
    assert (fixed.step, fixed.note) == (3, "Toch al verder")
    assert spiral.criterion_checks(store, first) == {"3-4.afspraken": True}
    assert [d.step for d in tab.chart.rows[0].dots] == [3, 2]
    assert "Correct measurement" in tab.undo_button.text()
    back_in_window(qtbot, page)
    tab.chart.setFocus()
    QTest.keyClick(tab.chart, Qt.Key.Key_Z, CTRL)
    back = spiral.get_assessment(store, first)
    assert (back.step, back.note) == (1, "Eerst")
    assert spiral.criterion_checks(store, first) == {"3-4.afspraken": False}
    assert [d.step for d in tab.chart.rows[0].dots] == [1, 2]
    QTest.keyClick(tab.chart, Qt.Key.Key_Z, CTRL | SHIFT)
    assert spiral.get_assessment(store, first).step == 3


def test_deleting_a_measurement_asks_and_can_be_undone(qtbot: QtBot, page: ParticipantPage) -> None:
    first, latest = measured(page)
    tab = spiral_tab(page)
    asked: list[str] = []
    answer("confirmAction", lambda box: asked.append(box.text()))
    tab.delete_button.click()
    assert asked and f"{TODAY:%d-%m-%Y}" in asked[0] and "2 Ontmoeten" in asked[0]
    store = page.context.store
    assert [r.id for r in spiral.history(store, pid_of(page))["algemeen"].rows] == [first]
    assert [d.assessment_id for d in tab.chart.rows[0].dots] == [first]
    tab.undo_button.click()
    assert [r.id for r in spiral.history(store, pid_of(page))["algemeen"].rows] == [first, latest]
    assert len(tab.chart.rows[0].dots) == 2


def test_undoing_a_new_measurement_removes_all_its_rows(
    qtbot: QtBot, page: ParticipantPage
) -> None:
    tab = spiral_tab(page)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NewMeasurementDialog)
        dialog.boxes["algemeen"].setCurrentIndex(3)
        dialog.boxes["gezondheid"].setCurrentIndex(2)
        dialog.save_button.click()

    on_next_modal(QDialog, fill)
    tab.new_button.click()
    store = page.context.store
    assert sum(len(s.rows) for s in spiral.history(store, pid_of(page)).values()) == 2
    tab.undo_button.click()
    assert sum(len(s.rows) for s in spiral.history(store, pid_of(page)).values()) == 0
    assert all(not row.dots for row in tab.chart.rows)
    back_in_window(qtbot, page)
    tab.chart.setFocus()
    QTest.keyClick(tab.chart, Qt.Key.Key_Y, CTRL)
    assert sum(len(s.rows) for s in spiral.history(store, pid_of(page)).values()) == 2


def test_the_chart_is_used_with_the_keyboard(qtbot: QtBot, page: ParticipantPage) -> None:
    first, latest = measured(page)
    work = spiral.record_measurement(page.context.store, pid_of(page), TODAY, {"werk": 4}).ids[0]
    tab = spiral_tab(page)
    tab.chart.setFocus()
    assert tab.chart.domain() == "algemeen" and tab.chart.dot_id == latest
    QTest.keyClick(tab.chart, Qt.Key.Key_Left)
    assert tab.chart.dot_id == first and tab._chosen() == first
    assert tab.chart.accessibleDescription() == (
        "Overall: now 2 Ontmoeten, first measured at 1 Overleven"
    )
    QTest.keyClick(tab.chart, Qt.Key.Key_Down)
    QTest.keyClick(tab.chart, Qt.Key.Key_Down)
    assert tab.chart.domain() == "werk" and tab.chart.dot_id == work
    assert "now 4 Ontwikkelen" in tab.chart.accessibleDescription()
    assert tab.domain_title.text() == "Work and daytime activities"
    opened = on_next_modal(QDialog, lambda dialog: None)
    QTest.keyClick(tab.chart, Qt.Key.Key_Return)
    assert opened and isinstance(opened[0], CorrectionDialog)
    assert tab.chart.describe(tab.chart.rows[2].dots[0]) == f"{TODAY:%d-%m-%Y} · 4 Ontwikkelen"
    QTest.keyClick(tab.chart, Qt.Key.Key_End)
    assert tab.chart.domain() == "welbevinden" and tab.summary.text() == "Not measured yet."


def test_mijn_spiraal_is_saved_with_the_first_name_only(
    qtbot: QtBot, page: ParticipantPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    measured(page)
    tab = spiral_tab(page)
    target = tmp_path / "mijn spiraal.pdf"
    save_to(monkeypatch, target)
    said: list[str] = []
    page.context.status_message.connect(said.append)
    tab.pdf_action.trigger()
    text = text_of(target.read_bytes())
    assert "My spiral · Noor" in text and "Bakker" not in text
    assert "Eerst" not in text and f"{BEFORE:%d-%m-%Y}" not in text
    assert said and str(target) in said[-1]
    coach = tmp_path / "coach.pdf"
    save_to(monkeypatch, coach)
    tab.coach_pdf_action.trigger()
    assert f"{BEFORE:%d-%m-%Y}: step 1" in " ".join(text_of(coach.read_bytes()).split())


def test_a_measurement_from_another_laptop_and_step_six_show_at_once(
    page: ParticipantPage,
) -> None:
    tab = spiral_tab(page)
    store = page.context.store
    made = spiral.record_measurement(store, pid_of(page), TODAY, {"algemeen": 4})
    page.context.announce(made.changes)  # as a sync round does
    assert [d.step for d in tab.chart.rows[0].dots] == [4]
    assert tab._chosen() == made.ids[0] and tab.correct_button.isEnabled(), "the latest, chosen"
    page.context.announce(team_settings.save_team_settings(store, spiral_step_six=True))
    assert [n for n, _name in tab.chart.steps] == [1, 2, 3, 4, 5, 6]


def test_the_tab_has_an_alt_letter_of_its_own(window: MainWindow, page: ParticipantPage) -> None:
    from PySide6.QtWidgets import QAbstractButton

    from jiu_desktop.views.participants.tab_registry import TABS
    from tests.gui.test_forms_fill import mnemonic

    index = TABS.index(SpiralTab)
    captions = [page.tab_widget.tabText(i) for i in range(page.tab_widget.count())]
    for kind in TABS:
        page.tab(kind)  # every tab built, with its buttons
    others = [b.text() for b in page.findChildren(QAbstractButton)]
    others += [a.text() for a in window.menuBar().actions()]
    others += captions[:index] + captions[index + 1 :]
    assert mnemonic(captions[index]) == "a"
    assert "a" not in [mnemonic(text) for text in others]
