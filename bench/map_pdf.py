"""The network map as PDF: a map of 150 persons, from the stored rows to the PDF's bytes
(gathering, layout and drawing; target < 1 s, goal 0.3 s)."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from bench.common import PASSPHRASE, cheap_kdf

CATEGORIES = ("familie", "vrienden", "school_werk", "hulpverlening", "huisdier", "online")


def map_pdf_150(workdir: Path, persons: int = 150, repeat: int = 5) -> dict[str, float]:
    from jiu_desktop.printing.map_pdf import map_pdf
    from jiu_desktop.services import network_map, participants, profile
    from jiu_desktop.services.map_document import map_document

    with cheap_kdf():
        store, _ = profile.create_profile(workdir / "map-pdf", "Bench", PASSPHRASE)
    try:
        noor = participants.create_participant(store, first_name="Noor").id
        chart = network_map.start_map(store, noor).id
        for n in range(persons):
            added = network_map.add_person(
                store,
                chart,
                f"persoon {n}",
                category=CATEGORIES[n % len(CATEGORIES)],
                strength=1 + n % 5,
                trust=("geen", "naar_persoon", "wederzijds")[n % 3],
                annotations="ruzie" if n % 17 == 0 else "",
            )
            if n % 25 == 0:
                network_map.add_step(store, added.id, f"stap {n}", with_whom="samen")
        network_map.update_map(store, chart, backdrop=True)
        map_pdf(map_document(store, noor))  # fonts registered, caches warm
        times, sizes = [], []
        for _ in range(repeat):
            start = time.perf_counter()
            sizes.append(len(map_pdf(map_document(store, noor))))
            times.append(time.perf_counter() - start)
    finally:
        store.close()
    return {
        "median_s": statistics.median(times),
        "max_s": max(times),
        "persons": float(persons),
        "pdf_kib": statistics.median(sizes) / 1024,
    }
