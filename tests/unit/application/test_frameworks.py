"""The plans and contracts a convention consolidates (issue 20): the PLH of the EPCI, the PDH of
the Département, the office's PSP and CUS, the NPNRU convention, the contrat de ville, the CIA,
the abattement de TFPB, a territorial contract with the State — each carried by a party of the
right kind, or named when it is not a party (the préfet, the ANRU); commitments name the one they
implement."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from application.convention_view import describe_convention
from domain.errors import ElementNotFoundError, InvalidPartiesError, InvalidValueError
from domain.terms import (
    FrameworkKind,
    FrameworkReference,
    SetCommitment,
    SetFramework,
    WithdrawFramework,
)
from tests.builders import SYSTEM, World, refused


@pytest.fixture
def world(ledger):
    return World(ledger)


def test_a_commitment_implements_a_framework_of_the_terms(ledger, world):
    cid = world.rattachement_convention()
    pdh = FrameworkReference(
        "pdh", FrameworkKind.PDH, "PDH de la Nièvre 2021-2026", world.nievre, "", 2021, 2026
    )
    npnru = FrameworkReference("npnru", FrameworkKind.NPNRU, "Convention NPNRU de Nevers", holder="ANRU")
    for change in (SetFramework(pdh), SetFramework(npnru)):
        ledger.drafting.amend_draft(cid, change, SYSTEM)
    rehab = ledger.get_convention(cid).terms.commitment("E1")
    ledger.drafting.amend_draft(cid, SetCommitment(replace(rehab, framework_id="pdh")), SYSTEM)
    # A framework still implemented cannot be withdrawn; a commitment names a declared one.
    refused(
        ledger,
        ElementNotFoundError,
        lambda: ledger.drafting.amend_draft(cid, WithdrawFramework("pdh"), SYSTEM),
    )
    refused(
        ledger,
        ElementNotFoundError,
        lambda: ledger.drafting.amend_draft(cid, SetCommitment(replace(rehab, framework_id="plh")), SYSTEM),
    )
    view = describe_convention(ledger.get_convention(cid), date(2022, 1, 1), (), ledger.parties.party_names)
    assert [(f.title, f.holder, f.years, f.commitments) for f in view.frameworks] == [
        ("PDH de la Nièvre 2021-2026", "Département de la Nièvre", "2021–2026", ("Réhabiliter",)),
        ("Convention NPNRU de Nevers", "ANRU", "—", ()),
    ]


@pytest.mark.parametrize(
    ("framework", "error", "words"),
    [
        # The office's own plan is a landlord's; a PLH is a collectivité's.
        (
            lambda w: FrameworkReference("psp", FrameworkKind.PSP, "PSP", w.nievre),
            InvalidPartiesError,
            "bailleur",
        ),
        (
            lambda w: FrameworkReference("plh", FrameworkKind.PLH, "PLH", w.oph_nievre),
            InvalidPartiesError,
            "collectivité",
        ),
        (
            lambda w: FrameworkReference("plh", FrameworkKind.PLH, "PLH", w.lyon),
            InvalidPartiesError,
            "pas partie",
        ),
        (lambda w: FrameworkReference("plh", FrameworkKind.PLH, "PLH"), InvalidPartiesError, "qui le porte"),
        (lambda w: FrameworkReference("plh", FrameworkKind.PLH, " ", holder="CA"), InvalidValueError, "vide"),
        (
            lambda w: FrameworkReference(
                "plh", FrameworkKind.PLH, "PLH", holder="CA", start_year=2024, end_year=2019
            ),
            InvalidValueError,
            "avant de commencer",
        ),
    ],
)
def test_a_framework_is_carried_by_whom_it_belongs_to(ledger, world, framework, error, words):
    cid = world.rattachement_convention()
    raised = refused(
        ledger, error, lambda: ledger.drafting.amend_draft(cid, SetFramework(framework(world)), SYSTEM)
    )
    assert words in str(raised)
