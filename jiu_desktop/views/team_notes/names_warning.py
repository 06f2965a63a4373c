"""The calm warning under a team note's text (or a reflection's) when it names participants.

Looking the names up reads every participant's name, so it waits until typing pauses
(``DELAY_MS``); typing itself never waits for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from jiu_desktop.views.style import WARM

DELAY_MS = 400


class NamesWarning(QLabel):
    """Hidden while the text names nobody."""

    def __init__(
        self,
        text: Callable[[], str],
        names: Callable[[str], list[str]],
        parent: QWidget | None,
        explain: str | None = None,
    ) -> None:
        """``explain`` says where the text goes, with ``{names}`` (translated by the
        caller); the default is a team note's."""
        super().__init__(parent)
        self._explain = explain
        self.setObjectName("namesWarning")
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {WARM};")
        self._text, self._names = text, names
        self.names: list[str] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.check_now)
        self.hide()

    def text_edited(self) -> None:
        self.timer.start()

    def check_now(self) -> None:
        self.timer.stop()
        self.names = self._names(self._text())
        self.setText(self.sentence(self.names))
        self.setVisible(bool(self.names))

    def clear_names(self) -> None:
        self.timer.stop()
        self.names = []
        self.clear()
        self.hide()

    def sentence(self, names: list[str]) -> str:
        if not names:
            return ""
        if len(names) == 1:
            named = names[0]
        else:
            named = self.tr("{names} and {last}").format(
                names=", ".join(names[:-1]), last=names[-1]
            )
        if self._explain is not None:
            return self._explain.format(names=named)
        return self.tr(
            "You name {names}. Team notes go to the whole team; better write “a participant”."
        ).format(names=named)
