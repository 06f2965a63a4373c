"""The "Mijn reflecties" page: this coach's own reflections, newest first, and those that
colleagues shared with the team; the open reflection beside them.

A coach's reflection is about their own work, about no participant. It stays on this
laptop (it never syncs; it is in the backups) until the coach shares it with the team,
for intervision. Ctrl+T starts a new one while the page is shown.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.services import coach_reflections, form_catalogue
from jiu_desktop.services.changes import Changes
from jiu_desktop.services.coach_reflections import Reflection, TeamReflection
from jiu_desktop.services.form_catalogue import TemplateVersion
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.labels import SharedReflection, format_date
from jiu_desktop.views.reflections.editor import ReflectionEditor
from jiu_desktop.views.style import mark_primary

NEW_SHORTCUT = "Ctrl+T"
ID_ROLE = Qt.ItemDataRole.UserRole


class ReflectionsPage(QWidget):
    page_name: ClassVar[str] = "reflections"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.own: list[Reflection] = []
        self.colleagues: list[TeamReflection] = []
        outer = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._list_side())
        self.side = QStackedWidget()
        self.hint = QLabel(
            self.tr("Open a reflection from the list, or start a new one ({keys}).").format(
                keys=NEW_SHORTCUT
            )
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.side.addWidget(self.hint)
        self.editor = ReflectionEditor(self)
        self.side.addWidget(self.editor)
        splitter.addWidget(self.side)
        splitter.setSizes([380, 760])
        outer.addWidget(splitter, 1)
        QShortcut(QKeySequence(NEW_SHORTCUT), self, self.new_reflection)
        context.changed.connect(self._on_changed)

    def _list_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("My reflections"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        header = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New reflection"))
        self.new_button.setObjectName("newReflection")
        self.new_button.setToolTip(NEW_SHORTCUT)
        mark_primary(self.new_button)
        self.new_button.clicked.connect(self.new_reflection)
        header.addWidget(self.new_button)
        header.addStretch(1)
        layout.addLayout(header)
        self.privacy = QLabel(
            self.tr(
                "Your reflections stay on this laptop until you share one with the team. "
                "A shared reflection is for intervision: name no participants in it."
            )
        )
        self.privacy.setObjectName("reflectionsPrivacy")
        self.privacy.setWordWrap(True)
        layout.addWidget(self.privacy)
        self.list = self._timeline()
        self.list.itemActivated.connect(self._open_own)
        self.list.itemDoubleClicked.connect(self._open_own)
        self.empty = QLabel(
            self.tr(
                "No reflections yet. Look back on your work with “New reflection” ({keys})."
            ).format(keys=NEW_SHORTCUT)
        )
        self.empty.setObjectName("noReflections")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_or_empty = QStackedWidget()
        self.list_or_empty.addWidget(self.list)
        self.list_or_empty.addWidget(self.empty)
        layout.addWidget(self.list_or_empty, 2)
        self.colleagues_title = QLabel(self.tr("Shared by colleagues"))
        self.colleagues_title.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.colleagues_title)
        self.team_list = self._timeline()
        self.team_list.itemActivated.connect(self._open_colleagues)
        self.team_list.itemDoubleClicked.connect(self._open_colleagues)
        layout.addWidget(self.team_list, 1)
        return side

    def _timeline(self) -> QListWidget:
        found = QListWidget()
        found.setObjectName("timeline")  # the house look of a list of dated entries
        found.setWordWrap(True)
        found.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        found.setSpacing(3)
        return found

    def title(self) -> str:
        return self.tr("My reflections")

    def reload(self) -> None:
        if not self.context.unlocked:
            return
        store = self.context.store
        self.own = coach_reflections.reflections(store)
        self.colleagues = coach_reflections.shared_by_colleagues(store)
        self.list.clear()
        for reflection in self.own:
            where = (
                self.tr("Shared with the team")
                if reflection.shared
                else self.tr("Only on this laptop")
            )
            text = f"{format_date(reflection.filled_on)} · {where}\n{reflection.template.title}"
            self._add(self.list, text, reflection.id)
        self.list_or_empty.setCurrentWidget(self.list if self.own else self.empty)
        self.team_list.clear()
        self.colleagues_title.setVisible(bool(self.colleagues))
        self.team_list.setVisible(bool(self.colleagues))
        for shared in self.colleagues:
            name = shared.coach_name or self.tr("a colleague")
            text = f"{format_date(shared.filled_on)} · {name}\n{shared.template.title}"
            self._add(self.team_list, text, shared.id)
        self.hint.setVisible(bool(self.own) or bool(self.colleagues))

    def _add(self, target: QListWidget, text: str, ident: str) -> None:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, ident)
        target.addItem(item)

    def show_editor(self, shown: bool) -> None:
        self.side.setCurrentWidget(self.editor if shown else self.hint)

    def coach_forms(self) -> list[TemplateVersion]:
        """The forms a coach fills in about their own work (``about`` is "coach")."""
        latest = form_catalogue.catalogue(self.context.store).latest()
        return [t for t in latest if t.definition.about == "coach"]

    def new_reflection(self) -> None:
        # Issue 18 (meetings): a reflection "for a meeting" will be chosen here.
        if not self.context.unlocked:
            return
        forms = self.coach_forms()
        if len(forms) == 1:
            self.editor.open_new(forms[0])
            return
        menu = QMenu(self)
        menu.setObjectName("reflectionForms")
        for form in forms:
            action = menu.addAction(form.title)
            action.triggered.connect(lambda _on=False, form=form: self.editor.open_new(form))
        menu.exec(self.new_button.mapToGlobal(self.new_button.rect().bottomLeft()))

    def _open_own(self, item: QListWidgetItem) -> None:
        ident = item.data(ID_ROLE)
        found = next((r for r in self.own if r.id == ident), None)
        if found is not None:
            self.editor.open_reflection(found)

    def _open_colleagues(self, item: QListWidgetItem) -> None:
        ident = item.data(ID_ROLE)
        found = next((r for r in self.colleagues if r.id == ident), None)
        if found is not None:
            self.editor.open_colleagues(found)

    def _on_changed(self, changes: Changes) -> None:
        """A colleague shared (or took back) a reflection: a fresh list; a colleague's
        reflection open here follows."""
        if changes.initiator is self or not changes.touches(SharedReflection):
            return
        if not self.context.unlocked:
            return
        self.reload()
        if self.editor.read_only and self.editor.reflection_id in changes.ids:
            found = next((r for r in self.colleagues if r.id == self.editor.reflection_id), None)
            if found is None:
                self.editor.discard()
            else:
                self.editor.open_colleagues(found)

    def on_shown(self) -> None:
        self.reload()

    def flush_pending(self) -> None:
        self.editor.form.flush()
