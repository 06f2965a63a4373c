"""Search as you type over 10,000 participants and 100,000 notes.

A keystroke costs the list query, and then the words around the hits for the rows on
screen (``SCREENFUL``), fetched when the list is painted."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from bench.common import PASSPHRASE, cached_profile, fresh_copy

KEYSTROKES = (
    "s",
    "sc",
    "sch",
    "schu",
    "schul",
    "schuld",
    "b",
    "ba",
    "bak",
    "bakk",
    "noor",
    "noor w",
)
#: The rows a 1366×768 screen shows of the participant list.
SCREENFUL = 16


def search_per_keystroke(participants: int, workdir: Path) -> dict[str, float]:
    from sqlalchemy import func, select

    from jiu_desktop.models import SessionNote
    from jiu_desktop.services import participants as service
    from jiu_desktop.services import profile, search

    root = fresh_copy(cached_profile("search", participants), workdir / "search")
    store = profile.open_profile(root, PASSPHRASE)
    with store.session() as s:
        notes = int(s.scalar(select(func.count()).select_from(SessionNote)) or 0)
    service.list_participants(store, query="warm")  # warm the page cache once
    times, snippet_times = [], []
    for _ in range(5):
        for query in KEYSTROKES:
            start = time.perf_counter()
            rows = service.list_participants(store, query=query)
            times.append(time.perf_counter() - start)
            start = time.perf_counter()
            search.snippets(store, query, [row.id for row in rows[:SCREENFUL]])
            snippet_times.append(time.perf_counter() - start)
    store.close()
    return {
        "median_ms": statistics.median(times) * 1000,
        "p90_ms": sorted(times)[int(len(times) * 0.9)] * 1000,
        "snippets_median_ms": statistics.median(snippet_times) * 1000,
        "snippets_p90_ms": sorted(snippet_times)[int(len(snippet_times) * 0.9)] * 1000,
        "participants": float(participants),
        "notes": float(notes),
    }
