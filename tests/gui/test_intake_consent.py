"""The kennismaking (intake), the care workers and consent on record, on the details tab,
driven through their widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from jiu_desktop.services import consent, intake, participants, team
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.participants.page import ParticipantPage
from jiu_desktop.views.participants.tabs.consent_section import ConsentRow
from tests.gui.conftest import find, unlock
from tests.gui.dialogs import answer, assert_fits_small_screen
from tests.gui.layout_checks import settle


def open_person(qtbot: QtBot, window: MainWindow) -> tuple[ParticipantPage, str]:
    unlock(qtbot, window)
    person = participants.create_participant(window.context.store, first_name="Noor").row
    window.context.open_participant(person.id)
    settle()
    return window.participants_page.page, person.id


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Qt.Key, text: str = "") -> None:
    if text:
        QTest.keyClicks(focused(), text)
    else:
        QTest.keyClick(focused(), key)


def tab_to(name: str) -> None:
    press(Qt.Key.Key_Tab)
    assert focused().objectName() == name


def check(page: QWidget, name: str) -> QCheckBox:
    box = find(page, QCheckBox, name)
    assert isinstance(box, QCheckBox)
    return box


def test_the_intake_is_filled_in_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    page, pid = open_person(qtbot, window)
    store = window.context.store
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert intake.get_intake(store, pid) is None, "nothing stored before a field is filled"
    days = find(page.details, QWidget, "intake.days_now")
    days.setFocus()
    press(Qt.Key.Key_unknown, "Thuis, soms bij mijn oom in de garage")
    tab_to("intake.income")
    press(Qt.Key.Key_Down)  # from "not known yet" to benefits
    tab_to("intake.has_computer")
    tab_to("intake.has_email")
    press(Qt.Key.Key_Space)
    tab_to("intake.social_services_permission_needed")
    press(Qt.Key.Key_Space)
    tab_to("intake.social_services_permission_given")
    tab_to("intake.verbinder_name")
    press(Qt.Key.Key_unknown, "Ahmed, jongerenwerk")
    tab_to("intake.verbinder_reach")
    press(Qt.Key.Key_unknown, "06-11223344")
    tab_to("intake.parent_contact")
    press(Qt.Key.Key_Space)
    tab_to("intake.parent_who")
    press(Qt.Key.Key_unknown, "moeder")
    tab_to("intake.parent_contact_allowed")
    tab_to("intake.reach_by:bellen")
    tab_to("intake.reach_by:appen")
    press(Qt.Key.Key_Space)
    tab_to("intake.reach_by:sms")
    tab_to("intake.reach_by:langsgaan")
    press(Qt.Key.Key_Space)
    tab_to("intake.coach_subjects:wonen")

    def stored() -> tuple[object, ...]:
        row = intake.get_intake(store, pid)
        if row is None:
            return ()
        return (
            row.days_now,
            row.income,
            row.has_computer,
            row.has_email,
            row.social_services_permission_needed,
            row.verbinder_name,
            row.verbinder_reach,
            row.parent_contact,
            row.parent_who,
            row.parent_contact_allowed,
            intake.chosen(row.reach_by),
        )

    expected = (
        "Thuis, soms bij mijn oom in de garage",
        "uitkering",
        False,
        True,
        True,
        "Ahmed, jongerenwerk",
        "06-11223344",
        True,
        "moeder",
        False,
        ("appen", "langsgaan"),
    )
    qtbot.waitUntil(lambda: stored() == expected, timeout=3000)
    page.details.form.undo_stack.undo()  # the last edit: visiting
    assert intake.chosen(intake.get_intake(store, pid).reach_by) == ("appen",)  # type: ignore[union-attr]
    assert not check(page.details, "intake.reach_by:langsgaan").isChecked()


def test_the_intake_waits_for_a_stored_participant(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    window.new_action.trigger()
    details = window.participants_page.page.details
    assert not details.intake.isEnabled() and not details.consent.isEnabled()


def test_a_care_worker_on_the_coachs_subject_is_warned(qtbot: QtBot, window: MainWindow) -> None:
    page, pid = open_person(qtbot, window)
    store = window.context.store
    details = page.details
    warning = find(details, QLabel, "sharedSubjects")
    assert isinstance(warning, QLabel)
    check(details, "intake.coach_subjects:inkomen").click()
    qtbot.waitUntil(lambda: intake.get_intake(store, pid) is not None, timeout=3000)
    assert not warning.isVisibleTo(details)

    def fill(dialog: QWidget) -> None:
        QTest.keyClicks(find(dialog, QWidget, "organisation"), "Schuldhulp Eemland")
        QTest.keyClicks(find(dialog, QWidget, "first_name"), "Fatima")
        check(dialog, "subject:inkomen").setChecked(True)
        check(dialog, "subject:wonen").setChecked(True)

    seen = answer("saveCareContact", fill)
    find(details, QPushButton, "addCareContact").click()
    assert seen, "the dialog was shown"
    assert_fits_small_screen(seen[0], destructive="")
    [contact] = intake.list_care_contacts(store, pid)
    assert (contact.organisation, contact.first_name) == ("Schuldhulp Eemland", "Fatima")
    assert intake.chosen(contact.subjects) == ("wonen", "inkomen")
    assert warning.isVisibleTo(details)
    assert "Income and material situation" in warning.text() and "Fatima" in warning.text()
    assert "Housing" not in warning.text(), "only the subject both work on"

    check(details, "intake.coach_subjects:inkomen").click()  # the coach leaves it to her
    qtbot.waitUntil(lambda: not warning.isVisibleTo(details), timeout=3000)


def test_a_care_worker_is_edited_and_removed(qtbot: QtBot, window: MainWindow) -> None:
    page, pid = open_person(qtbot, window)
    store = window.context.store
    intake.add_care_contact(store, pid, organisation="Wijkteam", first_name="Bas")
    page.details.intake.care.reload()
    care = page.details.intake.care
    care.table.selectRow(0)

    def rename(dialog: QWidget) -> None:
        QTest.keyClicks(find(dialog, QWidget, "reach"), "033-1234567")

    answer("saveCareContact", rename)
    find(care, QPushButton, "editCareContact").click()
    assert intake.list_care_contacts(store, pid)[0].reach == "033-1234567"
    care.table.selectRow(0)
    answer("confirmAction")
    find(care, QPushButton, "removeCareContact").click()
    assert intake.list_care_contacts(store, pid) == []
    assert care.empty.isVisibleTo(care)


def consent_row(page: ParticipantPage, kind: str) -> ConsentRow:
    row = page.details.consent.rows[kind]
    assert row.objectName() == f"consent:{kind}"
    return row


def test_consent_given_then_withdrawn_shows_its_history(qtbot: QtBot, window: MainWindow) -> None:
    page, pid = open_person(qtbot, window)
    store = window.context.store
    coach = team.create_coach(store, "Sanne").row
    team.set_my_coach(store, coach.id)
    row = consent_row(page, "beeldmateriaal")
    assert "Not asked yet" in row.state.text()
    assert not row.withdraw.isEnabled()

    seen = answer("consentGiven")
    row.give.click()
    assert seen and "filmpjes" in seen[0].text, "the wording to read out is shown"
    assert_fits_small_screen(seen[0], destructive="consentGiven")
    assert consent.allows(store, pid, "beeldmateriaal")
    assert row.state.text() == f"Given since {date.today():%d-%m-%Y}"

    answer("confirmCancel")
    row.withdraw.click()
    assert consent.allows(store, pid, "beeldmateriaal"), "cancel withdraws nothing"

    answer("confirmAction")
    row.withdraw.click()
    history = consent.consent_history(store, pid, "beeldmateriaal")
    assert [r.decision for r in history] == ["gegeven", "ingetrokken"]
    assert {r.coach_id for r in history} == {coach.id}
    assert {r.wording_version for r in history} == {consent.current_wording_version()}
    assert not consent.allows(store, pid, "beeldmateriaal")
    assert row.state.text() == f"Withdrawn on {date.today():%d-%m-%Y}"
    assert not row.withdraw.isEnabled()
    assert "Not asked yet" in consent_row(page, "contact_delen").state.text(), "one kind only"

    assert not row.history.isVisibleTo(page)
    row.toggle.click()
    assert row.history.isVisibleTo(page)
    lines = row.history.text().splitlines()
    assert len(lines) == 2
    assert "Given" in lines[0] and "Withdrawn" in lines[1]
    assert all("Sanne" in line and "v1" in line for line in lines)


def test_cancelling_the_wording_records_nothing(qtbot: QtBot, window: MainWindow) -> None:
    page, pid = open_person(qtbot, window)
    answer("qt_cancel_not_there")  # rejects the dialog
    consent_row(page, "contact_delen").give.click()
    assert consent.consent_history(window.context.store, pid) == []


def test_consent_recorded_elsewhere_is_shown(qtbot: QtBot, window: MainWindow) -> None:
    page, pid = open_person(qtbot, window)
    store = window.context.store
    added = consent.give_consent(store, pid, "gegevens_bewaren")
    window.context.announce(added.changes, None)
    assert "Given since" in consent_row(page, "gegevens_bewaren").state.text()


def test_a_no_at_the_first_question_is_recorded_as_said_no(
    qtbot: QtBot, window: MainWindow
) -> None:
    page, pid = open_person(qtbot, window)
    store = window.context.store
    row = consent_row(page, "uitspraken_anoniem")
    answer("consentRefused")
    row.give.click()
    [record] = consent.consent_history(store, pid, "uitspraken_anoniem")
    assert record.decision == "ingetrokken"
    assert record.wording_version == consent.current_wording_version()
    assert not consent.allows(store, pid, "uitspraken_anoniem")
    assert row.state.text() == f"Said no on {date.today():%d-%m-%Y}"
    assert not row.withdraw.isEnabled()

    answer("consentGiven")  # they change their mind later
    row.give.click()
    answer("confirmAction")
    row.withdraw.click()
    lines = row.history.text().splitlines()
    assert ["Said no" in lines[0], "Given" in lines[1], "Withdrawn" in lines[2]] == [True] * 3
    assert row.state.text() == f"Withdrawn on {date.today():%d-%m-%Y}"
