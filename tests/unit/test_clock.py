"""The hybrid logical clock: monotonic, causal, and robust to a wrong wall clock."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jiu_desktop.sync.clock import HybridLogicalClock, pack, unpack


def test_now_is_strictly_increasing_when_the_wall_clock_stands_still() -> None:
    clock = HybridLogicalClock(wall=lambda: 1_000)
    stamps = [clock.now() for _ in range(5)]
    assert stamps == sorted(set(stamps))
    assert unpack(stamps[-1]) == (1_000, 4)


def test_wall_clock_going_back_does_not_go_back_in_time() -> None:
    walls = iter([5_000, 4_000, 3_000])
    clock = HybridLogicalClock(wall=lambda: next(walls))
    first, second, third = clock.now(), clock.now(), clock.now()
    assert first < second < third
    assert unpack(third)[0] == 5_000


def test_receive_moves_past_remote_time() -> None:
    clock = HybridLogicalClock(wall=lambda: 1_000)
    remote = pack(9_000, 3)
    clock.receive(remote)
    assert clock.now() > remote


def test_counter_overflow_carries_into_milliseconds() -> None:
    clock = HybridLogicalClock(last=pack(10, 0xFFFF), wall=lambda: 0)
    assert unpack(clock.now()) == (11, 0)


@given(st.lists(st.one_of(st.integers(0, 10**6), st.tuples(st.integers(0, 10**6))), max_size=50))
def test_any_interleaving_of_local_and_received_events_is_monotonic(events: list[object]) -> None:
    walls = iter(range(0, 10**9, 7))
    clock = HybridLogicalClock(wall=lambda: next(walls))
    last = 0
    for event in events:
        stamp = clock.receive(pack(event[0], 0)) if isinstance(event, tuple) else clock.now()
        assert stamp >= last
        last = stamp
