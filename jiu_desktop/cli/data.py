"""Data in and out: ``demo-data``, ``export`` and ``import``."""

from __future__ import annotations

import argparse
from pathlib import Path

from jiu_desktop.cli.common import Register, opened, say
from jiu_desktop.errors import InvalidInput
from jiu_desktop.i18n import translate


def cmd_demo_data(args: argparse.Namespace) -> int:
    from jiu_desktop.demo import fill_demo_data

    if args.participants < 1:
        raise InvalidInput(translate("cli", "--participants must be at least 1."))
    with opened(args.profile) as store:
        summary = fill_demo_data(store, args.participants, args.seed)
    say(
        translate("cli", "Demo data added: {participants} participants, {notes} notes.").format(
            participants=summary.participants, notes=summary.notes
        )
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from jiu_desktop.services.exchange import write_export

    with opened(args.profile) as store:
        count = write_export(store, args.out, args.participant)
    say(
        translate("cli", "Participants exported: {count}, to {path}.").format(
            count=count, path=args.out
        )
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from jiu_desktop.services.exchange import import_document, read_import_file

    document = read_import_file(args.file)  # validate before asking for anything
    with opened(args.profile) as store:
        summary = import_document(store, document)
    say(translate("cli", "Imported: {summary}.").format(summary=summary.describe()))
    return 0


def add_commands(command: Register) -> None:
    demo = command("demo-data", cmd_demo_data, translate("cli", "add fictional demo data"))
    demo.add_argument("--participants", type=int, required=True)
    demo.add_argument("--seed", type=int, default=None)
    export = command("export", cmd_export, translate("cli", "export to JSON"))
    export.add_argument("--participant", default=None)
    export.add_argument("--out", type=Path, required=True)
    imp = command("import", cmd_import, translate("cli", "import a JSON export"))
    imp.add_argument("file", type=Path)
