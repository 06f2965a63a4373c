"""Sync in the GUI: background rounds and status, set-up, history, conflict versions."""
