"""The one-page recovery sheet: the recovery key, what it is for, where to keep it."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from jiu_desktop.i18n import translate
from jiu_desktop.printing.fonts import MONO, SANS, SANS_BOLD, register_fonts
from jiu_desktop.vault.atomic import write_atomic

ACCENT = HexColor("#2f6f73")
SOFT = HexColor("#e3f0ef")
MUTED = HexColor("#607d8b")


def _wrapped(canvas: Canvas, text: str, x: float, y: float, width: float, size: float) -> float:
    """Draw ``text`` wrapped to ``width``; return the y below it."""
    canvas.setFont(SANS, size)
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if stringWidth(trial, SANS, size) > width and line:
            canvas.drawString(x, y, line)
            y -= size * 1.45
            line = word
        else:
            line = trial
    if line:
        canvas.drawString(x, y, line)
        y -= size * 1.45
    return y


def _fitted(line: Callable[[str], str], name: str, width: float) -> tuple[str, float]:
    """The header line at the largest size from 11 down to 8 pt that fits ``width``; a name
    too long even then is shortened with an ellipsis, so the date stays on the sheet."""
    size = 11.0
    while True:
        text = line(name)
        while size > 8 and stringWidth(text, SANS, size) > width:
            size -= 0.5
        if stringWidth(text, SANS, size) <= width or len(name) <= 1:
            return text, size
        name = name[:-2] + "…"


def render_recovery_sheet(out: Path, profile_name: str, recovery_key: str) -> None:
    write_atomic(out, recovery_sheet_pdf(profile_name, recovery_key))


def recovery_sheet_pdf(profile_name: str, recovery_key: str) -> bytes:
    """The sheet as PDF bytes: saved where the coach chooses, or printed without a file."""
    register_fonts()
    buffer = io.BytesIO()
    width, height = A4
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setTitle(translate("recovery_sheet", "JIU Desktop recovery key"))
    canvas.setAuthor("JIU Desktop")
    left, right = 22 * mm, width - 22 * mm

    canvas.setFillColor(ACCENT)
    canvas.rect(0, height - 38 * mm, width, 38 * mm, stroke=0, fill=1)
    canvas.setFillColor(HexColor("#ffffff"))
    canvas.setFont(SANS_BOLD, 22)
    canvas.drawString(
        left, height - 22 * mm, translate("recovery_sheet", "JIU Desktop recovery key")
    )
    today = date.today().strftime("%d-%m-%Y")
    line, size = _fitted(
        lambda name: translate("recovery_sheet", "Profile: {name} · made on {date}").format(
            name=name, date=today
        ),
        profile_name,
        right - left,
    )
    canvas.setFont(SANS, size)
    canvas.drawString(left, height - 30 * mm, line)

    canvas.setFillColor(HexColor("#263238"))
    y = height - 54 * mm
    y = _wrapped(
        canvas,
        translate(
            "recovery_sheet",
            "With this key you can open your JIU Desktop profile when you have forgotten "
            "your passphrase. Nobody else can do that for you: without the passphrase and "
            "without this key, the data cannot be recovered.",
        ),
        left,
        y,
        right - left,
        11.5,
    )

    box_top = y - 6 * mm
    canvas.setFillColor(SOFT)
    canvas.setStrokeColor(ACCENT)
    canvas.roundRect(left, box_top - 34 * mm, right - left, 34 * mm, 4 * mm, stroke=1, fill=1)
    canvas.setFillColor(MUTED)
    canvas.setFont(SANS, 10)
    canvas.drawString(left + 6 * mm, box_top - 8 * mm, translate("recovery_sheet", "Recovery key"))
    canvas.setFillColor(HexColor("#263238"))
    groups = recovery_key.split("-")
    canvas.setFont(MONO, 21)
    for row, part in enumerate((groups[:4], groups[4:])):
        canvas.drawCentredString(width / 2, box_top - (18 + row * 10) * mm, "  -  ".join(part))
    y = box_top - 46 * mm

    sections = (
        (
            translate("recovery_sheet", "Where to keep it"),
            translate(
                "recovery_sheet",
                "On paper, in a locked drawer or with the project coordinator: not in the "
                "laptop bag, not as a photo on your phone, not in an email.",
            ),
        ),
        (
            translate("recovery_sheet", "When you need it"),
            translate(
                "recovery_sheet",
                "On the unlock screen choose “Forgot passphrase?”, type this key (capitals "
                "and dashes do not matter) and choose a new passphrase. The key stays valid.",
            ),
        ),
        (
            translate("recovery_sheet", "If it is lost"),
            translate(
                "recovery_sheet",
                "As long as you know your passphrase, nothing is lost. Tell your coordinator; "
                "a new profile with a new key can be made and your data moved to it.",
            ),
        ),
    )
    for title, body in sections:
        canvas.setFillColor(ACCENT)
        canvas.setFont(SANS_BOLD, 12.5)
        canvas.drawString(left, y, title)
        canvas.setFillColor(HexColor("#263238"))
        y = _wrapped(canvas, body, left, y - 6 * mm, right - left, 11) - 5 * mm

    canvas.setStrokeColor(MUTED)
    canvas.setFillColor(MUTED)
    canvas.setFont(SANS, 10)
    line_y = 40 * mm
    canvas.line(left, line_y, left + 70 * mm, line_y)
    canvas.line(right - 60 * mm, line_y, right, line_y)
    canvas.drawString(left, line_y - 5 * mm, translate("recovery_sheet", "Name of the coach"))
    canvas.drawString(
        right - 60 * mm, line_y - 5 * mm, translate("recovery_sheet", "Date and signature")
    )
    canvas.setFont(SANS, 8.5)
    canvas.drawString(
        left,
        18 * mm,
        translate(
            "recovery_sheet", "JIU Desktop · Jong in Uitvoering · keep this sheet confidential"
        ),
    )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
