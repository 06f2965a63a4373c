"""Every dialog as large as its contents need, within the screen.

Qt opens a dialog at most two thirds of the screen high and never grows it afterwards, so
on a 768-pixel laptop screen fields were squeezed until their text was cut, and an error
message that appeared squeezed them further. One filter on the application fixes that for
every dialog, also those still to come: when a dialog is shown or its layout asks for
more room, it grows to its size hint, but never beyond the screen's available area.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QApplication, QDialog


def fitting_size(dialog: QDialog) -> QSize:
    """The size hint, at least the current size, at most the available screen."""
    wanted = dialog.size().expandedTo(dialog.sizeHint()).expandedTo(dialog.minimumSize())
    screen = dialog.screen() or QApplication.primaryScreen()
    if screen is None:
        return wanted
    room = screen.availableGeometry().size()
    frame = dialog.frameGeometry().size() - dialog.size()  # title bar and borders
    return wanted.boundedTo(room - frame)


class DialogFit(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(watched, QDialog) and (
            kind == QEvent.Type.Show or (kind == QEvent.Type.LayoutRequest and watched.isVisible())
        ):
            size = fitting_size(watched)
            if size != watched.size():
                watched.resize(size)
        return False


def install_dialog_fit(app: QApplication) -> None:
    """Once per application; a second call does nothing."""
    if app.property("jiuDialogFit"):
        return
    fit = DialogFit(app)
    app.installEventFilter(fit)
    app.setProperty("jiuDialogFit", True)
