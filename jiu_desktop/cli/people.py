"""The people in a profile: ``participants`` lists them, ``erase`` forgets one for good."""

from __future__ import annotations

import argparse
import sys

from jiu_desktop.cli.common import Register, opened, say
from jiu_desktop.errors import InvalidInput
from jiu_desktop.i18n import translate

#: Characters that would split a value over columns or lines (``str.splitlines`` breaks on
#: all of these), each replaced by a space.
_BREAKS = str.maketrans(dict.fromkeys("\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029", " "))


def tab_line(*values: str) -> str:
    """One line of tab-separated values, with no tab or line break inside a value."""
    return "\t".join(value.translate(_BREAKS) for value in values)


def cmd_participants(args: argparse.Namespace) -> int:
    """One line per participant (id, first name, last name, status), for scripts: no
    header, sorted by last name, then first name."""
    from jiu_desktop.services.participants import list_participants

    with opened(args.profile) as store:
        rows = list_participants(store)  # deleted participants are not in it
    rows.sort(key=lambda r: (r.last_name.casefold(), r.first_name.casefold(), r.id))
    for row in rows:
        say(tab_line(row.id, row.first_name, row.last_name, row.status))
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    """The AVG right to be forgotten: the participant and everything about them, here, in
    this profile's own backup copies, and at the next sync on every laptop of the team."""
    from jiu_desktop.services import backup_scrub, erasure
    from jiu_desktop.services.participants import get_participant

    terminal = sys.stdin.isatty()
    if not args.yes and not terminal:
        raise InvalidInput(
            translate(
                "cli",
                "Erasing cannot be undone; without a terminal to confirm on, add --yes. "
                "Nothing was erased.",
            )
        )
    with opened(args.profile) as store:
        person = get_participant(store, args.participant)  # unknown: stop here
        if not args.yes:
            confirm_by_first_name(person.first_name, f"{person.first_name} {person.last_name}")
        erasure.erase(store, args.participant)
        backup_scrub.scrub(store)
    say(
        translate(
            "cli",
            "Participant {id} erased on this laptop; the next sync erases them on every "
            "laptop of the team.",
        ).format(id=args.participant)
    )
    return 0


def confirm_by_first_name(first_name: str, full_name: str) -> None:
    """Ask on the terminal to type the first name; anything else stops the erasure."""
    say(
        translate(
            "cli",
            "This removes {name} and everything kept about them from this laptop, its own "
            "backup copies and, at the next sync, every laptop of the team. It cannot be "
            "undone. Backups you saved elsewhere still hold them: delete those yourself.",
        ).format(name=" ".join(full_name.split()))
    )
    try:
        typed = input(translate("cli", "Type the first name to confirm: "))
    except EOFError:
        typed = None
    if typed is None or typed.strip() != first_name.strip():
        raise InvalidInput(translate("cli", "The name did not match; nothing was erased."))


def add_commands(command: Register) -> None:
    command("participants", cmd_participants, translate("cli", "list the participants"))
    erase = command(
        "erase", cmd_erase, translate("cli", "erase a participant for good (right to be forgotten)")
    )
    erase.add_argument("--participant", required=True)
    erase.add_argument(
        "--yes",
        action="store_true",
        help=translate("cli", "do not ask to type the first name (needed without a terminal)"),
    )
