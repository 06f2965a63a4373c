"""Translations through Qt's own system (QtCore only, so services can use it too).

Source strings are English; ``resources/translations/jiu_nl.ts`` holds the complete Dutch
translation and ``jiu_en.ts`` the English plural forms of strings counted with ``%n``.
Dutch is used when the system language is Dutch or the coach chose it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from jiu_desktop.paths import TRANSLATIONS

LANGUAGES = ("auto", "nl", "en")

_installed: list[object] = []
_active_language = "en"


def translate(context: str, text: str) -> str:
    """Translate ``text`` in ``context``; the source text when no translator is active."""
    return QCoreApplication.translate(context, text)


def resolve_language(choice: str) -> str:
    """``auto`` follows the system: Dutch when the system is Dutch, English otherwise."""
    if choice in ("nl", "en"):
        return choice
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def install_language(choice: str) -> str:
    """Install the translator for ``choice`` on the running Q(Core)Application.

    Creates a QCoreApplication when none exists (the command line), so the same strings are
    translated everywhere. Returns the language in effect.
    """
    global _active_language
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication([])
        _installed.append(app)  # keep the instance alive
    for old in [t for t in _installed if isinstance(t, QTranslator)]:
        QCoreApplication.removeTranslator(old)
        _installed.remove(old)
    language = resolve_language(choice)
    if language == "en":
        # English needs a catalogue too, for its plural forms only ("1 change", "2 changes").
        translator = QTranslator()
        if translator.load("jiu_en.qm", str(TRANSLATIONS)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    if language == "nl":
        qt_own = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # Our strings, and Qt's own (dialog buttons such as "Cancel", "Next >").
        for folder, name in ((str(TRANSLATIONS), "jiu_nl.qm"), (qt_own, "qtbase_nl.qm")):
            translator = QTranslator()
            if translator.load(name, folder):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
    _active_language = language
    return language


def active_language() -> str:
    return _active_language
