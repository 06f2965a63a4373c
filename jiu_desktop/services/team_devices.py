"""The laptops of the team as this laptop knows them from their cards (sync/devices.py):
what their coaches call them, when each last published, and how many of its files the last
round found missing. This laptop comes first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from jiu_desktop.db.store import Store
from jiu_desktop.services import sync_rounds, sync_service
from jiu_desktop.services.team import list_coaches, my_coach_id
from jiu_desktop.sync import devices


@dataclass(frozen=True)
class TeamDevice:
    device_id: str
    name: str
    #: When its card was written (it published then); None for this laptop before its first
    #: round.
    last_seen: datetime | None
    this_laptop: bool = False
    removed: bool = False
    #: How many of its sync files the last round found missing on the target.
    missing: int = 0


def team_devices(store: Store) -> list[TeamDevice]:
    with store.engine.begin() as conn:
        own_name = devices.device_name(conn)
        cards = devices.pinned_cards(conn)
        own_written = devices.own_card_written(conn)
    config = sync_service.load_config(store)
    removed = {r.device: r for r in config.team.removed} if config else {}
    missing = sync_rounds.missing_files(store)
    own = TeamDevice(
        store.device_id,
        own_name,
        own_written,
        this_laptop=True,
        missing=missing.get(store.device_id, 0),
    )
    others = [
        TeamDevice(
            card.device_id,
            card.name,
            datetime.fromtimestamp(card.written_ms / 1000, UTC),
            removed=card.device_id in removed,
            missing=missing.get(card.device_id, 0),
        )
        for card in cards.values()
        if card.device_id != store.device_id
    ]
    others += [  # removed before this laptop ever read its card
        TeamDevice(r.device, r.name, None, removed=True, missing=missing.get(r.device, 0))
        for r in removed.values()
        if r.device not in cards and r.device != store.device_id
    ]
    others.sort(key=lambda d: d.last_seen or datetime.min.replace(tzinfo=UTC), reverse=True)
    return [own, *others]


def name_this_laptop(store: Store, name: str) -> None:
    """The name the other laptops show for this one; it travels with the next round."""
    with store.engine.begin() as conn:
        devices.set_device_name(conn, name)


def laptop_names(store: Store) -> dict[str, str]:
    """Device id → the name its coach gave it, for every laptop with a name here."""
    with store.engine.begin() as conn:
        return devices.laptop_names(conn, store.device_id)


def name_suggestion(store: Store) -> str:
    """The first name of this profile's coach, for a suggested laptop name ("" when the
    profile knows no coach)."""
    mine = my_coach_id(store)
    coach = next((c for c in list_coaches(store) if c.id == mine), None)
    return coach.name.split()[0] if coach is not None and coach.name.split() else ""
