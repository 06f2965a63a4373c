"""``groups``, ``meetings`` and ``attendance-sheet`` on the real command line, in
subprocesses: they only read, print one line per row, and a failure leaves no file and
says one line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from jiu_desktop.cli.common import locked
from jiu_desktop.services import attendance, meetings, memberships, participants, profile, team
from tests.integration.test_cli import PASS, failed_cleanly, hashes, run

MARCH_2 = date(2027, 3, 2)


@dataclass(frozen=True)
class Filled:
    root: Path
    spring: str
    autumn: str
    first: str
    other: str


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Filled:
    root = tmp_path_factory.mktemp("groups") / "profile"
    with locked(root, must_exist=False):
        store, _recovery = profile.create_profile(root, "Sanne", PASS)
    try:
        spring = team.create_group(store, "Voorjaar 2027").id
        autumn = team.create_group(store, "Najaar 2027", date(2027, 9, 7)).id
        meetings.make_roster(store, spring, MARCH_2, 2, [1, 3], "13:00", "15:30", part="lsr")
        listed = meetings.meetings_of(store, spring)
        meetings.update_meeting(store, listed[0].id, topic="Kookclinic\tin de keuken")
        meetings.update_meeting(store, listed[1].id, cancelled=True)
        other = meetings.add_meeting(store, autumn, held_on=date(2027, 9, 7)).id
        for first, last in (("Noor", "Bakker"), ("Sem", "de Vries")):
            ident = participants.create_participant(store, first_name=first, last_name=last).id
            memberships.move_to_group(store, ident, spring, on=date.today())
            attendance.mark(store, listed[0].id, ident, "aanwezig")
        return Filled(root, spring, autumn, listed[0].id, other)
    finally:
        store.close()


def succeeded(*args: str | Path) -> str:
    result = run(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(path.read_bytes())
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def test_groups_and_meetings_list_one_line_each_and_only_read(filled: Filled) -> None:
    before = hashes(filled.root)
    lines = succeeded("groups", "--profile", filled.root).splitlines()
    assert lines == [
        f"{filled.autumn}\tNajaar 2027\t2027-09-07\t\t0",
        f"{filled.spring}\tVoorjaar 2027\t2027-03-02\t2027-03-11\t2",
    ]
    listed = succeeded("meetings", "--profile", filled.root, "--group", "voorjaar 2027")
    rows = [line.split("\t") for line in listed.splitlines()]
    assert [r[1] for r in rows] == ["2027-03-02", "2027-03-04", "2027-03-09", "2027-03-11"]
    assert rows[0] == [
        filled.first, "2027-03-02", "13:00", "15:30", "lsr", "Kookclinic in de keuken", "", "", "",
    ]  # fmt: skip
    assert rows[1][-1] == "cancelled" and rows[2][-1] == ""
    assert hashes(filled.root) == before


def test_the_course_grid_and_the_attendance_list_are_pdfs(filled: Filled, tmp_path: Path) -> None:
    before = hashes(filled.root)
    grid = tmp_path / "grid.pdf"
    said = succeeded(
        "attendance-sheet", "--profile", filled.root, "--group", filled.spring, "--out", grid
    )
    assert "Voorjaar 2027" in said
    text = pdf_text(grid)
    assert "Noor" in text and "Sem" in text and "1 of 1" in text
    assert "Bakker" not in text, "first names only"
    listing = tmp_path / "list.pdf"
    succeeded(
        "attendance-sheet", "--profile", filled.root, "--group", filled.spring,
        "--meeting", filled.first, "--out", listing,
    )  # fmt: skip
    text = pdf_text(listing)
    assert "Attendance list" in text and "Kookclinic" in text and "02-03-2027" in text
    assert "Noor" in text and "de Vries" not in text
    assert hashes(filled.root) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["grid.pdf", "list.pdf"]


@pytest.mark.parametrize(
    ("command", "extra", "says"),
    [
        ("meetings", ("--group", "Zomer"), "Zomer"),
        ("attendance-sheet", ("--group", "Najaar 2027"), "Nobody is in the group"),
        ("attendance-sheet", ("--group", "Voorjaar 2027", "--meeting", "onbekend"), "onbekend"),
    ],
)
def test_a_wrong_group_or_meeting_says_one_line_and_writes_nothing(
    filled: Filled, tmp_path: Path, command: str, extra: tuple[str, ...], says: str
) -> None:
    out = tmp_path / "sheet.pdf"
    args = ["--out", str(out)] if command == "attendance-sheet" else []
    line = failed_cleanly(run(command, "--profile", filled.root, *extra, *args))
    assert says in line
    assert list(tmp_path.iterdir()) == []


def test_a_meeting_of_another_group_is_refused(filled: Filled, tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    result = run(
        "attendance-sheet", "--profile", filled.root, "--group", filled.spring,
        "--meeting", filled.other, "--out", out,
    )  # fmt: skip
    assert "is not one of the group “Voorjaar 2027”" in failed_cleanly(result)
    assert not out.exists()
