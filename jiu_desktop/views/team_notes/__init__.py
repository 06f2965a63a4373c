"""The "Teamnotities" page: notes about the team's work, not about one young person."""

from jiu_desktop.views.team_notes.page import TeamNotesPage

__all__ = ["TeamNotesPage"]
