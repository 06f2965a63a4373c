"""Form templates on the command line: ``form-check FILE`` checks a template file (the
format is in ``docs/forms.md``) before it is shared or added to ``resources/forms/``.

It needs no profile and opens none: a template holds no personal data.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jiu_desktop.cli.common import Register, say
from jiu_desktop.i18n import translate


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


def add_commands(command: Register) -> None:
    check = command(
        "form-check",
        cmd_form_check,
        translate("cli", "check a form template file; problems are listed with their place"),
    )
    check.add_argument("file", type=Path, metavar="FILE")
