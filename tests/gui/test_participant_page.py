"""The participant page and the start page, driven through their widgets."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from jiu_desktop.models import Referral
from jiu_desktop.services import notes, participants, team
from jiu_desktop.services.changes import Changes
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.participants.referrals import ReferralDialog
from tests.gui.conftest import find, line, type_into, unlock
from tests.gui.dialogs import answer, assert_fits_small_screen, later


def open_new_participant(qtbot: QtBot, window: MainWindow) -> str:
    """Ctrl+N and a first name: the participant is stored from then on."""
    unlock(qtbot, window)
    window.new_action.trigger()
    page = window.participants_page.page
    type_into(line(page, "first_name"), "Noor")
    qtbot.waitUntil(lambda: page.participant_id is not None, timeout=3000)
    assert page.participant_id is not None
    return page.participant_id


def test_invalid_email_is_shown_and_not_saved_while_other_fields_are(
    qtbot: QtBot, window: MainWindow
) -> None:
    pid = open_new_participant(qtbot, window)
    page = window.participants_page.page.details
    store = window.context.store
    type_into(line(page, "email"), "noor-at-example")
    type_into(line(page, "phone"), "06-12345678")
    qtbot.waitUntil(lambda: page.message.text() != "", timeout=3000)
    assert "email" in page.message.text()
    assert line(page, "email").property("invalid") is True
    saved = participants.get_participant(store, pid)
    assert (saved.email, saved.phone) == ("", "06-12345678")
    email = line(page, "email")
    email.clear()
    type_into(email, "noor@example.nl")
    qtbot.waitUntil(lambda: participants.get_participant(store, pid).email == "noor@example.nl")
    assert page.message.text() == ""


def test_status_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    pid = open_new_participant(qtbot, window)
    page = window.participants_page.page.details
    store = window.context.store
    status = find(page, QComboBox, "status")
    assert isinstance(status, QComboBox)
    status.setCurrentIndex(status.findData("actief"))
    status.activated.emit(status.currentIndex())
    qtbot.waitUntil(
        lambda: participants.get_participant(store, pid).status == "actief", timeout=3000
    )
    history = participants.status_history(store, pid)
    assert [(h.status, h.changed_on) for h in history][-1] == ("actief", date.today())
    assert "Active" in page.history.text()

    remarks = line(page, "referrer")
    type_into(remarks, "wijkteam")
    qtbot.waitUntil(lambda: participants.get_participant(store, pid).referrer == "wijkteam")
    page.form.undo_stack.undo()
    assert participants.get_participant(store, pid).referrer == ""
    assert line(page, "referrer").text() == ""
    page.form.undo_stack.redo()
    assert participants.get_participant(store, pid).referrer == "wijkteam"


def test_filters_and_group_choice(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    store = window.context.store
    group = team.create_group(store, "Voorjaar 2027")
    participants.create_participant(store, first_name="Zara", group_id=group.id, status="actief")
    participants.create_participant(store, first_name="Anna")
    window.show_page("participants")
    listing = window.participants_page.list
    listing.reload_groups()
    listing.reload()
    assert listing.model.rowCount() == 2
    listing.status.setCurrentIndex(listing.status.findData("actief"))
    assert [r.first_name for r in listing.model.rows] == ["Zara"]
    listing.status.setCurrentIndex(0)
    listing.group.setCurrentIndex(listing.group.findData(group.id))
    assert [r.first_name for r in listing.model.rows] == ["Zara"]
    assert "1 of 2" in listing.count.text()


def test_follow_up_on_start_page_until_done(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    store = window.context.store
    person = participants.create_participant(store, first_name="Sem")
    notes.add_note(
        store,
        person.id,
        text="Gebeld",
        follow_up="Samen naar het Werkplein",
        follow_up_due=date.today() - timedelta(days=2),
    )
    start = window.start_page
    start.reload()
    assert start.table.rowCount() == 1
    assert start.table.item(0, 3).text() == "Samen naar het Werkplein"
    start.table.cellDoubleClicked.emit(0, 2)
    assert window.participants_page.page.participant_id == person.id
    start.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    assert notes.open_follow_ups(store) == []
    assert start.table.rowCount() == 0


def test_note_follow_up_typed_in_editor_reaches_start_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    pid = open_new_participant(qtbot, window)
    page = window.participants_page.page
    conversations = page.conversations
    conversations.new_note()
    assert page.current_tab() is conversations
    type_into(conversations.editor.text, "Kennismaking")
    type_into(conversations.editor.follow_up, "Cv afmaken")
    type_into(line(page, "follow_up_due"), "1-12-2026")
    store = window.context.store
    qtbot.waitUntil(lambda: [f.action for f in notes.open_follow_ups(store)] == ["Cv afmaken"])
    assert notes.open_follow_ups(store)[0].due == date(2026, 12, 1)
    conversations.editor.finish()
    assert conversations.timeline.count() == 1
    assert pid


def test_typing_a_note_keeps_the_undo_history_of_the_details(
    qtbot: QtBot, window: MainWindow
) -> None:
    pid = open_new_participant(qtbot, window)
    page = window.participants_page.page
    store = window.context.store
    type_into(line(page, "referrer"), "wijkteam")
    qtbot.waitUntil(lambda: participants.get_participant(store, pid).referrer == "wijkteam")
    editor = page.conversations.editor
    page.conversations.new_note()
    type_into(editor.text, "Kennismaking")
    qtbot.waitUntil(lambda: editor.note_id is not None)
    type_into(editor.text, " bij het buurthuis")
    qtbot.waitUntil(lambda: not editor.form.dirty)
    page.show_tab(page.details)
    page.details.form.undo_stack.undo()
    assert participants.get_participant(store, pid).referrer == ""
    assert line(page, "referrer").text() == ""


def test_referrals_are_announced_and_removing_one_asks_first(
    qtbot: QtBot, window: MainWindow
) -> None:
    pid = open_new_participant(qtbot, window)
    box = window.participants_page.page.details.referrals
    store = window.context.store
    announced: list[Changes] = []
    window.context.changed.connect(announced.append)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReferralDialog)
        dialog.organisation.setText("Schuldhulp Oost")
        dialog.date.setText("3-2-2026")
        dialog.accept()

    later(50, fill)
    box.add()
    [referral] = participants.list_referrals(store, pid)
    assert (referral.organisation, referral.referred_on) == ("Schuldhulp Oost", date(2026, 2, 3))
    assert any(c.touches(Referral) for c in announced)  # so sync picks it up soon

    box.table.setCurrentCell(0, 0)
    seen = answer("confirmCancel")
    box.remove_selected()
    assert len(participants.list_referrals(store, pid)) == 1
    assert_fits_small_screen(seen[0])
    answer("confirmAction")
    box.remove_selected()
    assert participants.list_referrals(store, pid) == []
    assert box.table.rowCount() == 0
