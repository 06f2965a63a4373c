"""*Formulieren beheren*: a form built in the editor by clicking and typing, reordered,
undone and redone, published as v1; a new version that leaves v1's answers as they were;
published versions that cannot be edited; keys that stay; wording hints; and nothing cut
at 1366×768."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from jiu_desktop.models import FormTemplate
from jiu_desktop.services import form_catalogue, form_responses, participants
from jiu_desktop.services.form_definition import QUESTION_TYPES
from jiu_desktop.views.form_admin.catalogue_model import ENTRY_ROLE
from jiu_desktop.views.form_admin.editor import DraftEditor
from jiu_desktop.views.form_admin.manager import FormsManager
from jiu_desktop.views.main_window import MainWindow
from tests.gui.conftest import type_into, unlock
from tests.gui.dialogs import answer, assert_fits_small_screen
from tests.gui.layout_checks import LAPTOP_HEIGHT, LAPTOP_WIDTH, settle, squeezed, text_cut

EVALUATION = "evaluatie-bijeenkomst@1"
CTRL = Qt.KeyboardModifier.ControlModifier


def manager(qtbot: QtBot, window: MainWindow) -> FormsManager:
    unlock(qtbot, window)
    dialog = FormsManager(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    return dialog


def button(parent: QWidget, name: str) -> QPushButton:
    found = parent.findChild(QPushButton, name)
    assert isinstance(found, QPushButton), name
    return found


def choose(dialog: FormsManager, entry_id: str) -> None:
    index = dialog._index_of(entry_id)
    assert index.isValid(), entry_id
    dialog.tree.setCurrentIndex(index)


def add_question(qtbot: QtBot, editor: DraftEditor, kind: str, text: str) -> None:
    combo = editor.structure.kind
    combo.setCurrentIndex(combo.findData(kind))
    field = editor.structure.text
    field.clear()
    type_into(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def question_texts(editor: DraftEditor) -> list[str]:
    return [q.text for q in editor.definition.questions()]


def stored(window: MainWindow, draft_id: str) -> list[str]:
    definition = form_catalogue.get_template(window.context.store, draft_id).definition
    return [q.key for q in definition.questions()]


def new_form(qtbot: QtBot, dialog: FormsManager, name: str) -> DraftEditor:
    answer("nameOk", lambda box: box.findChild(QLineEdit, "formName").setText(name))  # type: ignore[union-attr]
    button(dialog, "newForm").click()
    assert dialog.pages.currentWidget() is dialog.editor
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    return dialog.editor


def test_the_forms_menu_opens_the_manager(qtbot: QtBot, window: MainWindow) -> None:
    assert not window.forms_action.isEnabled(), "locked: no forms"
    unlock(qtbot, window)
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert window.forms_action in menus["For&ms"].actions()  # type: ignore[union-attr]
    letters = [text[text.index("&") + 1].lower() for text in menus if "&" in text]
    assert len(letters) == len(set(letters)), "Alt+letter opens one menu"
    seen = answer("closeForms")
    window.forms_action.trigger()
    assert seen and seen[0].title == "Manage forms"
    assert "never changes" in seen[0].text
    assert_fits_small_screen(seen[0], destructive="deleteDraft")


def test_a_form_built_in_the_editor_is_published_as_v1(qtbot: QtBot, window: MainWindow) -> None:
    dialog = manager(qtbot, window)
    editor = new_form(qtbot, dialog, "Terugblik stage")
    draft_id = editor.draft_id
    assert draft_id is not None
    assert editor.title.text() == "Terugblik stage"
    for kind in QUESTION_TYPES:
        add_question(qtbot, editor, kind, f"Vraag over {kind}")
    types = [q.type for q in editor.definition.questions()]
    assert types == ["open", *QUESTION_TYPES]
    assert [q.key for q in editor.definition.questions()][1:3] == [
        "vraag-over-scale",
        "vraag-over-yesno",
    ]
    assert editor.structure.current_place() == (0, 7), "the new question is chosen"
    qtbot.waitUntil(lambda: len(stored(window, draft_id)) == 8, timeout=3000)

    editor.structure.tree.setFocus()
    QTest.keyClick(editor.structure.tree, Qt.Key.Key_Up, CTRL)
    button(editor, "moveUp").click()
    assert question_texts(editor)[-3:] == [
        "Vraag over signature",
        "Vraag over open",
        "Vraag over date",
    ]
    assert [q.type for q in editor.definition.questions()][-3:] == ["signature", "open", "date"]
    editor.undo.click()
    assert [q.type for q in editor.definition.questions()][-3:] == ["open", "signature", "date"]
    QTest.keyClick(editor.structure.tree, Qt.Key.Key_Z, CTRL)
    assert [q.type for q in editor.definition.questions()][-3:] == ["open", "date", "signature"]
    editor.redo.click()
    editor.redo.click()
    assert [q.type for q in editor.definition.questions()][-3:] == ["signature", "open", "date"]
    assert not editor.redo.isEnabled()
    editor.document.flush()
    keys = stored(window, draft_id)
    assert keys[-3:] == ["vraag-over-signature", "vraag-over-open", "vraag-over-date"]

    slug = editor.definition.slug
    assert slug == "terugblik-stage"
    seen = answer("confirmAction")
    button(editor, "publishDraft").click()
    assert "never changes" in seen[0].text
    assert dialog.pages.currentWidget() is dialog.list_page
    [v1] = form_catalogue.catalogue(window.context.store).of(slug)
    assert (v1.version, v1.title, v1.published_by) == (1, "Terugblik stage", "Sanne")
    assert [q.key for q in v1.definition.questions()] == keys
    entry = dialog.entry()
    assert entry is not None and entry.id == v1.id
    assert dialog.message.text() == "Published as version 1."


def test_a_new_version_leaves_the_answers_to_v1_as_they_were(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = manager(qtbot, window)
    store = window.context.store
    noor = participants.create_participant(store, first_name="Noor").id
    started = form_responses.start_response(store, noor, EVALUATION, filled_on=date(2026, 10, 5))
    window.context.announce(started.changes)  # as from another screen: the list follows
    v1 = started.id
    form_responses.set_answers(store, v1, {"hoe-was-het": 4, "neem-mee": "Rust"})
    choose(dialog, EVALUATION)
    assert "Filled in before" in dialog.about.text()
    button(dialog, "newVersion").click()
    editor = dialog.editor
    assert dialog.pages.currentWidget() is editor
    assert editor.version.text() == "Draft of version 2"
    first = editor.structure.tree.topLevelItem(0).child(0)
    editor.structure.tree.setCurrentItem(first)
    text = editor.details.findChild(QPlainTextEdit, "questionText")
    assert isinstance(text, QPlainTextEdit)
    text.selectAll()
    type_into(text, "Hoe was het vandaag?")
    key = editor.details.findChild(QLabel, "questionKey")
    assert isinstance(key, QLabel) and key.text() == "Key: hoe-was-het"
    third = editor.structure.tree.topLevelItem(0).child(2)
    editor.structure.tree.setCurrentItem(third)
    QTest.keyClick(editor.structure.tree, Qt.Key.Key_Delete)
    assert "neem-mee" not in [q.key for q in editor.definition.questions()]
    answer("confirmAction")
    button(editor, "publishDraft").click()

    [old, new] = form_catalogue.catalogue(store).of("evaluatie-bijeenkomst")
    assert (old.version, new.version) == (1, 2)
    assert new.definition.question("hoe-was-het").text == "Hoe was het vandaag?"  # type: ignore[union-attr]
    assert new.definition.question("neem-mee") is None
    filled = form_responses.filled_form(store, v1)
    assert filled.definition.version == 1
    assert filled.definition.question("hoe-was-het").text == (  # type: ignore[union-attr]
        "Hoe vond je de bijeenkomst van vandaag?"
    )
    assert filled.answers == {"hoe-was-het": 4, "neem-mee": "Rust"}
    assert dialog.entry() is not None and dialog.entry().id == new.id  # type: ignore[union-attr]
    labels = [dialog.model.index(0, 1).data()]
    assert labels == ["v2"]


def test_a_published_version_cannot_be_edited_and_the_buttons_say_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = manager(qtbot, window)
    choose(dialog, EVALUATION)
    for name in ("editDraft", "publishForm", "deleteDraft"):
        found = button(dialog, name)
        assert not found.isEnabled(), name
        assert "never changes" in found.toolTip()
    note = dialog.findChild(QLabel, "publishedNote")
    assert isinstance(note, QLabel) and note.isVisible() and "never changes" in note.text()
    assert button(dialog, "newVersion").isEnabled() and button(dialog, "copyForm").isEnabled()
    dialog.tree.doubleClicked.emit(dialog.tree.currentIndex())
    assert dialog.pages.currentWidget() is dialog.list_page, "no editor for a published one"

    editor = new_form(qtbot, dialog, "Eigen vorm")
    button(editor, "closeDraft").click()
    choose(dialog, _draft(window))
    assert button(dialog, "editDraft").isEnabled()
    assert not dialog.findChild(QLabel, "publishedNote").isVisible()  # type: ignore[union-attr]


def _draft(window: MainWindow) -> str:
    [draft] = form_catalogue.drafts(window.context.store)
    return draft.id


def test_a_question_keeps_its_key_when_its_text_changes(qtbot: QtBot, window: MainWindow) -> None:
    dialog = manager(qtbot, window)
    editor = new_form(qtbot, dialog, "Sleutels")
    add_question(qtbot, editor, "scale", "Hoe voel je je?")
    text = editor.details.findChild(QPlainTextEdit, "questionText")
    assert isinstance(text, QPlainTextEdit)
    text.selectAll()
    type_into(text, "Hoe gaat het met je?")
    assert [q.key for q in editor.definition.questions()] == ["vraag-1", "hoe-voel-je-je"]
    assert editor.definition.questions()[1].text == "Hoe gaat het met je?"
    editor.undo.click()
    assert editor.definition.questions()[1].text == "Hoe voel je je?", "typing is one step"
    text = editor.details.findChild(QPlainTextEdit, "questionText")
    assert isinstance(text, QPlainTextEdit) and text.toPlainText() == "Hoe voel je je?"
    add_question(qtbot, editor, "open", "Hoe voel je je?")
    assert editor.definition.questions()[2].key == "hoe-voel-je-je-2"


def test_a_why_question_gets_a_calm_hint_where_it_is(qtbot: QtBot, window: MainWindow) -> None:
    dialog = manager(qtbot, window)
    editor = new_form(qtbot, dialog, "Woorden")
    add_question(qtbot, editor, "open", "Waarom kwam je te laat?")
    hint = editor.details.findChild(QLabel, "wordingHint")
    assert isinstance(hint, QLabel)
    assert hint.isVisible() and "Waarom" in hint.text() and hint.text().startswith("Tip:")
    item = editor.structure.tree.currentItem()
    assert "Waarom" in item.toolTip(0) and not item.icon(0).isNull()
    text = editor.details.findChild(QPlainTextEdit, "questionText")
    assert isinstance(text, QPlainTextEdit)
    text.selectAll()
    type_into(text, "Wat hielp je om te komen?")
    assert not hint.isVisible()
    assert editor.structure.tree.currentItem().icon(0).isNull()
    editor.document.flush()
    assert editor.saved.text() == "✓ Saved", "a hint never stops saving"


def test_ctrl_z_in_a_field_undoes_the_editors_last_step(qtbot: QtBot, window: MainWindow) -> None:
    dialog = manager(qtbot, window)
    editor = new_form(qtbot, dialog, "Ongedaan")
    button(editor, "newPart").click()
    assert [s.title for s in editor.definition.sections] == ["Part 1", "Part 2"]
    assert editor.structure.text.hasFocus(), "the first question of the new part is next"
    add_question(qtbot, editor, "yesno", "Was je op tijd?")
    assert editor.structure.current_place() == (1, 0)
    type_into(editor.title, " najaar")
    assert editor.definition.title == "Ongedaan najaar"
    QTest.keyClick(editor.title, Qt.Key.Key_Z, CTRL)
    assert editor.definition.title == editor.title.text() == "Ongedaan"
    QTest.keyClick(editor.title, Qt.Key.Key_Z, CTRL)
    assert [s.title for s in editor.definition.sections][1:] == ["Part 2"]
    assert editor.definition.sections[1].questions == ()
    for redo in (Qt.Key.Key_Z, Qt.Key.Key_Y):  # Ctrl+Shift+Z, then Ctrl+Y, each one step
        shift = Qt.KeyboardModifier.ShiftModifier if redo == Qt.Key.Key_Z else CTRL
        QTest.keyClick(editor.title, redo, CTRL | shift)
    assert editor.definition.title == "Ongedaan najaar"
    QTest.keyClick(editor.title, Qt.Key.Key_Z, CTRL)
    QTest.keyClick(editor.title, Qt.Key.Key_Z, CTRL)
    editor.document.flush()
    draft = form_catalogue.get_template(window.context.store, editor.draft_id or "")
    assert [s.title for s in draft.definition.sections] == ["Part 1"], "an empty part waits"


def test_an_empty_text_is_not_saved_and_leaving_asks(qtbot: QtBot, window: MainWindow) -> None:
    dialog = manager(qtbot, window)
    editor = new_form(qtbot, dialog, "Leeg")
    editor.title.selectAll()
    QTest.keyClick(editor.title, Qt.Key.Key_Delete)
    assert not editor.document.flush()
    assert "a text is empty" in editor.saved.text()
    seen = answer("confirmCancel")
    button(editor, "closeDraft").click()
    assert "not saved" in seen[0].text
    assert dialog.pages.currentWidget() is editor
    type_into(editor.title, "Vol")
    assert editor.document.flush()
    button(editor, "closeDraft").click()
    assert dialog.pages.currentWidget() is dialog.list_page


def test_two_versions_with_one_number_are_both_listed_with_who_published(
    qtbot: QtBot, window: MainWindow
) -> None:
    """As after two coordinators each published v2 offline (rows built here directly; the
    sync itself is in ``tests/sync/test_form_versions_sync.py``)."""
    unlock(qtbot, window)
    store = window.context.store
    first = form_catalogue.next_version_draft(store, EVALUATION).row
    second = form_catalogue.next_version_draft(store, EVALUATION).row
    with store.session() as s:
        s.get(FormTemplate, second.id).version = 2  # type: ignore[union-attr]
    a = form_catalogue.publish(store, first.id, "Sanne").row
    b = form_catalogue.publish(store, second.id, "Henk").row
    dialog = FormsManager(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(dialog, a.id)
    parent = dialog.tree.currentIndex().parent()
    shown = {
        dialog.model.index(row, 0, parent).data(ENTRY_ROLE).id: dialog.model.index(
            row, 1, parent
        ).data()
        for row in range(dialog.model.rowCount(parent))
    }
    assert shown[a.id] == "v2 (Sanne)" and shown[b.id] == "v2 (Henk)"
    assert shown[EVALUATION] == "v1"
    assert dialog.model.index(parent.row(), 1).data() == "v2 (Henk)", "the newest is used"


def test_nothing_in_the_manager_or_editor_is_cut_at_1366x768(
    qtbot: QtBot, laptop: MainWindow
) -> None:
    dialog = FormsManager(laptop.context, laptop)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    assert dialog.frameGeometry().width() <= LAPTOP_WIDTH
    assert dialog.frameGeometry().height() <= LAPTOP_HEIGHT
    assert squeezed(dialog) == [] and text_cut(dialog) == []
    choose(dialog, "lsr-observatie-reflectie@1")
    button(dialog, "newVersion").click()
    editor = dialog.editor
    scale = editor.structure.tree.topLevelItem(1).child(0)
    editor.structure.tree.setCurrentItem(scale)
    settle()
    assert editor.details.findChild(QLineEdit, "scaleLabel5") is not None
    assert dialog.sizeHint().height() <= LAPTOP_HEIGHT
    assert squeezed(dialog) == [] and text_cut(dialog) == []
