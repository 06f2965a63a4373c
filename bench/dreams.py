"""The dream tin: a sheet of 24 stickers as PDF (the step fitted into each label; target
< 0.5 s), and ``due-steps`` over 10,000 participants (the query and the lines it prints,
on the demo profile the search benchmark also uses; target < 0.3 s)."""

from __future__ import annotations

import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from bench.common import PASSPHRASE, cached_profile, fresh_copy, median_time

STEPS = (
    "Een dag meelopen bij een kapper",
    "Informatie opvragen over de opleiding bij het ROC en naar de open dag gaan",
    "Bellen",
    "Elke ochtend om half acht opstaan en ontbijten voordat ik naar mijn stage ga",
)


def labels_24(layout: str = "round-63.5", repeat: int = 5) -> dict[str, float]:
    from jiu_desktop.printing.tin_labels import TinLabel, labels_pdf

    due = date.today() + timedelta(days=14)
    labels = [TinLabel(f"{STEPS[n % len(STEPS)]} ({n + 1})", due, "Noor") for n in range(24)]
    labels_pdf(labels, layout)  # fonts registered
    sizes: list[int] = []
    median = median_time(lambda: sizes.append(len(labels_pdf(labels, layout))), repeat)
    return {"median_s": median, "labels": 24.0, "pdf_kib": statistics.median(sizes) / 1024}


def due_steps_10000(workdir: Path, participants: int = 10_000, repeat: int = 5) -> dict[str, float]:
    from jiu_desktop.services import profile
    from jiu_desktop.services.agenda import due_steps

    root = fresh_copy(cached_profile("search", participants), workdir / "due-steps")
    store = profile.open_profile(root, PASSPHRASE)
    try:
        counts: list[int] = []
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            items = due_steps(store)
            lines = [
                f"{i.due.isoformat() if i.due else ''}  {i.first_name}  {i.text}" for i in items
            ]
            times.append(time.perf_counter() - start)
            counts.append(len(lines))
    finally:
        store.close()
    return {
        "median_s": statistics.median(times),
        "max_s": max(times),
        "participants": float(participants),
        "due": float(statistics.median(counts)),
    }
