"""What a service call changed, so every open screen can decide for itself to refresh."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Entity kinds (table names) and row ids touched by one operation."""

    entities: frozenset[str] = field(default_factory=frozenset)
    ids: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, entity: str, *ids: str) -> Changes:
        return cls(frozenset({entity}), frozenset(ids))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.entities | other.entities, self.ids | other.ids)

    def __bool__(self) -> bool:
        return bool(self.entities)

    def touches(self, *entities: str) -> bool:
        return any(e in self.entities for e in entities)


NOTHING = Changes()
