"""Key-derivation parameters come from files others can change (the sync server writes
``team.json``): out of bounds is a damaged file, reported before any key is derived."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from jiu_desktop.errors import ProfileDamaged, SyncError, WrongTeamPassphrase
from jiu_desktop.services import profile
from jiu_desktop.sync import team as team_module
from jiu_desktop.sync.team import create_team, join_team
from jiu_desktop.vault import kdf
from jiu_desktop.vault import vaultfile as vaultfile_module
from jiu_desktop.vault.paths import ProfilePaths
from jiu_desktop.vault.vaultfile import VaultFile, checksum
from tests.conftest import PASSPHRASE

TEAM_PASSPHRASE = "kaars fiets zevende molen"
TEAM_FILE_UNREADABLE = "The team file on the sync target cannot be read."
GIB_KIB = 1024 * 1024

BAD_PARAMETERS: dict[str, tuple[str, Any]] = {
    "8 GiB of memory": ("memory_kib", 8 * GIB_KIB),
    "2^31 iterations": ("iterations", 2**31),
    "zero lanes": ("lanes", 0),
    "too many lanes": ("lanes", 17),
    "too little memory": ("memory_kib", 1024),
    "negative memory": ("memory_kib", -65536),
    "zero iterations": ("iterations", 0),
    "17 iterations": ("iterations", 17),
    "short salt": ("salt", "00" * 8),
    "long salt": ("salt", "00" * 65),
    "empty salt": ("salt", ""),
    "salt with spaces": ("salt", "00 " * 16),
    "salt in capitals": ("salt", "AB" * 16),
    "salt as a number": ("salt", 12345),
    "iterations as text": ("iterations", "3"),
    "iterations as true": ("iterations", True),
    "iterations as a fraction": ("iterations", 3.0),
    "memory as null": ("memory_kib", None),
    "lanes as a list": ("lanes", [4]),
    "another algorithm": ("algorithm", "argon2i"),
}
WORK_TOO_HIGH = {"memory_kib": GIB_KIB, "iterations": 5}  # each is fine, together 5 GiB


def no_derivation(*_args: object) -> bytes:
    raise AssertionError("a key was derived from parameters that should have been refused")


def refuse_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on, deriving any key fails the test."""
    monkeypatch.setattr(vaultfile_module, "derive_key", no_derivation)
    monkeypatch.setattr(team_module, "derive_key", no_derivation)


def with_kdf(document: dict[str, Any], changes: dict[str, Any], reseal: bool) -> bytes:
    """``document`` with its KDF parameters changed; ``reseal`` recomputes the vault
    checksum, so the bounds check is what must catch the change."""
    document["kdf"].update(changes)
    if reseal:
        document["checksum"] = checksum(document)
    return json.dumps(document, indent=2).encode("utf-8")


@pytest.fixture
def vault_document(profile_dir: Path) -> dict[str, Any]:
    profile.create_profile(profile_dir, "Sanne", PASSPHRASE)[0].close()
    loaded: dict[str, Any] = json.loads(ProfilePaths(profile_dir).vault.read_bytes())
    return loaded


@pytest.mark.parametrize("name", [*BAD_PARAMETERS, "too much work"])
@pytest.mark.parametrize("has_checksum", [True, False], ids=["checksum", "older file"])
def test_vault_with_out_of_bounds_kdf_is_damaged_before_any_derivation(
    profile_dir: Path,
    vault_document: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    has_checksum: bool,
) -> None:
    changes = WORK_TOO_HIGH if name == "too much work" else dict([BAD_PARAMETERS[name]])
    if not has_checksum:
        del vault_document["checksum"]
    ProfilePaths(profile_dir).vault.write_bytes(
        with_kdf(vault_document, changes, reseal=has_checksum)
    )
    refuse_derivation(monkeypatch)
    started = time.perf_counter()
    with pytest.raises(ProfileDamaged):
        profile.open_profile(profile_dir, PASSPHRASE)
    with pytest.raises(ProfileDamaged):
        profile.change_passphrase(profile_dir, PASSPHRASE, "een nieuwe zin 42")
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("name", [*BAD_PARAMETERS, "too much work"])
def test_team_file_with_out_of_bounds_kdf_cannot_be_read(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    changes = WORK_TOO_HIGH if name == "too much work" else dict([BAD_PARAMETERS[name]])
    _team, raw = create_team(TEAM_PASSPHRASE)
    document = json.loads(raw)
    document["keys"][-1]["kdf"].update(changes)
    refuse_derivation(monkeypatch)
    started = time.perf_counter()
    with pytest.raises(SyncError) as raised:
        join_team(json.dumps(document).encode(), TEAM_PASSPHRASE)
    assert not isinstance(raised.value, WrongTeamPassphrase)
    assert str(raised.value) == TEAM_FILE_UNREADABLE
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(
    "raw",
    [
        b"[]",
        b'"team"',
        b"null",
        b"[" * 100_000,
        b'{"format": "jiu-sync-team", "version": 1, "team_id": "t", "keys": []}',
        b'{"format": "jiu-sync-team", "version": 1, "team_id": "t", "keys": {"a": 1}}',
        b'{"format": "jiu-sync-team", "version": 1, "team_id": "t", "keys": ["x"]}',
        b'{"format": "jiu-sync-team", "version": 1, "team_id": "t",'
        b' "keys": [{"key_id": "k", "kdf": "argon2id", "wrapped": ""}]}',
        b"\xff\xfe",
    ],
)
def test_malformed_team_file_cannot_be_read(monkeypatch: pytest.MonkeyPatch, raw: bytes) -> None:
    refuse_derivation(monkeypatch)
    with pytest.raises(SyncError) as raised:
        join_team(raw, TEAM_PASSPHRASE)
    assert str(raised.value) == TEAM_FILE_UNREADABLE


def test_team_file_within_bounds_still_joins() -> None:
    team, raw = create_team(TEAM_PASSPHRASE)
    assert join_team(raw, TEAM_PASSPHRASE) == team
    with pytest.raises(WrongTeamPassphrase):
        join_team(raw, "een ander team 8")


@pytest.mark.parametrize("seconds_per_pass", [0.0, 1e-6, 0.01, 0.25, 10.0, 3600.0])
@pytest.mark.parametrize(
    "cost",
    [
        kdf.SHIPPED_COST,
        kdf.KdfCost(memory_kib=GIB_KIB, min_iterations=1, max_iterations=64),
        kdf.KdfCost(memory_kib=kdf.MIN_MEMORY_KIB, lanes=1, min_iterations=0, max_iterations=99),
    ],
    ids=["shipped", "1 GiB", "wide"],
)
def test_calibrated_parameters_are_always_within_bounds(
    monkeypatch: pytest.MonkeyPatch, cost: kdf.KdfCost, seconds_per_pass: float
) -> None:
    now = [0.0]

    def one_pass(*_args: object) -> bytes:  # a machine this fast or slow, without the work
        now[0] += seconds_per_pass
        return b""

    monkeypatch.setattr(kdf.time, "perf_counter", lambda: now[0])
    monkeypatch.setattr(kdf, "derive_key", one_pass)
    monkeypatch.setattr(kdf, "COST", cost)
    params = kdf.calibrate()
    assert kdf.MIN_ITERATIONS <= params.iterations <= kdf.MAX_ITERATIONS
    assert kdf.MIN_MEMORY_KIB <= params.memory_kib <= kdf.MAX_MEMORY_KIB
    assert kdf.MIN_LANES <= params.lanes <= kdf.MAX_LANES
    assert kdf.MIN_SALT_BYTES <= len(params.salt) <= kdf.MAX_SALT_BYTES
    assert params.iterations * params.memory_kib <= kdf.MAX_WORK_KIB
    assert kdf.KdfParams.from_json(params.to_json()) == params


def test_the_old_fast_switch_no_longer_weakens_new_profiles_or_teams(
    profile_dir: Path, monkeypatch: pytest.MonkeyPatch, shipped_kdf: kdf.KdfCost
) -> None:
    monkeypatch.setenv("JIU_KDF_FAST", "1")
    profile.create_profile(profile_dir, "Sanne", PASSPHRASE)[0].close()
    vault = VaultFile.load(ProfilePaths(profile_dir).vault)
    _team, raw = create_team(TEAM_PASSPHRASE)
    team_params = kdf.KdfParams.from_json(json.loads(raw)["keys"][-1]["kdf"])
    for params in (vault.kdf, team_params):
        assert params.memory_kib >= 65536
        assert params.iterations >= shipped_kdf.min_iterations
        assert params.lanes == shipped_kdf.lanes
