"""Files of older versions of the export format, and how this version reads them.

- **1** had the lists of groups, coaches, participants, status history, referrals and
  notes, with the fields they have in 2.0.
- **2.0** (``version`` 2 without ``minor``, or ``minor`` 0) had the same lists (and the
  lists of entities declared since, which none had yet); the participant had three consent
  checkboxes ``consent_data_kept``, ``consent_contact_shared``, ``consent_photos``.
- **2.1** keeps consent on record (``consents``) and the group history
  (``group_history``), and the participant no longer has the checkboxes.
- **2.2** adds the network map (``network_maps`` with their ``persons``, and
  ``improvement_steps``); a 2.1 file simply has none, so it is read as it is.
- **2.3** adds the dream tin (``dreams`` with their ``steps``); likewise.
- **2.4** adds the forms; likewise.
- **2.5** adds the spiral, meetings, attendance, results and quotes (lists, likewise) and
  the first new *fields* of existing lists (``FIELDS_2_5``): a file before 2.5 is read
  without them and given their empty value, as migration 0009 gave them.

An older file is checked as it was written (``schema_of``), then turned into a 2.1
document (``upgraded``) the way migration 0005 turned a profile: a ticked checkbox becomes
a consent record *given*, dated on the day the file was exported, wording
``overgenomen``; an unticked one becomes nothing (no decision was recorded); a
participant's group becomes one membership from their first status date (else their
intake date, else the day they were entered). The ids are derived, so importing the same
file twice, or on a laptop that migrated the same participant, writes no duplicates.
"""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime
from typing import Any

from jiu_desktop.models.consent import CARRIED_OVER, CHECKBOX_KINDS, GIVEN, carried_over_id
from jiu_desktop.models.membership import membership_id
from jiu_desktop.services.exchange_schema import MINOR, VERSION, FieldType, Schema, schema

#: The lists of version 1 and 2.0.
V1_SECTIONS = frozenset(
    {"groups", "coaches", "participants", "status_history", "referrals", "notes"}
)
#: The participant's fields that 2.1 no longer has.
OLD_PARTICIPANT_FIELDS: dict[str, FieldType] = dict.fromkeys(CHECKBOX_KINDS, "bool")


#: The first minor version with consent on record: from there on a file holds only lists
#: and fields this version has, except the fields added later (``FIELDS_2_5``).
RECORD_MINOR = 1
#: Fields added to existing lists in 2.5, per section, with the value an older file's rows
#: get (the migration's default).
FIELDS_MINOR = 5
FIELDS_2_5: dict[str, dict[str, object]] = {
    "participants": {"referral_source": "", "left_reason": ""},
    "groups": {"attendance_rule": ""},
    "form_responses": {"meeting_id": None},
}


def is_current(version: int, minor: int) -> bool:
    """Whether a file of ``version.minor`` is read as it is (2.1 and later)."""
    return (version, minor) >= (VERSION, RECORD_MINOR)


def schema_of(version: int, minor: int) -> Schema:
    """The lists and fields a file of ``version.minor`` may hold."""
    current = schema()
    if (version, minor) >= (VERSION, FIELDS_MINOR):
        return current
    current = current.without(FIELDS_2_5)
    if is_current(version, minor):
        return current
    return current.limited_to(set(V1_SECTIONS), {current.root: OLD_PARTICIPANT_FIELDS})


def upgraded(document: dict[str, Any], version: int, minor: int) -> dict[str, Any]:
    """The (validated) document as a current document; a 2.5 or later one as it is."""
    if (version, minor) >= (VERSION, FIELDS_MINOR):
        return document
    newer = copy.deepcopy(document)
    newer["version"], newer["minor"] = VERSION, MINOR
    _fill_added_fields(newer)
    if is_current(version, minor):
        return newer
    day = _exported_on(document)
    for person in newer[schema().root]:
        _upgrade_person(person, day)
    return newer


def _fill_added_fields(document: dict[str, Any]) -> None:
    """Give every row of an older file the fields added since, with their empty value."""
    plan = schema()

    def fill(name: str, items: Any) -> None:
        for item in items if isinstance(items, list) else []:
            for field, value in FIELDS_2_5.get(name, {}).items():
                item.setdefault(field, value)
            for child in plan[name].children:
                fill(child, item.get(child, []))

    top = [s.name for s in plan.sections.values() if s.nested_by is None]
    for name in top:
        fill(name, document.get(name, []))


def _exported_on(document: dict[str, Any]) -> date:
    """When the file says the checkboxes stood as they do in it (else: today)."""
    moment = document.get("exported_at")
    if not isinstance(moment, str):
        return date.today()
    parsed = datetime.fromisoformat(moment)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC)
    return parsed.date()


def _upgrade_person(person: dict[str, Any], day: date) -> None:
    consents = []
    for field, kind in CHECKBOX_KINDS.items():
        if person.pop(field):
            consents.append(
                {
                    "id": carried_over_id(person["id"], kind),
                    "kind": kind,
                    "decision": GIVEN,
                    "recorded_on": day.isoformat(),
                    "coach_id": None,
                    "wording_version": CARRIED_OVER,
                }
            )
    if consents:
        person["consents"] = consents
    if person.get("group_id"):
        person["group_history"] = [
            {
                "id": membership_id(person["id"], person["group_id"], CARRIED_OVER),
                "group_id": person["group_id"],
                "from_date": min(_first_known_day(person, day), day.isoformat()),
                "to_date": None,
            }
        ]


def _first_known_day(person: dict[str, Any], fallback: date) -> str:
    statuses = [s["changed_on"] for s in person.get("status_history", [])]
    if statuses:
        return str(min(statuses))
    if person.get("intake_date"):
        return str(person["intake_date"])
    if person.get("created_at"):
        return datetime.fromisoformat(person["created_at"]).date().isoformat()
    return fallback.isoformat()
