"""Mine or the whole team: the switch above the Start page and the participant list.

A profile knows which coach it is (Settings). Until it does, the switch shows the whole
team and says where to choose; both screens share the choice through the context.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from jiu_desktop.services.team import my_coach_id
from jiu_desktop.views.context import AppContext


class ScopeSwitch(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.mine = QPushButton(self.tr("My participants"))
        self.mine.setObjectName("scopeMine")
        self.team = QPushButton(self.tr("Whole team"))
        self.team.setObjectName("scopeTeam")
        self.group = QButtonGroup(self)
        for button in (self.mine, self.team):
            button.setCheckable(True)
            self.group.addButton(button)
            layout.addWidget(button)
        self.mine.clicked.connect(lambda: context.set_mine_only(True))
        self.team.clicked.connect(lambda: context.set_mine_only(False))
        context.scope_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        known = self.context.unlocked and my_coach_id(self.context.store) is not None
        self.mine.setEnabled(known)
        self.mine.setToolTip(
            ""
            if known
            else self.tr("Choose in Settings which coach you are to see your own participants.")
        )
        (self.mine if known and self.context.mine_only else self.team).setChecked(True)
