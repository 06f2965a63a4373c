"""``report`` on the real command line, in subprocesses: the golden JSON of the hand-built
profile, the same tables in the CSV and the PDF, "internal" on every page with small
numbers shown, no personal data in any of the three, and errors that leave no file."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from jiu_desktop.cli.common import locked
from jiu_desktop.services import profile
from jiu_desktop.services.report_labels import internal_notice
from tests.fixtures.report_profile import GOLDEN, PERIOD, build
from tests.gui.paper import text_of
from tests.integration.test_cli import PASS, failed_cleanly, hashes, run

FROM, TO = (day.isoformat() for day in PERIOD)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("report") / "profile"
    with locked(root, must_exist=False):
        store, _recovery = profile.create_profile(root, "Sanne", PASS)
    try:
        build(store)
    finally:
        store.close()
    return root


def report(root: Path, out: Path, *extra: str) -> str:
    result = run("report", "--profile", root, "--from", FROM, "--to", TO, "--out", out, *extra)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_json_report_is_the_golden_one_and_the_profile_is_only_read(
    filled: Path, tmp_path: Path
) -> None:
    before = hashes(filled)
    out = tmp_path / "verantwoording.json"
    said = report(filled, out)
    assert str(out) in said
    assert hashes(filled) == before
    assert [p.name for p in tmp_path.iterdir()] == ["verantwoording.json"]
    assert json.loads(out.read_text("utf-8")) == json.loads(GOLDEN.read_text("utf-8"))


def csv_rows(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "a byte-order mark, so Excel reads UTF-8"
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8")), delimiter=";"))


def test_the_csv_has_every_table_of_the_json_with_title_header_rows_and_totals(
    filled: Path, tmp_path: Path
) -> None:
    out = tmp_path / "verantwoording.csv"
    report(filled, out)
    rows = csv_rows(out)
    golden = json.loads(GOLDEN.read_text("utf-8"))
    for table in golden["tables"]:
        start = rows.index([table["title"]])
        head = rows[start + 1]
        assert head[1 : 1 + len(table["columns"])] == table["columns"]
        for index, label in enumerate(table["rows"]):
            line = rows[start + 2 + index]
            shown = ["•" if c == "hidden" else str(c) for c in table["cells"][index]]
            assert line[0] == label and line[1 : 1 + len(shown)] == shown
        if table["column_totals"] is not None:
            totals = rows[start + 2 + len(table["rows"])]
            assert totals[0] == "Total"
    assert ["Registered or referred", "9"] in rows


def test_the_pdf_shows_the_numbers_and_the_closing_page(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "verantwoording.pdf"
    report(filled, out)
    text = text_of(out.read_bytes())
    assert "JIU Amersfoort" in text
    assert "How we counted" in text
    assert "Ik kom nu elke dinsdag op tijd" in text
    assert "Dit mag niemand lezen" not in text, "a quote without its own consent"
    assert "Ingetrokken" not in text, "consent withdrawn"
    assert internal_notice() not in text


def pages(pdf: bytes) -> list[str]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def test_show_small_numbers_says_internal_on_every_page_and_sheet(
    filled: Path, tmp_path: Path
) -> None:
    pdf, sheet, data = (tmp_path / f"intern.{kind}" for kind in ("pdf", "csv", "json"))
    for out in (pdf, sheet, data):
        said = report(filled, out, "--show-small-numbers")
        assert "internal" in said
    texts = pages(pdf.read_bytes())
    assert len(texts) >= 3
    assert all(internal_notice() in page for page in texts)
    assert all(re.search(r"page \d+ of \d+", page) for page in texts)
    rows = csv_rows(sheet)
    assert rows[0] == [internal_notice()]
    document = json.loads(data.read_text("utf-8"))
    assert document["internal"] is True
    assert document["referrals"]["participants"] == 2, "small numbers shown as they are"


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--from", FROM, "--to", "2024-12-31"), "before its start"),
        (("--from", "2025-02-30", "--to", TO), "--from"),
        (("--from", FROM, "--to", TO, "--group", "Zomer 2031"), "Zomer 2031"),
    ],
)
def test_a_wrong_period_or_group_fails_with_one_line_and_no_file(
    filled: Path, tmp_path: Path, args: tuple[str, ...], says: str
) -> None:
    before = hashes(filled)
    out = tmp_path / "r.pdf"
    line = failed_cleanly(run("report", "--profile", filled, *args, "--out", out))
    assert says in line
    assert not out.exists() and list(tmp_path.iterdir()) == []
    assert hashes(filled) == before


def test_an_unknown_extension_fails_before_the_passphrase(tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    result = run(
        "report", "--profile", tmp_path / "none", "--from", FROM, "--to", TO, "--out", out,
        env={"JIU_PASSPHRASE": None},
    )  # fmt: skip
    line = failed_cleanly(result)
    assert ".pdf, .csv or .json" in line
    assert not out.exists()


def test_one_group_by_its_name(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "najaar.json"
    report(filled, out, "--group", "Najaar 2025")
    document = json.loads(out.read_text("utf-8"))
    assert document["period"]["group"] == "Najaar 2025"
    members = next(t for t in document["tables"] if t["key"] == "by_group")
    assert members["row_keys"] != [""] and len(members["rows"]) == 1
    # Fatima (registered in January, in the group from August), Luuk, Yusuf and Lotte
    assert document["counts"]["registered"] == 4
    assert document["attendance"]["meetings_held"] == 5


# -- no personal data ---------------------------------------------------------------------------
def personal_values(export: dict[str, Any]) -> set[str]:
    """Every first and last name, e-mail, phone, id and date of birth in an export (the
    dates of birth also as the app writes them, 09-04-2001)."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key in ("first_name", "last_name", "email", "phone", "name", "id") and item:
                    found.add(str(item))
                if key == "date_of_birth" and item:
                    born = date.fromisoformat(item)
                    found.update({item, born.strftime("%d-%m-%Y")})
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(export.get("participants", []))
    walk(export.get("coaches", []))
    return found


def test_no_personal_data_of_the_demo_profile_in_the_pdf_csv_or_json(tmp_path: Path) -> None:
    root = tmp_path / "demo"
    assert run("init", "--profile", root, "--name", "Sanne").returncode == 0
    filled = run("demo-data", "--profile", root, "--participants", "12", "--seed", "4")
    assert filled.returncode == 0, filled.stderr
    exported = tmp_path / "export.json"
    assert run("export", "--profile", root, "--out", exported).returncode == 0
    secrets = personal_values(json.loads(exported.read_text("utf-8")))
    assert len(secrets) > 40
    today = date.today().isoformat()
    texts = []
    for kind in ("pdf", "csv", "json"):
        out = tmp_path / f"report.{kind}"
        result = run(
            "report", "--profile", root, "--from", "2000-01-01", "--to", today, "--out", out,
            "--show-small-numbers",
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        data = out.read_bytes()
        texts.append(text_of(data) if kind == "pdf" else data.decode("utf-8-sig"))
    for text in texts:
        assert "Registered" in text or "registered" in text
        leaked = {s for s in secrets if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text)}
        assert leaked == set()
