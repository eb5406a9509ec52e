"""How a platform process runs: its garbage collector set for a process that holds many
long-lived objects (the aggregate caches of the API and the writers, the folded conventions of
the worker and of a rebuild).

Python's cyclic collector runs a young collection every 700 allocations and, every hundred of
those, a full one that walks every tracked object alive — the caches' conventions, their terms
and their events' values, which reference counting frees on its own when they go. Measured on
PostgreSQL at 10k events (December 2026, ``docs/benchmarks.md``): a command on a convention not
in the cache took 3.2–3.6 ms of CPU with the defaults and 1.9–2.2 ms with the collector set so;
a rebuild 76–100 µs of CPU per event against 58–71."""

from __future__ import annotations

import gc

GC_THRESHOLDS = (50_000, 20, 20)
"""A young collection every 50,000 allocations (the garbage cycles it finds wait that long: a
few megabytes), an older one every 20 of those, a full one every 20 older ones."""

_frozen = False


def tune_garbage_collector() -> None:
    """Once per process, at its start: what is alive then (the modules, the settings) is moved out
    of the collector's sight for good (``gc.freeze``: it lives as long as the process), and
    the thresholds are raised. Called by the entry points (``conventions …``, the ASGI
    factory) and the benchmark's processes, not by the builders (``build_ledger``…), which
    tests call hundreds of times in one process."""
    global _frozen
    if not _frozen:
        gc.collect()
        gc.freeze()
        _frozen = True
    gc.set_threshold(*GC_THRESHOLDS)
