"""The wording checks of ``services/form_check.py`` as calm hints beside the text they are
about: no question starting with "Waarom", short sentences (B1). They never stop a draft
from being saved or published."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from jiu_desktop.services.form_check import wording_problems
from jiu_desktop.services.form_definition import FormDefinition
from jiu_desktop.services.form_schema import Place as JsonPlace
from jiu_desktop.views.style import WARM

Hints = dict[JsonPlace, list[str]]


def wording_hints(definition: FormDefinition) -> Hints:
    found: Hints = {}
    for place, message in wording_problems(definition):
        found.setdefault(place, []).append(message)
    return found


def question_place(s: int, q: int) -> JsonPlace:
    return ("sections", s, "questions", q)


def hints_under(hints: Hints, prefix: JsonPlace) -> list[str]:
    """Every hint at ``prefix`` or inside it (a question's text, help, labels, options)."""
    return [m for place, ms in hints.items() if place[: len(prefix)] == prefix for m in ms]


class HintLabel(QLabel):
    """Hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordingHint")
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {WARM};")
        self.hide()

    def set_hints(self, messages: list[str]) -> None:
        text = "\n".join(self.tr("Tip: {hint}").format(hint=m) for m in messages)
        self.setText(text)
        self.setVisible(bool(messages))
