"""The real command line in subprocesses: happy paths, and bad input that changes nothing."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PASS = "geheim 12345"


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "JIU_KDF_FAST": "1", "JIU_PASSPHRASE": PASS, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "jiu_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        env=full_env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def hashes(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def failed_cleanly(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("jiu-desktop: ")
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def profile_with_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli") / "profile"
    made = run("init", "--profile", root, "--name", "Sanne")
    assert made.returncode == 0, made.stderr
    assert len(made.stdout.strip().splitlines()[-1].split("-")) == 8  # the recovery key
    filled = run("demo-data", "--profile", root, "--participants", "5", "--seed", "1")
    assert filled.returncode == 0, filled.stderr
    return root


def test_export_import_backup_restore_round_trip(profile_with_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    assert run("export", "--profile", profile_with_data, "--out", out).returncode == 0
    document = json.loads(out.read_text("utf-8"))
    assert len(document["participants"]) == 5

    other = tmp_path / "other"
    assert run("init", "--profile", other, "--name", "Ali").returncode == 0
    first = run("import", "--profile", other, out)
    assert first.returncode == 0 and "79 new" in first.stdout, first.stdout
    again = tmp_path / "again.json"
    assert run("export", "--profile", other, "--out", again).returncode == 0
    second = json.loads(again.read_text("utf-8"))
    document.pop("exported_at"), second.pop("exported_at")
    assert second == document

    one = document["participants"][0]["id"]
    single = tmp_path / "one.json"
    assert run("export", "--profile", other, "--participant", one, "--out", single).returncode == 0
    assert [p["id"] for p in json.loads(single.read_text())["participants"]] == [one]

    backup = tmp_path / "backup.jiubackup"
    assert run("backup", "--profile", other, "--out", backup).returncode == 0
    restored = tmp_path / "restored"
    assert run("restore", "--profile", restored, backup).returncode == 0
    check = tmp_path / "check.json"
    assert run("export", "--profile", restored, "--out", check).returncode == 0
    third = json.loads(check.read_text())
    third.pop("exported_at")
    assert third == document


def test_change_passphrase(tmp_path: Path) -> None:
    root = tmp_path / "p"
    assert run("init", "--profile", root, "--name", "Sanne").returncode == 0
    changed = run(
        "change-passphrase", "--profile", root, env={"JIU_NEW_PASSPHRASE": "nieuw geheim 9"}
    )
    assert changed.returncode == 0, changed.stderr
    failed_cleanly(run("export", "--profile", root, "--out", tmp_path / "x.json"))
    ok = run(
        "export",
        "--profile",
        root,
        "--out",
        tmp_path / "x.json",
        env={"JIU_PASSPHRASE": "nieuw geheim 9"},
    )
    assert ok.returncode == 0


def test_bad_input_on_every_command_changes_nothing(
    profile_with_data: Path, tmp_path: Path
) -> None:
    wrong = {"JIU_PASSPHRASE": "helemaal fout"}
    missing = tmp_path / "no-profile"
    garbage = tmp_path / "garbage.json"
    garbage.write_bytes(b"\x00\x01 not json")
    malformed = tmp_path / "malformed.json"
    malformed.write_text(
        '{"format": "jiu-desktop-export", "version": 1, "participants": [{"id": 3}]}'
    )
    backup = tmp_path / "b.jiubackup"
    assert run("backup", "--profile", profile_with_data, "--out", backup).returncode == 0
    truncated = tmp_path / "truncated.jiubackup"
    truncated.write_bytes(backup.read_bytes()[:1000])
    before = hashes(profile_with_data)
    cases = [
        ("init", "--profile", profile_with_data, "--name", "Opnieuw"),
        ("export", "--profile", missing, "--out", tmp_path / "e.json"),
        ("export", "--profile", profile_with_data, "--out", tmp_path / "e.json", wrong),
        (
            "export",
            "--profile",
            profile_with_data,
            "--participant",
            "onbekend",
            "--out",
            tmp_path / "e.json",
        ),
        ("import", "--profile", profile_with_data, tmp_path / "does-not-exist.json"),
        ("import", "--profile", profile_with_data, garbage),
        ("import", "--profile", profile_with_data, malformed),
        ("import", "--profile", missing, malformed),
        ("backup", "--profile", profile_with_data, "--out", tmp_path / "b2", wrong),
        ("backup", "--profile", missing, "--out", tmp_path / "b3"),
        ("restore", "--profile", profile_with_data, truncated),
        ("restore", "--profile", profile_with_data, tmp_path / "nothing.jiubackup"),
        ("restore", "--profile", profile_with_data, backup, wrong),
        ("change-passphrase", "--profile", profile_with_data, wrong),
        ("change-passphrase", "--profile", missing),
        ("demo-data", "--profile", profile_with_data, "--participants", "3", wrong),
        ("demo-data", "--profile", profile_with_data, "--participants", "0"),
        ("sync", "--profile", profile_with_data),
        ("sync-status", "--profile", missing),
        ("sync-setup", "--profile", profile_with_data, "--folder", tmp_path / "nope", "--join"),
    ]
    messages = []
    for case in cases:
        env = case[-1] if isinstance(case[-1], dict) else None
        args = case[:-1] if env else case
        messages.append(failed_cleanly(run(*args, env=env)))  # type: ignore[arg-type]
        assert hashes(profile_with_data) == before, case
    assert not (tmp_path / "e.json").exists()
    assert len(set(messages)) > 8, "each failure explains itself"


def test_second_process_on_the_same_profile_is_refused(
    profile_with_data: Path, tmp_path: Path
) -> None:
    from jiu_desktop.vault.lock import ProfileLock
    from jiu_desktop.vault.paths import ProfilePaths

    lock = ProfileLock(ProfilePaths(profile_with_data).lock)
    lock.acquire()
    try:
        message = failed_cleanly(
            run("export", "--profile", profile_with_data, "--out", tmp_path / "x")
        )
        assert "already open" in message
    finally:
        lock.release()


def test_dutch_messages_follow_the_profile_language(
    profile_with_data: Path, tmp_path: Path
) -> None:
    from jiu_desktop.services.preferences import Preferences, save_preferences

    save_preferences(profile_with_data, Preferences(language="nl"))
    try:
        message = failed_cleanly(
            run(
                "export",
                "--profile",
                profile_with_data,
                "--out",
                tmp_path / "x",
                env={"JIU_PASSPHRASE": "fout fout"},
            )
        )
        assert "wachtwoordzin" in message.lower()
    finally:
        save_preferences(profile_with_data, Preferences(language="en"))
