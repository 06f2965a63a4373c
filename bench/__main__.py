"""``python -m bench``: every benchmark, printed as a table and saved as JSON."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import (
    attendance,
    compaction,
    dreams,
    form_screen,
    forms,
    map_pdf,
    map_scene,
    report,
    search,
    startup,
    storage,
    sync,
)
from bench.common import report as show
from tests.fast_cli import use_cheap_kdf


def main() -> None:
    use_cheap_kdf()  # profiles built here; the real-KDF one is built with the shipped cost
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        print("benchmarks running (the first run builds a 10,000-participant profile)…", flush=True)
        results["start_to_unlock_screen"] = startup.start_to_unlock_screen(work)
        results["unlock_to_main_window_1000"] = startup.unlock_to_main_window(work)
        results["search_10000_participants"] = search.search_per_keystroke(10_000, work)
        results["sqlcipher_vs_sqlite"] = storage.cipher_ratio()
        results["change_capture_cost"] = storage.capture_ratio()
        results["first_sync_folder"] = sync.first_sync(work, "folder")
        results["first_sync_webdav"] = sync.first_sync(work, "webdav")
        results["bytes_per_field_change"] = sync.bytes_per_field_change(work)
        results["team_sync_1000_10000"] = sync.team_sync(work)
        results["team_compaction_1000_10000"] = compaction.team_compaction(work)
        results["map_pdf_150_persons"] = map_pdf.map_pdf_150(work)
        results["map_scene_150_persons"] = map_scene.map_scene()
        results["tin_labels_24"], results["due_steps_10000"] = (
            dreams.labels_24(),
            dreams.due_steps_10000(work),
        )
        results["form_batch_30"] = forms.batch_30()
        results["form_open_to_fill_in"] = form_screen.open_form(work)
        results["growth_chart_40_responses"] = form_screen.growth_chart_40(work)
        results["funder_report_10000"] = report.funder_report(work)
        results["attendance_grid_click_20x24"] = attendance.grid_click(work)
    show(results)


if __name__ == "__main__":
    main()
