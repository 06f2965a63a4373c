"""A table cell that shows rich text (the hit words of a search in bold)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem


class RichTextDelegate(QStyledItemDelegate):
    """Paints the cell's ``role`` as HTML on one line, centred in the row; what does not
    fit is in the cell's tooltip."""

    def __init__(self, role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.role = role

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        widget = options.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, widget)
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(options.font)
        document.setHtml(str(index.data(self.role) or ""))
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, options, widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(group))
        painter.save()
        top = max(0.0, (area.height() - document.size().height()) / 2)
        painter.translate(QPointF(area.left(), area.top() + top))
        painter.setClipRect(0, 0, area.width(), area.height())
        document.documentLayout().draw(painter, context)
        painter.restore()
