"""The "Mijn reflecties" page: a coach's own reflection filled in and autosaved on this
laptop, shared with the team after a warning about a participant's name, taken back,
deleted; colleagues' shared reflections read-only; nothing cut at 1366×768."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from jiu_desktop.models import Coach, SharedReflection
from jiu_desktop.services import coach_reflections, form_catalogue, participants, team
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.pages import PAGES
from jiu_desktop.views.reflections import ReflectionsPage
from jiu_desktop.views.reflections.page import NEW_SHORTCUT
from jiu_desktop.views.team_notes import TeamNotesPage
from tests.gui.conftest import type_into, unlock
from tests.gui.dialogs import answer, assert_fits_small_screen
from tests.gui.layout_checks import LAPTOP_WIDTH, settle, squeezed, text_cut

CTRL = Qt.KeyboardModifier.ControlModifier


def open_page(window: MainWindow) -> ReflectionsPage:
    window.show_page(ReflectionsPage.page_name)
    settle()
    page = window.page(ReflectionsPage)
    assert window.pages.currentWidget() is page
    return page


def shown(page: ReflectionsPage) -> list[str]:
    return [page.list.item(row).text() for row in range(page.list.count())]


def answer_field(page: ReflectionsPage, key: str) -> QPlainTextEdit:
    field = page.editor.fields[key]
    assert field.objectName() == f"answer-{key}"
    return field


def write(qtbot: QtBot, page: ReflectionsPage, key: str, text: str) -> None:
    type_into(answer_field(page, key), text)
    qtbot.waitUntil(lambda: page.editor.reflection_id is not None, timeout=3000)
    qtbot.waitUntil(lambda: not page.editor.form.dirty, timeout=3000)


def test_the_page_is_in_the_navigation_and_says_it_stays_here(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert PAGES.index(ReflectionsPage) == PAGES.index(TeamNotesPage) + 1
    unlock(qtbot, window)
    page = open_page(window)
    assert window.navigation.currentItem().text() == "My reflections"
    assert page.privacy.isVisible()
    assert "stay on this laptop until you share" in page.privacy.text()
    assert page.empty.isVisible() and NEW_SHORTCUT in page.empty.text()
    assert not page.team_list.isVisible(), "no colleagues' reflections yet"


def test_a_reflection_is_written_autosaved_and_stays_on_this_laptop(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    page = open_page(window)
    QTest.keyClick(page.list_or_empty.currentWidget(), Qt.Key.Key_T, CTRL)
    editor = page.editor
    assert editor.isVisible() and editor.template is not None
    assert editor.template.id == "coach-reflectie@1"
    assert editor.reflection_id is None, "stored once something is written"
    intro = editor.findChild(QLabel, "reflectionIntro")
    assert isinstance(intro, QLabel) and intro.isVisible()
    assert "Noem geen namen van deelnemers" in intro.text()
    assert "Only on this laptop" in editor.where.text()
    assert not editor.share.isEnabled(), "nothing to share yet"
    write(qtbot, page, "intervisie", "Hoe ik grenzen stel")
    [stored] = coach_reflections.reflections(window.context.store)
    assert stored.answers == {"intervisie": "Hoe ik grenzen stel"} and not stored.shared
    assert editor.saved.text() == "✓ Saved" and editor.share.isEnabled()
    type_into(answer_field(page, "intervisie"), " in de groep")
    qtbot.waitUntil(lambda: not editor.form.dirty, timeout=3000)
    assert coach_reflections.reflections(window.context.store)[0].answers == {
        "intervisie": "Hoe ik grenzen stel in de groep"
    }
    editor.undo.click()
    [stored] = coach_reflections.reflections(window.context.store)
    assert stored.answers == {"intervisie": "Hoe ik grenzen stel"}
    QTest.keyClick(editor, Qt.Key.Key_Return, CTRL)
    assert not editor.isVisible()
    assert shown(page) == [f"{date.today():%d-%m-%Y} · Only on this laptop\nReflectie voor coaches"]


def test_sharing_warns_about_a_name_and_can_be_taken_back(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    store = window.context.store
    participants.create_participant(store, first_name="Noor", last_name="Bakker")
    me = team.create_coach(store, "Sanne").id
    team.set_my_coach(store, me)
    page = open_page(window)
    page.new_button.click()
    write(qtbot, page, "relationeel-presentie", "Bij Noor ging ik langs")
    qtbot.waitUntil(page.editor.names.isVisible, timeout=2000)
    assert "You name Noor" in page.editor.names.text()
    assert "shared reflection" in page.editor.names.text()

    kept = answer("confirmCancel")
    page.editor.share.click()
    assert "You name Noor" in kept[0].text and "intervision" in kept[0].text
    assert_fits_small_screen(kept[0])
    assert not coach_reflections.reflections(store)[0].shared

    answer("confirmAction")
    page.editor.share.click()
    [mine] = coach_reflections.reflections(store)
    assert mine.shared
    assert "Shared with the team" in shown(page)[0]
    assert page.editor.unshare.isVisible() and not page.editor.share.isVisible()
    assert "goes to the team too" in page.editor.where.text()
    with store.session() as s:
        [copy] = s.query(SharedReflection).all()
        assert (copy.coach_id, copy.deleted) == (me, False)

    seen = answer("confirmAction")
    page.editor.unshare.click()
    assert "Yours stays here" in seen[0].text
    assert not coach_reflections.reflections(store)[0].shared
    assert "Only on this laptop" in shown(page)[0]
    with store.session() as s:
        assert s.query(SharedReflection).one().deleted


def test_a_reflection_is_deleted_after_asking(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    store = window.context.store
    page = open_page(window)
    page.new_button.click()
    write(qtbot, page, "kunst-talent", "Zingen")
    answer("confirmCancel")
    page.editor.delete.click()
    assert len(coach_reflections.reflections(store)) == 1
    seen = answer("confirmAction")
    page.editor.delete.click()
    assert "this laptop" in seen[0].text
    assert coach_reflections.reflections(store) == []
    assert page.empty.isVisible() and not page.editor.isVisible()


def add_colleagues(window: MainWindow) -> str:
    with window.context.store.session() as s:
        form_catalogue.template_row(s, "coach-reflectie@1")
        henk = Coach(name="Henk")
        s.add(henk)
        s.flush()
        shared = SharedReflection(
            template_id="coach-reflectie@1",
            filled_on=date(2026, 11, 20),
            coach_id=henk.id,
            answers='{"intervisie": ["Er op af in de wijk", ""]}',
        )
        s.add(shared)
        s.flush()
        return shared.id


def test_a_colleagues_shared_reflection_is_read_only(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    coach_reflections.start_reflection(window.context.store, "coach-reflectie@1")
    add_colleagues(window)
    page = open_page(window)
    assert page.team_list.isVisible()
    assert [page.team_list.item(0).text()] == ["20-11-2026 · Henk\nReflectie voor coaches"]
    page.team_list.setCurrentRow(0)
    QTest.keyClick(page.team_list, Qt.Key.Key_Return)
    editor = page.editor
    assert editor.isVisible() and editor.read_only
    assert "Henk" in editor.where.text()
    field = answer_field(page, "intervisie")
    assert field.isReadOnly() and field.toPlainText() == "Er op af in de wijk"
    assert list(editor.fields) == ["intervisie"], "what was written, not the empty fields"
    for button in (editor.share, editor.unshare, editor.delete, editor.undo):
        assert not button.isVisible()
    type_into(field, "mijn woorden")
    editor.form.flush()
    [theirs] = coach_reflections.shared_by_colleagues(window.context.store)
    assert theirs.answers == {"intervisie": "Er op af in de wijk"}


def test_nothing_on_the_page_is_cut_at_1366x768(qtbot: QtBot, laptop: MainWindow) -> None:
    add_colleagues(laptop)
    page = open_page(laptop)
    page.new_button.click()
    settle()
    assert page.editor.isVisible()
    assert squeezed(page) == [] and text_cut(page) == []
    assert laptop.minimumSizeHint().width() <= LAPTOP_WIDTH
    assert page.editor.questions_area.height() >= 200
