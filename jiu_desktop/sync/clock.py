"""Hybrid logical clock (Kulkarni et al.): wall-clock milliseconds plus a counter.

A timestamp is packed into one integer, ``wall_ms << 16 | counter``, so it sorts and
compares as a plain number and fits SQLite's INTEGER. The clock never goes backwards: a
laptop whose wall clock jumps back keeps counting from the highest time it has seen, and
``receive`` pulls it forward past every remote timestamp, so causality holds across devices.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def pack(wall_ms: int, counter: int) -> int:
    return (wall_ms << COUNTER_BITS) | counter


def unpack(hlc: int) -> tuple[int, int]:
    return hlc >> COUNTER_BITS, hlc & COUNTER_MASK


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridLogicalClock:
    def __init__(self, last: int = 0, wall: Callable[[], int] = wall_clock_ms) -> None:
        self._last = last
        #: Source of wall-clock milliseconds (replaceable to simulate a wrong laptop clock).
        self.wall = wall
        self._lock = threading.Lock()

    @property
    def last(self) -> int:
        return self._last

    def now(self) -> int:
        """A timestamp for a local event, greater than every one issued or received."""
        with self._lock:
            last_wall, last_counter = unpack(self._last)
            wall = self.wall()
            if wall > last_wall:
                self._last = pack(wall, 0)
            else:
                self._last = self._next(last_wall, last_counter)
            return self._last

    def receive(self, remote: int) -> int:
        """Advance past a timestamp seen in a remote change."""
        with self._lock:
            if remote > self._last:
                self._last = remote
            return self._last

    @staticmethod
    def _next(wall: int, counter: int) -> int:
        if counter >= COUNTER_MASK:
            return pack(wall + 1, 0)
        return pack(wall, counter + 1)
