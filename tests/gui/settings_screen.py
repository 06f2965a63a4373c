"""Opens the Settings on a 1366×768 screen, as full as a coach makes them: a team of six
laptops with long names, a dozen coaches, a new coach being added and a new language
chosen (run by test_team_laptops.py in its own process, because the screen is chosen when
Qt starts). Prints what it found as JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from jiu_desktop.app import make_application
from jiu_desktop.i18n import install_language
from jiu_desktop.services import participants, profile, sync_service, team, team_devices
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.dialogs import NEW_COACH, SettingsDialog
from tests.fast_cli import use_cheap_kdf
from tests.gui.layout_checks import squeezed, text_cut

PASSPHRASE = "goed geheim 2026"
TEAM = "kaars fiets zevende molen"
NAMES = (
    "Laptop van Sanne de Vries-Oosterhuis",
    "Henks laptop",
    "",
    "Laptop van Bram de Wit",
    "De laptop in het buurthuis aan de Lange Nieuwstraat",
    "Fatima",
)


def make_team(base: Path) -> Path:
    shared = base / "shared"
    shared.mkdir(parents=True)
    roots = [base / f"laptop{n}" for n in range(len(NAMES))]
    for n, (root, name) in enumerate(zip(roots, NAMES, strict=True)):
        store, _ = profile.create_profile(root, f"Laptop {n}", PASSPHRASE)
        sync_service.setup_sync(
            store, kind="folder", target=str(shared), team_passphrase=TEAM, create=n == 0
        )
        team_devices.name_this_laptop(store, name)
        participants.create_participant(store, first_name=f"Van {n}")
        sync_service.run_sync(store)
        store.close()
    store = profile.open_profile(roots[0], PASSPHRASE)
    for n in range(12):
        team.create_coach(store, f"Coach {n} de Wit-Oosterhuis")
    sync_service.run_sync(store)
    store.close()
    return roots[0]


def look(root: Path, language: str) -> dict[str, object]:
    install_language(language)
    store = profile.open_profile(root, PASSPHRASE)
    dialog = SettingsDialog(AppContext(root, store))
    dialog.coach.setCurrentIndex(dialog.coach.findData(NEW_COACH))
    dialog.language.setCurrentIndex(dialog.language.findData("en" if language == "nl" else "nl"))
    dialog.show()
    for _ in range(5):
        QApplication.processEvents()
    laptops = dialog.laptop_rows.laptops if dialog.laptop_rows else None
    table = laptops.table if laptops else None
    frame, hint = dialog.frameGeometry(), dialog.sizeHint()
    available = dialog.screen().availableGeometry()
    found = {
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "available": [available.x(), available.y(), available.width(), available.height()],
        "hint": [hint.width(), hint.height()],
        "squeezed": squeezed(dialog),
        "text_cut": text_cut(dialog),
        "rows": laptops.model.rowCount() if laptops else 0,
        "list_visible": bool(table and table.isVisible()),
        "rows_visible": all(
            w.isVisible()
            for w in (dialog.team_name, dialog.step_six, dialog.new_coach, dialog.language_note)
        ),
        # how much of the column the longest fitting name needs, and what it has
        "name_column": table.columnWidth(0) if table else 0,
        "name_needed": max(
            table.fontMetrics().horizontalAdvance(laptops.model.index(r, 0).data()) + 8
            for r in range(laptops.model.rowCount())
            if len(laptops.model.index(r, 0).data()) <= 32
        )
        if laptops and table
        else 0,
    }
    dialog.reject()
    store.close()
    return found


def main() -> None:
    use_cheap_kdf()
    make_application()
    root = make_team(Path(sys.argv[1]))
    print(json.dumps({language: look(root, language) for language in ("en", "nl")}))


if __name__ == "__main__":
    main()
