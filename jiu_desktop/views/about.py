"""The About box: version, JIU Desktop's licence and the third-party licences."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop import __version__, licences
from jiu_desktop.i18n import translate
from jiu_desktop.paths import LICENSES_FILE, bundle_root, find_third_party_licenses


def third_party_licences() -> str:
    """The licence file of the bundle, or (from the source tree) a list read from the
    installed distributions, with where the full texts are."""
    path = find_third_party_licenses(bundle_root())
    if path is not None:
        return path.read_text(encoding="utf-8")
    note = translate(
        "about",
        "Read from the installed packages. The installers add every licence text, "
        "in {file} in the program folder.",
    ).format(file=LICENSES_FILE)
    return f"{note}\n\n{licences.summary()}\n"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("about", "About JIU Desktop"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        self.header = QLabel(
            translate(
                "about",
                "<h3>JIU Desktop {version}</h3><p>For volunteer coaches working with the "
                "<i>Jong in Uitvoering</i> method: participants, session notes and follow-ups, "
                "encrypted on this laptop.</p>",
            ).format(version=__version__)
        )
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.licence = QLabel(
            translate(
                "about",
                "Licence: {licence}. You may use, share and change this program under its terms.",
            ).format(licence=licences.project_licence())
        )
        self.licence.setObjectName("licence")
        self.licence.setWordWrap(True)
        layout.addWidget(self.licence)
        layout.addWidget(QLabel(translate("about", "Software it is built with, and its licences:")))
        self.third_party = QPlainTextEdit(third_party_licences())
        self.third_party.setObjectName("thirdPartyLicences")
        self.third_party.setReadOnly(True)
        self.third_party.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.third_party, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_about(parent: QWidget) -> None:
    AboutDialog(parent).exec()
