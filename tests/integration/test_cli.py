"""The real command line in subprocesses: happy paths, and bad input that changes nothing."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from jiu_desktop.services.exchange_schema import schema
from tests import fast_cli

PASS = "geheim 12345"


def run(
    *args: str | Path, env: dict[str, str | None] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real command line (with cheap key derivation); an env value of None removes
    that variable."""
    merged = {**os.environ, "JIU_PASSPHRASE": PASS, **(env or {})}
    full_env = {key: value for key, value in merged.items() if value is not None}
    return subprocess.run(
        [*fast_cli.COMMAND, *map(str, args)],
        capture_output=True,
        text=True,
        env=fast_cli.subprocess_env(full_env),
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
    assert "keep it safe" in made.stdout
    filled = run("demo-data", "--profile", root, "--participants", "5", "--seed", "1")
    assert filled.returncode == 0, filled.stderr
    return root


def rows_in(document: dict[str, Any]) -> int:
    """Every entry of every list in the document, at any depth."""
    plan = schema()

    def count(name: str, items: list[dict[str, Any]]) -> int:
        children = plan[name].children
        return sum(1 + sum(count(c, item.get(c, [])) for c in children) for item in items)

    return sum(count(name, document.get(name, [])) for name in (*plan.team, plan.root))


def test_export_import_backup_restore_round_trip(profile_with_data: Path, tmp_path: Path) -> None:
    results = []

    def ok(*args: str | Path) -> subprocess.CompletedProcess[str]:
        result = run(*args)
        assert result.returncode == 0, result.stderr
        results.append(result)
        return result

    out = tmp_path / "export.json"
    ok("export", "--profile", profile_with_data, "--out", out)
    document = json.loads(out.read_text("utf-8"))
    assert len(document["participants"]) == 5
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600, "an export is for its owner only"

    other = tmp_path / "other"
    ok("init", "--profile", other, "--name", "Ali")
    first = ok("import", "--profile", other, out)
    rows = rows_in(document)
    assert f"{rows} new" in first.stdout, first.stdout
    second_import = ok("--profile", other, "import", out)  # --profile before the command too
    assert f"0 new, 0 updated, {rows} unchanged" in second_import.stdout
    again = tmp_path / "again.json"
    ok("export", "--profile", other, "--out", again)
    second = json.loads(again.read_text("utf-8"))
    document.pop("exported_at"), second.pop("exported_at")
    assert second == document

    one = document["participants"][0]["id"]
    single = tmp_path / "one.json"
    ok("export", "--profile", other, "--participant", one, "--out", single)
    assert [p["id"] for p in json.loads(single.read_text())["participants"]] == [one]

    backup = tmp_path / "backup.jiubackup"
    ok("backup", "--profile", other, "--out", backup)
    restored = tmp_path / "restored"
    ok("restore", "--profile", restored, backup)
    check = tmp_path / "check.json"
    ok("export", "--profile", restored, "--out", check)
    third = json.loads(check.read_text())
    third.pop("exported_at")
    assert third == document

    ok("restore", "--profile", profile_with_data, backup)  # over an existing profile
    kept = list((profile_with_data / "backups").glob("before-restore-*/vault.json"))
    assert len(kept) == 1, "the data it replaced is kept"

    names = {p[key] for p in document["participants"] for key in ("first_name", "last_name")}
    printed = "".join(r.stdout + r.stderr for r in results)
    assert not [name for name in names if name and name in printed], "no personal data shown"


def test_change_passphrase(tmp_path: Path) -> None:
    root = tmp_path / "p"
    assert run("init", "--profile", root, "--name", "Sanne").returncode == 0
    before = hashes(root)
    failed_cleanly(run("change-passphrase", "--profile", root, env={"JIU_NEW_PASSPHRASE": "kort"}))
    assert hashes(root) == before, "a too short new passphrase changes nothing"
    changed = run(
        "change-passphrase", "--profile", root, env={"JIU_NEW_PASSPHRASE": "nieuw geheim 9"}
    )
    assert changed.returncode == 0, changed.stderr
    assert "wachtwoordzin" not in changed.stdout and "nieuw geheim" not in changed.stdout
    message = failed_cleanly(run("export", "--profile", root, "--out", tmp_path / "x.json"))
    assert "passphrase is not correct" in message
    ok = run(
        "export",
        "--profile",
        root,
        "--out",
        tmp_path / "x.json",
        env={"JIU_PASSPHRASE": "nieuw geheim 9"},
    )
    assert ok.returncode == 0, ok.stderr


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
    damaged = tmp_path / "damaged.jiubackup"
    raw = bytearray(backup.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    damaged.write_bytes(bytes(raw))
    no_terminal: dict[str, str | None] = {"JIU_PASSPHRASE": None}
    before = hashes(profile_with_data)
    cases = [
        ("init", "--profile", profile_with_data, "--name", "Opnieuw"),
        ("init", "--profile", missing, "--name", "Kort", {"JIU_PASSPHRASE": "kort"}),
        ("init", "--profile", missing, "--name", "Niemand", no_terminal),
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
        ("export", "--profile", profile_with_data, "--out", garbage / "e.json"),
        ("export", "--profile", profile_with_data, "--out", tmp_path / "e.json", no_terminal),
        ("import", "--profile", profile_with_data, tmp_path / "does-not-exist.json"),
        ("import", "--profile", profile_with_data, tmp_path),
        ("import", "--profile", profile_with_data, garbage),
        ("import", "--profile", profile_with_data, malformed),
        ("import", "--profile", missing, malformed),
        ("backup", "--profile", profile_with_data, "--out", tmp_path / "b2", wrong),
        ("backup", "--profile", missing, "--out", tmp_path / "b3"),
        ("restore", "--profile", profile_with_data, truncated),
        ("restore", "--profile", profile_with_data, damaged),
        ("restore", "--profile", missing, backup, wrong),
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
    assert not missing.exists(), "a failed init or restore leaves no folder behind"
    assert len(set(messages)) > 12, "each failure explains itself"


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    for args in (("frobnicate",), ("export", "--profile", tmp_path)):  # unknown; no --out
        result = run(*args)
        assert result.returncode == 2, result.stderr
        assert "usage:" in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.iterdir())


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


def run_in_terminal(args: list[str], answers: list[str]) -> tuple[int, str]:
    """Run the command on a pseudo-terminal without JIU_PASSPHRASE and type ``answers`` at
    its prompts (getpass reads the terminal, not stdin). Returns exit status and output."""
    import pty
    import select

    env = fast_cli.subprocess_env({k: v for k, v in os.environ.items() if k != "JIU_PASSPHRASE"})
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child becomes the command
        os.execve(sys.executable, [*fast_cli.COMMAND, *args], env)
    output = b""
    pending = list(answers)
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], 60)
            if not ready:
                raise TimeoutError(output.decode(errors="replace"))
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
            if pending and output.endswith(b": "):  # a prompt, waiting for its answer
                os.write(fd, pending.pop(0).encode() + b"\n")
    finally:
        os.close(fd)
        _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output.decode(errors="replace")


@pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX")
def test_init_asks_the_passphrase_twice_on_a_terminal(tmp_path: Path) -> None:
    differ = tmp_path / "differ"
    code, output = run_in_terminal(
        ["init", "--profile", str(differ), "--name", "Sanne"], ["eerste geheim 1", "ander 2"]
    )
    assert code == 1 and "differ" in output, output
    assert not differ.exists()

    root = tmp_path / "typed"
    code, output = run_in_terminal(
        ["init", "--profile", str(root), "--name", "Sanne"], [PASS + "!", PASS + "!"]
    )
    assert code == 0, output
    assert output.count("Passphrase:") == 1 and "Repeat:" in output
    assert PASS not in output, "the passphrase is not echoed"
    assert len(output.strip().splitlines()[-1].split("-")) == 8  # the recovery key
    opened = run(
        "export",
        "--profile",
        root,
        "--out",
        tmp_path / "e.json",
        env={"JIU_PASSPHRASE": PASS + "!"},
    )
    assert opened.returncode == 0, opened.stderr


def test_help_lists_every_command_without_loading_qt_widgets() -> None:
    probe = (
        "import contextlib, io, sys\n"
        "from jiu_desktop.__main__ import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    assert main(['--help']) == 0\n"
        "print(out.getvalue())\n"
        "print('widgets loaded' if 'PySide6.QtWidgets' in sys.modules else 'no widgets')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=fast_cli.subprocess_env(dict(os.environ)),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("no widgets"), result.stdout
    for name in ("init", "export", "participants", "erase", "restore", "sync-status"):
        assert f"    {name} " in result.stdout or f"    {name}\n" in result.stdout, name
