"""The typed Python client generated from the OpenAPI document (issue 19): the committed one is
what the current API generates, and it works against a running server — register parties,
draft, deliberate and sign a convention, read it back and follow the feed, typed end to end."""

from __future__ import annotations

import datetime
import filecmp
from pathlib import Path

import pytest

from client.conventions_client import AuthenticatedClient
from client.conventions_client.api.conventions import (
    draft_convention,
    read_convention,
    record_deliberation,
    sign,
)
from client.conventions_client.api.feed import read_feed
from client.conventions_client.api.parties import register_collectivite, register_office
from client.conventions_client.models import (
    CollectiviteCreate,
    CollectiviteKind,
    ConventionCreate,
    ConventionKind,
    ConventionPublic,
    ConventionStatus,
    DeliberationCreate,
    OfficeCreate,
    PartyIn,
    PartyRole,
    PartyType,
    Problem,
    SignatureCreate,
    WriteResult,
)
from domain.values import Actor, ActorRole
from infrastructure.tokens import Tokens
from tests.builders import siren
from tests.e2e.servers import Server, free_port
from tests.settings import Settings
from tools.generate_client import CLIENT, generate

pytestmark = pytest.mark.stores("sqlite")


def differing(left: Path, right: Path) -> list[str]:
    comparison = filecmp.dircmp(left, right, ignore=["__pycache__", ".ruff_cache"])
    found = [*comparison.left_only, *comparison.right_only, *comparison.diff_files]
    for name in comparison.common_files:
        if (left / name).read_bytes() != (right / name).read_bytes():
            found.append(name)
    for sub in comparison.common_dirs:
        found += [f"{sub}/{n}" for n in differing(left / sub, right / sub)]
    return sorted(set(found))


def test_the_committed_client_is_generated_from_the_current_api(tmp_path):
    generate(tmp_path / "conventions_client")
    assert differing(CLIENT, tmp_path / "conventions_client") == [], (
        "regenerate it: python -m tools.generate_client"
    )


def test_the_generated_client_drafts_signs_and_reads_a_convention(database_url, tmp_path):
    settings = Settings(database_url=database_url, tokens_file=tmp_path / "tokens.json")
    with Server(settings, free_port()) as server:
        base_url = f"http://127.0.0.1:{server.server.config.port}"
        issue = Tokens.for_settings(settings).issue
        admin = AuthenticatedClient(base_url=base_url, token=issue(Actor("admin", ActorRole.ADMIN)))
        department = register_collectivite.sync(
            client=admin,
            body=CollectiviteCreate(
                siren=siren(22580001),
                name="Département de la Nièvre",
                kind=CollectiviteKind.DEPARTEMENT,
                departement_code="58",
            ),
        )
        assert isinstance(department, WriteResult)
        office = register_office.sync(
            client=admin,
            body=OfficeCreate(
                siren=siren(27580001),
                name="Nièvre Habitat",
                rattachement_id=department.id,
                attached_on=datetime.date(2008, 1, 1),
            ),
        )
        assert isinstance(office, WriteResult)
        as_office = AuthenticatedClient(
            base_url=base_url, token=issue(Actor("dg-nievre-habitat", ActorRole.SIGNATORY, office.id))
        )
        as_department = AuthenticatedClient(
            base_url=base_url, token=issue(Actor("pdt-nievre", ActorRole.SIGNATORY, department.id))
        )
        drafted = draft_convention.sync(
            client=as_office,
            body=ConventionCreate(
                kind=ConventionKind.RATTACHEMENT,
                title="Convention Département de la Nièvre – Nièvre Habitat",
                start_date=datetime.date(2023, 1, 1),
                end_date=datetime.date(2027, 12, 31),
                parties=[
                    PartyIn(party_id=office.id, party_type=PartyType.OFFICE, role=PartyRole.SIGNATAIRE),
                    PartyIn(
                        party_id=department.id, party_type=PartyType.COLLECTIVITE, role=PartyRole.SIGNATAIRE
                    ),
                ],
            ),
        )
        assert isinstance(drafted, WriteResult)
        cid = drafted.id
        for client, party in ((as_office, office.id), (as_department, department.id)):
            deliberated = record_deliberation.sync(
                cid,
                client=client,
                body=DeliberationCreate(
                    party_id=party,
                    body="assemblée délibérante",
                    reference=f"D-{str(party)[:4]}",
                    adopted_on=datetime.date(2022, 12, 1),
                ),
            )
            assert isinstance(deliberated, WriteResult)
            signed = sign.sync(
                cid, client=client, body=SignatureCreate(signed_on=datetime.date(2022, 12, 15))
            )
            assert isinstance(signed, WriteResult)
        convention = read_convention.sync(cid, client=as_office)
        assert isinstance(convention, ConventionPublic)
        assert convention.status is ConventionStatus.IN_FORCE
        assert {s.party_id for s in convention.signatures} == {office.id, department.id}
        # A refusal comes back typed, as the problem it is.
        again = sign.sync(cid, client=as_office, body=SignatureCreate(signed_on=datetime.date(2022, 12, 16)))
        assert isinstance(again, Problem) and again.type_ == "/problems/invalid-transition"
        assert "plus rien à signer" in again.detail
        # The feed, typed: the office's events in order.
        page = read_feed.sync(client=as_office, convention_id=cid)
        assert [e.type_ for e in page.items][:1] == ["Drafted"]
        assert [e.position for e in page.items] == sorted(e.position for e in page.items)
