"""A scale question: five drawn faces (or numbers) with their words, 1 to 5.

Clicked, or typed: a digit 1–5 picks, the arrow keys move, Delete (or 0) clears. The
chosen value is the one filled in with the accent colour; clicking it again clears it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy

from jiu_desktop.services.form_definition import Question
from jiu_desktop.views.forms.faces import draw_face
from jiu_desktop.views.forms.question_input import CLEAR, QuestionInput, digit, plain
from jiu_desktop.views.style import ACCENT, ACCENT_SOFT, MUTED, TEXT

VALUES = (1, 2, 3, 4, 5)
#: The face's size: in participant mode, and for the coach.
BIG_FACE, FACE = 64, 30
PADDING = 6


class ScaleInput(QuestionInput):
    def __init__(self, question: Question, big: bool) -> None:
        super().__init__(question, big)
        self._value: int | None = None
        self._hover: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(question.text)
        words = question.labels if len(question.labels) == 5 else tuple(str(v) for v in VALUES)
        #: In coach mode each word carries its digit, the key that picks it.
        self.words = (
            words if big else tuple(f"{v}  {w}" for v, w in zip(VALUES, words, strict=True))
        )

    # -- the value -------------------------------------------------------------------------
    def value(self) -> int | None:
        return self._value

    def set_value(self, value: object) -> None:
        self._value = value if isinstance(value, int) and value in VALUES else None
        self.update()

    def _choose(self, value: int | None) -> None:
        if value != self._value:
            self._value = value
            self.update()
            self.edited.emit()

    # -- size and drawing ------------------------------------------------------------------
    def _face(self) -> int:
        return BIG_FACE if self.big else FACE

    def _word_font(self, chosen: bool) -> QFont:
        font = QFont(self.font())
        font.setBold(chosen)
        return font

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        wide = QFontMetrics(bold)
        cell = max(max(wide.horizontalAdvance(w) for w in self.words) + 2 * PADDING + 8, 56)
        face = self._face() if self.question.faces or self.big else 0
        height = 2 * PADDING + face + (PADDING if face else 0) + metrics.height() + 4
        return QSize(cell * 5 + 4, height)

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(min(hint.width(), 5 * 64), hint.height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """Taller where a word needs two lines under its face (a narrow preview)."""
        hint = self.sizeHint()
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        room = max(int((width - 4) / 5) - 6, 8)
        wrap = Qt.TextFlag.TextWordWrap
        text_height = max(
            metrics.boundingRect(0, 0, room, 1000, wrap, w).height() for w in self.words
        )
        return hint.height() + max(text_height - metrics.height(), 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrow form (a preview) gives the words two lines; the layouts around a
        scroll area do not ask for heightForWidth, so the height is asked for here."""
        super().resizeEvent(event)
        wanted = self.heightForWidth(event.size().width())
        if wanted != self.minimumHeight():
            self.setMinimumHeight(wanted)

    def _cells(self) -> list[QRectF]:
        width = (self.width() - 4) / 5
        return [QRectF(2 + i * width, 2, width, self.height() - 4) for i in range(5)]

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        face = self._face()
        for value, cell, word in zip(VALUES, self._cells(), self.words, strict=True):
            chosen = value == self._value
            inner = cell.adjusted(3, 3, -3, -3)
            if chosen or value == self._hover:
                painter.setPen(QPen(QColor(ACCENT), 2) if chosen else Qt.PenStyle.NoPen)
                painter.setBrush(QColor(ACCENT_SOFT))
                painter.drawRoundedRect(inner, 8, 8)
            colour = QColor(ACCENT if chosen else MUTED)
            top = inner.top() + PADDING
            if self.question.faces or self.big:
                spot = QRectF(inner.center().x() - face / 2, top, face, face)
                if self.question.faces:
                    draw_face(painter, spot, value, colour, QColor("white") if chosen else None)
                else:
                    self._draw_number(painter, spot, value, colour)
                top += face + PADDING
            painter.setFont(self._word_font(chosen))
            painter.setPen(colour if chosen else QColor(TEXT))
            text_rect = QRectF(inner.left(), top, inner.width(), inner.bottom() - top)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(text_rect, int(flags) | int(Qt.TextFlag.TextWordWrap), word)
        self.paint_focus(painter)
        painter.end()

    def _draw_number(self, painter: QPainter, spot: QRectF, value: int, colour: QColor) -> None:
        painter.setPen(QPen(colour, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(spot.adjusted(2, 2, -2, -2))
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(spot, Qt.AlignmentFlag.AlignCenter, str(value))

    # -- mouse and keys --------------------------------------------------------------------
    def _value_at(self, point: QPointF) -> int | None:
        for value, cell in zip(VALUES, self._cells(), strict=True):
            if cell.contains(point):
                return value
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        value = self._value_at(event.position())
        if value is not None:
            self._choose(None if value == self._value else value)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hover = self._value_at(event.position())
        if hover != self._hover:
            self._hover = hover
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = digit(event)
        key = event.key()
        if typed is not None and typed in VALUES:
            self._choose(typed)
        elif plain(event) and key in CLEAR:
            self._choose(None)
        elif plain(event) and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            start = self._value if self._value is not None else (6 if step < 0 else 0)
            self._choose(min(max(start + step, 1), 5))
        else:
            super().keyPressEvent(event)
