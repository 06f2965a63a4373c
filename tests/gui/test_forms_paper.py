"""Forms on paper from the screens: this form as filled in, a blank one with the first
name, the series with growth, a batch for a group from the Forms menu; and a form that
starts a dream tin."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jiu_desktop.services import dreams, form_responses, meetings, memberships, team
from jiu_desktop.views.dream_tin.tab import DreamTinTab
from jiu_desktop.views.forms.paper import GroupBatchDialog
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.participants.page import ParticipantPage
from tests.gui.conftest import unlock
from tests.gui.dialogs import answer
from tests.gui.forms_helpers import EVALUATION, LSR, a_response, forms_tab, open_noor, pid_of
from tests.gui.paper import pages_of, print_into, save_to, text_of


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow) -> Iterator[ParticipantPage]:
    yield open_noor(qtbot, window)


def choose(page: ParticipantPage, response_id: str) -> None:
    tab = forms_tab(page)
    tab.open_response(response_id)
    tab.list.setCurrentIndex(tab.model.index(tab.model.row_of(response_id)))


def test_this_form_is_saved_as_filled_in(
    qtbot: QtBot, page: ParticipantPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    rid = a_response(page, EVALUATION)
    form_responses.set_answers(page.context.store, rid, {"ging-goed": "Samen koken"})
    choose(page, rid)
    tab = forms_tab(page)
    assert tab.filled_pdf_action.isEnabled()
    target = tmp_path / "form.pdf"
    save_to(monkeypatch, target)
    tab.filled_pdf_action.trigger()
    text = text_of(target.read_bytes())
    assert "Samen koken" in text and "Noor" in text


def test_a_blank_form_with_the_first_name_goes_to_the_printer(
    qtbot: QtBot, page: ParticipantPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    tab = forms_tab(page)
    printed = tmp_path / "printed.pdf"
    seen: list[object] = []
    # the print dialog is answered once the form is chosen (one dialog at a time)
    answer("paperPrint", lambda _dialog: seen.append(print_into(monkeypatch, printed)))
    tab.blank_action.trigger()
    qtbot.waitUntil(lambda: printed.exists() and printed.stat().st_size > 0)
    assert seen and seen[0], "the system print dialog was shown"
    assert pages_of(printed) == 1, "the evaluation, drawn for the printer page by page"


def test_the_series_has_the_growth_and_every_form(
    qtbot: QtBot, page: ParticipantPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    store = page.context.store
    for week, score in enumerate([2, 4]):
        rid = a_response(page, LSR, filled_on=date(2026, 10, 5 + 7 * week), respondent="trainer")
        form_responses.set_answers(store, rid, {"houding": score})
    choose(page, rid)
    target = tmp_path / "series.pdf"
    save_to(monkeypatch, target)
    forms_tab(page).series_pdf_action.trigger()
    text = text_of(target.read_bytes())
    assert "05-10-2026" in text and "12-10-2026" in text
    assert "Trainer" in text


def test_a_group_batch_from_the_forms_menu(
    qtbot: QtBot,
    window: MainWindow,
    page: ParticipantPage,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    store = page.context.store
    group = team.create_group(store, "Najaar 2026", starts_on=date(2026, 9, 1))
    memberships.move_to_group(store, pid_of(page), group.id, date(2026, 9, 1))
    target = tmp_path / "batch.pdf"
    save_to(monkeypatch, target)
    answer("paperPdf")
    window.group_forms_action.trigger()
    text = text_of(target.read_bytes())
    assert "Noor" in text and "Evaluatie van de bijeenkomst" in text


def test_the_group_batch_offers_the_coming_meeting_and_leaves_the_date_to_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    store = window.context.store
    today = date.today()
    group = team.create_group(store, "Najaar 2026", starts_on=today - timedelta(days=30)).id
    past = meetings.add_meeting(store, group, held_on=today - timedelta(days=3)).row.id
    called_off = meetings.add_meeting(
        store, group, held_on=today + timedelta(days=1), cancelled=True
    ).row.id
    coming = meetings.add_meeting(
        store, group, held_on=today + timedelta(days=2), topic="Kookclinic", starts_at="13:00"
    ).row.id
    meetings.add_meeting(store, group, held_on=today + timedelta(days=60))  # too far ahead
    dialog = GroupBatchDialog(window, store, group_id=group)
    qtbot.addWidget(dialog)
    offered = [dialog.meeting.itemData(i) for i in range(dialog.meeting.count())]
    assert offered == ["", past, coming] and called_off not in offered
    assert dialog.meeting_id == coming and not dialog.day.isEnabled()
    assert dialog.on == today + timedelta(days=2)
    assert "Kookclinic, 13:00" in dialog.meeting.currentText()
    dialog.meeting.setCurrentIndex(0)  # no meeting: the coach picks the day
    assert dialog.day.isEnabled() and dialog.meeting_id == ""


def test_van_betekenis_zijn_starts_a_dream_tin(qtbot: QtBot, page: ParticipantPage) -> None:
    rid = a_response(page, "van-betekenis-zijn@1")
    store = page.context.store
    form_responses.set_answers(
        store, rid, {"wil-van-betekenis": "Bij mijn buurvrouw", "stap": "Boodschappen doen"}
    )
    evaluation = a_response(page, EVALUATION)
    choose(page, evaluation)
    tab = forms_tab(page)
    assert tab.dream_button.isHidden(), "an evaluation leads to no dream tin"
    choose(page, rid)
    assert not tab.dream_button.isHidden()
    tab.dream_button.click()
    [card] = dreams.dream_cards(store, pid_of(page))
    assert card.dream.text == "Bij mijn buurvrouw"
    assert isinstance(page.current_tab(), DreamTinTab)
