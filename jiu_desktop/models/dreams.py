"""The dream tin (droomblik): a dream on a slip inside the tin, and on the sticker outside
the fresh resolution (vers voornemen) with the date it keeps until.

The dream itself is private to the tin: it is shown only when the coach opens the tin,
and it is never printed on a sticker. Steps follow one another: "the current step" is the
latest open one, else the latest one (``current_step``). A helper can be a person on the
participant's network map, kept by their ``person_key`` (the same person on every map
version) and with their label copied into ``helper_text``, so the step still says who
when that person leaves the map.
"""

from collections.abc import Iterable
from datetime import date

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from jiu_desktop.models.base import SyncEntity
from jiu_desktop.models.declaration import PARTICIPANT, QT_TRANSLATE_NOOP, Synced
from jiu_desktop.models.domains import LIFE_DOMAINS

#: A dream is worked on, came true, or was let go.
DREAM_STATUSES = ("actief", "uitgekomen", "losgelaten")
#: A step is open, taken (gezet), adjusted (bijgesteld) or went otherwise: strength-based
#: words, never "failed".
STEP_STATUSES = ("open", "gezet", "bijgesteld", "anders_gelopen")


class Dream(SyncEntity):
    __tablename__ = "dream"
    sync = Synced(
        owner=PARTICIPANT,
        export="dreams",
        text={"text": QT_TRANSLATE_NOOP("fields", "Dream")},
        choices={"life_domain": LIFE_DOMAINS, "status": DREAM_STATUSES},
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    text: Mapped[str] = mapped_column(default="")
    life_domain: Mapped[str] = mapped_column(default="ontwikkeling")
    started_on: Mapped[date]
    share_with_group: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(default="actief")


class DreamStep(SyncEntity):
    __tablename__ = "dream_step"
    sync = Synced(
        owner=PARTICIPANT,
        export="steps",
        parent="dream_id",
        text={
            "text": QT_TRANSLATE_NOOP("fields", "Dream tin: fresh resolution"),
            "helper_text": QT_TRANSLATE_NOOP("fields", "Dream tin: who helps"),
            "reflection": QT_TRANSLATE_NOOP("fields", "Dream tin: how it went"),
        },
        search=("text", "reflection"),
        choices={"status": STEP_STATUSES},
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    dream_id: Mapped[str] = mapped_column(ForeignKey("dream.id"), index=True)
    text: Mapped[str] = mapped_column(default="")
    best_before: Mapped[date | None] = mapped_column(default=None, index=True)
    #: The helper's ``person_key`` on the network map (empty: typed, or nobody).
    helper_lineage_id: Mapped[str] = mapped_column(default="")
    helper_text: Mapped[str] = mapped_column(default="")
    status: Mapped[str] = mapped_column(default="open")
    taken_on: Mapped[date | None] = mapped_column(default=None)
    reflection: Mapped[str] = mapped_column(default="")


def current_step(steps: Iterable[DreamStep]) -> DreamStep | None:
    """The latest open step, else the latest step (by ``created_at``, then ``id``)."""
    live = sorted((s for s in steps if not s.deleted), key=lambda s: (s.created_at, s.id))
    open_steps = [s for s in live if s.status == "open"]
    chosen = open_steps or live
    return chosen[-1] if chosen else None
