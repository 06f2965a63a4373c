"""No personal data in plaintext on disk: profile folder, temp folder, Qt settings, backups."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from jiu_desktop.services import backup, notes, participants, profile
from jiu_desktop.vault.backups import snapshot_database
from tests.conftest import PASSPHRASE

MARKERS = ("Zwartbroekmarker", "Qwixotisch-schuldverhaal", "markeradres 99")


def scan(folders: list[Path], markers: tuple[str, ...] = MARKERS) -> list[str]:
    """Paths of files whose raw bytes contain a marker (UTF-8 or UTF-16)."""
    hits = []
    patterns = [m.encode(enc) for m in markers for enc in ("utf-8", "utf-16-le")]
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                raw = path.read_bytes()
                if any(p in raw for p in patterns):
                    hits.append(str(path))
    return hits


def places(root: Path) -> list[Path]:
    config = Path(os.environ["XDG_CONFIG_HOME"])
    return [root, Path(tempfile.gettempdir()), config]


def test_markers_never_reach_disk_in_plaintext(profile_dir: Path, tmp_path: Path) -> None:
    store, _ = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    person = participants.create_participant(
        store, first_name="Anouk", last_name=MARKERS[0], address=MARKERS[2]
    )
    notes.add_note(store, person.id, note_date=date(2026, 11, 1), text=MARKERS[1] * 20)
    participants.update_participant(store, person.id, remarks=MARKERS[1])
    assert participants.list_participants(store, query="qwixotisch")  # really stored
    assert scan(places(profile_dir)) == [], "while open (WAL included)"

    backup.write_backup(store, profile_dir / "backups" / "manual.jiubackup")
    snapshot_database(store.engine, store.data_key, store.paths, reason="test")
    store.close()
    assert scan(places(profile_dir)) == [], "after close and backups"

    profile.change_passphrase(profile_dir, PASSPHRASE, "nog een geheim 99")
    backup.restore_backup(
        profile_dir,
        profile_dir / "backups" / "manual.jiubackup",
        PASSPHRASE,
        current_passphrase="nog een geheim 99",
    )
    assert scan(places(profile_dir)) == [], "after passphrase change and restore"


def test_scan_would_see_a_plaintext_marker(tmp_path: Path) -> None:
    (tmp_path / "leak.txt").write_text(f"oeps {MARKERS[0]}")
    assert scan([tmp_path]) == [str(tmp_path / "leak.txt")]
