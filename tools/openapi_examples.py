"""Records the answers shown as examples in the OpenAPI document: the API itself, serving the
demo in memory, is asked each of its JSON reads (and the few writes whose answer no read has),
and what it answers — lists shortened to two items — is written to api/openapi_answers.json.

    python -m tools.openapi_examples

Run it again when an answer's shape changes: tests/e2e/test_openapi_examples.py fails while an
answer of the document has no example or an example no longer fits its schema.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from api.openapi_examples import ANSWERS_FILE, REQUESTS
from application.documents import DocumentRequest
from domain.documents import DocumentKind
from domain.values import Actor, ActorRole
from infrastructure.bootstrap import build_api
from infrastructure.demo import load_demo
from infrastructure.demo.loader import one_page_pdf
from infrastructure.settings import Settings
from infrastructure.tokens import Tokens


def shortened(value: Any) -> Any:
    if isinstance(value, list):
        return [shortened(v) for v in value[:2]]
    if isinstance(value, dict):
        return {k: shortened(v) for k, v in value.items()}
    return value


def record() -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp())
    settings = Settings(database_url="memory://", tokens_file=folder / "tokens.json")
    app = build_api(settings)
    answers: dict[str, Any] = {}
    with TestClient(app) as client:
        ledger = app.state.ledger
        demo = load_demo(ledger)
        if not app.state.reads.wait_for(ledger.history.last_position(), 60):
            raise SystemExit("Les vues de la démo ne se sont pas mises à jour à temps.")
        tokens = Tokens.for_settings(settings)
        admin = {"Authorization": f"Bearer {tokens.issue(Actor('admin-exemple', ActorRole.ADMIN))}"}
        auditor = {"Authorization": f"Bearer {tokens.issue(Actor('ccr-exemple', ActorRole.AUDITOR))}"}
        office_actor = demo.actors["oph-nievre"]
        office = {"Authorization": f"Bearer {tokens.issue(office_actor)}"}
        cid = demo.conventions["nievre-2015"]
        document = ledger.documents.attach(
            demo.conventions["nievre-2022"],
            DocumentRequest(
                DocumentKind.CONVENTION, one_page_pdf("Convention 2022-2026"), "convention-2022.pdf"
            ),
            office_actor,
        ).detail["document_id"]

        def post(path: str, body: dict[str, Any], headers: dict[str, str], template: str) -> Any:
            answer = client.post(path, json=body, headers=headers)
            if answer.status_code not in (200, 201):
                raise SystemExit(f"{path} : {answer.status_code} {answer.text}")
            answers[f"POST {template}"] = shortened(answer.json())
            return answer.json()

        office_id = demo.parties["oph-nievre"]
        webhook = post(
            f"/parties/{office_id}/webhooks",
            REQUESTS[("post", "/parties/{party_id}/webhooks")],
            office,
            "/parties/{party_id}/webhooks",
        )
        post(
            f"/parties/{office_id}/webhooks/{webhook['id']}/replay",
            {"after": 0},
            office,
            "/parties/{party_id}/webhooks/{subscription_id}/replay",
        )
        person = post(
            "/people",
            {**REQUESTS[("post", "/people")], "party_id": str(demo.parties["dep-nievre"])},
            admin,
            "/people",
        )
        post(
            f"/conventions/{cid}/meetings",
            {"body_id": "comite-suivi", "met_on": "2019-11-20", "reference": "PV du comité du 20/11/2019"},
            {"Authorization": f"Bearer {tokens.issue(demo.actors['dep-nievre'])}"},
            "/conventions/{convention_id}/meetings",
        )
        post("/alert-scans", {"as_of": "2019-07-15"}, admin, "/alert-scans")
        post("/audit/checkpoints", {}, admin, "/audit/checkpoints")
        head = client.get("/audit/checkpoints", headers=auditor).json()[-1]
        values = {
            "convention_id": str(cid),
            "party_id": str(office_id),
            "office_id": str(office_id),
            "collectivite_id": str(demo.parties["dep-nievre"]),
            "societe_id": str(demo.parties["sc-bourgogne"]),
            "member_id": str(office_id),
            "number": "1",
            "year": "2019",
            "document_id": document,
            "subscription_id": webhook["id"],
            "person_id": person["id"],
        }
        queries = {
            "/audit/proofs/inclusion": {"position": 1, "tree_size": head["tree_size"]},
            "/audit/proofs/consistency": {"first": 1, "second": head["tree_size"]},
            "/audit/exports": {"scope": "convention", "id": str(cid), "format": "jsonl"},
        }
        spec = app.openapi()
        for template, operations in spec["paths"].items():
            operation = operations.get("get")
            if operation is None or "application/json" not in operation["responses"].get("200", {}).get(
                "content", {}
            ):
                continue
            path = re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], template)
            answer = client.get(
                path,
                params=queries.get(template, {}),
                headers=auditor if template.startswith("/audit") else admin,
            )
            if answer.status_code != 200:
                raise SystemExit(f"{template} : {answer.status_code} {answer.text}")
            answers[f"GET {template}"] = shortened(answer.json())
        # A write answer for every write whose answer no call above gave (the same shape).
        by_schema: dict[str, Any] = {}
        for key, answer in answers.items():
            method, template = key.split(" ", 1)
            ref = _answer_schema(spec["paths"][template][method.lower()])
            if ref:
                by_schema.setdefault(ref, answer)
        for template, operations in spec["paths"].items():
            for method, operation in operations.items():
                ref = _answer_schema(operation)
                if ref in by_schema:
                    answers.setdefault(f"{method.upper()} {template}", by_schema[ref])
    ledger.close()
    return dict(sorted(answers.items()))


def _answer_schema(operation: dict[str, Any]) -> str | None:
    for status in ("200", "201"):
        content = operation.get("responses", {}).get(status, {}).get("content", {})
        schema = content.get("application/json", {}).get("schema", {})
        if "$ref" in schema:
            return str(schema["$ref"])
    return None


if __name__ == "__main__":
    recorded = record()
    ANSWERS_FILE.write_text(json.dumps(recorded, ensure_ascii=False, indent=1) + "\n")
    print(f"{len(recorded)} réponses enregistrées dans {ANSWERS_FILE}.")
