"""Qt widgets only: windows, pages, dialogs, item models. No SQL, no crypto."""
