"""The participants screen: a searchable list and a page per participant."""

from jiu_desktop.views.participants.screen import ParticipantsPage

__all__ = ["ParticipantsPage"]
