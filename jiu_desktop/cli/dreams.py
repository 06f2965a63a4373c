"""The dream tin on the command line: ``tin-labels`` (stickers for the tins),
``dream-pdf`` (the step plan of one dream) and ``due-steps`` (the steps whose best-before
date is near or past). All three only read.

A file is written only when everything worked (in full, through a temporary file next to
it), so a participant without dreams or an unknown dream leaves no file behind.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from jiu_desktop.cli.common import Register, opened, say
from jiu_desktop.i18n import translate
from jiu_desktop.vault.atomic import write_atomic


def cmd_tin_labels(args: argparse.Namespace) -> int:
    from jiu_desktop.printing.tin_labels import labels_pdf
    from jiu_desktop.services.dream_document import tin_labels
    from jiu_desktop.services.preferences import load_preferences

    offset = load_preferences(args.profile).printer_offset
    with opened(args.profile) as store:
        labels = tin_labels(store, args.participant, args.dream, with_name=args.first_name)
    data = labels_pdf(labels, args.layout, start_at=args.start_at, offset=offset)
    write_atomic(args.out, data)
    say(
        translate("cli", "Stickers saved ({count}): {path}").format(
            count=len(labels), path=args.out
        )
    )
    return 0


def cmd_dream_pdf(args: argparse.Namespace) -> int:
    from jiu_desktop.printing.dream_plan import dream_plan_pdf, dream_slip_pdf
    from jiu_desktop.services.dream_document import dream_document

    with opened(args.profile) as store:
        document = dream_document(store, args.dream)  # unknown dream: stop here, no file
    if args.slip:
        write_atomic(args.out, dream_slip_pdf(document))
        say(translate("cli", "Dream slip saved: {path}").format(path=args.out))
    else:
        write_atomic(args.out, dream_plan_pdf(document))
        say(translate("cli", "Step plan saved: {path}").format(path=args.out))
    return 0


def cmd_due_steps(args: argparse.Namespace) -> int:
    from datetime import date, timedelta

    from jiu_desktop.errors import InvalidInput
    from jiu_desktop.services.agenda import due_steps

    if args.days < 0:
        raise InvalidInput(translate("cli", "--days cannot be negative."))
    with opened(args.profile) as store:
        items = due_steps(store, days=args.days, coach_id=args.coach)
    if not items:
        until = (date.today() + timedelta(days=args.days)).strftime("%d-%m-%Y")
        say(translate("cli", "No dream-tin steps to talk about until {date}.").format(date=until))
    for item in items:
        when = item.due.isoformat() if item.due else ""
        say(f"{when}  {item.first_name}  {' '.join(item.text.split())}")
    return 0


def add_commands(command: Register) -> None:
    from jiu_desktop.printing.label_sheets import LAYOUTS  # plain data: no PDF library

    labels = command(
        "tin-labels", cmd_tin_labels, translate("cli", "stickers for the dream tins, as PDF")
    )
    labels.add_argument("--participant", required=True)
    labels.add_argument(
        "--dream",
        default=None,
        help=translate("cli", "only this dream (default: every dream being worked on)"),
    )
    labels.add_argument("--layout", required=True, choices=list(LAYOUTS))
    labels.add_argument(
        "--start-at",
        type=int,
        default=1,
        metavar="N",
        help=translate("cli", "the first free position on a used sheet (default: 1)"),
    )
    labels.add_argument(
        "--first-name",
        action="store_true",
        help=translate("cli", "put the participant's first name on the sticker"),
    )
    labels.add_argument("--out", type=Path, required=True)
    plan = command(
        "dream-pdf", cmd_dream_pdf, translate("cli", "the step plan of one dream, as PDF")
    )
    plan.add_argument("--dream", required=True)
    plan.add_argument(
        "--slip",
        action="store_true",
        help=translate("cli", "the dream slip for inside the tin instead"),
    )
    plan.add_argument("--out", type=Path, required=True)
    due = command(
        "due-steps",
        cmd_due_steps,
        translate("cli", "dream-tin steps whose best-before date is near or past"),
    )
    due.add_argument(
        "--days",
        type=int,
        default=7,
        metavar="N",
        help=translate("cli", "how many days ahead (default: 7)"),
    )
    due.add_argument(
        "--coach", default=None, help=translate("cli", "only this coach's participants")
    )
