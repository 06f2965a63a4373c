"""The tabs of the participant page, in the order they are shown.

A new tab is a module with a :class:`ParticipantTab` subclass (``tabs/base.py``), in
``tabs/`` or a package of its own, and one line below.
"""

from jiu_desktop.views.dream_tin.tab import DreamTinTab
from jiu_desktop.views.forms.tab import FormsTab
from jiu_desktop.views.network_map.tab import NetworkMapTab
from jiu_desktop.views.participants.tabs.base import ParticipantTab, TabHost
from jiu_desktop.views.participants.tabs.conversations import ConversationsTab
from jiu_desktop.views.participants.tabs.details import DetailsTab
from jiu_desktop.views.participants.tabs.talents import TalentsTab
from jiu_desktop.views.spiral.tab import SpiralTab

TABS: tuple[type[ParticipantTab], ...] = (
    DetailsTab,
    ConversationsTab,
    TalentsTab,
    NetworkMapTab,
    DreamTinTab,
    FormsTab,
    SpiralTab,
)

__all__ = [
    "TABS",
    "ConversationsTab",
    "DetailsTab",
    "DreamTinTab",
    "FormsTab",
    "NetworkMapTab",
    "ParticipantTab",
    "SpiralTab",
    "TabHost",
    "TalentsTab",
]
