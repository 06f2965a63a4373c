"""The report's two charts on screen, drawn with QPainter like the PDF's: the funnel
(registered → intake → started → completed) and the spiral movement per domain. A number
hidden in the table gets no bar here either, only its sign."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from jiu_desktop.services.report import Report
from jiu_desktop.services.report_labels import count_label, domain_label, movement_label
from jiu_desktop.services.report_tables import Shown
from jiu_desktop.services.report_text import shown_text
from jiu_desktop.views.style import ACCENT, MUTED, TEXT

FUNNEL = ("registered", "intake", "started", "completed")
FUNNEL_COLOURS = ("#2f6f73", "#3f8488", "#5a9b9e", "#7db3b5")
MOVEMENTS = {"rose": ACCENT, "same": "#9aa9b0", "lower": "#c0611a"}
HEADS = {"rose": ACCENT, "same": MUTED, "lower": "#c0611a"}


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_report(self, report: Report | None) -> None:
        self.report = report
        self.updateGeometry()
        self.update()

    def line(self) -> int:
        return self.fontMetrics().height()


class FunnelChart(_Chart):
    """One bar per stage with its count beside it."""

    def sizeHint(self) -> QSize:
        return QSize(420, len(FUNNEL) * (self.line() + 14) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(280, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.report is None:
            return
        counts = vars(self.report.counts)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        labels = [count_label(key) for key in FUNNEL]
        left = max(metrics.horizontalAdvance(label) for label in labels) + 14
        row = self.line() + 14
        room = max(self.width() - left - 50, 10)
        biggest = max(counts[key] for key in FUNNEL) or 1
        bold = QFont(self.font())
        bold.setBold(True)
        for index, key in enumerate(FUNNEL):
            top = 4 + index * row
            painter.setPen(QColor(TEXT))
            painter.setFont(self.font())
            painter.drawText(
                QRectF(0, top, left - 10, row - 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                labels[index],
            )
            length = room * counts[key] / biggest
            painter.fillRect(QRectF(left, top + 2, length, row - 8), QColor(FUNNEL_COLOURS[index]))
            painter.setFont(bold)
            painter.drawText(
                QRectF(left + length + 6, top, 60, row - 4),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(counts[key]),
            )
        painter.end()


class SpiralChart(_Chart):
    """Per domain a row and three lanes (rose, same, lower), one scale for all bars."""

    def domains(self) -> list[str]:
        if self.report is None:
            return []
        table = self.report.table("spiral_movement")
        return [d for d in table.row_keys if d == "algemeen" or table.row_total(d) not in (0, None)]

    def sizeHint(self) -> QSize:
        return QSize(520, (len(self.domains()) + 1) * (self.line() + 10) + 6)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        report = self.report
        if report is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        domains = self.domains()
        labels = [domain_label(d) for d in domains]
        bold = QFont(self.font())
        bold.setBold(True)
        left = max(metrics.horizontalAdvance(label) for label in labels) + 28
        row = self.line() + 10
        lane = (self.width() - left) / len(MOVEMENTS)
        values = [[getattr(report.spiral[d], m) for m in MOVEMENTS] for d in domains]
        biggest = max((v for r in values for v in r if isinstance(v, int)), default=0) or 1
        painter.setFont(bold)
        for n, movement in enumerate(MOVEMENTS):
            painter.setPen(QColor(HEADS[movement]))
            painter.drawText(
                QRectF(left + n * lane, 0, lane, row), Qt.AlignmentFlag.AlignVCenter,
                movement_label(movement),
            )  # fmt: skip
        for index, domain in enumerate(domains):
            top = (index + 1) * row
            painter.setPen(QColor("#d5dedc"))
            painter.drawLine(0, int(top), self.width(), int(top))
            painter.setFont(bold if domain == "algemeen" else self.font())
            painter.setPen(QColor(TEXT))
            painter.drawText(
                QRectF(0, top, left, row), Qt.AlignmentFlag.AlignVCenter, labels[index]
            )
            for n, movement in enumerate(MOVEMENTS):
                self._bar(painter, QRectF(left + n * lane, top, lane - 40, row),
                          values[index][n], biggest, QColor(MOVEMENTS[movement]))  # fmt: skip
        painter.end()

    def _bar(
        self, painter: QPainter, lane: QRectF, value: Shown, biggest: int, colour: QColor
    ) -> None:
        length = lane.width() * value / biggest if isinstance(value, int) else 0.0
        if length > 0:
            painter.fillRect(
                QRectF(lane.left(), lane.top() + 5, length, lane.height() - 10), colour
            )
        painter.setPen(QColor(TEXT if isinstance(value, int) else MUTED))
        painter.drawText(
            QRectF(lane.left() + length + 5, lane.top(), 40, lane.height()),
            Qt.AlignmentFlag.AlignVCenter,
            shown_text(value),
        )
