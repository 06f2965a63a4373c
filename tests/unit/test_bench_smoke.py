"""The benchmark code runs (on tiny sizes), so ``make bench`` cannot rot unnoticed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import common, forms, storage, sync


def test_storage_benchmarks_run(tmp_path: Path) -> None:
    cipher = storage.cipher_ratio(rows=500, batch=100, repeat=1)
    assert cipher["ratio"] > 0
    capture = storage.capture_ratio(participants=50, repeat=1)
    assert capture["ratio"] > 0


def test_sync_benchmarks_run(tmp_path: Path) -> None:
    folder = sync.first_sync(tmp_path, "folder", changes=200)
    assert folder["pulled"] == folder["changes"]
    # team.json, the device list, both folders, the snapshot list
    assert folder["nothing_new_requests"] <= 5
    assert sync.bytes_per_field_change(tmp_path, samples=2)["median_bytes"] > 0


def test_the_form_batch_benchmark_runs() -> None:
    result = forms.batch_30(repeat=1)
    assert result["pages"] == 60 and result["median_s"] > 0


def test_an_interrupted_cache_build_is_not_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jiu_desktop import demo
    from jiu_desktop.services import participants, profile

    monkeypatch.setattr(common, "CACHE", tmp_path)
    real_fill = demo.fill_demo_data

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(demo, "fill_demo_data", interrupted)
    with pytest.raises(KeyboardInterrupt):
        common.cached_profile("t", 3)
    monkeypatch.setattr(demo, "fill_demo_data", real_fill)
    root = common.cached_profile("t", 3)
    store = profile.open_profile(root, common.PASSPHRASE)
    assert participants.count_participants(store) == 3
    store.close()


def test_the_report_benchmark_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bench import report

    monkeypatch.setattr(common, "CACHE", tmp_path / "cache")
    result = report.funder_report(tmp_path, participants=60, notes=300, marks=150, repeat=1)
    assert result["marks"] > 0 and result["registered"] == 60
    assert result["median_s"] > 0 and result["pdf_kib"] > 10
