"""Filling in a form on the laptop, in coach mode: the Formulieren tab, a new form, typing a
paper form in with the keyboard alone, autosave, undo, "Klaar", deleting."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox
from pytestqt.qtbot import QtBot

from jiu_desktop.services import form_builtin, form_catalogue, form_responses, participants
from jiu_desktop.views.forms.coach_editor import CoachEditor
from jiu_desktop.views.forms.option_inputs import OptionsInput
from jiu_desktop.views.forms.scale_input import ScaleInput
from jiu_desktop.views.forms.tab import FormsTab
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.participants.page import ParticipantPage
from jiu_desktop.views.participants.tab_registry import TABS, DreamTinTab
from tests.gui.conftest import type_into
from tests.gui.dialogs import answer, assert_fits_small_screen
from tests.gui.forms_helpers import (
    EVALUATION,
    INTAKE,
    LSR,
    a_response,
    forms_tab,
    give_keyboard,
    open_noor,
    pid_of,
)

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow) -> Iterator[ParticipantPage]:
    yield open_noor(qtbot, window)


def stored(page: ParticipantPage, response_id: str) -> dict[str, object]:
    return form_responses.filled_form(page.context.store, response_id).answers


def focused() -> object:
    return QApplication.focusWidget()


def editor_of(tab: FormsTab) -> CoachEditor:
    assert tab.editor.isVisible()
    return tab.editor


def mnemonic(text: str) -> str | None:
    """The Alt letter of a caption ("D&ream tin": r), or None."""
    found = re.search(r"&([^&])", text)
    return found.group(1).lower() if found else None


def test_the_tab_follows_the_dream_tin_with_an_alt_letter_of_its_own(
    window: MainWindow, page: ParticipantPage
) -> None:
    forms = TABS.index(FormsTab)
    assert forms == TABS.index(DreamTinTab) + 1
    captions = [page.tab_widget.tabText(i) for i in range(page.tab_widget.count())]
    assert captions[forms] == "Form&s"
    for kind in TABS:
        page.tab(kind)  # every tab built, with its buttons
    others = [b.text() for b in page.findChildren(QAbstractButton)]
    others += [a.text() for a in window.menuBar().actions()]
    others += captions[:forms] + captions[forms + 1 :]
    taken = [mnemonic(text) for text in others]
    assert mnemonic(captions[forms]) not in taken, "Alt+S opens the Forms tab, nothing else"
    QTest.keyClick(page.details, Qt.Key.Key_S, ALT)
    assert page.current_tab() is page.tab(FormsTab)
    assert page.tab(FormsTab).hint.isVisible()
    assert "New form" in page.tab(FormsTab).hint.text()


def test_a_new_paper_form_is_typed_in_with_the_keyboard_alone(
    qtbot: QtBot, page: ParticipantPage
) -> None:
    tab = forms_tab(page)

    def choose(dialog: object) -> None:
        combo = dialog.findChild(QComboBox, "template")  # type: ignore[attr-defined]
        combo.setCurrentIndex(combo.findData(INTAKE))
        dialog.findChild(QComboBox, "newRespondent").setCurrentIndex(1)  # type: ignore[attr-defined]
        dialog.from_paper.setChecked(True)  # type: ignore[attr-defined]
        assert not dialog.participant_button.isEnabled(), "paper is typed in by the coach"  # type: ignore[attr-defined]

    seen = answer("fillByCoach", choose)
    QTest.keyClick(tab.list, Qt.Key.Key_F, CTRL | SHIFT)
    assert_fits_small_screen(seen[0], destructive="")
    [row] = form_responses.responses_of(page.context.store, pid_of(page))
    assert (row.template_id, row.respondent, row.from_paper) == (INTAKE, "coach", True)
    editor = editor_of(tab)
    assert editor.from_paper.isChecked()
    body = editor.body
    assert body is not None
    first = body.inputs["bezigheden"].field()
    assert first.window().focusWidget() is first, "the first question has the keyboard"
    give_keyboard(qtbot, first)
    QTest.keyClicks(focused(), "13")  # School, Stage
    QTest.keyClick(focused(), Qt.Key.Key_Return)  # Enter goes on
    assert focused() is body.inputs["gewone-dag"].field()
    QTest.keyClicks(focused(), "Eerst school")
    QTest.keyClick(focused(), Qt.Key.Key_Return)  # a new line, as in any text field
    QTest.keyClicks(focused(), "dan sport")
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is body.inputs["inkomen"].field()
    QTest.keyClicks(focused(), "4")
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    QTest.keyClick(focused(), Qt.Key.Key_Tab)  # "achtergrond" left empty
    assert focused() is body.inputs["wil-graag"].field()
    QTest.keyClicks(focused(), "Kapper worden")
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    QTest.keyClicks(focused(), "j")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    QTest.keyClicks(focused(), "n")
    rid = row.id
    qtbot.waitUntil(lambda: len(stored(page, rid)) == 6, timeout=3000)
    answers = stored(page, rid)
    assert answers["bezigheden"] == ("school", "stage")
    assert answers["gewone-dag"] == "Eerst school\ndan sport"
    assert answers["inkomen"] == "geen"
    assert answers["wil-graag"] == "Kapper worden"
    yes_no = [v for k, v in answers.items() if isinstance(v, bool)]
    assert yes_no == [True, False]
    assert "6 of 8 answered" in tab.model.data(tab.model.index(0))


def test_a_typed_value_is_stored_by_the_autosave_and_shown_when_reopened(
    qtbot: QtBot, window: MainWindow, page: ParticipantPage
) -> None:
    rid = a_response(page, EVALUATION)
    tab = forms_tab(page)
    tab.open_response(rid)
    body = editor_of(tab).body
    assert body is not None
    scale = body.inputs["hoe-was-het"]
    scale.field().setFocus()
    QTest.keyClicks(scale.field(), "4")
    type_into(body.inputs["ging-goed"].field(), "Samen gekookt")
    # No flush: the autosave's own timer stores it.
    qtbot.waitUntil(lambda: stored(page, rid).get("ging-goed") == "Samen gekookt", timeout=3000)
    assert stored(page, rid)["hoe-was-het"] == 4
    noor = pid_of(page)
    sem = participants.create_participant(window.context.store, first_name="Sem")
    window.context.open_participant(sem.id)
    assert tab.model.rowCount() == 0 and not tab.editor.isVisible(), "nothing of Noor's"
    window.context.open_participant(noor)
    assert page.current_tab() is tab, "the coach stays on the tab they were on"
    tab.open_response(rid)
    body = tab.editor.body
    assert body is not None
    assert body.values() == {"hoe-was-het": 4, "ging-goed": "Samen gekookt"}


def test_reopening_shows_the_stored_answers(qtbot: QtBot, page: ParticipantPage) -> None:
    rid = a_response(page, EVALUATION)
    form_responses.set_answers(page.context.store, rid, {"hoe-was-het": 2, "neem-mee": "Rust"})
    tab = forms_tab(page)
    tab.list.setCurrentIndex(tab.model.index(0))  # a click on the list opens it
    body = editor_of(tab).body
    assert body is not None
    assert body.inputs["hoe-was-het"].value() == 2
    assert body.inputs["neem-mee"].value() == "Rust"
    assert body.values() == {"hoe-was-het": 2, "neem-mee": "Rust"}
    assert tab.editor.state.text() == "2 of 4 answered"


def test_done_marks_the_response_complete_and_can_be_taken_back(
    qtbot: QtBot, page: ParticipantPage
) -> None:
    rid = a_response(page, EVALUATION)
    tab = forms_tab(page)
    tab.open_response(rid)
    editor = editor_of(tab)
    type_into(editor.body.inputs["ging-goed"].field(), "Alles")  # type: ignore[union-attr]
    editor.complete_button.click()
    response = form_responses.filled_form(page.context.store, rid)
    assert response.response.complete
    assert response.answers["ging-goed"] == "Alles", "what was typed is saved first"
    assert tab.model.data(tab.model.index(0)).endswith("done")
    assert editor.complete_button.text() == "Not done yet"
    QTest.keyClick(editor.body.inputs["ging-goed"].field(), Qt.Key.Key_Return, CTRL)  # type: ignore[union-attr]
    assert not form_responses.filled_form(page.context.store, rid).response.complete


def test_undo_takes_an_answer_back_in_the_database(qtbot: QtBot, page: ParticipantPage) -> None:
    rid = a_response(page, LSR)
    tab = forms_tab(page)
    tab.open_response(rid)
    editor = editor_of(tab)
    scale = editor.body.inputs["houding"]  # type: ignore[union-attr]
    assert isinstance(scale, ScaleInput)
    scale.field().setFocus()
    QTest.keyClicks(scale, "3")
    QTest.keyClick(scale, Qt.Key.Key_Right)
    editor.flush()
    assert stored(page, rid)["houding"] == 4
    QTest.keyClick(scale, Qt.Key.Key_Z, CTRL)
    assert stored(page, rid).get("houding") is None, "one step back: before the first value"
    assert scale.value() is None
    QTest.keyClick(scale, Qt.Key.Key_Z, CTRL | SHIFT)
    assert stored(page, rid)["houding"] == 4


def test_who_filled_it_in_and_the_date_are_changed_in_place(
    qtbot: QtBot, page: ParticipantPage
) -> None:
    rid = a_response(page, LSR)
    tab = forms_tab(page)
    tab.open_response(rid)
    editor = editor_of(tab)
    combo = editor.respondent
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "deelnemer",
        "trainer",
        "coach",
        "groepsgenoot",
    ]
    combo.setCurrentIndex(3)
    combo.activated.emit(3)
    editor.filled_on.selectAll()
    type_into(editor.filled_on, "03-11-2026")
    editor.flush()
    response = form_responses.filled_form(page.context.store, rid).response
    assert (response.respondent, response.filled_on) == ("groepsgenoot", date(2026, 11, 3))
    assert "Group member" in tab.model.data(tab.model.index(0))
    editor.filled_on.selectAll()
    type_into(editor.filled_on, "31-02-2026")
    editor.flush()
    assert "not a date" in editor.message.text()
    assert form_responses.filled_form(page.context.store, rid).response.filled_on == date(
        2026, 11, 3
    )


def test_a_wrong_date_answer_is_told_and_not_stored(qtbot: QtBot, page: ParticipantPage) -> None:
    rid = a_response(page, "spelvoorbereiding@1")
    tab = forms_tab(page)
    tab.open_response(rid)
    editor = editor_of(tab)
    dates = [k for k, f in editor.body.inputs.items() if f.question.type == "date"]  # type: ignore[union-attr]
    field = editor.body.inputs[dates[0]].field()  # type: ignore[union-attr]
    type_into(field, "morgen")
    editor.flush()
    assert "not a date" in editor.message.text()
    assert field.property("invalid") is True
    assert dates[0] not in stored(page, rid)
    field.clear()  # type: ignore[attr-defined]
    type_into(field, "12-12-2026")
    editor.flush()
    assert stored(page, rid)[dates[0]] == date(2026, 12, 12)
    assert editor.message.text() == ""


def test_options_answer_to_clicks_and_digits(qtbot: QtBot, page: ParticipantPage) -> None:
    rid = a_response(page, INTAKE)
    tab = forms_tab(page)
    tab.open_response(rid)
    body = editor_of(tab).body
    assert body is not None
    income = body.inputs["inkomen"]
    assert isinstance(income, OptionsInput)
    QTest.mouseClick(income.buttons[1], Qt.MouseButton.LeftButton)
    assert income.value() == "uitkering" and focused() is income
    QTest.mouseClick(income.buttons[1], Qt.MouseButton.LeftButton)
    assert income.value() is None, "clicked again: no answer"
    QTest.keyClick(income, Qt.Key.Key_Down)
    assert income.value() == "werk"
    QTest.keyClick(income, Qt.Key.Key_Delete)
    assert income.value() is None
    QTest.keyClicks(income, "9")  # no ninth option
    assert income.value() is None


def test_deleting_a_form_asks_first(qtbot: QtBot, page: ParticipantPage) -> None:
    rid = a_response(page, EVALUATION)
    tab = forms_tab(page)
    tab.open_response(rid)
    asked: list[str] = []
    answer("confirmCancel", lambda box: asked.append(box.text()))  # type: ignore[attr-defined]
    tab.delete_button.click()
    assert "Evaluatie van de bijeenkomst" in asked[0]
    assert tab.model.rowCount() == 1
    seen = answer("confirmAction")
    give_keyboard(qtbot, tab.list)
    QTest.keyClick(tab.list, Qt.Key.Key_Delete)
    assert_fits_small_screen(seen[0])
    assert form_responses.responses_of(page.context.store, pid_of(page)) == []
    assert tab.model.rowCount() == 0 and tab.hint.isVisible()


def test_a_form_changed_elsewhere_shows_at_once(qtbot: QtBot, page: ParticipantPage) -> None:
    rid = a_response(page, EVALUATION)
    tab = forms_tab(page)
    tab.open_response(rid)
    store = page.context.store
    page.context.announce(form_responses.set_answers(store, rid, {"neem-mee": "Van elders"}))
    assert tab.editor.body.inputs["neem-mee"].value() == "Van elders"  # type: ignore[union-attr]
    page.context.announce(form_responses.delete_response(store, rid))
    assert tab.model.rowCount() == 0 and not tab.editor.isVisible()


def test_a_broken_built_in_form_is_one_calm_line(
    qtbot: QtBot, page: ParticipantPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "forms"
    folder.mkdir()
    for source in sorted(form_builtin.FORMS.glob("*.json")):
        (folder / source.name).write_bytes(source.read_bytes())
    (folder / "kennismaking.json").write_text('{"schema": 1,', encoding="utf-8")
    broken = form_builtin.load_templates(folder)
    monkeypatch.setattr(form_catalogue, "builtin_templates", lambda: broken)
    tab = forms_tab(page)
    tab.reload()
    assert tab.problems.isVisible()
    assert "\n" not in tab.problems.text()
    assert "kennismaking.json" in tab.problems.toolTip()
    assert INTAKE not in {t.id for t in tab.templates}
    assert EVALUATION in {t.id for t in tab.templates}


def test_a_form_filled_in_today_is_for_todays_meeting_unless_the_coach_says_not(
    qtbot: QtBot, page: ParticipantPage
) -> None:
    from datetime import timedelta

    from jiu_desktop.services import meetings, memberships, team

    store = page.context.store
    person = pid_of(page)
    group = team.create_group(store, "Voorjaar 2027").id
    memberships.move_to_group(store, person, group, date.today() - timedelta(days=30))
    for days_ago, topic in ((0, "Kookclinic"), (3, "Netwerkkaart"), (40, "Te lang geleden")):
        meetings.add_meeting(
            store,
            group,
            held_on=date.today() - timedelta(days=days_ago),
            starts_at="13:00",
            ends_at="15:30",
            topic=topic,
        )
    tab = forms_tab(page)
    offered: list[list[str]] = []

    def choose(dialog: object) -> None:
        combo = dialog.findChild(QComboBox, "template")  # type: ignore[attr-defined]
        combo.setCurrentIndex(combo.findData(EVALUATION))
        meeting = dialog.findChild(QComboBox, "newMeeting")  # type: ignore[attr-defined]
        offered.append([meeting.itemText(i) for i in range(meeting.count())])
        assert "Kookclinic" in meeting.currentText(), "today's meeting is chosen"

    answer("fillByCoach", choose)
    QTest.keyClick(tab.list, Qt.Key.Key_F, CTRL | SHIFT)
    (texts,) = offered
    assert len(texts) == 3 and "Te lang geleden" not in " ".join(texts)
    [row] = form_responses.responses_of(store, person)
    today = meetings.recent_meetings(store, person, date.today())[0]
    with store.session() as s:
        from jiu_desktop.models import FormResponse

        assert s.get_one(FormResponse, row.id).meeting_id == today.id

    def not_for_one(dialog: object) -> None:
        meeting = dialog.findChild(QComboBox, "newMeeting")  # type: ignore[attr-defined]
        meeting.setCurrentIndex(0)

    answer("fillByCoach", not_for_one)
    tab.new_form()
    with store.session() as s:
        from sqlalchemy import select

        from jiu_desktop.models import FormResponse

        found = s.scalars(select(FormResponse.meeting_id).order_by(FormResponse.created_at))
        assert list(found) == [today.id, None]
