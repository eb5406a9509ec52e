"""How a platform process runs: its garbage collector set for a process that holds many
long-lived objects (the aggregate caches of the API and the writers, the folded conventions of
the worker and of a rebuild).

Python's cyclic collector runs a young collection every 700 allocations, an older one every
ten of those and a full one every ten older ones, each walking every tracked object of its
generations — the caches' conventions, their terms and their events' values among them, which
reference counting frees on its own when they go. Measured on PostgreSQL at 10k events
(December 2026, ``docs/benchmarks.md``, fresh processes in turn): a command on a convention
not in the cache took 2.9–3.8 ms of CPU with the defaults and 2.1–2.3 ms with these
thresholds; a rebuild 81–110 µs of CPU per event against 67–74; the peak memory did not move."""

from __future__ import annotations

import gc

GC_THRESHOLDS = (50_000, 20, 20)
"""A young collection every 50,000 allocations (the garbage cycles it finds wait that long), an
older one every 20 of those, a full one every 20 older ones."""


def tune_garbage_collector() -> None:
    """At a process's start: called by the entry points (``conventions …``, the ASGI factory)
    and the benchmark's processes, not by the builders (``build_ledger``…), which tests call
    hundreds of times in one process."""
    gc.set_threshold(*GC_THRESHOLDS)
