"""Where profiles live on disk. A profile is one folder; the demo profile has its own."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "jiu-desktop"
VAULT_FILE = "vault.json"
DATABASE_FILE = "data.db"
PREFERENCES_FILE = "preferences.json"
BACKUP_DIR = "backups"
LOCK_FILE = ".lock"


def data_root() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_profile_dir() -> Path:
    """The coach's own profile; real data, never mixed with the demo."""
    return data_root() / "profiles" / "default"


def demo_profile_dir() -> Path:
    return data_root() / "demo"


def sidecars(database: Path) -> tuple[Path, Path]:
    """SQLite's write-ahead log and shared-memory files beside ``database``."""
    return Path(f"{database}-wal"), Path(f"{database}-shm")


class ProfilePaths:
    """The files of one profile folder."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @property
    def vault(self) -> Path:
        return self.root / VAULT_FILE

    @property
    def database(self) -> Path:
        return self.root / DATABASE_FILE

    @property
    def preferences(self) -> Path:
        return self.root / PREFERENCES_FILE

    @property
    def backups(self) -> Path:
        return self.root / BACKUP_DIR

    @property
    def lock(self) -> Path:
        return self.root / LOCK_FILE

    def exists(self) -> bool:
        return self.vault.is_file()
