"""The network map on screen with 150 persons: the first paint (build the scene from the
layout and render the view once) and a drag frame (move one box a step, repaint)."""

from __future__ import annotations

import math
import statistics
import time

from bench.common import median_time

PERSONS = 150
CATEGORIES = ("familie", "vrienden", "school_werk", "hulpverlening", "huisdier", "online")


def _inputs() -> list[object]:
    from jiu_desktop.printing.map_layout import PersonInput

    persons = []
    for n in range(PERSONS):
        ring, angle = 50 + 22 * (n // 30), 2 * math.pi * (n % 30) / 30
        persons.append(
            PersonInput(
                key=f"p{n}",
                label=f"persoon {n}",
                category=CATEGORIES[n % len(CATEGORIES)],
                position=(ring * math.cos(angle) * 1.6, ring * math.sin(angle)),
                strength=1 + n % 5,
                trust=("geen", "naar_persoon", "wederzijds")[n % 3],
                annotations=("ruzie",) if n % 7 == 0 else (),
            )
        )
    return persons


def map_scene() -> dict[str, float]:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QImage, QRegion
    from PySide6.QtWidgets import QApplication

    from jiu_desktop.printing.map_layout import layout_map
    from jiu_desktop.views.network_map.scene import MapScene
    from jiu_desktop.views.network_map.view import MapView

    _app = QApplication.instance() or QApplication([])
    inputs = _inputs()
    labels = {"familie": "familie", "vrienden": "vrienden"}
    scene = MapScene()
    view = MapView(scene)
    view.resize(1000, 600)
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)

    def first_paint() -> None:
        layout = layout_map("Noor", inputs, backdrop=True)  # type: ignore[arg-type]
        scene.show_layout(layout, inputs, labels)  # type: ignore[arg-type]
        view.fit()
        view.viewport().render(image)

    first = median_time(first_paint, repeat=7)
    item = next(iter(scene.people.values()))
    frames = []
    for step in range(40):
        start = time.perf_counter()
        before = item.sceneBoundingRect().united(item.line.sceneBoundingRect())
        item.setPos(QPointF(step * 0.8, step * 0.5))
        after = item.sceneBoundingRect().united(item.line.sceneBoundingRect())
        # What the view repaints for a move: where the box and its line were, and are.
        dirty = view.mapFromScene(before.united(after)).boundingRect().adjusted(-2, -2, 2, 2)
        view.viewport().render(image, QPoint(0, 0), QRegion(dirty))
        frames.append(time.perf_counter() - start)
    whole = []
    for step in range(20):
        start = time.perf_counter()
        item.setPos(QPointF(step * 0.8, step * 0.5))
        view.viewport().render(image)
        whole.append(time.perf_counter() - start)
    return {
        "first_paint_median_ms": first * 1000,
        "drag_frame_median_ms": statistics.median(frames) * 1000,
        "whole_view_frame_median_ms": statistics.median(whole) * 1000,
        "persons": float(PERSONS),
    }
