"""What the participant list shows instead of an empty table: why, and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyList(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.text = QLabel()
        self.text.setObjectName("emptyList")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setStyleSheet("font-size: 13pt;")
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.whole_team = QPushButton(self.tr("Show the whole team"))
        self.whole_team.setObjectName("emptyWholeTeam")
        buttons.addWidget(self.whole_team)
        self.clear_filters = QPushButton(self.tr("All statuses and groups"))
        self.clear_filters.setObjectName("emptyClearFilters")
        buttons.addWidget(self.clear_filters)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def explain(
        self, team_total: int, mine_only: bool, query: str, status: str, group: str
    ) -> None:
        """Nothing to show: say why. ``status`` and ``group`` are the filters' labels, empty
        when not filtered; ``team_total`` counts the whole team's participants."""
        filtered = bool(query.strip() or status or group)
        if team_total == 0:
            lines = [self._nobody_yet()]
        elif not filtered:  # only "mine" can leave the list empty
            lines = [
                self.tr(
                    "The team has %n participant(s), but none with you as their coach.",
                    "",
                    team_total,
                ),
                self.tr(
                    "Look at the whole team, or choose yourself as coach on a participant's "
                    "Details tab."
                ),
            ]
        else:
            lines = self._no_hits(mine_only, query.strip(), status, group)
        self.text.setText("\n\n".join(lines))
        self.whole_team.setVisible(team_total > 0 and mine_only)
        self.clear_filters.setVisible(team_total > 0 and bool(status or group))

    def _nobody_yet(self) -> str:
        return self.tr(
            "No participants yet. Add one with “New participant” (Ctrl+N).\n"
            "Working in a team? Set up synchronisation (menu Sync) and the team's "
            "participants arrive here."
        )

    def _no_hits(self, mine_only: bool, query: str, status: str, group: str) -> list[str]:
        """Nothing found: for what, and what to try."""
        if query:
            lines = [self.tr("Nothing found for “{query}”.").format(query=query)]
            lines.append(
                self.tr("Check the spelling, or type less: the first letters of a word are enough.")
            )
        else:
            lines = [self.tr("No participant matches these filters.")]
        if mine_only:
            lines.append(self.tr("Only your own participants are shown: try the whole team."))
        if status:
            lines.append(
                self.tr("Only participants with status “{status}” are shown.").format(status=status)
            )
        if group:
            lines.append(
                self.tr("Only participants of the group “{group}” are shown.").format(group=group)
            )
        return lines
