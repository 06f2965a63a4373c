"""Fill jiu_en.ts, which holds only the English plural forms of strings with %n.

Source strings are written with "(s)": "%n change(s) waiting". English needs one form for
one and one for more: "1 change waiting", "3 changes waiting". Run by `make translations`.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def forms(source: str) -> tuple[str, str]:
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill(path: Path) -> int:
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in forms(message.findtext("source") or ""):
            ET.SubElement(translation, "numerusform").text = text
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    print(f"{fill(Path(sys.argv[1]))} English plural forms")
