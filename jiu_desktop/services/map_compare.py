"""Comparing two versions of a network map: who is new, who is gone, lines thicker or
thinner, trust gained or lost, annotations and names changed. Persons are matched by
their ``person_key``, which copies keep."""

from __future__ import annotations

from dataclasses import dataclass

from jiu_desktop.db.store import Store
from jiu_desktop.i18n import translate
from jiu_desktop.models import MapPerson
from jiu_desktop.services import network_map
from jiu_desktop.services.map_labels import annotations_in_words, category_label, trust_label

#: Trust as an order, to say whether it grew.
TRUST_ORDER = {"geen": 0, "naar_persoon": 1, "wederzijds": 2}


@dataclass(frozen=True)
class Difference:
    """One person's difference between two versions. ``kind``: ``new``, ``gone`` or
    ``changed``; for ``changed`` the parts that differ, in ``parts``."""

    kind: str
    person_key: str
    label: str
    category: str
    parts: tuple[str, ...] = ()
    #: +1 thicker line / trust gained, -1 thinner / lost, 0 neither (for colouring).
    line: int = 0
    trust: int = 0

    def line_text(self) -> str:
        """``+ sportmaatje (vrienden/kennissen)``, ``moeder: lijn 2 → 4, …``."""
        if self.kind == "new":
            return f"+ {self.label} ({category_label(self.category)})"
        if self.kind == "gone":
            return f"- {self.label} ({category_label(self.category)})"
        return f"{self.label}: {', '.join(self.parts)}"


@dataclass(frozen=True)
class Comparison:
    from_number: int
    to_number: int
    differences: tuple[Difference, ...]

    @property
    def lines(self) -> list[str]:
        return [d.line_text() for d in self.differences]


def compare(store: Store, participant_id: str, from_number: int, to_number: int) -> Comparison:
    """The differences from version ``from_number`` to ``to_number`` (NotFound for a
    version that does not exist): the new, then the changed, then the gone, each in the
    order of the later version (the gone in the earlier one's)."""
    before = network_map.version(store, participant_id, from_number)
    after = network_map.version(store, participant_id, to_number)
    old = {p.person_key: p for p in network_map.persons(store, before.map.id)}
    new = {p.person_key: p for p in network_map.persons(store, after.map.id)}
    added = [_whole("new", p) for key, p in new.items() if key not in old]
    changed = [d for key, p in new.items() if key in old if (d := _changed(old[key], p))]
    gone = [_whole("gone", p) for key, p in old.items() if key not in new]
    return Comparison(from_number, to_number, tuple([*added, *changed, *gone]))


def _whole(kind: str, person: MapPerson) -> Difference:
    return Difference(kind, person.person_key, person.label, person.category)


def _changed(old: MapPerson, new: MapPerson) -> Difference | None:
    parts: list[str] = []
    if old.label != new.label:
        parts.append(translate("map_compare", "was “{old}”").format(old=old.label))
    if old.category != new.category:
        parts.append(
            translate("map_compare", "{old} → {new}").format(
                old=category_label(old.category), new=category_label(new.category)
            )
        )
    if old.strength != new.strength:
        parts.append(
            translate("map_compare", "line {old} → {new}").format(
                old=old.strength, new=new.strength
            )
        )
    if old.trust != new.trust:
        parts.append(
            translate("map_compare", "trust {old} → {new}").format(
                old=trust_label(old.trust), new=trust_label(new.trust)
            )
        )
    before = annotations_in_words(old.annotations, old.own_words)
    after = annotations_in_words(new.annotations, new.own_words)
    if before != after:
        none = translate("map_compare", "none")
        parts.append(
            translate("map_compare", "annotations {old} → {new}").format(
                old=", ".join(before) or none, new=", ".join(after) or none
            )
        )
    if not parts:
        return None
    return Difference(
        "changed",
        new.person_key,
        new.label,
        new.category,
        tuple(parts),
        line=(new.strength > old.strength) - (new.strength < old.strength),
        trust=_sign(TRUST_ORDER.get(new.trust, 0) - TRUST_ORDER.get(old.trust, 0)),
    )


def _sign(value: int) -> int:
    return (value > 0) - (value < 0)
