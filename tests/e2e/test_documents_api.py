"""The documents of a convention (issue 19): the signed convention, its avenants, the
deliberations and the bilans are attached through the API, read back under the read rule,
chained by their digest; a byte changed in the store of documents is reported by `verify` and
by the offline verifier of an export; erased bytes leave their record."""

from __future__ import annotations

import hashlib
import io
import zipfile
from datetime import date

import openpyxl
import pytest

from client.audit import verify_bundle
from domain.documents import DOCUMENT_MAX_BYTES

PDF = b"%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"


def spreadsheet() -> bytes:
    book = openpyxl.Workbook()
    book.active.append(["Bilan 2021", 200])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def attach(api, cid, headers, content=PDF, name="convention-signee.pdf", status=201, **fields):
    answer = api.client.post(
        f"/conventions/{cid}/documents",
        data={"kind": "convention", **{k: str(v) for k, v in fields.items()}},
        files={"file": (name, content, "application/octet-stream")},
        headers=headers,
    )
    assert answer.status_code == status, answer.text
    return answer.json()


def version_of(api, cid, headers) -> int:
    return api.client.get(f"/conventions/{cid}", headers=headers).json()["version"]


def test_the_signed_convention_is_attached_and_read_back_by_its_readers_only(api, world):
    cid = world.nievre_convention
    office = api.token_for(world.signatory(world.oph_nievre))
    written = attach(api, cid, office, title="Convention signée par les deux parties")
    assert written["sha256"] == hashlib.sha256(PDF).hexdigest()

    convention = api.client.get(f"/conventions/{cid}", headers=office).json()
    [document] = convention["documents"]
    assert document["document_id"] == written["document_id"]
    assert document["kind"] == "convention" and document["erased_on"] is None
    assert document["file"] == {
        "sha256": hashlib.sha256(PDF).hexdigest(),
        "size": len(PDF),
        "media_type": "application/pdf",
        "filename": "convention-signee.pdf",
    }
    # The other party reads it too; the bytes are those attached, with their type.
    department = api.token_for(world.signatory(world.nievre))
    download = api.client.get(f"/conventions/{cid}/documents/{document['document_id']}", headers=department)
    assert download.status_code == 200
    assert download.content == PDF and download.headers["content-type"] == "application/pdf"
    assert "convention-signee.pdf" in download.headers["content-disposition"]
    # A party the convention does not concern is told it does not exist.
    lyon = api.token_for(world.signatory(world.lyon))
    assert (
        api.client.get(f"/conventions/{cid}/documents/{document['document_id']}", headers=lyon).status_code
        == 404
    )
    assert api.client.get(f"/conventions/{cid}/documents", headers=lyon).status_code == 404
    # The history says it in French.
    assert api.client.app.state.reads.wait_for(written["notification_id"], 10)
    timeline = api.client.get(f"/conventions/{cid}/timeline", headers=office).json()
    assert any(
        "Document joint : la convention signée, « convention-signee.pdf » (PDF" in item["line"]
        for item in timeline["items"]
    )


def test_a_file_is_judged_by_its_content_and_a_refused_one_records_nothing(api, world):
    cid = world.nievre_convention
    office = api.token_for(world.signatory(world.oph_nievre))
    before = version_of(api, cid, office)
    refused = attach(api, cid, office, content=b"#!/bin/sh\necho pwned\n", name="convention.pdf", status=422)
    assert refused["type"] == "/problems/unsupported-document-type"
    assert "contenu du fichier" in refused["detail"]
    assert attach(api, cid, office, content=b"", status=422)["type"] == "/problems/empty-document"
    # A bilan of a year outside the convention, a deliberation not recorded: named refusals.
    assert (
        attach(api, cid, office, kind="bilan", year=2030, status=422)["type"]
        == "/problems/year-outside-period"
    )
    missing = attach(
        api, cid, office, kind="deliberation", party_id=world.oph_nievre, avenant_number=7, status=409
    )
    assert missing["type"] == "/problems/document-subject"
    # The form's texts (not a JSON body, which api.schemas.Schema guards): the rule refuses them.
    bell = attach(api, cid, office, title="Convention\x07signée", status=422)
    assert "Le titre du document contient un caractère de contrôle (U+0007)" in bell["detail"]
    escape = attach(api, cid, office, name="convention\x1b.pdf", status=422)
    assert "Le nom du fichier contient un caractère de contrôle (U+001B)" in escape["detail"]
    assert version_of(api, cid, office) == before
    # A spreadsheet is a bilan's common form: accepted as what its content is.
    bilan = spreadsheet()
    attach(api, cid, office, content=bilan, name="bilan.bin", kind="bilan", year=2021)
    document = api.client.get(f"/conventions/{cid}/documents", headers=office).json()[-1]
    assert (
        document["file"]["media_type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    # The same file for the same subject twice: refused, nothing recorded.
    again = attach(api, cid, office, content=bilan, kind="bilan", year=2021, status=409)
    assert again["type"] == "/problems/duplicate-document"
    assert "déjà joint comme le bilan 2021" in again["detail"]


def test_a_document_larger_than_the_bound_is_refused(api, world):
    office = api.token_for(world.signatory(world.oph_nievre))
    # One byte over: the upload is read, the file refused by name.
    over = PDF + b"0" * (DOCUMENT_MAX_BYTES - len(PDF) + 1)
    answer = attach(api, world.nievre_convention, office, content=over, status=422)
    assert answer["type"] == "/problems/document-too-large"
    # Far over: the body is refused before it is read.
    huge = PDF + b"0" * (DOCUMENT_MAX_BYTES + 100 * 1024)
    answer = attach(api, world.nievre_convention, office, content=huge, status=413)
    assert answer["type"] == "/problems/body-too-large"


def test_only_the_deliberating_party_attaches_its_deliberation(api, world):
    cid = world.nievre_convention
    department = api.token_for(world.signatory(world.nievre))
    office = api.token_for(world.signatory(world.oph_nievre))
    refused = attach(api, cid, office, kind="deliberation", party_id=world.nievre, status=403)
    assert refused["type"] == "/problems/not-authorized"
    attach(api, cid, department, kind="deliberation", party_id=world.nievre, name="deliberation-cd58.pdf")
    [document] = api.client.get(f"/conventions/{cid}/documents", headers=office).json()
    assert document["kind"] == "deliberation" and document["party_id"] == str(world.nievre)


def verification(api) -> dict:
    auditor = api.token_for(world_auditor())
    answer = api.client.get("/audit/verification", headers=auditor)
    assert answer.status_code == 200, answer.text
    return answer.json()


def world_auditor():
    from domain.values import Actor, ActorRole

    return Actor("ccr-test", ActorRole.AUDITOR)


def export(api, cid) -> bytes:
    answer = api.client.get(
        "/audit/exports",
        params={"scope": "convention", "id": str(cid), "as_of": date.today().isoformat()},
        headers=api.token_for(world_auditor()),
    )
    assert answer.status_code == 200, answer.text
    return answer.content


@pytest.mark.stores("sqlite", "postgres")
def test_a_byte_changed_in_the_store_of_documents_is_reported_by_verify_and_offline(api, world):
    cid = world.nievre_convention
    office = api.token_for(world.signatory(world.oph_nievre))
    written = attach(api, cid, office)
    key = api.client.get("/audit/public-key").json()["public_key_pem"].encode()
    # Untouched: the store verifies, and so does an export, its document inside.
    assert verification(api)["ok"] is True
    bundle = export(api, cid)
    names = zipfile.ZipFile(io.BytesIO(bundle)).namelist()
    assert f"documents/{written['sha256']}" in names
    report = verify_bundle(bundle, key)
    assert report.ok and report.documents == 1, report

    # One byte changed in the file the directory store holds.
    ledger = api.client.app.state.ledger
    path = ledger.blobs.path_of(written["sha256"])
    damaged = bytearray(path.read_bytes())
    damaged[10] ^= 0x01
    path.write_bytes(bytes(damaged))

    found = verification(api)
    assert found["ok"] is False
    [discrepancy] = [d for d in found["discrepancies"] if d["kind"] == "altered-document"]
    events = api.client.get(f"/conventions/{cid}/events", headers=office).json()["items"]
    attached = next(e for e in events if e["type"] == "DocumentAttached")
    assert discrepancy["position"] == attached["position"]
    # An export made now carries the damaged bytes: the offline verifier sees they are not
    # those the chained event recorded.
    report = verify_bundle(export(api, cid), key)
    assert not report.ok and "n'est pas celui enregistré" in (report.problem or "")
    # The platform itself never serves bytes that are not those recorded.
    download = api.client.get(f"/conventions/{cid}/documents/{written['document_id']}", headers=office)
    assert download.status_code == 410 and download.json()["type"] == "/problems/document-altered"

    # Removed from the store: missing.
    path.unlink()
    assert [d["kind"] for d in verification(api)["discrepancies"]] == ["missing-document"]
    assert "manque" in (verify_bundle(export(api, cid), key).problem or "")


@pytest.mark.stores("sqlite", "postgres")
def test_erased_bytes_leave_the_record_and_the_digest(api, world):
    cid = world.nievre_convention
    office = api.token_for(world.signatory(world.oph_nievre))
    written = attach(api, cid, office)
    document_id = written["document_id"]
    lyon = api.token_for(world.signatory(world.lyon))
    reason = {"reason": "Le scan porte les coordonnées personnelles d'un signataire."}
    assert (
        api.client.post(
            f"/conventions/{cid}/documents/{document_id}/erasure", json=reason, headers=lyon
        ).status_code
        == 404
    )
    api.post(f"/conventions/{cid}/documents/{document_id}/erasure", reason, api.admin)

    gone = api.client.get(f"/conventions/{cid}/documents/{document_id}", headers=office)
    assert gone.status_code == 410 and gone.json()["type"] == "/problems/document-erased"
    [document] = api.client.get(f"/conventions/{cid}/documents", headers=office).json()
    assert document["erased_on"] == date.today().isoformat()
    assert document["file"]["sha256"] == written["sha256"]
    ledger = api.client.app.state.ledger
    assert not ledger.blobs.path_of(written["sha256"]).exists()
    # Erasing again is refused; the store and an export still verify (the bytes are expected gone).
    again = api.client.post(
        f"/conventions/{cid}/documents/{document_id}/erasure", json=reason, headers=api.admin
    )
    assert again.status_code == 410
    assert verification(api)["ok"] is True
    report = verify_bundle(
        export(api, cid), api.client.get("/audit/public-key").json()["public_key_pem"].encode()
    )
    assert report.ok and report.documents == 0, report
