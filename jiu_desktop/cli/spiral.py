"""The participation spiral on the command line: ``spiral-pdf`` prints *Mijn spiraal* (with
``--for-participant``: the young person's version, without dates) or the coach's version.
It only reads; the file is written only when everything worked, so an unknown
participant, or one never measured, leaves no file behind.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from jiu_desktop.cli.common import Register, opened, say
from jiu_desktop.i18n import translate
from jiu_desktop.vault.atomic import write_atomic


def cmd_spiral_pdf(args: argparse.Namespace) -> int:
    from jiu_desktop.printing.spiral_pdf import spiral_pdf
    from jiu_desktop.services.spiral_document import spiral_document

    with opened(args.profile) as store:
        document = spiral_document(
            store, args.participant, for_participant=args.for_participant
        )  # unknown or never measured: stop here, no file
    write_atomic(args.out, spiral_pdf(document))
    say(translate("cli", "Spiral saved: {path}").format(path=args.out))
    return 0


def add_commands(command: Register) -> None:
    pdf = command(
        "spiral-pdf",
        cmd_spiral_pdf,
        translate("cli", "a participant's participation spiral (My spiral), as PDF"),
    )
    pdf.add_argument("--participant", required=True)
    pdf.add_argument(
        "--for-participant",
        action="store_true",
        help=translate("cli", "the young person's version: no dates of measurements"),
    )
    pdf.add_argument("--out", type=Path, required=True)
