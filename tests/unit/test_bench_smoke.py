"""The benchmark code runs (on tiny sizes), so ``make bench`` cannot rot unnoticed."""

from __future__ import annotations

from pathlib import Path

from bench import storage, sync


def test_storage_benchmarks_run(tmp_path: Path) -> None:
    cipher = storage.cipher_ratio(rows=500, batch=100, repeat=1)
    assert cipher["ratio"] > 0
    capture = storage.capture_ratio(participants=50, repeat=1)
    assert capture["ratio"] > 0


def test_sync_benchmarks_run(tmp_path: Path) -> None:
    folder = sync.first_sync(tmp_path, "folder", changes=200)
    assert folder["pulled"] == folder["changes"]
    assert folder["nothing_new_requests"] <= 3
    assert sync.bytes_per_field_change(tmp_path, samples=2)["median_bytes"] > 0
