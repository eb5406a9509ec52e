"""The documents of a convention: the signed convention, its signed avenants, the
deliberations that authorised the signatures, the annual bilans.

The ledger records what a document is and its fingerprint (SHA-256, size, media type), so that
the hash chain covers it; its bytes live beside the events, in a content-addressed store
(``application.documents``). Once attached, a document is never replaced: a corrected scan is
another document. Its bytes may be erased (personal data); its record and fingerprint stay.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from uuid import UUID

from domain import wording
from domain.errors import DocumentTooLargeError, EmptyDocumentError, UnsupportedDocumentTypeError
from domain.values import NAME_MAX_LENGTH, check_label

DOCUMENT_MAX_BYTES = 20 * 1024 * 1024
"""The largest document accepted: a signed convention scanned in colour runs to a few MB."""

MEDIA_TYPES = {
    "application/pdf": "PDF",
    "application/vnd.oasis.opendocument.text": "texte OpenDocument (.odt)",
    "application/vnd.oasis.opendocument.spreadsheet": "tableur OpenDocument (.ods)",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word (.docx)",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel (.xlsx)",
    "application/msword": "Word 97-2003 (.doc)",
    "application/vnd.ms-excel": "Excel 97-2003 (.xls)",
    "image/jpeg": "image JPEG (scan)",
    "image/png": "image PNG (scan)",
    "image/tiff": "image TIFF (scan)",
}
"""The formats accepted, as their content shows them (never by the file's name), and how a
person calls them."""

_SHA256 = re.compile(r"[0-9a-f]{64}")


class DocumentKind(Enum):
    CONVENTION = "convention"  # the convention as signed
    AVENANT = "avenant"  # an avenant as signed
    DELIBERATION = "deliberation"  # a party's deliberation authorising a signature
    BILAN = "bilan"  # the annual bilan (or the final evaluation) of a year


KIND_LABELS = {
    DocumentKind.CONVENTION: "la convention signée",
    DocumentKind.AVENANT: "l'avenant signé",
    DocumentKind.DELIBERATION: "la délibération",
    DocumentKind.BILAN: "le bilan",
}


@dataclass(frozen=True)
class DocumentFile:
    """What the bytes are, as measured by the platform when they were received."""

    sha256: str
    size: int
    media_type: str
    filename: str

    def holds(self, content: bytes) -> bool:
        """Whether ``content`` is these bytes (its SHA-256 is the one recorded)."""
        return hashlib.sha256(content).hexdigest() == self.sha256


@dataclass(frozen=True)
class Document:
    """A document attached to a convention: what it is (its kind and subject — the avenant's
    number, the deliberating party, the bilan's year) and its file's fingerprint."""

    document_id: UUID
    kind: DocumentKind
    file: DocumentFile
    attached_on: date
    title: str = ""
    avenant_number: int | None = None
    party_id: UUID | None = None
    year: int | None = None
    erased_on: date | None = None  # its bytes erased (personal data); the record stays

    @property
    def erased(self) -> bool:
        return self.erased_on is not None

    def same_subject(self, other: Document) -> bool:
        return (self.kind, self.avenant_number, self.party_id, self.year) == (
            other.kind,
            other.avenant_number,
            other.party_id,
            other.year,
        )

    def describe(self) -> str:
        """What it is, in French: « l'avenant signé n°2 », « le bilan 2023 »…"""
        label = KIND_LABELS[self.kind]
        if self.kind is DocumentKind.AVENANT or (
            self.kind is DocumentKind.DELIBERATION and self.avenant_number is not None
        ):
            label += f" (avenant n°{self.avenant_number})"
        if self.year is not None:
            label += f" {self.year}"
        return label


def size_in_words(size: int) -> str:
    """« 2,4 Mo », « 812 ko », « 95 octets »: how a person reads a file's size."""
    if size >= 1024 * 1024:
        return f"{wording.number((Decimal(size) / (1024 * 1024)).quantize(Decimal('0.1')))} Mo"
    if size >= 1024:
        return f"{wording.number(size // 1024)} ko"
    return f"{size} octets"


def check_document_file(file: DocumentFile) -> DocumentFile:
    """Rules: a non-empty file of at most ``DOCUMENT_MAX_BYTES``, of an accepted format (its
    content decides), with a name; its fingerprint is a SHA-256."""
    check_label(file.filename, "Le nom du fichier", max_length=NAME_MAX_LENGTH)
    if file.size <= 0:
        raise EmptyDocumentError("Le fichier est vide : joignez le document lui-même.")
    if file.size > DOCUMENT_MAX_BYTES:
        raise DocumentTooLargeError(
            f"Le fichier fait {file.size} octets ; un document en fait {DOCUMENT_MAX_BYTES} au plus "
            "(20 Mo) : réduisez la résolution du scan ou scindez le document."
        )
    if file.media_type not in MEDIA_TYPES:
        accepted = ", ".join(sorted(set(MEDIA_TYPES.values())))
        raise UnsupportedDocumentTypeError(
            f"Le contenu de « {file.filename[:80]} » n'est pas d'un format accepté ({accepted}) : "
            "c'est le contenu du fichier qui compte, pas son nom."
        )
    if not _SHA256.fullmatch(file.sha256):
        raise UnsupportedDocumentTypeError("L'empreinte du fichier n'est pas un SHA-256.")
    return file
