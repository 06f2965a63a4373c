"""Forms on screen (paper: ``forms.py``): opening a response to fill in (coach mode beside
the list, and participant mode; target < 200 ms, from the stored response to a painted
form), and the growth chart over 40 responses (the query, the lines and a paint; target
< 100 ms)."""

from __future__ import annotations

import statistics
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.common import PASSPHRASE, cheap_kdf

#: The built-in form with the most questions, answered in part.
LARGEST = "spelvoorbereiding@1"
GROWTH = "lsr-observatie-reflectie@1"


def _profile(workdir: Path, name: str) -> tuple[Path, Any, str]:
    from jiu_desktop.services import participants, profile

    root = workdir / name
    with cheap_kdf():
        store, _ = profile.create_profile(root, "Bench", PASSPHRASE)
    return root, store, participants.create_participant(store, first_name="Noor").id


def _paint(widget: Any) -> None:
    from PySide6.QtGui import QImage

    widget.resize(1150, 560)
    widget.show()
    image = QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
    widget.render(image)


def open_form(workdir: Path, repeat: int = 9) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from jiu_desktop.services import form_responses
    from jiu_desktop.views.context import AppContext
    from jiu_desktop.views.forms.coach_editor import CoachEditor
    from jiu_desktop.views.forms.participant_mode import ParticipantMode

    _app = QApplication.instance() or QApplication([])
    root, store, pid = _profile(workdir, "forms-open")
    try:
        rid = form_responses.start_response(store, pid, LARGEST).id
        filled = form_responses.filled_form(store, rid)
        answers = {
            q.key: "Samen voorbereid" for q in filled.definition.questions() if q.type == "open"
        }
        form_responses.set_answers(store, rid, dict(list(answers.items())[:4]))
        context = AppContext(root, store)
        coach, participant = [], []
        for _ in range(repeat):
            start = time.perf_counter()
            editor = CoachEditor(context, None, lambda _text: None)
            editor.open(rid)
            _paint(editor)
            coach.append(time.perf_counter() - start)
            editor.close()
            editor.deleteLater()
            start = time.perf_counter()
            view = ParticipantMode(context, root, rid)
            _paint(view)
            participant.append(time.perf_counter() - start)
            view.close()
            view.deleteLater()
            QApplication.processEvents()
    finally:
        store.close()
    return {
        "coach_mode_median_ms": statistics.median(coach) * 1000,
        "participant_mode_median_ms": statistics.median(participant) * 1000,
        "questions": float(len(filled.definition.questions())),
    }


def growth_chart_40(workdir: Path, responses: int = 40, repeat: int = 9) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from jiu_desktop.services import form_responses
    from jiu_desktop.views.context import AppContext
    from jiu_desktop.views.forms.growth_panel import GrowthPanel

    _app = QApplication.instance() or QApplication([])
    root, store, pid = _profile(workdir, "forms-growth")
    try:
        first = date(2026, 1, 5)
        for n in range(responses):
            rid = form_responses.start_response(
                store, pid, GROWTH, filled_on=first + timedelta(days=7 * n)
            ).id
            values = {"houding": 1 + n % 5, "presentatie": 1 + n // 10, "inhoud": 1 + n % 3}
            form_responses.set_answers(store, rid, values)
        from jiu_desktop.services import form_catalogue

        templates = form_catalogue.catalogue(store).latest()
        listed = form_responses.responses_of(store, pid)
        panel = GrowthPanel(AppContext(root, store))
        panel.show_for(pid, templates, listed)
        _paint(panel)
        times, points = [], 0
        for _ in range(repeat):
            start = time.perf_counter()
            panel.redraw()
            _paint(panel.chart)
            times.append(time.perf_counter() - start)
            points = len(panel.chart._placed)
    finally:
        store.close()
    return {
        "median_ms": statistics.median(times) * 1000,
        "max_ms": max(times) * 1000,
        "responses": float(responses),
        "points": float(points),
    }
