"""Where the bytes of documents are kept: by their SHA-256, beside the events (the events hold
their records). The stores themselves — a directory, an S3-compatible bucket — are
infrastructure/blob_store.py; the memory one serves the tests and the in-memory ledger."""

from __future__ import annotations

import threading
from typing import Protocol


class BlobMissingError(Exception):
    """The store holds no bytes under this digest."""


class BlobStore(Protocol):
    """Bytes by their SHA-256 (lowercase hex): writing the same bytes twice is one blob."""

    def put(self, sha256: str, content: bytes) -> None: ...

    def get(self, sha256: str) -> bytes:
        """The bytes stored under the digest (as stored: not checked here); BlobMissingError."""
        ...

    def delete(self, sha256: str) -> None: ...

    def describe(self) -> str:
        """Where the bytes are, for the logs and the operator."""
        ...


class MemoryBlobStore:
    def __init__(self) -> None:
        self._blobs: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def put(self, sha256: str, content: bytes) -> None:
        with self._lock:
            self._blobs[sha256] = content

    def get(self, sha256: str) -> bytes:
        with self._lock:
            if sha256 not in self._blobs:
                raise BlobMissingError(sha256)
            return self._blobs[sha256]

    def delete(self, sha256: str) -> None:
        with self._lock:
            self._blobs.pop(sha256, None)

    def describe(self) -> str:
        return "en mémoire"
