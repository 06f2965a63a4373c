"""Forms on the command line: ``form-check FILE`` checks a template file (the format is in
``docs/forms.md``) before it is shared or added to ``resources/forms/``; it needs no
profile and opens none, a template holds no personal data. ``forms`` lists the template
versions and ``form-pdf`` prints a form: blank (for one participant or a whole group),
filled in, or a participant's series of one template.

Listing and printing only read. A file is written only when everything worked (in full,
through a temporary file next to it), so a wrong id or an empty group leaves no file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jiu_desktop.cli.common import Register, opened, say
from jiu_desktop.cli.people import tab_line
from jiu_desktop.errors import InvalidInput
from jiu_desktop.i18n import translate
from jiu_desktop.vault.atomic import write_atomic


def cmd_form_check(args: argparse.Namespace) -> int:
    from jiu_desktop.services.form_check import check_file

    result = check_file(args.file)
    for line in result.errors:
        print(line, file=sys.stderr)
    for line in result.warnings:
        print(translate("cli", "warning: {line}").format(line=line), file=sys.stderr)
    if result.definition is not None and not result.warnings:
        say(
            translate("cli", "{name}: OK ({title}, version {version})").format(
                name=args.file, title=result.definition.title, version=result.definition.version
            )
        )
    return 1 if result.errors else 0


def cmd_forms(args: argparse.Namespace) -> int:
    """One line per published template version: id, ``v<version>``, title; no header."""
    from jiu_desktop.services.form_catalogue import catalogue

    with opened(args.profile) as store:
        found = catalogue(store)
    for problem in found.problems:
        print(translate("cli", "warning: {line}").format(line=problem), file=sys.stderr)
    for version in found.versions:
        say(tab_line(version.id, f"v{version.version}", version.title))
    return 0


def _checked_form_pdf(args: argparse.Namespace) -> None:
    """Stop before the passphrase when the options do not make one printout."""
    if args.meeting is not None and (not args.blank or args.participant or args.group or args.date):
        raise InvalidInput(
            translate(
                "cli",
                "--meeting prints blank forms for everyone in that meeting's group, dated on"
                " its day: use it with --blank, without --participant, --group and --date.",
            )
        )
    if args.response is not None and (args.participant or args.group or args.date):
        raise InvalidInput(
            translate(
                "cli",
                "--response prints the form as it was filled in: leave out --participant,"
                " --group and --date.",
            )
        )
    if args.series and (args.participant is None or args.group or args.date):
        raise InvalidInput(
            translate("cli", "--series needs --participant (and no --group or --date).")
        )


def cmd_form_pdf(args: argparse.Namespace) -> int:
    from jiu_desktop.printing import form_pdf
    from jiu_desktop.services import form_document as paper
    from jiu_desktop.services.validation import as_date

    _checked_form_pdf(args)
    on = as_date(args.date, "--date")  # a wrong date: stop before the passphrase
    told: dict[str, object] = {}
    with opened(args.profile) as store:
        asked = paper.get_version(store, args.template)  # unknown: stop here, no file
        if args.response is not None:
            filled = paper.filled_document(store, args.response)
            if filled.definition.slug != asked.slug:
                raise InvalidInput(
                    translate("cli", "That response is not to the form “{form}”.").format(
                        form=asked.title
                    )
                )
            data = form_pdf.filled_pdf(filled)
            said = translate("cli", "Filled-in form saved: {path}")
        elif args.series:
            series = paper.series_document(store, args.participant, args.template)
            data = form_pdf.series_pdf(series)
            said = translate("cli", "Series saved ({count} forms): {path}")
            told = {"count": len(series.forms)}
        elif args.meeting is not None:
            batch = paper.meeting_batch(store, args.template, args.meeting)
            data = form_pdf.batch_pdf(batch)
            said = translate("cli", "Forms for {group} saved ({count}): {path}")
            told = {"group": batch.group, "count": len(batch.forms)}
        elif args.group is not None:
            batch = paper.group_batch(store, args.template, args.group, on)
            data = form_pdf.batch_pdf(batch)
            said = translate("cli", "Forms for {group} saved ({count}): {path}")
            told = {"group": batch.group, "count": len(batch.forms)}
        else:
            blank = paper.blank_document(
                store, args.template, participant_id=args.participant, on=on
            )
            data = form_pdf.blank_pdf(blank)
            said = translate("cli", "Blank form saved: {path}")
    write_atomic(args.out, data)
    say(said.format(**told, path=args.out))
    return 0


def add_commands(command: Register) -> None:
    command(
        "forms",
        cmd_forms,
        translate("cli", "list the form templates: id, version and title, one per line"),
    )
    pdf = command(
        "form-pdf",
        cmd_form_pdf,
        translate("cli", "a form as PDF: blank, for a group, filled in or a series"),
    )
    pdf.add_argument(
        "--template", required=True, help=translate("cli", "a template id (see forms)")
    )
    kind = pdf.add_mutually_exclusive_group(required=True)
    kind.add_argument(
        "--blank", action="store_true", help=translate("cli", "a blank form to fill in on paper")
    )
    kind.add_argument(
        "--response", metavar="ID", help=translate("cli", "one response, as it was filled in")
    )
    kind.add_argument(
        "--series",
        action="store_true",
        help=translate("cli", "every response of --participant, with the growth chart"),
    )
    who = pdf.add_mutually_exclusive_group()
    who.add_argument(
        "--participant", metavar="ID", help=translate("cli", "with this participant's first name")
    )
    who.add_argument(
        "--group",
        metavar="ID",
        help=translate(
            "cli", "one form per participant in the group (its id, or a name only one group has)"
        ),
    )
    who.add_argument(
        "--meeting",
        metavar="ID",
        help=translate("cli", "blank forms for everyone at a meeting (see meetings)"),
    )
    pdf.add_argument(
        "--date",
        metavar="DATE",
        default=None,
        help=translate(
            "cli", "the date on the form (YYYY-MM-DD; for a participant or a group: today)"
        ),
    )
    pdf.add_argument("--out", type=Path, required=True)

    check = command(
        "form-check",
        cmd_form_check,
        translate("cli", "check a form template file; problems are listed with their place"),
    )
    check.add_argument("file", type=Path, metavar="FILE")
