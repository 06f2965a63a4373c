"""The funder report on the command line: ``report --from --to [--group] [--show-small-numbers]
--out FILE``, as PDF, CSV or JSON by the file's extension (the JSON is described in
``docs/report-format.md``). It only reads the profile.

The options are checked before the passphrase is asked; a file is written only when
everything worked (in full, through a temporary file next to it), so an unknown group or
a reversed period leaves no file.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from jiu_desktop.cli.common import Register, opened, say
from jiu_desktop.errors import InvalidInput
from jiu_desktop.i18n import translate
from jiu_desktop.vault.atomic import write_atomic

if TYPE_CHECKING:
    from jiu_desktop.services.report import Report

KINDS = (".pdf", ".csv", ".json")


def file_kind(path: Path) -> str:
    """``.pdf``, ``.csv`` or ``.json``; InvalidInput for any other extension."""
    kind = path.suffix.lower()
    if kind not in KINDS:
        raise InvalidInput(
            translate("cli", "{name}: the report is saved as .pdf, .csv or .json.").format(
                name=path.name
            )
        )
    return kind


def cmd_report(args: argparse.Namespace) -> int:
    from jiu_desktop.services.form_document import find_group
    from jiu_desktop.services.report import build_report, checked_period
    from jiu_desktop.services.validation import as_date

    kind = file_kind(args.out)
    start, end = as_date(args.date_from, "--from"), as_date(args.date_to, "--to")
    period = checked_period(start or "", end or "")
    with opened(args.profile) as store:
        group_id = find_group(store, args.group).id if args.group is not None else None
        report = build_report(
            store, period.start, period.end, group_id, show_small_numbers=args.show_small_numbers
        )
    write_atomic(args.out, render(report, kind))
    said = translate("cli", "Report saved: {path}")
    if report.internal:
        said = translate("cli", "Report saved, with small numbers (internal only): {path}")
    say(said.format(path=args.out))
    return 0


def render(report: Report, kind: str) -> bytes:
    """The report as the bytes of a ``kind`` file."""
    if kind == ".pdf":
        from jiu_desktop.printing.report_pdf import report_pdf

        return report_pdf(report)
    from jiu_desktop.services.report_files import csv_bytes, json_bytes

    return csv_bytes(report) if kind == ".csv" else json_bytes(report)


def add_commands(command: Register) -> None:
    report = command(
        "report",
        cmd_report,
        translate("cli", "the report to funders over a period, as PDF, CSV or JSON"),
    )
    report.add_argument(
        "--from", dest="date_from", required=True, metavar="YYYY-MM-DD",
        help=translate("cli", "the first day of the period"),
    )  # fmt: skip
    report.add_argument(
        "--to", dest="date_to", required=True, metavar="YYYY-MM-DD",
        help=translate("cli", "the last day of the period"),
    )  # fmt: skip
    report.add_argument(
        "--group",
        metavar="ID",
        default=None,
        help=translate(
            "cli", "only this group (its id, or a name only one group has); default: all groups"
        ),
    )
    report.add_argument(
        "--show-small-numbers",
        action="store_true",
        help=translate(
            "cli", "show 1 and 2 as they are: for internal use only, every page says so"
        ),
    )
    report.add_argument(
        "--out",
        type=Path,
        required=True,
        help=translate("cli", "the file to write: .pdf, .csv or .json"),
    )
