"""The Dutch translation is complete, current, and keeps every placeholder."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from jiu_desktop.i18n import TRANSLATIONS

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
        or not (t.text or "").strip()
    ]
    assert not unfinished, f"unfinished Dutch translations: {sorted(unfinished)[:10]}"


def test_translations_keep_their_placeholders() -> None:
    for (context, source), message in messages(TS).items():
        text = message.findtext("translation") or ""
        assert set(PLACEHOLDER.findall(source)) == set(PLACEHOLDER.findall(text)), (context, source)


def test_compiled_catalogue_is_current() -> None:
    qm = TRANSLATIONS / "jiu_nl.qm"
    assert qm.exists() and qm.stat().st_size > 0
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm))
    for (context, source), message in list(messages(TS).items())[:50]:
        expected = message.findtext("translation") or ""
        assert translator.translate(context, source) == expected, (context, source)
