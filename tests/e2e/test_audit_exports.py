"""Exports for the audit file, on the demo data: an auditor exports an office's dossier; the
archive verifies offline with the standalone script copied alone (Python and cryptography,
nothing of the platform), and fails after any byte is changed; the flat file is numbered
without gaps; the dossier reads; a party exports only its own."""

from __future__ import annotations

import csv
import io
import json
import random
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from client.audit import verify_bundle, verify_export
from domain.values import Actor, ActorRole
from infrastructure.bootstrap import build_api, build_ledger
from infrastructure.demo import DemoIds, load_demo
from infrastructure.tokens import Tokens
from tests.settings import Settings

pytestmark = pytest.mark.stores("sqlite")

FLIPS = 400


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[TestClient, DemoIds, dict[str, dict[str, str]]]]:
    folder = tmp_path_factory.mktemp("export")
    settings = Settings(database_url=f"sqlite:///{folder / 'demo.db'}", tokens_file=folder / "tokens.json")
    ledger = build_ledger(settings)
    ids = load_demo(ledger)
    ledger.close()
    tokens = Tokens.for_settings(settings)

    def bearer(actor: Actor) -> dict[str, str]:
        return {"Authorization": f"Bearer {tokens.issue(actor)}"}

    headers = {
        "auditor": bearer(Actor("crc-bfc", ActorRole.AUDITOR)),
        "nievre": bearer(ids.actors["oph-nievre"]),
        "lyon": bearer(ids.actors["metropole-lyon"]),
    }
    app = build_api(settings)
    with TestClient(app) as client:
        assert app.state.reads.wait_for(app.state.ledger.history.last_position(), 60)
        yield client, ids, headers
    app.state.ledger.close()


def export(client: TestClient, headers: dict[str, str], **params: Any) -> bytes:
    response = client.get("/audit/exports", params=params, headers=headers)
    assert response.status_code == 200, response.text
    return response.content


def test_an_office_dossier_verifies_offline_and_fails_after_any_byte_changed(demo, tmp_path):
    client, ids, headers = demo
    office = ids.parties["oph-nievre"]
    archive = export(client, headers["auditor"], scope="office", id=str(office))
    report = verify_bundle(archive)
    assert report.ok, report.problem
    files = {
        name: zipfile.ZipFile(io.BytesIO(archive)).read(name)
        for name in zipfile.ZipFile(io.BytesIO(archive)).namelist()
    }
    lines = [json.loads(line) for line in files["events.jsonl"].splitlines()]
    events = [line for line in lines if line["kind"] == "event"]
    assert report.checked == len(events) > 50
    # The office's conventions and their alert files, and the office itself.
    conventions = {str(ids.conventions[k]) for k in ("nievre-2015", "nievre-2022")}
    assert conventions <= {e["stream"] for e in events}
    assert str(office) in {e["stream"] for e in events}
    assert {line["convention_id"] for line in lines if line["kind"] == "terms"} >= conventions

    # The verifier travels in the archive, identical to client/audit.py; taken out alone and
    # run isolated from the project, with the key the platform publishes (not the archive's).
    assert files["audit.py"] == (Path(__file__).parents[2] / "client" / "audit.py").read_bytes()
    script = tmp_path / "audit.py"
    script.write_bytes(files["audit.py"])
    (tmp_path / "export.zip").write_bytes(archive)
    published = client.get("/audit/public-key", headers=headers["auditor"])
    assert published.status_code == 200, published.text
    key = published.json()["public_key_pem"]
    (tmp_path / "cle-plateforme.pem").write_text(key)

    def verify_offline(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(  # noqa: S603
            [sys.executable, "-I", str(script), "verify", "export.zip", *args],
            cwd=tmp_path, capture_output=True, text=True, check=False,
        )  # fmt: skip

    run = verify_offline("--public-key", "cle-plateforme.pem")
    assert run.returncode == 0 and run.stdout.startswith("OK :"), run.stdout + run.stderr
    # Fail closed: without the platform's key, not conclusive; with an unusable key, a failure.
    run = verify_offline()
    assert run.returncode == 2 and run.stdout.startswith("NON CONCLUANT"), run.stdout + run.stderr
    (tmp_path / "vide.pem").write_text("")
    run = verify_offline("--public-key", "vide.pem")
    assert run.returncode == 1 and run.stdout.startswith("ÉCHEC"), run.stdout + run.stderr
    # An archive re-signed by another key (a forger's, carried inside) fails with the platform's.
    assert not verify_bundle(archive, b"").ok
    forged = bytearray(archive)
    forged[len(forged) // 2] ^= 0x20
    (tmp_path / "export.zip").write_bytes(bytes(forged))
    run = verify_offline("--public-key", "cle-plateforme.pem")
    assert run.returncode == 1 and "ÉCHEC" in run.stdout

    # Any byte changed, in the archive or in the signed log alone: it fails.
    chance = random.Random(6)
    log = files["events.jsonl"]
    for data, verify in ((archive, verify_bundle), (log, verify_export)):
        for _ in range(FLIPS):
            changed = bytearray(data)
            at = chance.randrange(len(changed))
            changed[at] = (changed[at] + chance.randrange(1, 256)) % 256
            assert not verify(bytes(changed)).ok, at


def test_the_flat_file_is_chronological_and_numbered_without_gaps(demo):
    client, ids, headers = demo
    convention = ids.conventions["nievre-2015"]
    text = export(client, headers["nievre"], scope="convention", id=str(convention), format="csv").decode()
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert [int(r["NumLigne"]) for r in rows] == list(range(1, len(rows) + 1))
    positions = [int(r["Position"]) for r in rows]
    assert positions == sorted(positions) and len(rows) > 30
    assert all(len(r["Empreinte"]) == 64 for r in rows)
    log = export(client, headers["nievre"], scope="convention", id=str(convention), format="jsonl")
    assert verify_export(log).ok
    assert [json.loads(x)["position"] for x in log.splitlines() if b'"kind":"event"' in x] == positions


def test_the_dossier_reads_and_as_of_a_date_leaves_later_events_out(demo):
    client, ids, headers = demo
    office = ids.parties["oph-nievre"]
    page = export(client, headers["auditor"], scope="office", id=str(office), format="html").decode()
    assert "Dossier d'audit" in page and "Engagements et résultats" in page and "<svg" in page
    assert "Contreparties : engagé et versé" in page and "Alertes et leur traitement" in page
    assert "python audit.py verify export.zip --public-key" in page
    yesterday = (datetime.now(UTC) - timedelta(days=1)).date().isoformat()
    before = export(
        client, headers["auditor"], scope="office", id=str(office), format="jsonl", as_of=yesterday
    )
    assert verify_export(before).ok and b'"kind":"event"' not in before


def test_a_party_exports_only_its_own(demo):
    client, ids, headers = demo
    nievre_office = str(ids.parties["oph-nievre"])
    refused = client.get(
        "/audit/exports", params={"scope": "office", "id": nievre_office}, headers=headers["lyon"]
    )
    assert refused.status_code == 403 and refused.headers["content-type"] == "application/problem+json"
    hidden = client.get(
        "/audit/exports",
        params={"scope": "convention", "id": str(ids.conventions["nievre-2015"])},
        headers=headers["lyon"],
    )
    assert hidden.status_code == 404
    wrong_kind = client.get(
        "/audit/exports", params={"scope": "societe", "id": nievre_office}, headers=headers["auditor"]
    )
    assert wrong_kind.status_code == 422


def test_a_dossier_says_which_clock_it_means_and_offers_both(demo):
    """In force on 31 December 2020, as the platform knows it today — not « as recorded by the end
    of 2020 », which is empty for a demo recorded this year."""
    client, ids, headers = demo
    office = str(ids.parties["oph-nievre"])
    as_recorded = export(
        client, headers["auditor"], scope="office", id=office, format="jsonl", as_of="2020-12-31"
    )
    assert b'"kind":"event"' not in as_recorded  # nothing was recorded by then
    in_force = export(
        client, headers["auditor"], scope="office", id=office, format="jsonl", in_force_on="2020-12-31"
    )
    header = json.loads(in_force.splitlines()[0])
    assert header["in_force_on"] == "2020-12-31" and "in_force_on" in header["clocks"]
    assert b'"kind":"event"' in in_force and verify_export(in_force).ok
    dossier = export(
        client, headers["auditor"], scope="office", id=office, format="html", in_force_on="2020-12-31"
    )
    text = dossier.decode()
    assert "Situation en vigueur le 31/12/2020, telle que la plateforme la connaissait à la fin du" in text
    assert "2015-2019" in text or "Convention Département de la Nièvre – Nièvre Habitat" in text
    archive = export(client, headers["auditor"], scope="office", id=office, in_force_on="2020-12-31")
    assert verify_bundle(archive).ok
