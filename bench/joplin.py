"""``python -m bench.joplin`` (``make bench-joplin``): issue 19's data through Joplin 3.5.1's
terminal client and through ``jiu-desktop sync``, side by side in one run.

The same 1,000 participants with 10 session notes each (``bench/sync.py``): in Joplin a
notebook per participant with its notes, imported as Markdown (not timed), end-to-end
encrypted, synced to a local folder. Timed, as whole commands: laptop A's first push
(``joplin sync``), a joining laptop's first sync (``joplin sync``, then ``joplin e2ee
decrypt``: only then can the coach read a note; its master password is set before, as a
coach would type it at once), a round with nothing new, and the bytes on the remote. JIU
Desktop's ``team_sync`` runs before and after Joplin (three runs each); its medians are set
against Joplin's times of the same run. Machines like this one change speed by up to half
from one hour to the next; a ratio within one run changes much less. Takes about 7 minutes.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import CACHE, RESULTS, timed_run
from bench.sync import _NOTE, TEAM_NOTES, TEAM_PARTICIPANTS, TEAM_PASSPHRASE, team_sync

#: Where ``make bench-joplin`` installs the client (or set JOPLIN to another one).
JOPLIN = Path(os.environ.get("JOPLIN", CACHE / "joplin" / "node_modules" / ".bin" / "joplin"))
VERSION = "3.5.1"


def _joplin(profile: Path, *args: str) -> tuple[float, str]:
    """Run ``joplin --profile PROFILE ARGS``; its wall time and output."""
    command = [str(JOPLIN), "--profile", str(profile), *args]
    return timed_run(command, f"joplin {args[0]}", timeout=3600)


def _notes_as_markdown(folder: Path) -> None:
    """The notes of ``bench/sync.py``'s team, a folder (notebook) per participant."""
    per_person = TEAM_NOTES // TEAM_PARTICIPANTS
    for p in range(TEAM_PARTICIPANTS):
        notebook = folder / f"Naam{p} Achternaam"
        notebook.mkdir(parents=True)
        for i in range(per_person):
            text = _NOTE.format(n=p * per_person + i, p=p, i=i)
            (notebook / f"Gesprek {i}.md").write_text(text, encoding="utf-8")


def joplin_sync(workdir: Path) -> dict[str, float]:
    """Joplin's first push, join (sync and decrypt) and nothing-new round, once."""
    shared = workdir / "joplin-shared"
    shared.mkdir()
    a, b = workdir / "joplin-a", workdir / "joplin-b"
    for laptop in (a, b):
        _joplin(laptop, "config", "sync.target", "2")  # a local folder
        _joplin(laptop, "config", "sync.2.path", str(shared))
    _joplin(a, "e2ee", "enable", "--password", TEAM_PASSPHRASE)
    source = workdir / "joplin-import"
    _notes_as_markdown(source)
    _joplin(a, "import", str(source), "--format", "md")
    push = _joplin(a, "sync")[0]
    remote = sum(p.stat().st_size for p in shared.rglob("*") if p.is_file())
    _joplin(b, "config", "encryption.masterPassword", TEAM_PASSPHRASE)
    received = _joplin(b, "sync")[0]
    decrypted, said = _joplin(b, "e2ee", "decrypt")
    if "Completed decryption" not in said:
        raise RuntimeError(f"joplin did not decrypt: {said[-400:]}")
    idle = _joplin(b, "sync")[0]
    return {
        "first_push_s": push,
        "joining_sync_s": received,
        "joining_decrypt_s": decrypted,
        "joining_first_sync_s": received + decrypted,
        "nothing_new_s": idle,
        "remote_bytes": float(remote),
    }


def side_by_side(workdir: Path) -> dict[str, dict[str, float]]:
    """JIU Desktop, Joplin, JIU Desktop again; JIU's medians over both and the ratios."""
    before = team_sync(workdir / "jiu-before")
    joplin = joplin_sync(workdir / "joplin")
    after = team_sync(workdir / "jiu-after")
    jiu = {
        key: statistics.median([before[key], after[key]])
        for key in ("first_push_s", "joining_first_sync_s", "nothing_new_s", "remote_bytes")
    }
    times = {key: joplin[key] / jiu[key] for key in ("first_push_s", "joining_first_sync_s")}
    return {
        "jiu_desktop_before": before,
        "joplin": joplin,
        "jiu_desktop_after": after,
        "joplin_per_jiu": {
            **times,
            "nothing_new_s": joplin["nothing_new_s"] / jiu["nothing_new_s"],
            "remote_bytes": joplin["remote_bytes"] / jiu["remote_bytes"],
        },
    }


def main() -> None:
    if not JOPLIN.exists():
        raise SystemExit(f"Joplin {VERSION} is not installed at {JOPLIN}: run make bench-joplin.")
    from tests.fast_cli import use_cheap_kdf

    use_cheap_kdf()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for part in ("jiu-before", "joplin", "jiu-after"):
            (work / part).mkdir()
        results = side_by_side(work)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "joplin.json").write_text(json.dumps(results, indent=2) + "\n")
    for name, values in results.items():
        print(f"{name:<20}  " + ", ".join(f"{k}={v:.4g}" for k, v in values.items()))


if __name__ == "__main__":
    main()
