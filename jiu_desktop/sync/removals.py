"""What a laptop taken out of the team may still bring in: only the bundles it had when it
was removed.

When the coordinator removes a laptop (services/team_removal.py), the team key is rotated
and the removal, with the highest bundle number of that laptop known then (its *head*),
is sealed into ``team.json`` under the new key. A lost laptop still holds the old key, so
whoever has it could go on writing bundles under it in its folder; every bundle it numbers
above its head is refused, before it is read. What it published before the removal stays:
those are the coach's real work. Each refused file is reported once, not every round.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

from sqlalchemy import Engine, delete, insert, select

from jiu_desktop.errors import BundleRejected
from jiu_desktop.i18n import translate
from jiu_desktop.models import LocalState
from jiu_desktop.sync.team import Removal, TeamKey
from jiu_desktop.sync.transports import bundle_name

log = logging.getLogger(__name__)

REPORTED_KEY = "removed_devices_refused"


def removed_on(removal: Removal) -> str:
    return datetime.fromtimestamp(removal.removed_ms / 1000, UTC).strftime("%Y-%m-%d")


def refusal(removal: Removal, seq: int) -> BundleRejected:
    laptop = removal.name or removal.device[:8]
    return BundleRejected(
        f"{removal.device}/{bundle_name(seq)}",
        translate(
            "sync", "it comes from laptop “{laptop}”, which was removed from the team on {date}"
        ).format(laptop=laptop, date=removed_on(removal)),
    )


def screen(
    engine: Engine, team: TeamKey, device: str, listed: set[int]
) -> tuple[set[int], list[BundleRejected]]:
    """The bundle numbers of ``device`` that may be taken, and the refusals not yet
    reported (a device the team did not remove keeps all of its numbers)."""
    removal = team.removal(device)
    if removal is None:
        return listed, []
    allowed = {seq for seq in listed if seq <= removal.head}
    above = sorted(listed - allowed)
    if not above:
        return allowed, []
    with engine.begin() as conn:
        stored = conn.execute(select(LocalState.value).where(LocalState.key == REPORTED_KEY))
        reported: dict[str, int] = json.loads(stored.scalar() or "{}")
        new = [seq for seq in above if seq > reported.get(device, removal.head)]
        if new:
            reported[device] = new[-1]
            conn.execute(delete(LocalState).where(LocalState.key == REPORTED_KEY))
            conn.execute(insert(LocalState).values(key=REPORTED_KEY, value=json.dumps(reported)))
    if new:
        log.warning("%d bundles of a removed device refused", len(new))
    return allowed, [refusal(removal, seq) for seq in new]
