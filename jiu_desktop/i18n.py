"""Translations through Qt's own system (QtCore only, so services can use it too).

Source strings are English; ``resources/translations/jiu_nl.ts`` holds the complete Dutch
translation and ``jiu_en.ts`` the English plural forms of strings counted with ``%n``.
Dutch is used when the system language is Dutch or the coach chose it.

QtCore is loaded when a message needs it, not before: a command in English prints its
source texts and never loads Qt, while a Dutch command loads the ``.qm`` catalogue at its
first translated message. Where Qt is already running (the app), a language is installed
at once.
"""

from __future__ import annotations

import os
import sys

from jiu_desktop.paths import TRANSLATIONS

LANGUAGES = ("auto", "nl", "en")
#: Qt's names for Dutch in a locale name (ISO 639-1, 639-2/B and 639-2/T).
_DUTCH_CODES = ("nl", "dut", "nld")

_installed: list[object] = []
_active_language = "en"
#: A language chosen while Qt was not loaded yet; its catalogue is installed when needed.
_deferred: str | None = None


def translate(context: str, text: str) -> str:
    """Translate ``text`` in ``context``; the source text when no translator is active."""
    if _deferred is not None and (_deferred == "nl" or _qt_loaded()):
        _install_catalogues(_deferred)
    if not _qt_loaded():
        return text  # no translator can be installed without Qt
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def resolve_language(choice: str) -> str:
    """``auto`` follows the system: Dutch when the system is Dutch, English otherwise."""
    if choice in ("nl", "en"):
        return choice
    dutch = system_is_dutch_by_environment() if sys.platform.startswith("linux") else None
    if dutch is None:
        dutch = system_is_dutch_by_qt()
    return "nl" if dutch else "en"


def system_is_dutch_by_qt() -> bool:
    from PySide6.QtCore import QLocale

    return QLocale.system().language() == QLocale.Language.Dutch


def system_is_dutch_by_environment() -> bool:
    """What ``QLocale.system()`` says on Linux, read from the environment as Qt reads it
    (``QSystemLocale::fallbackLocale``), without loading Qt: LC_ALL, else LC_MESSAGES,
    else LANG; a C or POSIX locale is no language; otherwise the first entry of LANGUAGE
    wins when it names another language."""
    name = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG")
    if not name or name in ("C", "POSIX"):
        return False
    first_choice = os.environ.get("LANGUAGE", "").split(":")[0]
    return _language_code(first_choice or name) in _DUTCH_CODES


def _language_code(locale_name: str) -> str:
    """``nl`` from ``nl_NL.UTF-8@euro`` or ``nl-BE``."""
    for separator in ".@_-":
        locale_name = locale_name.split(separator)[0]
    return locale_name.lower()


def install_language(choice: str) -> str:
    """Use ``choice`` for every message from now on; returns the language in effect.

    With Qt running, the translator is installed on the Q(Core)Application now (one is
    created when none exists: the command line); otherwise when a message first needs it.
    """
    global _active_language, _deferred
    language = resolve_language(choice)
    _active_language = language
    if _qt_loaded():
        _install_catalogues(language)
    else:
        _deferred = language
    return language


def _install_catalogues(language: str) -> None:
    global _deferred
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    _deferred = None
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication([])
        _installed.append(app)  # keep the instance alive
    for old in [t for t in _installed if isinstance(t, QTranslator)]:
        QCoreApplication.removeTranslator(old)
        _installed.remove(old)
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


def _qt_loaded() -> bool:
    return "PySide6.QtCore" in sys.modules


def active_language() -> str:
    return _active_language
