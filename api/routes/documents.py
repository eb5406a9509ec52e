"""The documents of a convention: attach (multipart upload), list, download, erase the bytes."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote
from uuid import UUID

from fastapi import File, Form, UploadFile
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api import routing
from api.deps import MAX_INT, CurrentActor, Ledger, Writer, Written
from api.schemas import DocumentErasure, WriteResult
from api.schemas.records import DocumentPublic, published
from application.documents import DocumentRequest
from domain.documents import DOCUMENT_MAX_BYTES, Document, DocumentKind
from domain.values import LABEL_MAX_LENGTH, NAME_MAX_LENGTH

router = routing.router(prefix="/conventions", tags=["documents"])


@router.post("/{convention_id}/documents", status_code=201)
async def attach_document(
    convention_id: UUID,
    ledger: Writer,
    actor: CurrentActor,
    written: Written,
    file: Annotated[
        UploadFile,
        File(description=f"The document: PDF, office formats or a scan; {DOCUMENT_MAX_BYTES} bytes at most."),
    ],
    kind: Annotated[DocumentKind, Form(description="What it is.")],
    title: Annotated[str, Form(max_length=LABEL_MAX_LENGTH)] = "",
    avenant_number: Annotated[
        int | None, Form(ge=1, le=MAX_INT, description="Kind `avenant`, or a deliberation on an avenant.")
    ] = None,
    party_id: Annotated[UUID | None, Form(description="Kind `deliberation`: whose it is.")] = None,
    year: Annotated[int | None, Form(ge=1900, le=2200, description="Kind `bilan`: its year.")] = None,
) -> WriteResult:
    """Attach a document. Its format is read from its content (the name and the declared type
    are not trusted); its SHA-256, size and format are recorded in the convention's history, so
    the hash chain covers it."""
    content = await file.read(DOCUMENT_MAX_BYTES + 1)
    request = DocumentRequest(
        kind=kind,
        content=content,
        filename=(file.filename or "document")[:NAME_MAX_LENGTH],
        title=title,
        avenant_number=avenant_number,
        party_id=party_id,
        year=year,
    )
    return written(await run_in_threadpool(ledger.documents.attach, convention_id, request, actor))


@router.get("/{convention_id}/documents")
def list_documents(convention_id: UUID, ledger: Ledger, actor: CurrentActor) -> list[DocumentPublic]:
    """The documents attached, erased ones included (their record and digest stay)."""
    documents = ledger.readable_convention(convention_id, actor).documents
    public: list[DocumentPublic] = published(documents)
    return public


@router.get(
    "/{convention_id}/documents/{document_id}",
    response_class=Response,
    responses={
        200: {
            "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
            "description": "The bytes as attached, with their own media type (PDF, office formats, scans).",
        }
    },
)
def download_document(
    convention_id: UUID, document_id: UUID, ledger: Ledger, actor: CurrentActor
) -> Response:
    """The document's bytes, for a reader of the convention; `410` once erased."""
    return download(*ledger.documents.content(convention_id, document_id, actor))


def download(document: Document, content: bytes) -> Response:
    """A document's bytes as attached, with its format and name, for the API and the pages."""
    name = document.file.filename
    return Response(
        content,
        media_type=document.file.media_type,
        headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}",
            "Digest": f"sha-256={document.file.sha256}",
            "ETag": f'"{document.file.sha256}"',
        },
    )


@router.post("/{convention_id}/documents/{document_id}/erasure", status_code=201)
def erase_document(
    convention_id: UUID,
    document_id: UUID,
    body: DocumentErasure,
    ledger: Writer,
    actor: CurrentActor,
    written: Written,
) -> WriteResult:
    """Erase a document's bytes (personal data): the administrator or a party to the
    convention, with the reason. The record and the digest stay in the history."""
    return written(ledger.documents.erase(convention_id, document_id, body.reason, actor))
