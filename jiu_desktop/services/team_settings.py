"""What the whole team shares and every laptop reads the same: the team's name (on the
report's pages) and whether its participation spiral has the handbook's sixth step,
*zelfstandig*. One row (``TEAM_SETTINGS_ID``), made the first time something is set; until
then the defaults hold: no name, five steps.
"""

from __future__ import annotations

from dataclasses import dataclass

from jiu_desktop.db.store import Store
from jiu_desktop.models.team import TEAM_SETTINGS_ID, TeamSettings
from jiu_desktop.services import validation as v
from jiu_desktop.services.changes import NOTHING, Changes, written


@dataclass(frozen=True)
class TeamChoices:
    name: str = ""
    spiral_step_six: bool = False


def team_settings(store: Store) -> TeamChoices:
    with store.session() as session:
        row = session.get(TeamSettings, TEAM_SETTINGS_ID)
        if row is None or row.deleted:
            return TeamChoices()
        return TeamChoices(name=row.name, spiral_step_six=row.spiral_step_six)


def uses_step_six(store: Store) -> bool:
    """Whether the team's spiral goes on to step 6, *zelfstandig*."""
    return team_settings(store).spiral_step_six


def save_team_settings(
    store: Store, *, name: str | None = None, spiral_step_six: bool | None = None
) -> Changes:
    """Set what is given; a value that is already so writes nothing."""
    values: dict[str, object] = {}
    if name is not None:
        values["name"] = " ".join(name.split())
    if spiral_step_six is not None:
        values["spiral_step_six"] = bool(spiral_step_six)
    if not values:
        return NOTHING
    with store.session() as session:
        row = session.get(TeamSettings, TEAM_SETTINGS_ID)
        if row is None:
            # A derived id: the creation records only what differs from the defaults, so
            # two laptops that both set something first end up with one row holding both.
            row = TeamSettings(id=TEAM_SETTINGS_ID)
            session.add(row)
        elif row.deleted:
            row.deleted = False
        v.assign_changed(row, values)
        return written(session)
