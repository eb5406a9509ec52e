"""The platform's processes set Python's garbage collector at their start
(``infrastructure.runtime``): a command of the CLI, run in a process of its own so that this
test process keeps its own collector."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import gc, json, sys
from infrastructure.cli import main
from infrastructure.runtime import GC_THRESHOLDS
imported = gc.get_threshold()
main(["revoke-token", "--actor-id", "personne"])
print(json.dumps({"imported": imported, "after_the_command": gc.get_threshold(), "wanted": GC_THRESHOLDS}))
"""


def test_a_command_of_the_platform_sets_its_collector(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path}/ledger.sqlite3",
        "CONVENTIONS_TOKENS_FILE": str(tmp_path / "tokens.json"),
    }
    run = subprocess.run(  # noqa: S603 - our own probe
        [sys.executable, "-c", PROBE], check=True, capture_output=True, text=True, env=env
    )
    found = json.loads(run.stdout.strip().splitlines()[-1])
    assert found["imported"] != found["wanted"]  # importing the platform changes nothing by itself
    assert found["after_the_command"] == found["wanted"]
