"""Groups (trajecten) and coaches of the team."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.i18n import translate
from jiu_desktop.models import Coach, Group, LocalState
from jiu_desktop.services.changes import Added, added


def list_groups(store: Store) -> list[Group]:
    with store.session() as session:
        stmt = select(Group).where(Group.deleted.is_(False)).order_by(Group.name)
        return list(session.scalars(stmt))


def create_group(
    store: Store, name: str, starts_on: date | None = None, ends_on: date | None = None
) -> Added[Group]:
    name = name.strip()
    if not name:
        raise InvalidInput(translate("team", "A group needs a name."))
    if starts_on and ends_on and ends_on < starts_on:
        raise InvalidInput(translate("team", "A group cannot end before it starts."))
    with store.session() as session:
        group = Group(name=name, starts_on=starts_on, ends_on=ends_on)
        session.add(group)
        return added(session, group)


def list_coaches(store: Store) -> list[Coach]:
    with store.session() as session:
        stmt = select(Coach).where(Coach.deleted.is_(False)).order_by(Coach.name)
        return list(session.scalars(stmt))


def create_coach(store: Store, name: str, email: str = "", phone: str = "") -> Added[Coach]:
    name = name.strip()
    if not name:
        raise InvalidInput(translate("team", "A coach needs a name."))
    with store.session() as session:
        coach = Coach(name=name, email=email.strip(), phone=phone.strip())
        session.add(coach)
        return added(session, coach)


#: The coach this profile belongs to, kept on this laptop only: every coach's laptop knows
#: its own, so "mine" on the Start page and in the list needs nothing from the team.
MY_COACH_KEY = "my_coach_id"


def my_coach_id(store: Store) -> str | None:
    """The coach of this profile; None when none was chosen or that coach was removed."""
    with store.session() as session:
        coach_id = session.get(LocalState, MY_COACH_KEY)
        if coach_id is None:
            return None
        coach = session.get(Coach, coach_id.value)
        return coach.id if coach is not None and not coach.deleted else None


def set_my_coach(store: Store, coach_id: str | None) -> None:
    """Remember which coach this profile is (None: nobody in particular)."""
    with store.session() as session:
        if coach_id is not None:
            coach = session.get(Coach, coach_id)
            if coach is None or coach.deleted:
                raise NotFound(translate("team", "Coach"), coach_id)
        state = session.get(LocalState, MY_COACH_KEY)
        if coach_id is None:
            if state is not None:
                session.delete(state)
        elif state is None:
            session.add(LocalState(key=MY_COACH_KEY, value=coach_id))
        else:
            state.value = coach_id
