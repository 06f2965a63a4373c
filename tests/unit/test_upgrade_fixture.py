"""A profile of an older release opens with today's code: it is backed up, migrated to
the current schema, and keeps every participant and note."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import func, select

from jiu_desktop.models import SessionNote
from jiu_desktop.services import participants, profile
from jiu_desktop.vault import migrate
from jiu_desktop.vault.backups import automatic_backups
from jiu_desktop.vault.engine import open_engine
from jiu_desktop.vault.paths import ProfilePaths
from tests.upgrade_fixture import FIRST_NAMES, FIXTURE, NOTES, PASSPHRASE, REVISION, fixture_copy


def revision_of(root: Path) -> str | None:
    engine = open_engine(ProfilePaths(root).database, profile.load_vault(root).unlock(PASSPHRASE))
    try:
        return migrate.current_revision(engine)
    finally:
        engine.dispose()


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_the_fixture_is_of_an_older_schema() -> None:
    assert migrate.head_revision() != REVISION
    assert sorted(p.name for p in FIXTURE.iterdir()) == ["data.db", "vault.json"]


def test_opening_an_older_profile_backs_it_up_and_migrates_it(tmp_path: Path) -> None:
    before = digest(FIXTURE)
    root = fixture_copy(tmp_path / "profile")
    assert revision_of(root) == REVISION
    store = profile.open_profile(root, PASSPHRASE)
    try:
        names = [p.first_name for p in participants.list_participants(store)]
        with store.session() as session:
            notes = session.scalar(select(func.count()).select_from(SessionNote))
    finally:
        store.close()
    assert sorted(names) == sorted(FIRST_NAMES)
    assert notes == NOTES
    assert revision_of(root) == migrate.head_revision()
    backups = automatic_backups(ProfilePaths(root))
    assert len(backups) == 1 and "before-migration" in backups[0].name
    assert digest(FIXTURE) == before, "the committed fixture is never opened in place"
