"""Embedded fonts with full Latin diacritics and the euro sign (DejaVu, in resources/fonts)."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from jiu_desktop.paths import FONTS

SANS, SANS_BOLD, MONO = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"


@cache
def register_fonts() -> None:
    folder = FONTS
    for name in (SANS, SANS_BOLD, MONO):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
