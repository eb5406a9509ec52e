"""The platform's processes set Python's garbage collector at their start
(``infrastructure.runtime``): run in a process of its own, so this test process keeps its own."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import gc, json
from infrastructure.runtime import GC_THRESHOLDS, tune_garbage_collector
defaults = gc.get_threshold()
tune_garbage_collector()
frozen = gc.get_freeze_count()
later = [[i] for i in range(10_000)]  # objects made after the start
tune_garbage_collector()  # an entry point calling another: nothing more is frozen
print(json.dumps({"defaults": defaults, "now": gc.get_threshold(), "wanted": GC_THRESHOLDS,
                  "frozen": frozen, "frozen_again": gc.get_freeze_count()}))
"""


def test_a_process_tunes_its_collector_once_at_its_start() -> None:
    found = json.loads(
        subprocess.run([sys.executable, "-c", PROBE], check=True, capture_output=True, text=True).stdout  # noqa: S603 - our own probe
    )
    assert found["defaults"] != found["wanted"]
    assert found["now"] == found["wanted"]
    assert found["frozen"] > 0  # what was alive at the start: out of the collector's sight
    assert found["frozen_again"] == found["frozen"]
