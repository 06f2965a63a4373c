"""Results and quotes on the "Gegevens" tab, and how someone came and why they stopped:
typed with the keyboard, undone and redone, and the consent a quote needs told plainly."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from jiu_desktop.services import consent, outcomes, participants
from jiu_desktop.services.changes import Changes
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.participants.page import ParticipantPage
from jiu_desktop.views.participants.quotes import QuoteDialog
from jiu_desktop.views.participants.results import ResultDialog
from jiu_desktop.views.participants.tabs.details import DetailsTab
from tests.gui.conftest import find, unlock
from tests.gui.dialogs import describe, on_next_modal
from tests.gui.layout_checks import LAPTOP_HEIGHT, LAPTOP_WIDTH, settle, squeezed, text_cut

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
D = TypeVar("D", bound=QDialog)


@pytest.fixture
def noor(qtbot: QtBot, window: MainWindow) -> str:
    unlock(qtbot, window)
    return participants.create_participant(
        window.context.store, first_name="Noor", date_of_birth="2003-05-01", status="actief"
    ).id


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow, noor: str) -> Iterator[ParticipantPage]:
    """Noor's page, with the window active so shortcuts reach it."""
    window.context.open_participant(noor)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window.participants_page.page


def back_in_the_window(qtbot: QtBot, page: ParticipantPage) -> None:
    """The dialog closed: the window is active again (what a window manager does)."""
    window = page.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def press(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    QTest.keyClick(widget, key, modifiers)


def retype(widget: QWidget, text: str) -> None:
    press(widget, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(widget, text)


def button(widget: QWidget, name: str) -> QPushButton:
    found = find(widget, QPushButton, name)
    assert isinstance(found, QPushButton)
    return found


def combo(widget: QWidget, name: str) -> QComboBox:
    found = find(widget, QComboBox, name)
    assert isinstance(found, QComboBox)
    return found


def test_a_result_is_added_by_keyboard_and_undone_and_redone(
    qtbot: QtBot, page: ParticipantPage, noor: str
) -> None:
    details, store = page.details, page.context.store
    box = details.results
    assert box.empty.isVisible() and not box.table.isVisible()

    def fill(dialog: ResultDialog) -> None:
        QTest.keyClicks(dialog.kind, "W")  # Work
        retype(dialog.date, "03-11-2026")
        QTest.keyClicks(dialog.note, "Bij de bakker, 24 uur")
        press(dialog.note, Qt.Key.Key_Return)

    add = button(box, "addOutcome")
    add.setFocus()
    seen = on_next_modal(ResultDialog, fill)
    press(add, Qt.Key.Key_Space)
    assert seen, "the dialog came up"
    [result] = outcomes.list_outcomes(store, noor)
    assert (result.kind, result.achieved_on, result.note) == (
        "werk",
        date(2026, 11, 3),
        "Bij de bakker, 24 uur",
    )
    assert box.table.isVisible() and box.model.rows[0].id == result.id
    assert box.model.index(0, 0).data() == "Work"
    back_in_the_window(qtbot, page)
    assert QApplication.focusWidget() is box.table, "back in the list"

    press(box.table, Qt.Key.Key_Z, CTRL)
    assert outcomes.list_outcomes(store, noor) == []
    assert box.model.rows == [] and box.empty.isVisible()
    focused = QApplication.focusWidget()
    assert focused is button(box, "addOutcome"), "the list is gone: on to the next, Add…"
    press(focused, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [o.id for o in outcomes.list_outcomes(store, noor)] == [result.id]
    assert [o.id for o in box.model.rows] == [result.id]


def test_a_result_is_changed_with_enter_and_the_change_undone(
    qtbot: QtBot, page: ParticipantPage, noor: str
) -> None:
    store = page.context.store
    made = outcomes.add_outcome(store, noor, kind="stage", achieved_on="2026-09-01", note="Zorg")
    page.context.announce(made.changes)  # made elsewhere: the box shows it
    box = page.details.results
    assert [o.id for o in box.model.rows] == [made.id]

    def change(dialog: ResultDialog) -> None:
        assert dialog.kind.currentData() == "stage" and dialog.note.text() == "Zorg"
        retype(dialog.note, "Zorgcentrum De Linde")
        press(dialog.note, Qt.Key.Key_Return)

    box.table.setFocus()
    box.table.selectRow(0)
    on_next_modal(ResultDialog, change)
    press(box.table, Qt.Key.Key_Return)
    assert outcomes.list_outcomes(store, noor)[0].note == "Zorgcentrum De Linde"
    assert box.model.index(0, 2).data() == "Zorgcentrum De Linde"
    back_in_the_window(qtbot, page)
    press(box.table, Qt.Key.Key_Z, CTRL)
    assert outcomes.list_outcomes(store, noor)[0].note == "Zorg"


def test_a_refused_result_keeps_the_dialog_open_with_the_reason(
    page: ParticipantPage, noor: str
) -> None:
    messages: list[str] = []

    def right(dialog: ResultDialog) -> None:
        messages.append(dialog.message.text())
        assert dialog.date.text() == "gisteren", "what was typed is kept"
        retype(dialog.date, "02-11-2026")
        press(dialog.date, Qt.Key.Key_Return)

    def wrong_then_right(dialog: ResultDialog) -> None:
        retype(dialog.date, "gisteren")
        press(dialog.date, Qt.Key.Key_Return)
        on_next_modal(ResultDialog, right)  # the same dialog, open again with the reason

    on_next_modal(ResultDialog, wrong_then_right)
    page.details.results.add()
    assert messages and "gisteren" in messages[0]
    assert [o.achieved_on for o in outcomes.list_outcomes(page.context.store, noor)] == [
        date(2026, 11, 2)
    ]


def test_removing_asks_nothing_and_undo_puts_it_back(page: ParticipantPage, noor: str) -> None:
    store = page.context.store
    outcomes.add_outcome(store, noor, kind="diploma_lsr2", achieved_on="2026-06-20")
    page.context.announce(Changes())  # nothing: the page is loaded again below
    page.details.load(noor)
    box = page.details.results
    box.table.setFocus()
    box.table.selectRow(0)
    press(box.table, Qt.Key.Key_Delete)
    assert outcomes.list_outcomes(store, noor) == []
    assert box.removed.isVisible()
    assert box.removed_text.text() == "Removed: LSR 2 diploma (20-06-2026)."
    button(box, "outcomeUndoRemove").click()
    assert [o.kind for o in outcomes.list_outcomes(store, noor)] == ["diploma_lsr2"]
    assert not box.removed.isVisible(), "the line goes with the step it offered to undo"


def test_field_edits_and_box_steps_are_undone_in_the_order_they_were_done(
    qtbot: QtBot, page: ParticipantPage, noor: str
) -> None:
    details, store = page.details, page.context.store
    referrer = details.form.bindings["referrer"].widget
    referrer.setFocus()
    QTest.keyClicks(referrer, "Wijkteam Oost")
    qtbot.waitUntil(lambda: participants.get_participant(store, noor).referrer == "Wijkteam Oost")
    added = outcomes.add_outcome(store, noor, kind="werk")
    box = details.results

    def fill(dialog: ResultDialog) -> None:
        press(dialog.note, Qt.Key.Key_Return)

    on_next_modal(ResultDialog, fill)
    box.add()
    assert len(outcomes.list_outcomes(store, noor)) == 2
    back_in_the_window(qtbot, page)
    box.table.setFocus()
    press(box.table, Qt.Key.Key_Z, CTRL)
    assert [o.id for o in outcomes.list_outcomes(store, noor)] == [added.id]
    press(box.table, Qt.Key.Key_Z, CTRL)
    assert participants.get_participant(store, noor).referrer == ""


def test_a_quote_is_added_by_keyboard_signed_by_age_and_waits_for_consent(
    qtbot: QtBot, page: ParticipantPage, noor: str
) -> None:
    details, store = page.details, page.context.store
    box = details.quotes
    assert box.no_consent.isVisible(), "no consent for anonymous quotes yet"

    def fill(dialog: QuoteDialog) -> None:
        assert not dialog.consent.isChecked(), "off until they say yes"
        QTest.keyClicks(dialog.text, "Ik durf nu zelf te bellen.")
        press(dialog.text, Qt.Key.Key_Return)  # on to the date
        retype(dialog.date, "01-05-2026")
        assert dialog.attribution.text() == "Participant (age 23), 2026", "follows the date"
        press(dialog.consent, Qt.Key.Key_Space)
        press(dialog.attribution, Qt.Key.Key_Return)

    add = button(box, "addQuote")
    add.setFocus()
    on_next_modal(QuoteDialog, fill)
    press(add, Qt.Key.Key_Space)
    [quote] = outcomes.list_quotes(store, noor)
    assert (quote.text, quote.said_on, quote.consent, quote.attribution) == (
        "Ik durf nu zelf te bellen.",
        date(2026, 5, 1),
        True,
        "Participant (age 23), 2026",
    )
    assert box.model.index(0, 2).data() == "Awaiting consent"
    assert outcomes.reportable_quotes(store) == []

    given = consent.give_consent(store, noor, outcomes.QUOTE_CONSENT)
    page.context.announce(given.changes)  # recorded elsewhere, on another laptop say
    assert not box.no_consent.isVisible()
    assert box.model.index(0, 2).data() == "Yes"
    back_in_the_window(qtbot, page)
    press(box.table, Qt.Key.Key_Z, CTRL)
    assert outcomes.list_quotes(store, noor) == []


def test_a_signature_written_by_hand_stays_when_the_date_changes(
    page: ParticipantPage, noor: str
) -> None:
    def fill(dialog: QuoteDialog) -> None:
        QTest.keyClicks(dialog.text, "Trots op mijn diploma.")
        retype(dialog.attribution, "Jongere uit Oost, 2026")
        retype(dialog.date, "02-05-2025")
        assert dialog.attribution.text() == "Jongere uit Oost, 2026"
        press(dialog.attribution, Qt.Key.Key_Return)

    on_next_modal(QuoteDialog, fill)
    page.details.quotes.add()
    [quote] = outcomes.list_quotes(page.context.store, noor)
    assert (quote.attribution, quote.consent) == ("Jongere uit Oost, 2026", False)
    assert page.details.quotes.model.index(0, 2).data() == "No"


def test_the_consent_hint_leads_to_the_consent_for_quotes(
    qtbot: QtBot, page: ParticipantPage
) -> None:
    details: DetailsTab = page.details
    box = details.quotes
    assert box.no_consent.isVisible()
    warning = find(box, QLabel, "noQuoteConsentText")
    assert isinstance(warning, QLabel)
    assert warning.text() == (
        "Consent for anonymous quotes has not been given — quotes do not go into reports"
    )
    button(box, "toQuoteConsent").click()
    row = details.consent.rows[outcomes.QUOTE_CONSENT]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is row.give)
    viewport = details.scroll_area.viewport()
    top = row.mapTo(viewport, row.rect().topLeft()).y()
    assert top >= 0 and top + row.height() <= viewport.height(), "in sight"


def test_the_boxes_wait_until_the_new_participant_is_stored(window: MainWindow, noor: str) -> None:
    window.new_action.trigger()
    details = window.participants_page.page.details
    assert not details.results.isEnabled() and not details.quotes.isEnabled()
    assert not details.quotes.no_consent.isVisible(), "nothing to consent to yet"


# -- how they came, why they stopped ---------------------------------------------------------
def test_the_referral_source_is_chosen_beside_who_referred(
    qtbot: QtBot, page: ParticipantPage, noor: str
) -> None:
    store = page.context.store
    source = combo(page.details, "referral_source")
    assert source.itemText(0) == "—" and source.currentData() == ""
    assert [source.itemData(i) for i in range(source.count())][1:3] == [
        "sociale_dienst",
        "wijkteam",
    ]
    source.setFocus()
    press(source, Qt.Key.Key_Down)
    press(source, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: participants.get_participant(store, noor).referral_source == "wijkteam")
    assert source.currentText() == "Neighbourhood team"
    press(source, Qt.Key.Key_Z, CTRL)  # the two key presses were one save
    assert participants.get_participant(store, noor).referral_source == ""
    assert source.currentText() == "—"


def test_why_they_stopped_is_asked_only_while_they_dropped_out(
    qtbot: QtBot, page: ParticipantPage, noor: str
) -> None:
    details, store = page.details, page.context.store
    reason = combo(details, "left_reason")
    assert not reason.isVisibleTo(details)
    details.status.setCurrentIndex(details.status.findData("afgehaakt"))
    details.status.activated.emit(details.status.currentIndex())
    assert reason.isVisibleTo(details)
    reason.setCurrentIndex(reason.findData("verhuisd"))
    reason.activated.emit(reason.currentIndex())
    qtbot.waitUntil(lambda: participants.get_participant(store, noor).left_reason == "verhuisd")
    assert participants.get_participant(store, noor).status == "afgehaakt"
    details.status.setCurrentIndex(details.status.findData("actief"))
    details.status.activated.emit(details.status.currentIndex())
    assert not reason.isVisibleTo(details)
    qtbot.waitUntil(lambda: participants.get_participant(store, noor).status == "actief")
    assert participants.get_participant(store, noor).left_reason == "verhuisd", "kept"
    details.load(noor)
    assert not reason.isVisibleTo(details) and reason.currentData() == "verhuisd"


# -- on a laptop screen ----------------------------------------------------------------------
def test_the_boxes_and_their_dialogs_fit_a_laptop_screen(laptop: MainWindow) -> None:
    store = laptop.context.store
    pid = participants.create_participant(
        store,
        first_name="Noor",
        last_name="Bakker-van den Heuvelsbroek",
        date_of_birth="09-04-2001",
        status="afgehaakt",
        left_reason="uit_beeld",
        referral_source="maatschappelijk_werk",
        referrer="Fatima, maatschappelijk werk Noord",
    ).id
    outcomes.add_outcome(store, pid, kind="vervolgtraject", achieved_on="2026-09-01")
    outcomes.add_outcome(store, pid, kind="diploma_lsr2", note="Met vlag en wimpel, na herkansing")
    outcomes.add_quote(store, pid, text="Eerst durfde ik niet te bellen. " * 4, consent=True)
    laptop.context.open_participant(pid)
    settle()
    details = laptop.participants_page.page.details
    for box in (details.results, details.quotes):
        details.scroll_area.ensureWidgetVisible(box)
        settle()
        assert box.table.isVisible()
        assert squeezed(box) == [] and text_cut(box) == []
    assert squeezed(details.trajectory) == [] and text_cut(details.trajectory) == []
    assert details.quotes.no_consent.isVisible()
    details.results.table.selectRow(0)
    details.results.remove_selected()
    settle()
    assert squeezed(details.results) == []
    details.results.undo_stack.undo()

    for dialog in (
        details.results.dialog(details.results.model.rows[0]),
        details.quotes.dialog(details.quotes.model.rows[0]),
    ):
        dialog.show()
        settle()
        seen = describe(dialog)
        for size in (seen.size_hint, seen.size):
            assert size.width() <= LAPTOP_WIDTH and size.height() <= LAPTOP_HEIGHT
        assert squeezed(dialog) == [] and text_cut(dialog) == []
        dialog.reject()
        dialog.deleteLater()
