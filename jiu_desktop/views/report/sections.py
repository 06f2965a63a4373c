"""The report's sections on screen, one tab each: the headline numbers and every
breakdown in table views (no scrolling inside a table: each is as tall as its rows), the
two charts, the quotes and "Zo is geteld"."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.services.report import Report
from jiu_desktop.services.report_explained import definitions
from jiu_desktop.services.report_labels import count_label
from jiu_desktop.services.report_text import summary_blocks
from jiu_desktop.views.report.charts import FunnelChart, SpiralChart
from jiu_desktop.views.report.models import BreakdownModel, NumbersModel

#: The breakdowns on each tab, by key; the headline numbers come first.
TABS = (
    ("reach", ("registered_by_source", "by_group")),
    ("spiral", ("spiral_movement", "spiral_steps")),
    ("attendance", ("attendance_bands",)),
    ("referrals", ("referred_people", "referrals_by_status")),
    ("outflow", ("left_reasons", "outcomes")),
)


def fitted_view(name: str) -> QTableView:
    """A read-only table that grows to its rows instead of scrolling."""
    view = QTableView()
    view.setObjectName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    return view


def show_model(view: QTableView, model: QAbstractItemModel) -> None:
    view.setModel(model)
    header = view.horizontalHeader()
    for column in range(1, model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    label_width = header.sectionSize(0)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    rows = sum(view.rowHeight(r) for r in range(model.rowCount()))
    frame = 2 * view.frameWidth()
    head = header.sizeHint().height() if not header.isHidden() else 0
    view.setFixedHeight(head + rows + frame)
    numbers = sum(header.sectionSize(c) for c in range(1, model.columnCount()))
    view.setMinimumWidth(label_width + numbers + frame + 4)


class Section(QScrollArea):
    """One tab: what spans the width on top (a chart), then the numbers on the left and
    the breakdowns on the right."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"reportSection_{key}")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        outer = QVBoxLayout(body)
        self.top = QVBoxLayout()
        outer.addLayout(self.top)
        self.columns = QHBoxLayout()
        outer.addLayout(self.columns, 1)
        self.left = QVBoxLayout()
        self.right = QVBoxLayout()
        self.columns.addLayout(self.left, 2)
        self.columns.addSpacing(16)
        self.columns.addLayout(self.right, 3)
        self.setWidget(body)
        self.numbers = fitted_view(f"reportNumbers_{key}")
        self.numbers.horizontalHeader().hide()
        self.left.addWidget(self.numbers)
        self.left.addSpacing(12)
        self.tables: dict[str, QTableView] = {}
        self.titles: dict[str, QLabel] = {}
        self.notes: dict[str, QLabel] = {}

    def add_table(self, key: str, column: QVBoxLayout | None = None) -> None:
        target = column or self.right
        title = QLabel()
        title.setStyleSheet("font-weight: bold;")
        title.setWordWrap(True)
        view = fitted_view(f"reportTable_{key}")
        note = QLabel()
        note.setObjectName("hint")
        note.setWordWrap(True)
        for widget in (title, view, note):
            target.addWidget(widget)
        target.addSpacing(8)
        self.tables[key], self.titles[key], self.notes[key] = view, title, note

    def finish(self) -> None:
        self.left.addStretch(1)
        self.right.addStretch(1)

    def show_table(self, report: Report, key: str) -> None:
        table = report.table(key)
        self.titles[key].setText(table.title)
        self.notes[key].setText(table.note)
        self.notes[key].setVisible(bool(table.note))
        show_model(self.tables[key], BreakdownModel(table, self.tables[key]))

    def show_numbers(self, rows: list[tuple[str, str]]) -> None:
        show_model(self.numbers, NumbersModel(rows, self.numbers))


class ReportTabs(QTabWidget):
    """Every section of the report, filled by ``show``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportTabs")
        self.sections: dict[str, Section] = {}
        for key, tables in TABS:
            section = Section(key)
            for table in tables:
                # The spiral's tables are wide: under the chart, one below the other.
                # The results sit under the outflow's numbers, beside the reasons.
                column = {"spiral_movement": section.top, "spiral_steps": section.top,
                          "outcomes": section.left}.get(table)  # fmt: skip
                section.add_table(table, column)
            self.sections[key] = section
        self.funnel = FunnelChart()
        self.funnel.setObjectName("reportFunnel")
        self.sections["reach"].left.addWidget(self.funnel)
        spiral = self.sections["spiral"]
        self.spiral = SpiralChart()
        self.spiral.setObjectName("reportSpiral")
        spiral.top.insertWidget(0, self.spiral)
        spiral.top.insertSpacing(1, 8)
        spiral.numbers.hide()  # the spiral has no headline numbers: its table says it all
        for section in self.sections.values():
            section.finish()
        titles = {
            "reach": self.tr("Reach"),
            "spiral": self.tr("Spiral"),
            "attendance": self.tr("Attendance"),
            "referrals": self.tr("Referrals"),
            "outflow": self.tr("Outflow and results"),
        }
        for key, section in self.sections.items():
            self.addTab(section, titles[key])
        self.quotes = QListWidget()
        self.quotes.setObjectName("timeline")  # the house look of a list of entries
        self.quotes.setWordWrap(True)
        self.quotes.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.addTab(self.quotes, self.tr("Quotes"))
        self.explained = QTextBrowser()
        self.explained.setObjectName("reportExplained")
        self.addTab(self.explained, self.tr("How we counted"))

    def show_report(self, report: Report) -> None:
        blocks = dict(summary_blocks(report))
        reach, attendance, referrals = list(blocks)
        self.sections["reach"].show_numbers(blocks[reach])
        self.sections["attendance"].show_numbers(blocks[attendance])
        self.sections["referrals"].show_numbers(blocks[referrals])
        self.sections["outflow"].show_numbers(
            [
                (count_label(key), str(getattr(report.counts, key)))
                for key in ("completed", "completed_with_diploma", "dropped_out", "coaches")
            ]
        )
        for key, tables in TABS:
            for table in tables:
                self.sections[key].show_table(report, table)
        self.funnel.set_report(report)
        self.spiral.set_report(report)
        self._show_quotes(report)
        self.explained.setHtml(
            "".join(
                f"<p><b>{escape(term)}</b><br>{escape(text)}</p>"
                for term, text in definitions(report.period, report.group_name, report.internal)
            )
        )

    def _show_quotes(self, report: Report) -> None:
        self.quotes.clear()
        if not report.quotes:
            self.quotes.addItem(QListWidgetItem(self.tr("No quotes with consent in this period.")))
        for quote in report.quotes:
            self.quotes.addItem(QListWidgetItem(f"“{quote.text}”\n— {quote.attribution}"))
