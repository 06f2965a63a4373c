"""The open profile database as the program works with it: ``Store`` (engine, sessions,
this device's id and clock, the capture hooks) and what each session wrote.

``vault/`` opens the encrypted file; ``db/`` builds on it and on ``sync/``'s change
capture. The services use a ``Store``; nothing here knows the services or the views.
"""
