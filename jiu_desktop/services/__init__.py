"""Use cases in plain Python; the GUI and the command line both call these."""
