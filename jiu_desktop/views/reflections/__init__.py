"""The "Mijn reflecties" page: a coach's own reflections, kept on this laptop until shared."""

from jiu_desktop.views.reflections.page import ReflectionsPage

__all__ = ["ReflectionsPage"]
