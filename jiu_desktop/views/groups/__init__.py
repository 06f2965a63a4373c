"""The *Groepen* page: groups, their roster and the attendance grid."""

from jiu_desktop.views.groups.page import GroupsPage

__all__ = ["GroupsPage"]
