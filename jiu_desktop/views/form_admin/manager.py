"""*Formulieren beheren*: the team's forms with their versions and drafts; new forms,
copies and new versions; the editor of a draft; publishing.

A published version never changes, so answers given to it always read as they were
filled in: the buttons that would change one are off for it, and say why. Changing a
form means a new version: a draft with the same name and question keys, edited, then
published as the next version.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import JiuError
from jiu_desktop.services import form_catalogue, profile, team
from jiu_desktop.services.changes import Added, Changes
from jiu_desktop.views.confirm import ask
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.form_admin.catalogue_model import DRAFT, ENTRY_ROLE, Entry, catalogue_model
from jiu_desktop.views.form_admin.editor import DraftEditor
from jiu_desktop.views.form_admin.name_dialog import NameDialog
from jiu_desktop.views.form_admin.preview import FormPreview
from jiu_desktop.views.labels import FormTemplate
from jiu_desktop.views.participants.tabs.fields import message_line
from jiu_desktop.views.style import MUTED, mark_primary

WIDTH, HEIGHT = 1280, 700


def publisher_name(context: AppContext) -> str:
    """Who publishes: this profile's coach, or else the profile's name."""
    mine = team.my_coach_id(context.store)
    for coach in team.list_coaches(context.store):
        if coach.id == mine and coach.name.strip():
            return coach.name.strip()
    return profile.load_vault(context.root).profile_name


class FormsManager(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("formsManager")
        self.setWindowTitle(self.tr("Manage forms"))
        self.resize(WIDTH, HEIGHT)
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)
        self.list_page = self._list_page()
        self.pages.addWidget(self.list_page)
        self.editor = DraftEditor(context)
        self.editor.closed.connect(self._editor_closed)
        self.editor.publish_requested.connect(self.publish)
        self.pages.addWidget(self.editor)
        context.changed.connect(self._on_changed)
        self._listening = True
        self.reload()

    # -- the list ---------------------------------------------------------------------------
    def _list_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Forms"))
        title.setObjectName("pageTitle")
        column.addWidget(title)
        explain = QLabel(
            self.tr(
                "Built-in forms and the team's own. A published version never changes, so "
                "old answers read as they were filled in. To change a form, make a new "
                "version, edit it and publish it."
            )
        )
        explain.setObjectName("hint")
        explain.setWordWrap(True)
        column.addWidget(explain)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeView()
        self.tree.setObjectName("formList")
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.doubleClicked.connect(self._activated)
        self.tree.activated.connect(self._activated)
        left_column.addWidget(self.tree, 1)
        left_column.addLayout(self._buttons())
        self.locked_note = QLabel(
            self.tr(
                "A published version never changes. Make a new version to change it, or a "
                "copy for a form of your own."
            )
        )
        self.locked_note.setObjectName("publishedNote")
        self.locked_note.setWordWrap(True)
        self.locked_note.setStyleSheet(f"color: {MUTED};")
        left_column.addWidget(self.locked_note)
        self.message = message_line()
        left_column.addWidget(self.message)
        splitter.addWidget(left)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        self.about = QLabel()
        self.about.setObjectName("formAboutText")
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        right_column.addWidget(self.about)
        self.preview = FormPreview()
        right_column.addWidget(self.preview, 1)
        splitter.addWidget(right)
        splitter.setSizes([700, 520])
        column.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("closeForms")
        close.clicked.connect(self.accept)
        bottom.addWidget(close)
        column.addLayout(bottom)
        return page

    def _buttons(self) -> QGridLayout:
        grid = QGridLayout()
        self.new_button = self._button(self.tr("New…"), "newForm", self.new_form)
        self.copy_button = self._button(self.tr("Copy…"), "copyForm", self.copy_form)
        self.version_button = self._button(self.tr("New version"), "newVersion", self.new_version)
        self.edit_button = self._button(self.tr("Edit"), "editDraft", self.edit_draft)
        self.publish_button = self._button(self.tr("Publish…"), "publishForm", self._publish)
        self.delete_button = self._button(self.tr("Delete…"), "deleteDraft", self.delete_draft)
        self.new_button.setToolTip(self.tr("A new, empty form of the team's own"))
        self.copy_button.setToolTip(self.tr("A form of your own, starting from this one"))
        self.version_button.setToolTip(
            self.tr("A draft of the next version: the same form, to change and publish")
        )
        mark_primary(self.edit_button)
        buttons = (
            self.new_button,
            self.copy_button,
            self.version_button,
            self.edit_button,
            self.publish_button,
            self.delete_button,
        )
        for index, button in enumerate(buttons):
            grid.addWidget(button, index // 3, index % 3)
        return grid

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def reload(self, select: str | None = None) -> None:
        """The list as it is now; the row of ``select`` (a version or draft id), or the one
        chosen before, stays chosen."""
        before = self.entry()
        keep = select or (before.id if before is not None else None)
        self.model = catalogue_model(self.context.store)
        self.tree.setModel(self.model)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._chosen())
        self.tree.setColumnWidth(0, 290)
        self.tree.setColumnWidth(1, 100)
        found = self._index_of(keep) if keep else QModelIndex()
        if found.isValid():
            self.tree.expand(found.parent())
            self.tree.setCurrentIndex(found)
        elif self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))
        self._chosen()

    def _index_of(self, entry_id: str) -> QModelIndex:
        """The row of ``entry_id``: a child row before a template's own row (which stands
        for its newest version)."""
        for row in range(self.model.rowCount()):
            parent = self.model.index(row, 0)
            for child in range(self.model.rowCount(parent)):
                index = self.model.index(child, 0, parent)
                if index.data(ENTRY_ROLE).id == entry_id:
                    return index
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ENTRY_ROLE).id == entry_id:
                return index
        return QModelIndex()

    def entry(self) -> Entry | None:
        if not hasattr(self, "model"):
            return None
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        found = index.siblingAtColumn(0).data(ENTRY_ROLE)
        return found if isinstance(found, Entry) else None

    def _chosen(self) -> None:
        entry = self.entry()
        draft = entry is not None and entry.kind == DRAFT
        self.copy_button.setEnabled(entry is not None)
        self.version_button.setEnabled(entry is not None and not draft)
        never = self.tr("A published version never changes. Make a new version instead.")
        for button in (self.edit_button, self.publish_button, self.delete_button):
            button.setEnabled(draft)
            button.setToolTip("" if draft or entry is None else never)
        self.locked_note.setVisible(entry is not None and not draft)
        self.message.clear()
        if entry is None:
            self.about.clear()
            self.preview.show_definition(None)
            return
        version = entry.version
        used = form_catalogue.in_use(self.context.store, version.id) and not draft
        lines = [f"<b>{escape(version.title)}</b> — {escape(entry.label)}"]
        if used:
            lines.append(escape(self.tr("Filled in before: these answers keep this version.")))
        self.about.setText("<br>".join(lines))
        self.preview.show_definition(version.definition)

    def _activated(self, _index: QModelIndex) -> None:
        entry = self.entry()
        if entry is not None and entry.kind == DRAFT:
            self.edit_draft()

    # -- actions ----------------------------------------------------------------------------
    def _ask_name(self, title: str, text: str, name: str) -> str | None:
        dialog = NameDialog(self, title, text, name)
        try:
            return dialog.chosen() if dialog.exec() else None
        finally:
            dialog.deleteLater()

    def new_form(self) -> None:
        name = self._ask_name(
            self.tr("New form"),
            self.tr("What is the new form called? You can change the title later."),
            self.tr("New form"),
        )
        if name is not None:
            self._made(lambda: form_catalogue.new_draft(self.context.store, title=name))

    def copy_form(self) -> None:
        entry = self.entry()
        if entry is None:
            return
        name = self._ask_name(
            self.tr("Copy form"),
            self.tr("The copy is a form of its own, with the same questions. What is it called?"),
            self.tr("{title} (copy)").format(title=entry.version.title),
        )
        if name is not None:
            store = self.context.store
            self._made(lambda: form_catalogue.new_draft(store, entry.id, title=name))

    def new_version(self) -> None:
        entry = self.entry()
        if entry is None or entry.kind == DRAFT:
            return
        slug = entry.version.slug
        waiting = [d for d in form_catalogue.drafts(self.context.store) if d.slug == slug]
        if waiting:
            self.open_editor(waiting[0].id)
            self.editor.message.setText(
                self.tr("This form has a draft already: version {version}. It is opened.").format(
                    version=waiting[0].version
                )
            )
            return
        store = self.context.store
        self._made(lambda: form_catalogue.next_version_draft(store, entry.id))

    def _made(self, make: Callable[[], Added[Any]]) -> None:
        try:
            result = make()
        except JiuError as error:
            self.message.setText(str(error))
            return
        self.context.announce(result.changes, self)
        self.reload(select=result.id)
        self.open_editor(result.id)

    def edit_draft(self) -> None:
        entry = self.entry()
        if entry is not None and entry.kind == DRAFT:
            self.open_editor(entry.id)

    def open_editor(self, draft_id: str) -> None:
        self.editor.open_draft(draft_id)
        self.pages.setCurrentWidget(self.editor)

    def _editor_closed(self) -> None:
        self.pages.setCurrentWidget(self.list_page)
        self.reload()
        self.tree.setFocus()

    def _publish(self) -> None:
        entry = self.entry()
        if entry is not None and entry.kind == DRAFT:
            self.publish(entry.id)

    def publish(self, draft_id: str) -> None:
        """Ask, then freeze the draft as its next version."""
        editing = self.pages.currentWidget() is self.editor
        if editing and not self.editor.document.flush():
            return  # the editor says what is missing
        draft = form_catalogue.get_template(self.context.store, draft_id)
        if not ask(
            self,
            self.tr("Publish form"),
            self.tr(
                "Publish “{title}” as version {version}? A published version never changes: "
                "forms filled in with it always read as they were filled in. Later changes "
                "go in a new version."
            ).format(title=draft.title, version=draft.version),
            self.tr("Publish"),
        ):
            return
        try:
            result = form_catalogue.publish(
                self.context.store, draft_id, publisher_name(self.context)
            )
        except JiuError as error:
            target = self.editor.message if editing else self.message
            target.setText(str(error))
            return
        self.context.announce(result.changes, self)
        if editing:
            self.editor.document.close()
            self.pages.setCurrentWidget(self.list_page)
        self.reload(select=result.id)
        self.message.setText(
            self.tr("Published as version {version}.").format(version=result.row.version)
        )

    def delete_draft(self) -> None:
        entry = self.entry()
        if entry is None or entry.kind != DRAFT:
            return
        if not ask(
            self,
            self.tr("Delete draft"),
            self.tr("Delete the draft of “{title}”? Published versions stay as they are.").format(
                title=entry.version.title
            ),
            self.tr("Delete"),
        ):
            return
        try:
            changes = form_catalogue.delete_draft(self.context.store, entry.id)
        except JiuError as error:
            self.message.setText(str(error))
            return
        self.context.announce(changes, self)
        self.reload()

    # -- elsewhere and closing --------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        """A sync brought forms: a fresh list (the draft being edited stays as it is)."""
        if changes.initiator in (self, self.editor) or not changes.touches(FormTemplate):
            return
        if self.context.unlocked and self.pages.currentWidget() is self.list_page:
            self.reload()

    def done(self, result: int) -> None:
        """Closing (also by locking) saves what the editor holds."""
        if self.context.unlocked:
            self.editor.document.flush()
        if self._listening:
            self._listening = False
            self.context.changed.disconnect(self._on_changed)
        super().done(result)
