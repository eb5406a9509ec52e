"""What the image holds is enough to run the platform (issue 19's first finding: the image
once lacked ``client/``, which five modules import, and every compose service died at start).

No image can be pulled on this machine (no registry for Docker Hub), so the test does what the
Dockerfile does, from the Dockerfile itself: it copies exactly the paths its ``COPY`` lines
name into an empty folder, installs that folder as the image's ``pip install .`` does (into a
target folder, with the dependencies already installed), and starts the API and the worker
from it against PostgreSQL — with the interpreter's site machinery off, so that nothing of
the checkout (its editable install) can stand in for a file the image would lack."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import httpx
import pytest

from tests.e2e.servers import free_port

pytestmark = pytest.mark.stores("postgres")

ROOT = Path(__file__).resolve().parents[2]


def copied_paths(dockerfile: str) -> list[str]:
    """The checkout's paths the final stage copies (``COPY src… dest``, not ``--from=``)."""
    stages = dockerfile.split("\nFROM ")
    final = stages[-1]
    paths = []
    for line in final.splitlines():
        words = line.split()
        if words[:1] == ["COPY"] and not any(w.startswith("--from") for w in words):
            paths += words[1:-1]
    return paths


def test_the_image_copies_what_the_platform_needs(database_url: str, tmp_path: Path) -> None:
    paths = copied_paths((ROOT / "Dockerfile").read_text())
    assert "client" in paths and "api" in paths  # the finding of issue 19
    image = tmp_path / "app"
    image.mkdir()
    for path in paths:
        source = ROOT / path
        if source.is_dir():
            shutil.copytree(source, image / path, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, image / path)
    site = tmp_path / "site"
    subprocess.run(  # noqa: S603 - pip on our own folder
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
         "--target", str(site), str(image)],
        check=True,
        cwd=tmp_path,
    )  # fmt: skip
    # Only the installed copy and the dependencies: no .pth file is read (-S), so the
    # checkout's editable install cannot supply a module the image lacks.
    env = {
        "PATH": os.environ["PATH"],
        "PYTHONPATH": os.pathsep.join(
            [str(site), sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
        ),
        "DATABASE_URL": database_url,
        "CONVENTIONS_TOKENS_FILE": str(tmp_path / "data" / "tokens.json"),
        "WEB_ASSETS_DIR": str(ROOT / "node_modules" / "@gouvfr" / "dsfr" / "dist"),  # the node stage's copy
        "API_RUNS_WORKER": "false",
        "LOG_LEVEL": "WARNING",
    }
    run = [sys.executable, "-S", "-c", "import sys; from infrastructure.cli import main; sys.exit(main())"]
    worker = subprocess.run([*run, "worker", "--once"], env=env, cwd=tmp_path, capture_output=True, text=True)  # noqa: S603
    assert worker.returncode == 0, worker.stderr[-2000:]
    # The scan by hand, as of a given day (the worker scans daily by itself).
    scan = subprocess.run(  # noqa: S603 - our own CLI
        [*run, "scan-deadlines", "--as-of", "2024-07-15"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert scan.returncode == 0 and "Échéances au 15/07/2024" in scan.stdout, scan.stderr[-2000:]
    port = free_port()
    api = subprocess.Popen(  # noqa: S603
        [*run, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert api.poll() is None, api.stderr.read()[-3000:] if api.stderr else "the API stopped"
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "the API did not start"
                time.sleep(0.3)
        assert health.json()["status"] == "ok"
        page = httpx.get(f"http://127.0.0.1:{port}/connexion")
        assert page.status_code == 200 and "Connexion" in page.text  # templates installed
        assert httpx.get(f"http://127.0.0.1:{port}/static/web/pages.css").status_code == 200  # static files
        assert httpx.get(f"http://127.0.0.1:{port}/docs").status_code == 200
        # The recorded examples of the OpenAPI document travel with the package.
        document = httpx.get(f"http://127.0.0.1:{port}/openapi.json").json()
        read = document["paths"]["/conventions/{convention_id}"]["get"]["responses"]["200"]["content"]
        assert "example" in read["application/json"]
    finally:
        api.terminate()
        api.wait(timeout=20)


def test_the_check_sees_a_missing_copy() -> None:
    """The test above can fail: a Dockerfile without ``client`` is found."""
    dockerfile = (ROOT / "Dockerfile").read_text().replace("COPY client client\n", "")
    assert "client" not in copied_paths(dockerfile)
