"""The tabs of the participant page, one module each (``base.ParticipantTab``); the order
they are shown in is ``views/participants/tab_registry.py``. Nothing is imported here, so
a tab (also one in a package of its own, such as the network map) can import ``base``
without importing every other tab."""
