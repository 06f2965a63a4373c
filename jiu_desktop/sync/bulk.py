"""Working with many changes at once.

A round makes hundreds of thousands of small objects (decoded changes, rows, parameters)
that form no reference cycles. Python's cycle collector, triggered by allocations, would
walk every live object again and again meanwhile: on a joining laptop's first sync that
was a third of the time. It is paused for the round and resumes after it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Also a decorator. Nested use leaves the collector as the outermost found it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
