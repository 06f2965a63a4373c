"""The widgets of the Netwerkkaart tab and where they sit; what they do is in ``tab.py``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.views.context import AppContext
from jiu_desktop.views.network_map.panel import PersonPanel
from jiu_desktop.views.network_map.scene import MapScene
from jiu_desktop.views.network_map.view import MapView
from jiu_desktop.views.participants.tabs.base import ParticipantTab, TabHost
from jiu_desktop.views.participants.tabs.fields import message_line
from jiu_desktop.views.style import mark_primary


class MapTabLayout(ParticipantTab):
    def __init__(self, context: AppContext, host: TabHost) -> None:
        super().__init__(context, host)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 0)
        self.pages = QStackedWidget()
        self.empty_page = self._empty()
        self.map_page = QWidget()
        self.pages.addWidget(self.empty_page)
        self.pages.addWidget(self.map_page)
        outer.addWidget(self.pages, 1)

        page = QVBoxLayout(self.map_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(4)
        page.addLayout(self._bar())
        self.older_note = QLabel()
        self.older_note.setObjectName("olderVersion")
        self.older_note.setWordWrap(True)
        self.older_note.setStyleSheet("color: #8a5a00;")
        self.older_note.hide()
        page.addWidget(self.older_note)
        self.message = message_line()
        self.message.setObjectName("mapMessage")
        page.addWidget(self.message)
        row = QHBoxLayout()
        self.scene = MapScene(self)
        self.view = MapView(self.scene)
        row.addWidget(self.view, 1)
        self.panel = PersonPanel()
        row.addWidget(self.panel)
        page.addLayout(row, 1)

    def _empty(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        text = QLabel(
            QCoreApplication.translate(
                "MapTabLayout",
                "No network map yet.\n\nDraw it together: their name in the middle, the people "
                "who matter around it, and per person a line: the thicker, the better the "
                "relation feels. An arrow shows whom they trust.",
            )
        )
        text.setObjectName("noMap")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(560)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        self.start_button = QPushButton(
            QCoreApplication.translate("MapTabLayout", "Start the network map")
        )
        self.start_button.setObjectName("startMap")
        mark_primary(self.start_button)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _button(self, text: str, name: str, tip: str = "", checkable: bool = False) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setObjectName(name)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setCheckable(checkable)
        button.setAutoRaise(False)
        if tip:
            button.setToolTip(tip)
        return button

    def _bar(self) -> QVBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(4)
        self.version_picker = QComboBox()
        self.version_picker.setObjectName("mapVersion")
        self.version_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.version_picker.setMinimumContentsLength(52)
        self.version_picker.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.version_picker.setToolTip(
            QCoreApplication.translate("MapTabLayout", "Which version of the map is shown")
        )
        self.new_version_button = self._button(
            QCoreApplication.translate("MapTabLayout", "New version"),
            "newMapVersion",
            QCoreApplication.translate(
                "MapTabLayout", "A copy of the latest version, dated today, to draw how it is now"
            ),
        )
        self.compare_button = self._button(
            QCoreApplication.translate("MapTabLayout", "Compare…"), "compareVersions"
        )
        self.add_button = self._button(
            QCoreApplication.translate("MapTabLayout", "Add person"), "addPersonButton", "Ins"
        )
        mark_primary(self.add_button)
        self.backdrop_button = self._button(
            QCoreApplication.translate("MapTabLayout", "Sectors and rings"),
            "mapBackdrop",
            QCoreApplication.translate(
                "MapTabLayout",
                "Family, friends, school/work and care in four sectors; closeness in rings",
            ),
            checkable=True,
        )
        self.fit_button = self._button(
            QCoreApplication.translate("MapTabLayout", "Fit"), "fitMap", "Ctrl+0"
        )
        self.together_button = self._button(
            QCoreApplication.translate("MapTabLayout", "Look together"),
            "lookTogether",
            QCoreApplication.translate(
                "MapTabLayout", "The map fills the screen; notes are hidden (F11, Esc to leave)"
            ),
            checkable=True,
        )
        self.paper_button = self._button(
            QCoreApplication.translate("MapTabLayout", "Print or save…"),
            "mapPaper",
            QCoreApplication.translate(
                "MapTabLayout", "Print the map, or save it as PDF or picture"
            ),
        )
        self.paper_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        paper = QMenu(self.paper_button)
        self.print_action = paper.addAction(QCoreApplication.translate("MapTabLayout", "Print…"))
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_participant_action = paper.addAction(
            QCoreApplication.translate("MapTabLayout", "Print the participant's version…")
        )
        paper.addSeparator()
        self.pdf_action = paper.addAction(
            QCoreApplication.translate("MapTabLayout", "Save as PDF…")
        )
        self.pdf_participant_action = paper.addAction(
            QCoreApplication.translate("MapTabLayout", "Save the participant's version as PDF…")
        )
        self.image_action = paper.addAction(
            QCoreApplication.translate("MapTabLayout", "Save as picture (PNG)…")
        )
        self.paper_button.setMenu(paper)
        for widget in (self.version_picker, self.new_version_button, self.compare_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.paper_button)
        tools = QHBoxLayout()
        tools.setSpacing(4)
        for widget in (self.add_button, self.backdrop_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        for widget in (self.fit_button, self.together_button):
            tools.addWidget(widget)
        rows = QVBoxLayout()
        rows.setSpacing(4)
        rows.addLayout(bar)
        rows.addLayout(tools)
        return rows

    def bar_widgets(self) -> list[QWidget]:
        """The bar's buttons that Samen kijken hides (not Fit, not the way out)."""
        return [
            self.version_picker,
            self.new_version_button,
            self.compare_button,
            self.add_button,
            self.backdrop_button,
            self.paper_button,
        ]
