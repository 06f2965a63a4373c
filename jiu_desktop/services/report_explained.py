"""“Zo is geteld”: every definition of the funder report in plain words, for its closing
page and the screen. The same definitions are in code in ``report_counts.py`` and
``report_measures.py``; a change there is a change here."""

from __future__ import annotations

from jiu_desktop.i18n import translate
from jiu_desktop.services.report_data import CONTACT_DAYS, Period


def definitions(period: Period, group_name: str | None, internal: bool) -> list[tuple[str, str]]:
    """(what, how it is counted), in the order of the report."""
    start, end = period.start.strftime("%d-%m-%Y"), period.end.strftime("%d-%m-%Y")
    if group_name is None:
        who = translate(
            "report",
            "Everyone in the profile. Deleted data never counts; someone whose data was "
            "erased is in no number any more.",
        )
    else:
        who = translate(
            "report",
            "Everyone who was in the group “{group}” on at least one day of the period, and "
            "the meetings of that group. Deleted data never counts; someone whose data was "
            "erased is in no number any more.",
        ).format(group=group_name)
    return [
        (
            translate("report", "Period"),
            translate(
                "report",
                "From {start} up to and including {end}. The dates come from the status "
                "history: the day a status changed.",
            ).format(start=start, end=end),
        ),
        (translate("report", "Who is counted"), who),
        (
            translate("report", "Registered or referred"),
            translate("report", "The first status change lies in the period."),
        ),
        (
            translate("report", "Intake, started, completed, dropped out, aftercare"),
            translate(
                "report",
                "A change to that status lies in the period. Started means: the status "
                "became Active.",
            ),
        ),
        (
            translate("report", "of whom with a diploma"),
            translate(
                "report",
                "Completed in the period, with a diploma LSR 2 or LSR 3 on record by the end "
                "of the period.",
            ),
        ),
        (
            translate("report", "Registered but not started"),
            translate(
                "report",
                "Registered in the period and never Active up to the end of the period.",
            ),
        ),
        (
            translate("report", "Still in contact"),
            translate(
                "report",
                "Started at some time up to the end of the period, and a conversation note "
                "in the last {days} days of the period.",
            ).format(days=CONTACT_DAYS),
        ),
        (
            translate("report", "Participation spiral"),
            translate(
                "report",
                "Per life domain, and overall. The first measurement up to the end of the "
                "period is the starting point. The last measurement counts when it lies in "
                "the period and on a later day than the first. Rose: the last step is "
                "higher than the first. Someone first measured in the period counts as "
                "“one measurement”. Two measurements on the same day count as one.",
            ),
        ),
        (
            translate("report", "Steps at the first and the last measurement"),
            translate(
                "report",
                "Of those measured on two days or more on Overall: the step at the first "
                "and at the last measurement.",
            ),
        ),
        (
            translate("report", "Attendance"),
            translate(
                "report",
                "Meetings held: the meetings in the period that went ahead. Attendance: "
                "present plus late, divided by every mark except “not applicable”, over "
                "the meetings that went ahead. The bands use each participant's own "
                "attendance in a group; someone in two groups counts in both.",
            ),
        ),
        (
            translate("report", "Reaching out (er op af)"),
            translate(
                "report", "The conversation notes of the kind Reaching out dated in the period."
            ),
        ),
        (
            translate("report", "Referrals"),
            translate(
                "report",
                "A referral counts when its date lies in the period. A non-participant was "
                "never Active up to the end of the period.",
            ),
        ),
        (
            translate("report", "Reasons for dropping out"),
            translate(
                "report",
                "Of those who dropped out in the period: the reason on their record.",
            ),
        ),
        (
            translate("report", "Results"),
            translate(
                "report",
                "Per kind: the participants with a result of that kind dated in the period. "
                "A result without a date is not counted.",
            ),
        ),
        (
            translate("report", "Coaches"),
            translate(
                "report",
                "Coaches with at least one participant who was Active on a day in the "
                "period (the coach the participant has now).",
            ),
        ),
        (
            translate("report", "Quotes"),
            translate(
                "report",
                "Only quotes said in the period and marked “may be used in reports”, of "
                "participants whose consent for anonymous quotes stood at the end of the "
                "period and still stands. Only the text and how it is signed.",
            ),
        ),
        (translate("report", "Small numbers"), small_numbers(internal)),
        (
            translate("report", "Nothing about persons"),
            translate(
                "report",
                "The report holds no names, dates of birth, addresses, ids or exact dates "
                "of participants, and no text about them except quotes given with consent.",
            ),
        ),
    ]


def small_numbers(internal: bool) -> str:
    if internal:
        return translate(
            "report",
            "This report shows every number, also 1 and 2. It is for internal use only: "
            "do not share it.",
        )
    return translate(
        "report",
        "No number in a table can be traced to a person: 1 or 2 is shown as <3. When a row "
        "or a column then has just one hidden number, the next smallest is hidden too (•), "
        "so it cannot be worked out from the total. 0 stays 0. The counts of Reach are "
        "shown as they are.",
    )
