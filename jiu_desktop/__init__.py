"""JIU Desktop: an offline-first, encrypted app for volunteer coaches (Jong in Uitvoering)."""

__version__ = "0.1.0"
