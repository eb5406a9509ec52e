"""Accounts of the web interface: invited by an administrator for a party and a role, matched
to the identity the provider states (e-mail, and SIRET when the account names one)."""

from __future__ import annotations

import pytest

from application.accounts import Accounts, Identity, MemoryAccountStore
from application.authorization import NotAuthorizedError
from domain.errors import (
    AccountAlreadyExistsError,
    AccountNotFoundError,
    AccountOrganisationMismatchError,
    InvalidSirenError,
    InvalidValueError,
    PartyNotFoundError,
)
from domain.identifiers import luhn_is_valid
from domain.values import Actor, ActorRole
from tests.builders import ADMIN, World, siren


@pytest.fixture
def world(ledger):
    return World(ledger)


@pytest.fixture
def accounts(ledger):
    return Accounts(MemoryAccountStore(), ledger.get_party)


def a_siret(siren_digits: str, establishment: str = "0001") -> str:
    return next(
        siren_digits + establishment + str(k)
        for k in range(10)
        if luhn_is_valid(siren_digits + establishment + str(k))
    )


def invite(accounts, world, **changes):  # type: ignore[no-untyped-def]
    fields = {
        "email": "DAF@nievre-habitat.fr",
        "role": ActorRole.SIGNATORY,
        "party_id": world.oph_nievre,
        "display_name": "Direction financière",
        "actor": ADMIN,
    } | changes
    return accounts.invite(**fields)


def test_an_invited_person_signs_in_by_e_mail_whatever_its_case(accounts, world):
    account = invite(accounts, world)
    assert account.email == "daf@nievre-habitat.fr"
    signed_in = accounts.sign_in(Identity("Daf@Nievre-Habitat.FR"))
    assert signed_in.actor == Actor(account.actor_id, ActorRole.SIGNATORY, world.oph_nievre)


def test_only_an_administrator_invites(accounts, world):
    with pytest.raises(NotAuthorizedError):
        invite(accounts, world, actor=world.signatory(world.oph_nievre))


def test_a_party_role_needs_a_party_that_exists_and_others_none(accounts, world):
    with pytest.raises(InvalidValueError, match="agit pour une partie"):
        invite(accounts, world, party_id=None)
    with pytest.raises(InvalidValueError, match="n'agit pour aucune partie"):
        invite(accounts, world, role=ActorRole.AUDITOR)
    with pytest.raises(PartyNotFoundError):
        invite(accounts, world, party_id=world.oph_nievre.__class__(int=7))
    with pytest.raises(InvalidValueError, match="réservé"):
        invite(accounts, world, role=ActorRole.SYSTEM, party_id=None)
    assert (
        invite(accounts, world, role=ActorRole.AUDITOR, party_id=None, email="crc@ccomptes.fr").party_id
        is None
    )


def test_one_account_per_e_mail(accounts, world):
    invite(accounts, world)
    with pytest.raises(AccountAlreadyExistsError):
        invite(accounts, world, email="daf@NIEVRE-habitat.fr", party_id=world.nievre)


def test_an_account_bound_to_an_establishment_refuses_another(accounts, world):
    siret = a_siret(siren(2001))
    invite(accounts, world, siret=siret)
    assert accounts.sign_in(Identity("daf@nievre-habitat.fr", siret)).siret == siret
    with pytest.raises(AccountOrganisationMismatchError):
        accounts.sign_in(Identity("daf@nievre-habitat.fr", a_siret(siren(2001), "0002")))
    with pytest.raises(AccountOrganisationMismatchError):
        accounts.sign_in(Identity("daf@nievre-habitat.fr", None))


def test_a_siret_is_checked(accounts, world):
    with pytest.raises(InvalidSirenError, match="14 chiffres"):
        invite(accounts, world, siret="123")
    good = a_siret(siren(2001))
    wrong_key = good[:-1] + str((int(good[-1]) + 5) % 10)
    with pytest.raises(InvalidSirenError, match="clé de contrôle"):
        invite(accounts, world, siret=wrong_key)


def test_unknown_and_revoked_people_do_not_sign_in(accounts, world):
    with pytest.raises(AccountNotFoundError, match="demandez à l'administrateur"):
        accounts.sign_in(Identity("personne@ailleurs.fr"))
    account = invite(accounts, world)
    accounts.revoke(account.actor_id, ADMIN)
    assert accounts.active(account.actor_id) is None
    with pytest.raises(AccountNotFoundError):
        accounts.sign_in(Identity("daf@nievre-habitat.fr"))
    assert accounts.revoke(account.actor_id, ADMIN).revoked_at is not None  # twice: unchanged
    with pytest.raises(NotAuthorizedError):
        accounts.revoke(account.actor_id, world.signatory(world.oph_nievre))
