"""The documents of the conventions: attached, read under the read rule, erased.

A document's record (what it is, its SHA-256, size and media type) is an event of its
convention, so the hash chain covers it; its bytes are in a content-addressed ``BlobStore``
beside the events (a directory by default, an S3-compatible store by configuration:
infrastructure/blob_store.py). The bytes are written after the domain accepted the document and
before its event is saved: a refused document leaves nothing; a save that fails leaves bytes no
event refers to, which nothing reads and ``conventions verify`` does not count (the same bytes
attached again are the same blob). The format is read from the content (``filetype``), never
from the file's name or the type the client declares.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any
from uuid import UUID, uuid4

import filetype  # type: ignore[import-untyped]
import structlog

from application.audit import Discrepancy
from application.authorization import check_may_act_for, check_may_prepare, convention_party_ids
from application.base import CommandResult, UseCases, result_of
from application.blobs import BlobMissingError, BlobStore
from domain.documents import DOCUMENT_MAX_BYTES, Document, DocumentFile, DocumentKind, check_document_file
from domain.errors import DocumentAlteredError, DocumentErasedError, DocumentTooLargeError
from domain.values import Actor, ActorRole

log = structlog.get_logger("documents")

DOCUMENT_TOPICS = (
    "domain.convention:Convention.DocumentAttached",
    "domain.convention:Convention.DocumentErased",
)


def measured(content: bytes, filename: str) -> DocumentFile:
    """The file as the platform measures it: its digest, size and the format its content shows
    (``application/octet-stream`` when it shows none the library knows)."""
    if len(content) > DOCUMENT_MAX_BYTES:
        raise DocumentTooLargeError(
            f"Le fichier fait plus de {DOCUMENT_MAX_BYTES} octets (20 Mo) : réduisez la résolution du "
            "scan ou scindez le document."
        )
    kind = filetype.guess(content) if content else None
    return DocumentFile(
        sha256=hashlib.sha256(content).hexdigest(),
        size=len(content),
        media_type=str(kind.mime) if kind is not None else "application/octet-stream",
        filename=filename.strip().replace("\\", "/").rsplit("/", 1)[-1],
    )


@dataclass(frozen=True)
class DocumentRequest:
    """A document a party attaches: what it is and its bytes."""

    kind: DocumentKind
    content: bytes
    filename: str
    title: str = ""
    avenant_number: int | None = None
    party_id: UUID | None = None
    year: int | None = None


def today() -> date:
    return datetime.now(UTC).date()


class Documents(UseCases):
    @property
    def blobs(self) -> BlobStore:
        return self.ledger.blobs

    def attach(self, convention_id: UUID, request: DocumentRequest, actor: Actor) -> CommandResult:
        """Rules: someone of a party to the convention attaches it (a deliberation: someone of
        the deliberating party); the file is accepted by its content (see
        ``domain.documents.check_document_file``) and is of something the convention holds
        (``Convention.attach_document``)."""
        file = check_document_file(measured(request.content, request.filename))
        document_id = uuid4()

        def check(convention: Any) -> None:
            if request.kind is DocumentKind.DELIBERATION and request.party_id is not None:
                check_may_act_for(actor, request.party_id, signing=False)
            else:
                check_may_prepare(actor, convention_party_ids(convention))

        def act(convention: Any) -> CommandResult:
            document = Document(
                document_id=document_id,
                kind=request.kind,
                file=file,
                attached_on=today(),
                title=request.title.strip(),
                avenant_number=request.avenant_number,
                party_id=request.party_id,
                year=request.year,
            )
            convention.attach_document(
                document,
                self.ledger.convention_directory(convention, *filter(None, [request.party_id])),
                actor,
            )
            # Accepted: the bytes are kept before the event that refers to them is saved.
            self.blobs.put(file.sha256, request.content)
            return result_of(convention, detail={"document_id": str(document_id), "sha256": file.sha256})

        return self.ledger.change_convention(
            convention_id,
            actor,
            act,
            "convention.document_attached",
            check=check,
            kind=request.kind.value,
            sha256=file.sha256,
            size=file.size,
        )

    def erase(self, convention_id: UUID, document_id: UUID, reason: str, actor: Actor) -> CommandResult:
        """Rules: the administrator, or someone of a party to the convention, erases the bytes
        of a document holding personal data, giving the reason; the record and the fingerprint
        stay. The bytes go once no other document (of any convention) still needs them."""
        erased: list[Document] = []

        def check(convention: Any) -> None:
            if actor.role is not ActorRole.ADMIN:
                check_may_prepare(actor, convention_party_ids(convention))

        def act(convention: Any) -> None:
            erased.append(convention.erase_document(document_id, reason, today(), actor))

        result = self.ledger.change_convention(
            convention_id, actor, act, "convention.document_erased", check=check, document_id=document_id
        )
        sha256 = erased[-1].file.sha256
        if sha256 not in self.live_digests():
            self.blobs.delete(sha256)
        return result

    def content(self, convention_id: UUID, document_id: UUID, actor: Actor) -> tuple[Document, bytes]:
        """A document and its bytes, for a reader of its convention."""
        document = self.ledger.readable_convention(convention_id, actor).document(document_id)
        if document.erased_on is not None:
            raise DocumentErasedError(
                f"Le contenu de ce document a été effacé le {document.erased_on:%d/%m/%Y} (données "
                "personnelles) ; son empreinte reste au registre."
            )
        content = self.blobs.get(document.file.sha256)
        if not document.file.holds(content):
            log.error("document.altered", convention_id=str(convention_id), document_id=str(document_id))
            raise DocumentAlteredError(
                f"Le fichier « {document.file.filename} » a été modifié au dépôt des documents : ce ne "
                "sont plus les octets enregistrés, la plateforme ne les sert pas. L'administrateur doit "
                "le restaurer depuis une sauvegarde (conventions verify le signale)."
            )
        return document, content

    # --- what verification and exports need ----------------------------------------------

    def recorded(self) -> Iterator[tuple[int, UUID, Document]]:
        """(position, convention id, document) of every document attached, with its erasure."""
        erased: dict[UUID, date] = {}
        attached: list[tuple[int, UUID, Document]] = []
        mapper = self.ledger.mapper
        for notification in self.ledger.notifications_of(DOCUMENT_TOPICS):
            event: Any = mapper.to_domain_event(notification)
            if notification.topic.endswith("DocumentErased"):
                erased[event.document_id] = event.effective_on
            else:
                attached.append((notification.id, event.originator_id, event.document))
        for position, convention_id, document in attached:
            on = erased.get(document.document_id)
            yield position, convention_id, (document if on is None else replace(document, erased_on=on))

    def live_digests(self) -> set[str]:
        return {d.file.sha256 for _, _, d in self.recorded() if not d.erased}

    def erased_digests(self) -> set[str]:
        """The digests whose bytes are gone: every document holding them erased."""
        documents = [d for _, _, d in self.recorded()]
        return {d.file.sha256 for d in documents if d.erased} - {
            d.file.sha256 for d in documents if not d.erased
        }

    def discrepancies(self) -> list[Discrepancy]:
        """Every document's bytes read back and hashed: a blob missing or changed (a byte
        edited in the store, a file replaced) is reported at the position of its event. An
        erased document's bytes are expected gone."""
        found: list[Discrepancy] = []
        for position, convention_id, document in self.recorded():
            if document.erased:
                continue
            try:
                content = self.blobs.get(document.file.sha256)
            except BlobMissingError:
                found.append(
                    Discrepancy(
                        position,
                        "missing-document",
                        f"Le fichier du document « {document.file.filename} » (convention "
                        f"{convention_id}) manque au dépôt des documents.",
                    )
                )
                continue
            if not document.file.holds(content):
                found.append(
                    Discrepancy(
                        position,
                        "altered-document",
                        f"Le fichier du document « {document.file.filename} » (convention "
                        f"{convention_id}) a été modifié au dépôt des documents : son empreinte "
                        "n'est plus celle enregistrée.",
                    )
                )
        return found
