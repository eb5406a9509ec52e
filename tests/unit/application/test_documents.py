"""The documents of a convention, through the use cases: what may be attached and by whom, that
a refused document leaves nothing, that erasure keeps the record and lets the bytes go once no
document needs them, and that a snapshot taken before documents existed still reads."""

from __future__ import annotations

import hashlib
from uuid import UUID

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from application.authorization import NotAuthorizedError
from application.blobs import BlobMissingError
from application.documents import DocumentRequest
from domain.documents import DocumentKind
from domain.errors import (
    AvenantNotFoundError,
    ConventionNotFoundError,
    DocumentErasedError,
    DocumentSubjectError,
    DuplicateDocumentError,
    UnsupportedDocumentTypeError,
    YearOutsidePeriodError,
)
from tests.builders import ADMIN, World, refused, snapshot_before

PDF = b"%PDF-1.4\n%%EOF\n"


@pytest.fixture
def world(ledger):
    return World(ledger)


def request(kind=DocumentKind.CONVENTION, content=PDF, **fields) -> DocumentRequest:
    return DocumentRequest(kind, content, fields.pop("filename", "document.pdf"), **fields)


def test_a_document_is_of_something_the_convention_holds(ledger, world):
    draft = world.rattachement_convention()
    office = world.signatory(world.oph_nievre)
    # Nobody has signed the draft yet: there is no signed convention to attach.
    refused(ledger, DocumentSubjectError, lambda: ledger.documents.attach(draft, request(), office))
    cid = world.convention_in_force()
    refused(
        ledger,
        AvenantNotFoundError,
        lambda: ledger.documents.attach(cid, request(DocumentKind.AVENANT, avenant_number=3), office),
    )
    refused(
        ledger,
        YearOutsidePeriodError,
        lambda: ledger.documents.attach(cid, request(DocumentKind.BILAN, year=2040), office),
    )
    refused(
        ledger,
        UnsupportedDocumentTypeError,
        lambda: ledger.documents.attach(cid, request(content=b"<html>convention</html>"), office),
    )
    # Someone of a party the convention does not bind may not attach anything to it.
    lyon = world.signatory(world.oph_lyon1)
    refused(ledger, ConventionNotFoundError, lambda: ledger.documents.attach(cid, request(), lyon))
    ledger.documents.attach(cid, request(), office)
    refused(ledger, DuplicateDocumentError, lambda: ledger.documents.attach(cid, request(), office))
    # The same bytes as another subject (the bilan 2021 scanned with the convention) is another document.
    ledger.documents.attach(cid, request(DocumentKind.BILAN, year=2021), office)
    assert [d.kind for d in ledger.get_convention(cid).documents] == [
        DocumentKind.CONVENTION,
        DocumentKind.BILAN,
    ]


def test_a_deliberation_is_attached_by_its_party(ledger, world):
    cid = world.convention_in_force()
    deliberation = request(DocumentKind.DELIBERATION, party_id=world.nievre)
    with pytest.raises(NotAuthorizedError):
        ledger.documents.attach(cid, deliberation, world.signatory(world.oph_nievre))
    ledger.documents.attach(cid, deliberation, world.signatory(world.nievre))
    [document] = ledger.get_convention(cid).documents
    assert document.party_id == world.nievre and document.describe() == "la délibération"


def test_erased_bytes_go_once_no_document_needs_them(ledger, world):
    first = world.convention_in_force()
    second = world.convention_in_force()
    office = world.signatory(world.oph_nievre)
    digest = hashlib.sha256(PDF).hexdigest()
    one = ledger.documents.attach(first, request(), office).detail["document_id"]
    other = ledger.documents.attach(second, request(), office).detail["document_id"]
    ledger.documents.erase(first, UUID(one), "Coordonnées personnelles d'un agent.", ADMIN)
    assert ledger.blobs.get(digest) == PDF  # the other convention's document still holds them
    with pytest.raises(DocumentErasedError):
        ledger.documents.content(first, UUID(one), office)
    refused(ledger, DocumentErasedError, lambda: ledger.documents.erase(first, UUID(one), "Encore.", ADMIN))
    ledger.documents.erase(second, UUID(other), "Coordonnées personnelles d'un agent.", office)
    with pytest.raises(BlobMissingError):
        ledger.blobs.get(digest)
    # The records and their digests stay.
    assert [d.file.sha256 for d in ledger.get_convention(first).documents] == [digest]
    assert ledger.documents.discrepancies() == []


def test_a_snapshot_taken_before_documents_reads_with_none(ledger, world):
    cid = world.convention_in_force()
    restored = snapshot_before(ledger.get_convention(cid), "documents", 2)
    assert restored.documents == ()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    steps=st.lists(
        st.tuples(st.sampled_from(["attach", "erase"]), st.integers(0, 3), st.integers(0, 5)),
        min_size=1,
        max_size=12,
    )
)
def test_documents_only_accumulate_and_erasure_never_undoes(ledger, world, steps):
    """For any sequence of attachments and erasures: the list of documents only grows, an
    erased document stays erased with its digest, and the bytes of every live one are kept."""
    cid = world.convention_in_force()
    office = world.signatory(world.oph_nievre)
    seen: list = []
    for action, file_number, pick in steps:
        documents = ledger.get_convention(cid).documents
        try:
            if action == "attach":
                content = PDF + b"%" + bytes([48 + file_number])
                ledger.documents.attach(cid, request(content=content, filename=f"f{file_number}.pdf"), office)
            elif documents:
                ledger.documents.erase(
                    cid, documents[pick % len(documents)].document_id, "Données personnelles.", ADMIN
                )
        except (DuplicateDocumentError, DocumentErasedError):
            pass
        now = ledger.get_convention(cid).documents
        assert [d.document_id for d in now[: len(seen)]] == [d.document_id for d in seen]
        for before, after in zip(seen, now, strict=False):
            assert after.file == before.file
            assert not (before.erased and not after.erased)
        for document in now:
            if not document.erased:
                assert (
                    hashlib.sha256(ledger.blobs.get(document.file.sha256)).hexdigest() == document.file.sha256
                )
        seen = list(now)
