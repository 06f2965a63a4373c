"""The Dutch translation is complete, current, and keeps every placeholder."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from jiu_desktop.i18n import install_language
from jiu_desktop.paths import TRANSLATIONS

ROOT = Path(__file__).resolve().parents[2]
TS = TRANSLATIONS / "jiu_nl.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def lupdate() -> Path:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    return tool if tool.exists() else Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")


def test_every_source_string_has_a_finished_dutch_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "jiu_desktop").rglob("*.py"))
    subprocess.run([str(lupdate()), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = set(messages(fresh))
    have = messages(TS)
    missing = sorted(wanted - set(have))
    assert not missing, f"run `make translations` and translate: {missing[:10]}"
    unfinished = [
        key
        for key in wanted
        if (t := have[key].find("translation")) is None
        or t.get("type") in ("unfinished", "vanished", "obsolete")
        or not all(text.strip() for text in translated_forms(have[key]))
    ]
    assert not unfinished, f"unfinished Dutch translations: {sorted(unfinished)[:10]}"


def translated_forms(message: ET.Element) -> list[str]:
    """The translation, or each of its plural forms for a string counted with %n."""
    translation = message.find("translation")
    if translation is None:
        return [""]
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")] or [""]
    return [translation.text or ""]


def test_translations_keep_their_placeholders() -> None:
    for (context, source), message in messages(TS).items():
        for text in translated_forms(message):
            wanted = set(PLACEHOLDER.findall(source))
            assert wanted == set(PLACEHOLDER.findall(text)), (context, source)
            if message.get("numerus") == "yes":
                assert "%n" in text, (context, source)


def test_english_has_both_plural_forms_of_every_counted_string(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "jiu_desktop").rglob("*.py"))
    subprocess.run(
        [str(lupdate()), *sources, "-ts", str(fresh), "-pluralonly"],
        check=True,
        capture_output=True,
    )
    wanted = {key for key, m in messages(fresh).items() if m.get("numerus") == "yes"}
    assert wanted, "no string is counted with %n"
    english = messages(TRANSLATIONS / "jiu_en.ts")
    missing = sorted(wanted - set(english))
    assert not missing, f"run `make translations`: {missing[:10]}"
    for key in wanted:
        one, more = translated_forms(english[key])
        assert "(s)" not in one + more and "%n" in one and "%n" in more, key
    assert (TRANSLATIONS / "jiu_en.qm").stat().st_size > 0


def test_compiled_catalogue_is_current() -> None:
    qm = TRANSLATIONS / "jiu_nl.qm"
    assert qm.exists() and qm.stat().st_size > 0
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm))
    for (context, source), message in list(messages(TS).items())[:50]:
        expected = message.findtext("translation") or ""
        assert translator.translate(context, source) == expected, (context, source)


def test_english_says_one_change_and_two_changes() -> None:
    install_language("en")
    say = QCoreApplication.translate
    assert say("SyncController", "%n change(s) waiting", "", 1) == "1 change waiting"
    assert say("SyncController", "%n change(s) waiting", "", 2) == "2 changes waiting"
