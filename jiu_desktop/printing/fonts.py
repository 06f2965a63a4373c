"""Embedded fonts with full Latin diacritics and the euro sign (DejaVu, in resources/fonts).

reportlab loads when the fonts are first registered: the names alone are needed by the
screens that lay out a network map, long before anything is printed.
"""

from __future__ import annotations

from functools import cache

from jiu_desktop.paths import FONTS

SANS, SANS_BOLD, MONO = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"


@cache
def register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = FONTS
    for name in (SANS, SANS_BOLD, MONO):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
