"""Groups on the command line: ``groups`` lists them, ``meetings`` lists a group's
meetings and ``attendance-sheet`` prints the course grid of a group, or with
``--meeting`` the presentielijst of one meeting. All three only read.

``groups``: ``<id>\\t<name>\\t<starts_on>\\t<ends_on>\\t<participants>`` (participants in
the group today; dates as YYYY-MM-DD, empty when not set), no header.
``meetings``: ``<id>\\t<held_on>\\t<starts_at>\\t<ends_at>\\t<part>\\t<topic>\\t<place>\\t
<led_by>\\t<cancelled>`` (the last is ``cancelled`` for a meeting that does not go ahead,
empty otherwise), in the order they come, no header.

A file is written only when everything worked (in full, through a temporary file next to
it), so an unknown group or a meeting of another group leaves no file.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from jiu_desktop.cli.common import Register, opened, say
from jiu_desktop.cli.people import tab_line
from jiu_desktop.errors import InvalidInput
from jiu_desktop.i18n import translate
from jiu_desktop.vault.atomic import write_atomic


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def cmd_groups(args: argparse.Namespace) -> int:
    from jiu_desktop.services.meetings import group_summaries

    with opened(args.profile) as store:
        found = group_summaries(store)
    for g in found:
        say(tab_line(g.id, g.name, _iso(g.starts_on), _iso(g.ends_on), str(g.participants)))
    return 0


def cmd_meetings(args: argparse.Namespace) -> int:
    from jiu_desktop.services.form_document import find_group
    from jiu_desktop.services.meetings import meetings_of

    with opened(args.profile) as store:
        found = meetings_of(store, find_group(store, args.group).id)
    for m in found:
        say(
            tab_line(
                m.id,
                m.held_on.isoformat(),
                m.starts_at,
                m.ends_at,
                m.part,
                m.topic,
                m.place,
                m.led_by,
                "cancelled" if m.cancelled else "",
            )
        )
    return 0


def cmd_attendance_sheet(args: argparse.Namespace) -> int:
    from jiu_desktop.printing.attendance_pdf import course_grid_pdf, presence_list_pdf
    from jiu_desktop.services import attendance_document as paper
    from jiu_desktop.services.form_document import find_group
    from jiu_desktop.services.meetings import get_meeting

    with opened(args.profile) as store:
        group = find_group(store, args.group)
        if args.meeting is None:
            data = course_grid_pdf(paper.course_grid(store, group.id))
            said = translate("cli", "Course grid of {group} saved: {path}")
        else:
            if get_meeting(store, args.meeting).group_id != group.id:
                raise InvalidInput(
                    translate("cli", "That meeting is not one of the group “{group}”.").format(
                        group=group.name
                    )
                )
            data = presence_list_pdf(paper.presence_list(store, args.meeting))
            said = translate("cli", "Attendance list of {group} saved: {path}")
    write_atomic(args.out, data)
    say(said.format(group=group.name, path=args.out))
    return 0


def add_commands(command: Register) -> None:
    command(
        "groups",
        cmd_groups,
        translate("cli", "list the groups: id, name, start, end and participants, one per line"),
    )
    listed = command(
        "meetings", cmd_meetings, translate("cli", "list a group's meetings, one per line")
    )
    listed.add_argument(
        "--group", required=True, help=translate("cli", "a group's id, or a name only one has")
    )
    sheet = command(
        "attendance-sheet",
        cmd_attendance_sheet,
        translate(
            "cli", "a group's course grid as PDF, or with --meeting that meeting's attendance list"
        ),
    )
    sheet.add_argument(
        "--group", required=True, help=translate("cli", "a group's id, or a name only one has")
    )
    sheet.add_argument(
        "--meeting", metavar="ID", help=translate("cli", "one meeting (see meetings)")
    )
    sheet.add_argument("--out", type=Path, required=True)
