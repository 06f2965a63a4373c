"""Per-profile preferences that are not personal data: language, auto-lock, and how far
this device's printer shifts a sticker sheet.

Kept in ``preferences.json`` beside ``vault.json`` because the unlock screen needs the
language before the database can be opened. The file stays on this device (sync and
export never carry it), which is what a printer offset needs. Nothing about participants
goes here.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from jiu_desktop.errors import InvalidInput
from jiu_desktop.i18n import LANGUAGES, translate
from jiu_desktop.vault.atomic import write_atomic
from jiu_desktop.vault.paths import ProfilePaths

MIN_AUTOLOCK, MAX_AUTOLOCK = 1, 240
#: A printer offset larger than this (mm, either way) is a typing error, not a printer.
MAX_PRINTER_OFFSET = 20.0


@dataclass(frozen=True)
class Preferences:
    language: str = "auto"
    autolock_minutes: int = 10
    #: Moves everything printed on a sticker sheet right (x) and down (y), in mm.
    printer_offset_x_mm: float = 0.0
    printer_offset_y_mm: float = 0.0

    @property
    def printer_offset(self) -> tuple[float, float]:
        return (self.printer_offset_x_mm, self.printer_offset_y_mm)

    def validated(self) -> Preferences:
        if self.language not in LANGUAGES:
            raise InvalidInput(
                translate("preferences", "Unknown language: {lang}").format(lang=self.language)
            )
        if not MIN_AUTOLOCK <= self.autolock_minutes <= MAX_AUTOLOCK:
            raise InvalidInput(
                translate(
                    "preferences", "Auto-lock must be between {low} and {high} minutes."
                ).format(low=MIN_AUTOLOCK, high=MAX_AUTOLOCK)
            )
        if not all(-MAX_PRINTER_OFFSET <= v <= MAX_PRINTER_OFFSET for v in self.printer_offset):
            raise InvalidInput(
                translate(
                    "preferences", "The printer offset must be between -{most} and {most} mm."
                ).format(most=f"{MAX_PRINTER_OFFSET:g}")
            )
        return self


def load_preferences(root: Path) -> Preferences:
    """Defaults when the file is missing or unreadable (it only holds preferences)."""
    try:
        data = json.loads(ProfilePaths(root).preferences.read_text("utf-8"))
        return Preferences(
            language=str(data.get("language", "auto")),
            autolock_minutes=int(data.get("autolock_minutes", 10)),
            printer_offset_x_mm=float(data.get("printer_offset_x_mm", 0.0)),
            printer_offset_y_mm=float(data.get("printer_offset_y_mm", 0.0)),
        ).validated()
    except (OSError, ValueError, TypeError, AttributeError, InvalidInput):
        return Preferences()


def save_preferences(root: Path, preferences: Preferences) -> None:
    preferences.validated()
    write_atomic(
        ProfilePaths(root).preferences, json.dumps(asdict(preferences), indent=2).encode("utf-8")
    )
