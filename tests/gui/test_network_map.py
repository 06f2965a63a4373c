"""The Netwerkkaart tab: adding, the line, trust, undo and redo, removing, versions,
Samen kijken, the wheel, a drag, and a change from elsewhere."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from jiu_desktop.services import network_map, participants
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.network_map.tab import NetworkMapTab
from jiu_desktop.views.participants.page import ParticipantPage
from tests.gui.conftest import unlock
from tests.gui.dialogs import answer

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def tab(qtbot: QtBot, window: MainWindow) -> Iterator[NetworkMapTab]:
    unlock(qtbot, window)
    person = participants.create_participant(window.context.store, first_name="Noor")
    window.context.open_participant(person.id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page: ParticipantPage = window.participants_page.page
    map_tab = page.tab(NetworkMapTab)
    page.show_tab(map_tab)
    yield map_tab


@pytest.fixture
def drawn(tab: NetworkMapTab) -> NetworkMapTab:
    """A map with two persons on it."""
    tab.start_button.click()
    assert tab.map_id is not None
    store = tab.context.store
    network_map.add_person(store, tab.map_id, "moeder", category="familie", coach_note="geheim")
    network_map.add_person(store, tab.map_id, "sportmaatje", category="vrienden")
    tab.reload()
    return tab


def stored(tab: NetworkMapTab) -> dict[str, object]:
    assert tab.map_id is not None
    return {p.label: p for p in network_map.persons(tab.context.store, tab.map_id)}


def key_of(tab: NetworkMapTab, label: str) -> str:
    return next(k for k, p in tab.persons.items() if p.label == label)


def fill_person(label: str, ruzie: bool = False) -> object:
    def prepare(dialog: QWidget) -> None:
        field = dialog.findChild(QLineEdit, "personLabel")
        assert isinstance(field, QLineEdit)
        field.setText(label)
        if ruzie:
            box = dialog.findChild(QWidget, "annotation_ruzie")
            box.setChecked(True)  # type: ignore[attr-defined]

    return prepare


def test_an_empty_tab_starts_a_map_with_the_first_name_in_the_middle(tab: NetworkMapTab) -> None:
    assert tab.pages.currentWidget() is tab.empty_page and tab.start_button.isVisible()
    tab.start_button.click()
    assert tab.pages.currentWidget() is tab.map_page
    assert tab.scene.layout is not None and tab.scene.layout.middle_text == "Noor"
    assert "1" in tab.version_picker.currentText()


def test_a_person_added_by_button_and_by_ins_is_stored_and_drawn(tab: NetworkMapTab) -> None:
    tab.start_button.click()
    answer("addPerson", fill_person("neef", ruzie=True))
    tab.add_button.click()
    tab.view.setFocus()
    answer("addPerson", fill_person("kat"))
    QTest.keyClick(tab.view, Qt.Key.Key_Insert)
    persons = stored(tab)
    assert set(persons) == {"neef", "kat"}
    assert persons["neef"].annotations == "ruzie"  # type: ignore[attr-defined]
    texts = {item.person.text for item in tab.scene.people.values()}
    assert "neef (argument)" in texts and "kat" in texts


def test_plus_keys_thicken_the_line_once_they_settle_and_undo_redo(
    qtbot: QtBot, drawn: NetworkMapTab
) -> None:
    tab = drawn
    key = key_of(tab, "moeder")
    tab.view.setFocus()
    tab.view.select(key)
    for _ in range(2):
        QTest.keyClick(tab.view, Qt.Key.Key_Plus)
    assert tab.scene.people[key].line.person.strength == 5, "shown at once"
    assert stored(tab)["moeder"].strength == 3, "not written while still stepping"  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: stored(tab)["moeder"].strength == 5, timeout=2000)  # type: ignore[attr-defined]
    assert tab.undo_stack.count() == 1, "two steps, one command"
    QTest.keyClick(tab.view, Qt.Key.Key_Z, CTRL)
    assert stored(tab)["moeder"].strength == 3  # type: ignore[attr-defined]
    QTest.keyClick(tab.view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert stored(tab)["moeder"].strength == 5  # type: ignore[attr-defined]
    QTest.keyClick(tab.view, Qt.Key.Key_Minus)
    tab.flush()
    assert stored(tab)["moeder"].strength == 4  # type: ignore[attr-defined]


def test_the_side_panel_sets_thickness_and_trust(drawn: NetworkMapTab) -> None:
    tab = drawn
    tab.view.select(key_of(tab, "sportmaatje"))
    assert tab.panel.body.isVisible()
    tab.panel.strength.setValue(1)
    trust = tab.panel.trust
    trust.setCurrentIndex(trust.findData("wederzijds"))
    trust.activated.emit(trust.currentIndex())
    person = stored(tab)["sportmaatje"]
    assert (person.strength, person.trust) == (1, "wederzijds")  # type: ignore[attr-defined]
    item = tab.scene.people[key_of(tab, "sportmaatje")]
    assert len(item.line.person.arrows) == 2, "both ways: two arrowheads"
    tab.undo()
    assert stored(tab)["sportmaatje"].trust == "geen"  # type: ignore[attr-defined]


def test_del_removes_a_person_and_undo_puts_them_back_with_the_same_key(
    drawn: NetworkMapTab,
) -> None:
    tab = drawn
    key = key_of(tab, "moeder")
    tab.view.setFocus()
    tab.view.select(key)
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    assert "moeder" not in stored(tab) and key not in tab.scene.people
    tab.undo()
    back = stored(tab)["moeder"]
    assert back.person_key == key and back.coach_note == "geheim"  # type: ignore[attr-defined]
    tab.redo()
    assert "moeder" not in stored(tab)


def test_a_new_version_keeps_the_persons(drawn: NetworkMapTab) -> None:
    tab = drawn
    first = tab.map_id
    tab.new_version_button.click()
    assert tab.map_id != first and len(tab.versions) == 2
    assert set(stored(tab)) == {"moeder", "sportmaatje"}
    assert tab.version_picker.currentIndex() == 1 and not tab.older_note.isVisible()
    tab.version_picker.setCurrentIndex(0)
    tab.version_picker.activated.emit(0)
    assert tab.map_id == first and tab.older_note.isVisible(), "an older version says so"


def test_looking_together_hides_the_panel_and_the_coach_notes(drawn: NetworkMapTab) -> None:
    tab = drawn
    window = tab.window()
    navigation = window.findChild(QWidget, "navigation")
    key = key_of(tab, "moeder")
    tab.view.select(key)
    assert "geheim" in tab.scene.people[key].toolTip() and tab.panel.isVisible()
    QTest.keyClick(tab.view, Qt.Key.Key_F11)
    assert tab.together.active
    assert not tab.panel.isVisible() and not navigation.isVisible()
    assert not tab.add_button.isVisible() and tab.view.isVisible()
    assert all("geheim" not in item.toolTip() for item in tab.scene.people.values())
    QTest.keyClick(tab.view, Qt.Key.Key_Escape)
    assert not tab.together.active and tab.panel.isVisible() and navigation.isVisible()


def wheel(tab: NetworkMapTab, key: str) -> None:
    item = tab.scene.people[key]
    spot = tab.view.mapFromScene(item.sceneBoundingRect().center())
    event = QWheelEvent(
        QPointF(spot),
        QPointF(tab.view.viewport().mapToGlobal(spot)),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(tab.view.viewport(), event)


def test_the_wheel_changes_a_line_only_when_the_map_has_focus(drawn: NetworkMapTab) -> None:
    tab = drawn
    key = key_of(tab, "moeder")
    tab.panel.fields.label.setFocus()
    assert not tab.view.hasFocus()
    wheel(tab, key)
    tab.flush()
    assert stored(tab)["moeder"].strength == 3  # type: ignore[attr-defined]
    assert tab.scene.people[key].line.person.strength == 3
    tab.view.setFocus()
    wheel(tab, key)
    tab.flush()
    assert stored(tab)["moeder"].strength == 4  # type: ignore[attr-defined]


def test_a_drag_writes_one_position_on_the_drop(drawn: NetworkMapTab) -> None:
    tab = drawn
    key = key_of(tab, "sportmaatje")
    before = stored(tab)["sportmaatje"].position  # type: ignore[attr-defined]
    writes: list[object] = []
    tab.context.changed.connect(writes.append)
    item = tab.scene.people[key]
    start = tab.view.mapFromScene(item.sceneBoundingRect().center())
    viewport = tab.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + QPoint(10 * step, 6 * step))
    assert not writes, "nothing written during the drag"
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(50, 30)
    )
    assert len(writes) == 1
    after = stored(tab)["sportmaatje"].position  # type: ignore[attr-defined]
    assert after != before
    tab.undo()
    assert stored(tab)["sportmaatje"].position == before  # type: ignore[attr-defined]


def test_dragging_up_on_a_line_thickens_it_and_writes_once(drawn: NetworkMapTab) -> None:
    tab = drawn
    key = key_of(tab, "moeder")
    line = tab.scene.people[key].line
    (x1, y1), (x2, y2) = line.person.line
    middle_of_line = tab.view.mapFromScene(QPointF((x1 + x2) / 2, (y1 + y2) / 2))
    writes: list[object] = []
    tab.context.changed.connect(writes.append)
    viewport = tab.view.viewport()
    QTest.mousePress(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle_of_line
    )
    for up in range(1, 4):  # 3 × 10 px up: two steps of 14 px
        QTest.mouseMove(viewport, middle_of_line - QPoint(0, 10 * up))
    QTest.mouseRelease(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        middle_of_line - QPoint(0, 30),
    )
    assert tab.scene.people[key].line.person.strength == 5, "shown at once"
    assert tab.scene.selected_key() == key
    tab.flush()  # as the pause after the last step does
    assert stored(tab)["moeder"].strength == 5  # type: ignore[attr-defined]
    assert len(writes) == 1
    tab.undo()
    assert stored(tab)["moeder"].strength == 3  # type: ignore[attr-defined]


def test_a_change_from_elsewhere_shows_up_keeping_the_zoom(drawn: NetworkMapTab) -> None:
    tab = drawn
    tab.view.zoom(1.5)
    zoom = tab.view.zoom_level()
    key = key_of(tab, "moeder")
    tab.view.select(key)
    assert tab.map_id is not None
    added = network_map.add_person(tab.context.store, tab.map_id, "opa", annotations="overleden")
    tab.context.announce(added.changes, object())
    assert "opa (deceased)" in {i.person.text for i in tab.scene.people.values()}
    assert tab.scene.selected_key() == key and tab.view.zoom_level() == pytest.approx(zoom)
