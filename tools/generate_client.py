"""Generates the typed Python client of the API (client/conventions_client) from its OpenAPI
document, with openapi-python-client:

    python -m tools.generate_client [OUTPUT]

tests/e2e/test_generated_client.py checks that the committed client is what the current API
generates, and uses it against a running server.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from infrastructure.bootstrap import build_api
from infrastructure.settings import Settings

CLIENT = Path(__file__).resolve().parents[1] / "client" / "conventions_client"
CONFIG = {
    "project_name_override": "conventions_client",
    "package_name_override": "conventions_client",
    # Formatted alike wherever it is generated (not by the project's own ruff settings).
    "post_hooks": [
        "ruff check . --fix-only --isolated --select I,F401 --quiet",
        "ruff format . --isolated --quiet",
    ],
}


def openapi_document() -> dict[str, object]:
    folder = Path(tempfile.mkdtemp())
    app = build_api(Settings(database_url="memory://", tokens_file=folder / "tokens.json"))
    try:
        return app.openapi()
    finally:
        app.state.ledger.close()
        shutil.rmtree(folder, ignore_errors=True)


def generate(output: Path) -> None:
    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory() as work:
        document = Path(work) / "openapi.json"
        document.write_text(json.dumps(openapi_document(), ensure_ascii=False, sort_keys=True))
        config = Path(work) / "config.json"
        config.write_text(json.dumps(CONFIG))
        shutil.rmtree(output, ignore_errors=True)
        subprocess.run(  # noqa: S603 - the project's own tool, arguments of ours
            [
                str(bin_dir / "openapi-python-client"),
                "generate",
                "--path", str(document),
                "--meta", "none",
                "--config", str(config),
                "--output-path", str(output),
            ],
            check=True,
            capture_output=True,
            # ruff (the generator formats its output with it) from this environment.
            env={**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"},
        )  # fmt: skip
    shutil.rmtree(output / ".ruff_cache", ignore_errors=True)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else CLIENT
    generate(target)
    print(f"Client généré dans {target} ({sum(1 for _ in target.rglob('*.py'))} modules).")
