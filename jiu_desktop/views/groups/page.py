"""*Groepen*: the group list, and the page of the group that was opened."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QDialog, QStackedWidget, QWidget

from jiu_desktop.errors import NotFound
from jiu_desktop.services import meetings
from jiu_desktop.services.changes import Changes
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.groups.group_list import ID_ROLE, GroupList, NewGroupDialog
from jiu_desktop.views.groups.group_view import GroupView
from jiu_desktop.views.labels import Group, GroupMembership, Meeting, Participant


class GroupsPage(QStackedWidget):
    page_name: ClassVar[str] = "groups"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.list = GroupList()
        self.group = GroupView(context)
        self.addWidget(self.list)
        self.addWidget(self.group)
        self.list.chosen.connect(self.show_group)
        self.list.create_requested.connect(self.new_group)
        self.group.back_requested.connect(self.show_list)
        context.changed.connect(self._on_changed)

    def title(self) -> str:
        return self.tr("Groups")

    def reload(self) -> None:
        if not self.context.unlocked:
            return
        self.reload_list()
        if self.currentWidget() is self.group and self.group.group_id:
            try:
                self.group.load(self.group.group_id)
            except NotFound:  # deleted on another laptop meanwhile
                self.setCurrentWidget(self.list)

    def reload_list(self, select: str | None = None) -> None:
        self.list.show_rows(meetings.group_summaries(self.context.store), select)

    def on_shown(self) -> None:
        self.reload()
        if self.currentWidget() is self.list:
            self.list.focus_list()

    def show_group(self, group_id: str) -> None:
        self.group.load(group_id)
        self.setCurrentWidget(self.group)
        self.group.tabs.currentWidget().setFocus()

    def show_list(self) -> None:
        self.group.flush_pending()
        chosen = self.group.group_id
        self.reload_list(select=chosen)
        self.setCurrentWidget(self.list)
        self.list.focus_list()

    def new_group(self) -> None:
        dialog = NewGroupDialog(self.context.store, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.group_id:
            self.context.announce(dialog.changes, self)
            self.reload_list(select=dialog.group_id)
            self.show_group(dialog.group_id)
        dialog.deleteLater()

    def _on_changed(self, changes: Changes) -> None:
        if not self.context.unlocked or changes.initiator is self:
            return
        if self.currentWidget() is self.group:
            self.group.on_changed(changes)
        elif changes.touches(Group, Meeting, GroupMembership, Participant):
            self.reload_list(select=self.list.table.currentIndex().data(ID_ROLE))

    def flush_pending(self) -> None:
        self.group.flush_pending()
