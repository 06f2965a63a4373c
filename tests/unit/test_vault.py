"""The encrypted profile: passphrase, recovery key, rewrap, and what a stolen file reveals."""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import select

from jiu_desktop.errors import (
    InvalidInput,
    ProfileDamaged,
    ProfileExists,
    ProfileInUse,
    ProfileNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
)
from jiu_desktop.models import Participant
from jiu_desktop.services import profile
from jiu_desktop.services.participants import create_participant
from jiu_desktop.vault.engine import open_engine
from jiu_desktop.vault.lock import ProfileLock
from jiu_desktop.vault.paths import ProfilePaths
from jiu_desktop.vault.vaultfile import VaultFile, format_recovery_key, parse_recovery_key
from tests.conftest import PASSPHRASE


def file_hashes(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_create_and_reopen_keeps_data(profile_dir: Path) -> None:
    store, _ = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    create_participant(store, first_name="Noor", last_name="Bakker")
    store.close()
    reopened = profile.open_profile(profile_dir, PASSPHRASE)
    with reopened.session() as s:
        assert s.scalars(select(Participant.first_name)).all() == ["Noor"]
    reopened.close()


def test_wrong_passphrase_changes_nothing(profile_dir: Path) -> None:
    store, _ = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    store.close()
    before = file_hashes(profile_dir)
    with pytest.raises(WrongPassphrase):
        profile.open_profile(profile_dir, "not the passphrase")
    assert file_hashes(profile_dir) == before


def test_verifying_the_passphrase_while_open_checks_it_and_changes_nothing(
    profile_dir: Path,
) -> None:
    store, _ = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    before = file_hashes(profile_dir)
    profile.verify_passphrase(profile_dir, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        profile.verify_passphrase(profile_dir, "not the passphrase")
    with pytest.raises(WrongPassphrase):
        profile.verify_passphrase(profile_dir, "")
    assert file_hashes(profile_dir) == before
    store.close()


def test_change_passphrase_rewraps_without_reencrypting(profile_dir: Path) -> None:
    store, _ = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    create_participant(store, first_name="Noor")
    store.close()
    database_before = ProfilePaths(profile_dir).database.read_bytes()
    profile.change_passphrase(profile_dir, PASSPHRASE, "een nieuwe zin 42")
    assert ProfilePaths(profile_dir).database.read_bytes() == database_before
    with pytest.raises(WrongPassphrase):
        profile.open_profile(profile_dir, PASSPHRASE)
    profile.open_profile(profile_dir, "een nieuwe zin 42").close()


def test_change_passphrase_with_wrong_old_one_changes_nothing(profile_dir: Path) -> None:
    profile.create_profile(profile_dir, "Sanne", PASSPHRASE)[0].close()
    before = file_hashes(profile_dir)
    with pytest.raises(WrongPassphrase):
        profile.change_passphrase(profile_dir, "fout fout fout", "een nieuwe zin 42")
    with pytest.raises(InvalidInput):
        profile.change_passphrase(profile_dir, PASSPHRASE, "kort")
    assert file_hashes(profile_dir) == before


def test_recovery_key_unlocks_and_sets_new_passphrase(profile_dir: Path) -> None:
    store, recovery = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    create_participant(store, first_name="Noor")
    store.close()
    typed_back = recovery.lower().replace("-", " ")
    reopened = profile.open_with_recovery_key(profile_dir, typed_back, "vergeten maar hersteld")
    reopened.close()
    with pytest.raises(WrongPassphrase):
        profile.open_profile(profile_dir, PASSPHRASE)
    profile.open_profile(profile_dir, "vergeten maar hersteld").close()


def test_wrong_recovery_key_changes_nothing(profile_dir: Path) -> None:
    profile.create_profile(profile_dir, "Sanne", PASSPHRASE)[0].close()
    before = file_hashes(profile_dir)
    other = format_recovery_key(b"\x01" * 20)
    for attempt in (other, "too short", ""):
        with pytest.raises(WrongRecoveryKey):
            profile.open_with_recovery_key(profile_dir, attempt, "vergeten maar hersteld")
    assert file_hashes(profile_dir) == before


def test_recovery_key_format_round_trips() -> None:
    secret = bytes(range(20))
    text = format_recovery_key(secret)
    assert len(text.split("-")) == 8
    assert parse_recovery_key(text) == secret
    assert parse_recovery_key(text.lower().replace("-", "")) == secret


def test_copied_database_cannot_be_opened_without_the_key(
    profile_dir: Path, tmp_path: Path
) -> None:
    store, _ = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    create_participant(store, first_name="Noor")
    store.close()
    stolen = tmp_path / "stolen.db"
    shutil.copy(ProfilePaths(profile_dir).database, stolen)
    assert not stolen.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(stolen).execute("SELECT * FROM sqlite_master").fetchall()
    conn = sqlcipher3.connect(str(stolen))
    conn.execute("PRAGMA key = 'goed geheim 2026'")  # the passphrase is not the key
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    with pytest.raises(WrongPassphrase):
        open_engine(stolen, b"\x00" * 32)


def test_vault_json_holds_no_key_material_in_clear(profile_dir: Path) -> None:
    store, recovery = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    key_hex = store.data_key.hex()
    store.close()
    raw = ProfilePaths(profile_dir).vault.read_text()
    assert key_hex not in raw
    assert recovery not in raw and recovery.replace("-", "") not in raw
    assert PASSPHRASE not in raw
    vault = VaultFile.load(ProfilePaths(profile_dir).vault)
    assert vault.kdf.iterations >= 1 and vault.kdf.salt


def test_missing_and_existing_profile(tmp_path: Path) -> None:
    with pytest.raises(ProfileNotFound):
        profile.open_profile(tmp_path / "nowhere", PASSPHRASE)
    profile.create_profile(tmp_path / "p", "Sanne", PASSPHRASE)[0].close()
    with pytest.raises(ProfileExists):
        profile.create_profile(tmp_path / "p", "Sanne", PASSPHRASE)


def test_short_passphrase_refused(profile_dir: Path) -> None:
    with pytest.raises(InvalidInput):
        profile.create_profile(profile_dir, "Sanne", "kort")
    assert not ProfilePaths(profile_dir).exists()


def test_discarding_a_new_profile_removes_what_creating_wrote_and_nothing_else(
    profile_dir: Path,
) -> None:
    paths = ProfilePaths(profile_dir)
    profile_dir.mkdir()
    paths.preferences.write_text('{"language": "nl"}')
    lock = ProfileLock(paths.lock)
    lock.acquire()  # as the app holds it while the wizard runs
    store, _ = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    store.close()
    profile.discard_new_profile(profile_dir)
    assert sorted(p.name for p in profile_dir.iterdir()) == [".lock", "preferences.json"]
    lock.release()
    profile.create_profile(profile_dir, "Sanne", PASSPHRASE)[0].close()  # starts afresh


def test_profile_lock_is_exclusive(profile_dir: Path) -> None:
    first = ProfileLock(ProfilePaths(profile_dir).lock)
    first.acquire()
    with pytest.raises(ProfileInUse):
        ProfileLock(ProfilePaths(profile_dir).lock).acquire()
    first.release()
    second = ProfileLock(ProfilePaths(profile_dir).lock)
    second.acquire()
    second.release()


def test_passphrase_strength_grows_with_length_and_variety() -> None:
    scores = [
        profile.passphrase_strength(p)
        for p in ("abc", "abcdefgh", "Fiets-Boom-42", "een lange zin van woorden 7!")
    ]
    assert scores[0] == 0
    assert scores == sorted(scores)
    assert scores[-1] == 4
    assert profile.passphrase_strength("aaaaaaaaaaaaaaaaaa") == 1


def every_bit_flip(raw: bytes) -> list[bytes]:
    flips = []
    for index in range(len(raw)):
        for bit in range(8):
            flipped = bytearray(raw)
            flipped[index] ^= 1 << bit
            flips.append(bytes(flipped))
    return flips


def same_content(raw: bytes, other: bytes) -> bool:
    try:
        return bool(json.loads(raw) == json.loads(other))
    except ValueError:
        return False


def outcome(raw: bytes, unlock: str) -> str:
    """What a coach would see with the right passphrase or recovery key."""
    try:
        vault = VaultFile.from_bytes(raw)
        if unlock == "passphrase":
            vault.unlock(PASSPHRASE)
        else:
            vault.unlock_with_recovery(unlock)
    except ProfileDamaged:
        return "damaged"
    except (WrongPassphrase, WrongRecoveryKey):
        return "wrong"
    return "unlocked"


def test_every_bit_flip_in_vault_json_is_damage_never_a_wrong_passphrase(
    profile_dir: Path,
) -> None:
    store, recovery = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    store.close()
    raw = ProfilePaths(profile_dir).vault.read_bytes()
    started = time.perf_counter()
    flips = every_bit_flip(raw)
    for flipped in flips:
        expected = "unlocked" if same_content(raw, flipped) else "damaged"
        assert outcome(flipped, "passphrase") == expected, flipped
        assert outcome(flipped, recovery) == expected, flipped
    assert len(flips) == 8 * len(raw) >= 4_000
    assert time.perf_counter() - started < 30


def test_damaged_recovery_section_is_reported_as_damage(profile_dir: Path) -> None:
    store, recovery = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    store.close()
    path = ProfilePaths(profile_dir).vault
    document = json.loads(path.read_bytes())
    for field in ("salt", "wrapped_key"):
        damaged = json.loads(json.dumps(document))
        value = damaged["recovery"][field]
        damaged["recovery"][field] = ("1" if value[0] == "0" else "0") + value[1:]
        path.write_text(json.dumps(damaged, indent=2))
        before = file_hashes(profile_dir)
        with pytest.raises(ProfileDamaged):
            profile.open_with_recovery_key(profile_dir, recovery, "vergeten maar hersteld")
        assert file_hashes(profile_dir) == before


def test_repeated_field_in_vault_json_is_damage(profile_dir: Path) -> None:
    profile.create_profile(profile_dir, "Sanne", PASSPHRASE)[0].close()
    path = ProfilePaths(profile_dir).vault
    text = path.read_text()
    path.write_text(text.replace('"demo": false,', '"demo": false,\n  "demo": true,', 1))
    with pytest.raises(ProfileDamaged):
        profile.open_profile(profile_dir, PASSPHRASE)


def test_vault_json_from_before_the_checksum_opens_and_gains_one_when_saved(
    profile_dir: Path,
) -> None:
    store, recovery = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    store.close()
    path = ProfilePaths(profile_dir).vault
    document = json.loads(path.read_bytes())
    del document["checksum"]
    path.write_text(json.dumps(document, indent=2))  # as version 1 wrote it before

    profile.open_profile(profile_dir, PASSPHRASE).close()
    assert "checksum" not in json.loads(path.read_bytes())
    profile.change_passphrase(profile_dir, PASSPHRASE, "een nieuwe zin 42")
    resaved = json.loads(path.read_bytes())
    assert resaved["version"] == 1
    assert resaved["checksum"]
    profile.open_profile(profile_dir, "een nieuwe zin 42").close()
    profile.open_with_recovery_key(profile_dir, recovery, "vergeten maar hersteld").close()


def test_vault_json_with_other_whitespace_still_opens(profile_dir: Path) -> None:
    profile.create_profile(profile_dir, "Sanne", PASSPHRASE)[0].close()
    path = ProfilePaths(profile_dir).vault
    path.write_text(json.dumps(json.loads(path.read_bytes()), indent="\t") + "\r\n")
    profile.open_profile(profile_dir, PASSPHRASE).close()
