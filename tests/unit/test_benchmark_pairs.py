"""The benchmark's harness: writers share every convention whatever their number, and the
platform and its limit are timed in turns."""

from __future__ import annotations

import benchmarks.run
from benchmarks.run import _in_pairs, _shares


def test_every_round_deals_all_the_conventions_once_whatever_the_number_of_writers():
    pools = [[f"c{p}-{i}" for i in range(3 + p % 2)] for p in range(16)]
    every = sorted(c for pool in pools for c in pool)
    for writers in (1, 4, 16):
        shares = _shares(pools, writers)
        assert len(shares) == writers
        assert sorted(c for share in shares for c in share) == every
        assert max(map(len, shares)) - min(map(len, shares)) <= len(max(pools, key=len))


def test_platform_and_limit_are_timed_in_turns_and_the_ratio_is_the_pairs_median(monkeypatch):
    monkeypatch.setattr(benchmarks.run, "PAIRS", 5)
    calls: list[str] = []
    limits = iter([100.0, 50.0, 200.0, 100.0, 100.0])

    def platform(n: int) -> float:
        calls.append(f"A{n}")
        return 50.0

    def limit(n: int) -> float:
        calls.append(f"B{n}")
        return next(limits)

    figures = _in_pairs(platform, limit)
    assert calls == [x for n in range(5) for x in (f"A{n}", f"B{n}")]
    assert figures == {
        "platform_per_s": 50,
        "limit_per_s": 100,
        "ratio": 0.5,  # 0.25, 0.5, 0.5, 0.5, 1.0
        "ratio_min": 0.25,
        "ratio_max": 1.0,
        "pairs": 5,
    }
