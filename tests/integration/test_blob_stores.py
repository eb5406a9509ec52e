"""The stores of documents' bytes: a directory (the default) and an S3-compatible bucket,
tested against a real local S3 server (moto's, on a free loopback port) — the same behaviour
from both, and through the platform: a document's bytes changed in the bucket are reported by
the verification."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import boto3
import pytest
from fastapi.testclient import TestClient
from moto.server import ThreadedMotoServer

from application.blobs import BlobMissingError, BlobStore
from application.documents import DocumentRequest
from domain.documents import DocumentKind
from infrastructure.blob_store import DirectoryBlobStore, S3BlobStore, blob_store
from infrastructure.bootstrap import build_api
from infrastructure.tokens import Tokens
from tests.builders import World
from tests.e2e.servers import free_port
from tests.settings import Settings

pytestmark = pytest.mark.stores("sqlite")

KEYS = {"access_key_id": "test-cle", "secret_access_key": "test-secret", "region": "eu-west-3"}


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_endpoint: str, request: pytest.FixtureRequest) -> str:
    name = f"documents-{abs(hash(request.node.name)) % 10**8}"
    client = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name=KEYS["region"],
        aws_access_key_id=KEYS["access_key_id"],
        aws_secret_access_key=KEYS["secret_access_key"],
    )
    client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": KEYS["region"]})
    return name


@pytest.fixture(params=["directory", "s3"])
def store(request: pytest.FixtureRequest, tmp_path) -> BlobStore:
    if request.param == "directory":
        return blob_store(str(tmp_path / "documents"))
    endpoint = request.getfixturevalue("s3_endpoint")
    name = request.getfixturevalue("bucket")
    return blob_store(f"s3://{name}/conventions", endpoint_url=endpoint, **KEYS)


def test_a_store_keeps_bytes_by_their_digest(store: BlobStore):
    content = b"%PDF-1.4\n%%EOF\n"
    digest = hashlib.sha256(content).hexdigest()
    with pytest.raises(BlobMissingError):
        store.get(digest)
    store.put(digest, content)
    store.put(digest, content)  # the same bytes again: the same blob
    assert store.get(digest) == content
    store.delete(digest)
    with pytest.raises(BlobMissingError):
        store.get(digest)
    store.delete(digest)  # deleting what is gone is no error


def test_the_url_picks_the_store(tmp_path):
    assert isinstance(blob_store(str(tmp_path)), DirectoryBlobStore)
    assert isinstance(blob_store(f"file://{tmp_path}"), DirectoryBlobStore)
    assert isinstance(
        blob_store("s3://bucket/prefix", endpoint_url="http://127.0.0.1:9", **KEYS), S3BlobStore
    )
    with pytest.raises(ValueError):
        DirectoryBlobStore(tmp_path).path_of("../../etc/passwd")


def test_a_document_in_the_bucket_changed_behind_the_platform_is_reported(
    s3_endpoint: str, bucket: str, tmp_path
):
    settings = Settings(
        database_url=f"sqlite:///{tmp_path}/ledger.sqlite3",
        tokens_file=tmp_path / "tokens.json",
        documents_url=f"s3://{bucket}/conventions",
        documents_s3_endpoint_url=s3_endpoint,
        documents_s3_region=KEYS["region"],
        documents_s3_access_key_id=KEYS["access_key_id"],
        documents_s3_secret_access_key=KEYS["secret_access_key"],
    )
    app = build_api(settings, run_worker=False)
    with TestClient(app) as client:
        ledger = app.state.ledger
        world = World(ledger)
        cid = world.convention_in_force()
        content = b"%PDF-1.7\nla convention signee\n%%EOF\n"
        attached = ledger.documents.attach(
            cid,
            DocumentRequest(DocumentKind.CONVENTION, content, "convention.pdf"),
            world.signatory(world.oph_nievre),
        )
        digest = attached.detail["sha256"]
        s3 = ledger.blobs.client
        assert (
            s3.get_object(Bucket=bucket, Key=f"conventions/{digest[:2]}/{digest}")["Body"].read() == content
        )
        trail = app.state.audit
        assert trail.verify().ok
        # Someone with the bucket's keys replaces the object.
        s3.put_object(
            Bucket=bucket,
            Key=f"conventions/{digest[:2]}/{digest}",
            Body=content.replace(b"signee", b"modifiee"),
        )
        found = trail.verify()
        assert [d.kind for d in found.discrepancies] == ["altered-document"]
        # The platform never serves bytes that are not those recorded.
        office = {
            "Authorization": f"Bearer {Tokens.for_settings(settings).issue(world.signatory(world.oph_nievre))}"
        }
        answer = client.get(f"/conventions/{cid}/documents/{attached.detail['document_id']}", headers=office)
        assert answer.status_code == 410 and answer.json()["type"] == "/problems/document-altered"
    app.state.ledger.close()
