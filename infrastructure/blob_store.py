"""The stores of documents' bytes (``application.blobs.BlobStore``), content-addressed: a blob
is named by its SHA-256, so writing the same bytes twice is one write, and nothing is ever
overwritten with other bytes by the platform.

- a directory (the default, beside the database: ``var/documents``), one file per blob under
  two levels of folders (``ab/cd/abcd…``), written to a temporary name, flushed to disk and
  renamed, so a crash never leaves half a blob under its name;
- an S3-compatible bucket (``DOCUMENTS_URL=s3://bucket/prefix``; Scaleway, OVHcloud, Outscale,
  MinIO, AWS…), through boto3.

Neither checks the bytes it gives back: ``conventions verify`` does (the digest is the name).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from application.blobs import BlobMissingError, BlobStore, MemoryBlobStore


class DirectoryBlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, sha256: str) -> Path:
        if len(sha256) != 64 or not all(c in "0123456789abcdef" for c in sha256):
            raise ValueError("not a SHA-256")  # never a path out of the root
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def put(self, sha256: str, content: bytes) -> None:
        path = self.path_of(sha256)
        if path.exists():
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")
        try:
            with os.fdopen(descriptor, "wb") as file:
                file.write(content)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def get(self, sha256: str) -> bytes:
        try:
            return self.path_of(sha256).read_bytes()
        except FileNotFoundError:
            raise BlobMissingError(sha256) from None

    def delete(self, sha256: str) -> None:
        self.path_of(sha256).unlink(missing_ok=True)

    def describe(self) -> str:
        return f"dossier {self.root}"


class S3BlobStore:
    def __init__(self, bucket: str, prefix: str = "", client: Any = None) -> None:
        self.bucket = bucket
        self.prefix = prefix.strip("/") + "/" if prefix.strip("/") else ""
        self.client = client

    def key_of(self, sha256: str) -> str:
        return f"{self.prefix}{sha256[:2]}/{sha256}"

    def put(self, sha256: str, content: bytes) -> None:
        self.client.put_object(Bucket=self.bucket, Key=self.key_of(sha256), Body=content)

    def get(self, sha256: str) -> bytes:
        try:
            answer = self.client.get_object(Bucket=self.bucket, Key=self.key_of(sha256))
        except self.client.exceptions.NoSuchKey:
            raise BlobMissingError(sha256) from None
        body: bytes = answer["Body"].read()
        return body

    def delete(self, sha256: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self.key_of(sha256))

    def describe(self) -> str:
        return f"s3://{self.bucket}/{self.prefix}"


def blob_store(
    url: str,
    *,
    endpoint_url: str | None = None,
    region: str | None = None,
    access_key_id: str | None = None,
    secret_access_key: str | None = None,
) -> BlobStore:
    """The store a URL names: ``memory://``, ``s3://bucket/prefix``, a directory (a path, or
    ``file:///absolute/path``)."""
    parsed = urlparse(url)
    if parsed.scheme == "memory":
        return MemoryBlobStore()
    if parsed.scheme == "s3":
        import boto3  # only where S3 is configured

        client = boto3.client(
            "s3",
            endpoint_url=endpoint_url,
            region_name=region,
            aws_access_key_id=access_key_id,
            aws_secret_access_key=secret_access_key,
        )
        return S3BlobStore(parsed.netloc, parsed.path, client)
    path = parsed.path if parsed.scheme == "file" else url
    return DirectoryBlobStore(Path(path))
