"""The API as ``conventions serve`` runs it, for the soak's memory diagnosis: under
``python -X tracemalloc=N``, each SIGUSR1 writes a tracemalloc snapshot to the folder given
(``SOAK_SNAPSHOTS``), numbered in order. Not part of the platform: a benchmark's tool."""

from __future__ import annotations

import gc
import os
import signal
import sys
import tracemalloc
from pathlib import Path
from types import FrameType

from infrastructure.cli import main


def _snapshot(_signal: int, _frame: FrameType | None) -> None:
    folder = Path(os.environ["SOAK_SNAPSHOTS"])
    gc.collect()
    taken = len(list(folder.glob("*.tracemalloc")))
    tracemalloc.take_snapshot().dump(str(folder / f"{taken:02d}.tracemalloc"))


if __name__ == "__main__":
    signal.signal(signal.SIGUSR1, _snapshot)
    sys.exit(main(["serve", *sys.argv[1:]]))
