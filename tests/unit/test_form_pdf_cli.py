"""``forms`` and ``form-pdf`` on the real command line, in subprocesses: listing and
printing leave the profile as it was, a file is written only when everything worked, and a
failure says one line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from jiu_desktop.cli.common import locked
from jiu_desktop.models import Meeting
from jiu_desktop.services import (
    form_catalogue,
    form_responses,
    memberships,
    participants,
    profile,
    team,
)
from tests.integration.test_cli import PASS, failed_cleanly, hashes, run
from tests.unit.test_map_pdf import flat, pages_text

DAY = date(2026, 11, 24)
LSR = "lsr-observatie-reflectie@1"


@dataclass(frozen=True)
class Filled:
    root: Path
    noor: str
    response: str
    group: str
    twins: tuple[str, str]
    own: str
    meeting: str


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Filled:
    root = tmp_path_factory.mktemp("forms") / "profile"
    with locked(root, must_exist=False):
        store, _recovery = profile.create_profile(root, "Sanne", PASS)
    try:
        group = team.create_group(store, "Najaar 2026").id
        twins = (team.create_group(store, "Voorjaar").id, team.create_group(store, "Voorjaar").id)
        noor = participants.create_participant(store, first_name="Noor", last_name="Bakker").id
        sem = participants.create_participant(store, first_name="Sem").id
        for person in (noor, sem):
            memberships.move_to_group(store, person, group, DAY - timedelta(days=20))
        response = ""
        for week, value in enumerate((2, 3, 4)):
            response = form_responses.start_response(
                store, noor, LSR, filled_on=DAY - timedelta(days=7 * (2 - week))
            ).id
            form_responses.set_answers(store, response, {"houding": value, "spel": "Trefbal"})
        draft = form_catalogue.new_draft(store, title="Terugblik week 3").id
        own = form_catalogue.publish(store, draft, "Sanne").id
        with store.session() as session:
            meeting = Meeting(group_id=group, held_on=DAY, starts_at="13:00", topic="Kookclinic")
            session.add(meeting)
        return Filled(root, noor, response, group, twins, own, meeting.id)
    finally:
        store.close()


def succeeded(*args: str | Path) -> str:
    result = run(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def written_only(out: Path) -> str:
    """The PDF's text, once it is checked to be the only file in its folder."""
    assert [p.name for p in out.parent.iterdir()] == [out.name], "no temporary file left"
    return flat(" ".join(pages_text(out.read_bytes())))


def test_forms_lists_every_version_without_a_header_and_only_reads(filled: Filled) -> None:
    before = hashes(filled.root)
    lines = succeeded("forms", "--profile", filled.root).splitlines()
    assert hashes(filled.root) == before
    rows = [line.split("\t") for line in lines]
    assert all(len(row) == 3 and row[1].startswith("v") for row in rows), lines
    ids = [row[0] for row in rows]
    assert {"evaluatie-bijeenkomst@1", LSR, "van-betekenis-zijn@1", filled.own} <= set(ids)
    assert [filled.own, "v1", "Terugblik week 3"] in rows


def test_the_first_word_of_forms_is_a_usable_template(filled: Filled, tmp_path: Path) -> None:
    first = succeeded("forms", "--profile", filled.root).split()[0]
    out = tmp_path / "blank.pdf"
    said = succeeded(
        "form-pdf", "--profile", filled.root, "--template", first, "--blank", "--out", out
    )
    assert str(out) in said
    assert written_only(out)


def test_an_empty_profile_lists_the_built_in_templates(tmp_path: Path) -> None:
    root = tmp_path / "empty"
    assert run("init", "--profile", root, "--name", "Sanne").returncode == 0
    lines = succeeded("forms", "--profile", root).splitlines()
    assert len(lines) == 6
    assert "evaluatie-bijeenkomst@1\tv1\tEvaluatie van de bijeenkomst" in lines


def test_a_batch_for_a_group_has_a_form_each_and_changes_nothing(
    filled: Filled, tmp_path: Path
) -> None:
    before = hashes(filled.root)
    out = tmp_path / "batch.pdf"
    said = succeeded(
        "form-pdf", "--profile", filled.root, "--template", "evaluatie-bijeenkomst@1",
        "--blank", "--group", "Najaar 2026", "--date", DAY.isoformat(), "--out", out,
    )  # fmt: skip
    assert "(2)" in said
    text = written_only(out)
    assert "Name Noor" in text and "Name Sem" in text and "Bakker" not in text
    assert text.count("Date 24-11-2026") == 2
    assert hashes(filled.root) == before, "printing a built-in writes no template row"


def test_a_blank_form_for_a_participant_carries_their_name_and_today(
    filled: Filled, tmp_path: Path
) -> None:
    out = tmp_path / "noor.pdf"
    succeeded(
        "form-pdf", "--profile", filled.root, "--template", "van-betekenis-zijn@1",
        "--blank", "--participant", filled.noor, "--out", out,
    )  # fmt: skip
    text = written_only(out)
    assert "Name Noor" in text and f"Date {date.today():%d-%m-%Y}" in text


def test_a_response_and_a_series_print_what_was_filled_in(filled: Filled, tmp_path: Path) -> None:
    before = hashes(filled.root)
    one = tmp_path / "one" / "response.pdf"
    succeeded(
        "form-pdf", "--profile", filled.root, "--template", LSR, "--response", filled.response,
        "--out", one,
    )  # fmt: skip
    text = written_only(one)
    assert "Trefbal" in text and "Date 24-11-2026" in text
    series = tmp_path / "two" / "series.pdf"
    succeeded(
        "form-pdf", "--profile", filled.root, "--template", LSR, "--series",
        "--participant", filled.noor, "--out", series,
    )  # fmt: skip
    text = written_only(series)
    assert "Growth: Noor" in text and "Self: from 2 to 4 (3×)" in text
    assert text.count("Name Noor") == 3
    assert hashes(filled.root) == before


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (("--template", "onbekend@1", "--blank"), "does not exist"),
        (("--template", "kennismaking@1", "--blank", "--group", "Voorjaar"), "Give its id"),
        (("--template", "kennismaking@1", "--blank", "--group", "Zomer"), "does not exist"),
        (("--template", "kennismaking@1", "--response", "FILLED"), "is not to the form"),
        (("--template", LSR, "--series"), "--series needs --participant"),
        (("--template", LSR, "--blank", "--date", "31-02-2026"), "is not a date"),
        (("--template", "coach-reflectie@1", "--blank", "--group", "GROUP"), "coach's own"),
    ],
)
def test_what_cannot_be_printed_leaves_no_file(
    filled: Filled, tmp_path: Path, extra: tuple[str, ...], says: str
) -> None:
    before = hashes(filled.root)
    args = [a.replace("FILLED", filled.response).replace("GROUP", filled.group) for a in extra]
    out = tmp_path / "form.pdf"
    line = failed_cleanly(run("form-pdf", "--profile", filled.root, *args, "--out", out))
    assert says in line
    assert list(tmp_path.iterdir()) == []
    assert hashes(filled.root) == before


def test_two_groups_with_one_name_are_told_apart_by_id(filled: Filled, tmp_path: Path) -> None:
    line = failed_cleanly(
        run(
            "form-pdf", "--profile", filled.root, "--template", "kennismaking@1", "--blank",
            "--group", "Voorjaar", "--out", tmp_path / "x.pdf",
        )
    )  # fmt: skip
    assert all(ident in line for ident in filled.twins)
    out = tmp_path / "by-id.pdf"
    result = run(
        "form-pdf", "--profile", filled.root, "--template", "kennismaking@1", "--blank",
        "--group", filled.twins[0], "--out", out,
    )  # fmt: skip
    assert "Nobody is in the group" in failed_cleanly(result)
    assert not out.exists()


def test_a_batch_for_a_meeting_is_dated_on_its_day_and_names_it(
    filled: Filled, tmp_path: Path
) -> None:
    before = hashes(filled.root)
    out = tmp_path / "meeting.pdf"
    said = succeeded(
        "form-pdf", "--profile", filled.root, "--template", "evaluatie-bijeenkomst@1",
        "--blank", "--meeting", filled.meeting, "--out", out,
    )  # fmt: skip
    assert "Najaar 2026" in said and "(2)" in said
    text = written_only(out)
    assert "Name Noor" in text and "Name Sem" in text and "Bakker" not in text
    assert text.count("Date 24-11-2026") == 2
    assert text.count("Meeting: Kookclinic, 13:00") == 2
    assert hashes(filled.root) == before


def test_an_unknown_meeting_writes_nothing(filled: Filled, tmp_path: Path) -> None:
    out = tmp_path / "meeting.pdf"
    result = run(
        "form-pdf", "--profile", filled.root, "--template", "evaluatie-bijeenkomst@1",
        "--blank", "--meeting", "m-1", "--out", out,
    )  # fmt: skip
    assert "m-1" in failed_cleanly(result)
    assert not out.exists()


def test_a_meeting_with_a_date_is_refused_before_the_passphrase(
    filled: Filled, tmp_path: Path
) -> None:
    out = tmp_path / "meeting.pdf"
    result = run(
        "form-pdf", "--profile", filled.root, "--template", "evaluatie-bijeenkomst@1",
        "--blank", "--meeting", filled.meeting, "--date", "2026-11-25", "--out", out,
        env={"JIU_PASSPHRASE": None},
    )  # fmt: skip
    assert "--meeting prints blank forms" in failed_cleanly(result)
    assert not out.exists()


def test_one_kind_of_printout_at_a_time(filled: Filled, tmp_path: Path) -> None:
    result = run(
        "form-pdf", "--profile", filled.root, "--template", LSR, "--blank", "--series",
        "--out", tmp_path / "x.pdf",
    )  # fmt: skip
    assert result.returncode == 2 and "not allowed with" in result.stderr
    assert list(tmp_path.iterdir()) == []
