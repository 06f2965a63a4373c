"""What the method keeps on record: ``consents`` prints a participant's consent history,
``team-notes`` the team's notes of a period. One tab-separated line each, oldest first,
no header; codes as stored (as in the export), so scripts can rely on them."""

from __future__ import annotations

import argparse

from jiu_desktop.cli.common import Register, opened, say
from jiu_desktop.cli.people import tab_line
from jiu_desktop.i18n import translate


def cmd_consents(args: argparse.Namespace) -> int:
    """Date, kind, decision (``gegeven`` or ``ingetrokken``), wording version, coach."""
    from jiu_desktop.services import consent

    with opened(args.profile) as store:
        history = consent.consent_history(store, args.participant)  # unknown: stop here
        coaches = {r.coach_id: consent.coach_name(store, r.coach_id) for r in history}
    for record in history:
        say(
            tab_line(
                record.recorded_on.isoformat(),
                record.kind,
                record.decision,
                record.wording_version,
                coaches[record.coach_id],
            )
        )
    return 0


def cmd_team_notes(args: argparse.Namespace) -> int:
    """Date, kind, the first line of the text; ``--from`` and ``--to`` are included."""
    from jiu_desktop.services.team_notes import list_team_notes
    from jiu_desktop.services.validation import as_date

    start = as_date(args.from_date, "--from")  # a wrong date: stop before the passphrase
    end = as_date(args.to_date, "--to")
    with opened(args.profile) as store:
        found = list_team_notes(store, start, end)
    for note in reversed(found):
        first = next((line for line in note.text.splitlines() if line.strip()), "")
        say(tab_line(note.note_date.isoformat(), note.kind, first.strip()))
    return 0


def add_commands(command: Register) -> None:
    consents = command(
        "consents", cmd_consents, translate("cli", "a participant's consent history")
    )
    consents.add_argument("--participant", required=True)
    notes = command("team-notes", cmd_team_notes, translate("cli", "the team's notes"))
    notes.add_argument(
        "--from",
        dest="from_date",
        default=None,
        metavar="DATE",
        help=translate("cli", "from this date (YYYY-MM-DD), included"),
    )
    notes.add_argument(
        "--to",
        dest="to_date",
        default=None,
        metavar="DATE",
        help=translate("cli", "up to this date (YYYY-MM-DD), included"),
    )
