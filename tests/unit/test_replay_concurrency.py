"""The replayer's concurrency limit: more in flight over a slow link, few where the CPU is the bound."""
from __future__ import annotations

from collections.abc import Callable

from clienteling.sync.push import ConcurrencyLimit


def run(limit: ConcurrencyLimit, rtt_of: Callable[[int], float], batches: int = 30) -> list[int]:
    """Feed `batches` batches whose round trips `rtt_of(limit)` gives; the limits chosen."""
    seen = []
    for _ in range(batches):
        rtt = rtt_of(limit.value)
        limit.update([rtt * 0.9, rtt, rtt, rtt * 1.1] * 8)
        seen.append(limit.value)
    return seen


def test_a_slow_link_opens_up_to_the_ceiling() -> None:
    """50 ms of network per round trip whatever is in flight: every extra command is throughput."""
    limit = ConcurrencyLimit(value=4, high=16)
    seen = run(limit, lambda _in_flight: 0.050)
    assert seen[:2] == [8, 16] and set(seen[2:]) == {16}


def test_a_jittery_link_still_opens_one_step_at_a_time() -> None:
    """Wi-Fi: the median answer is 40% slower than the fastest tenth, whatever is in flight."""
    limit = ConcurrencyLimit(value=4, high=16)
    seen = []
    for _ in range(14):
        limit.update([0.040] * 4 + [0.056] * 28)
        seen.append(limit.value)
    assert seen[:3] == [5, 6, 7] and seen[-1] == 16


def test_a_cpu_bound_replay_settles_on_a_few_in_flight() -> None:
    """Loopback: each command costs 1 ms of this process's CPU, so round trips grow with what is in
    flight (they queue in the event loop) and throughput does not; the limit comes down to a few."""
    limit = ConcurrencyLimit(value=16, high=16)
    limit.update([0.002] * 4)  # the round trip with nothing queued: 2 ms
    seen = run(limit, lambda in_flight: 0.001 * max(2, in_flight))
    assert seen[0] < 16 and all(2 <= v <= 5 for v in seen[-10:])


def test_the_limit_stays_within_its_bounds_and_ignores_empty_batches() -> None:
    limit = ConcurrencyLimit(value=3, low=2, high=6)
    assert limit.update([]) == 3 and limit.update([0.01]) == 3  # one sample says nothing of a spread
    assert max(run(limit, lambda _n: 0.010, batches=5)) == 6
    assert min(run(limit, lambda n: 0.010 * n * n, batches=10)) == 2
    assert limit.batch(256) == 32 and ConcurrencyLimit(value=40).batch(256) == 256


def test_the_fastest_round_trip_is_one_seen_not_extrapolated() -> None:
    """A small batch must not drive the reference below its fastest answer (quantiles may extrapolate)."""
    limit = ConcurrencyLimit(value=8)
    limit.update([0.001, 0.050])
    assert 0.001 <= limit.fastest <= 0.050
