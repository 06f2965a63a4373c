"""The funder report as files: JSON (documented and versioned in
``docs/report-format.md``) and CSV (the same tables, for a spreadsheet).

The CSV is UTF-8 with a byte-order mark and ``;`` between the fields, so Dutch Excel
opens it as it is: one block per table (title, header, rows, totals), an empty line
between blocks. A hidden number is ``<3`` or ``•``, as on paper; in JSON ``"<3"`` or
``"hidden"``.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from jiu_desktop.i18n import translate
from jiu_desktop.services.report import Report
from jiu_desktop.services.report_tables import Table
from jiu_desktop.services.report_text import day_text, shown_text, summary_blocks

FORMAT = "jiu-desktop-report"
VERSION = 1


# -- JSON ---------------------------------------------------------------------------------------
def report_document(report: Report) -> dict[str, Any]:
    """The report as the JSON document of ``docs/report-format.md``."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "internal": report.internal,
        "team": report.team_name,
        "period": {
            "from": report.period.start.isoformat(),
            "to": report.period.end.isoformat(),
            "group": report.group_name,
        },
        "counts": vars(report.counts).copy(),
        "spiral": {domain: vars(line).copy() for domain, line in report.spiral.items()},
        "attendance": {
            "meetings_held": report.attendance.meetings_held,
            "meetings_cancelled": report.attendance.meetings_cancelled,
            "marks": report.attendance.marks,
            "rate": None if report.attendance.rate is None else round(report.attendance.rate, 3),
            "bands": dict(report.attendance.bands),
        },
        "referrals": vars(report.referrals).copy(),
        "outcomes": dict(report.outcomes),
        "quotes": [{"text": q.text, "attribution": q.attribution} for q in report.quotes],
        "tables": [_table_document(table) for table in report.tables],
    }


def _table_document(table: Table) -> dict[str, Any]:
    return {
        "key": table.key,
        "title": table.title,
        "rows": list(table.rows),
        "row_keys": list(table.row_keys),
        "columns": list(table.columns),
        "column_keys": list(table.column_keys),
        "cells": [list(row) for row in table.cells],
        "row_totals": None if table.row_totals is None else list(table.row_totals),
        "column_totals": None if table.column_totals is None else list(table.column_totals),
        "total": table.total,
        "note": table.note,
    }


def json_bytes(report: Report) -> bytes:
    text = json.dumps(report_document(report), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


# -- CSV ----------------------------------------------------------------------------------------
def csv_bytes(report: Report) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    notice = report.notice
    if notice:
        writer.writerow([notice])
    writer.writerow(
        [translate("report", "{team} — report to funders").format(team=report.team_name)]
    )
    writer.writerow(
        [translate("report", "Period"), day_text(report.period.start), day_text(report.period.end)]
    )
    writer.writerow(
        [translate("report", "Groups"), report.group_name or translate("report", "All groups")]
    )
    writer.writerow([translate("report", "Made on"), day_text(report.made_on)])
    for title, rows in summary_blocks(report):
        writer.writerow([])
        writer.writerow(_titled(title, notice))
        writer.writerow([translate("report", "What"), translate("report", "Number")])
        writer.writerows([label, value] for label, value in rows)
    for table in report.tables:
        writer.writerow([])
        _write_table(writer, table, notice)
    if report.quotes:
        writer.writerow([])
        writer.writerow(_titled(translate("report", "Quotes"), notice))
        writer.writerow([translate("report", "Quote"), translate("report", "Signed as")])
        writer.writerows([quote.text, quote.attribution] for quote in report.quotes)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _titled(title: str, notice: str) -> list[str]:
    return [title, notice] if notice else [title]


def _write_table(writer: Any, table: Table, notice: str) -> None:
    writer.writerow(_titled(table.title, notice))
    total_word = translate("report", "Total")
    head = ["", *table.columns]
    if table.row_totals is not None:
        head.append(total_word)
    writer.writerow(head)
    for index, label in enumerate(table.rows):
        line = [label, *(shown_text(value) for value in table.cells[index])]
        if table.row_totals is not None:
            line.append(shown_text(table.row_totals[index]))
        writer.writerow(line)
    if table.column_totals is not None:
        line = [total_word, *(shown_text(value) for value in table.column_totals)]
        if table.row_totals is not None:
            line.append(shown_text(table.total))
        writer.writerow(line)
    if table.note:
        writer.writerow([table.note])
