"""Growth on screen: the scale answers of one form over time, a line per question, the
participant's own answers apart from others'; an empty chart says why it is empty."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from jiu_desktop.services import form_responses
from jiu_desktop.views.forms.growth_chart import COLOURS, GrowthChart
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.participants.page import ParticipantPage
from tests.gui.forms_helpers import EVALUATION, LSR, forms_tab, open_noor, pid_of


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow) -> Iterator[ParticipantPage]:
    yield open_noor(qtbot, window)


def fill(page: ParticipantPage, count: int, respondent: str = "deelnemer") -> None:
    store = page.context.store
    first = date(2026, 1, 5)
    for n in range(count):
        rid = form_responses.start_response(
            store, pid_of(page), LSR, filled_on=first + timedelta(days=7 * n), respondent=respondent
        ).id
        form_responses.set_answers(
            store,
            rid,
            {"houding": 1 + n % 5, "presentatie": 1 + (n // 2) % 5, "inhoud": 1 + (n // 3) % 5},
        )


def painted(chart: GrowthChart) -> QImage:
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)
    chart.render(image, QPoint(0, 0))
    return image


def colours_in(image: QImage) -> set[str]:
    found = set()
    for x in range(0, image.width(), 2):
        for y in range(0, image.height(), 2):
            found.add(QColor(image.pixel(x, y)).name())
    return found


def test_the_chart_paints_forty_responses(qtbot: QtBot, page: ParticipantPage) -> None:
    fill(page, 40)
    tab = forms_tab(page)
    tab.reload()
    tab.load(pid_of(page))
    assert tab.side.currentWidget() is tab.growth, "growth shows first when there is some"
    panel = tab.growth
    assert panel.template.currentData() == "lsr-observatie-reflectie"
    chart = panel.chart
    chart.resize(820, 440)
    image = painted(chart)
    assert len(chart._placed) == 120, "40 answers to each of the three scale questions"
    seen = colours_in(image)
    assert {COLOURS[0], COLOURS[1], COLOURS[2]} <= seen, "a line per question"
    legend = [line.question for line in chart.lines]
    assert legend == [
        "Hoe was de houding?",
        "Hoe was de presentatie?",
        "Hoe was de inhoud van het spel?",
    ]
    first = min(chart._placed, key=lambda p: p.at.x())
    assert first.point.filled_on == date(2026, 1, 5), "time runs left to right"
    top = min(chart._placed, key=lambda p: p.at.y())
    assert top.point.value == 5, "5 at the top"
    near = chart.point_at(first.at)
    assert near is not None
    assert "05-01-2026" in chart.describe(near) and "Participant" in chart.describe(near)


def test_others_answers_are_told_apart_and_can_be_left_out(
    qtbot: QtBot, page: ParticipantPage
) -> None:
    fill(page, 3)
    fill(page, 2, respondent="trainer")
    tab = forms_tab(page)
    tab.show_growth()
    panel = tab.growth
    assert panel.chart.roles() == ["deelnemer", "trainer"]
    legend = panel.chart._legend(2000)
    assert [text for row in legend for text, _c, role in row if role] == [
        "Participant",
        "Trainer",
    ]
    panel.respondent.setCurrentIndex(panel.respondent.findData("trainer"))
    panel.respondent.activated.emit(panel.respondent.currentIndex())
    assert panel.chart.roles() == ["trainer"]
    assert sum(len(line.points) for line in panel.chart.lines) == 6


def test_an_empty_chart_says_why(qtbot: QtBot, page: ParticipantPage) -> None:
    store = page.context.store
    form_responses.start_response(store, pid_of(page), EVALUATION)
    tab = forms_tab(page)
    tab.reload()
    tab.show_growth()
    chart = tab.growth.chart
    assert not chart.has_points()
    assert "No answers to the scale questions" in chart.empty_text
    chart.resize(600, 300)
    assert len(colours_in(painted(chart))) > 1, "the text is painted"
