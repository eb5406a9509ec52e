"""A Société de Coordination of three offices committing towards a collectivité d'implantation,
the Côte-d'Or taking part in its governance and joining by avenant."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.terms import (
    AddParty,
    Axis,
    AxisFamily,
    Commitment,
    CommitmentKind,
    Contrepartie,
    ContrepartieKind,
    ConventionKind,
    Direction,
    Indicator,
    PartyRole,
    PartyType,
    SetAxis,
    SetCommitment,
    SetContrepartie,
    YearAmount,
    YearTarget,
)
from infrastructure.demo.loader import ADMIN, DemoLoader

D = Decimal


def record(demo: DemoLoader) -> None:
    societe = demo.societe("sc-bourgogne", "Bourgogne Habitat Coordination", date(2020, 6, 1))
    for member in ("oph-nievre", "oph-opac71", "oph-domanys"):
        demo.ledger.parties.admit_member(
            societe_id=societe,
            member_id=demo.ids.parties[member],
            joined_on=date(2020, 6, 1),
            actor=ADMIN,
        )
    # The Côte-d'Or takes part in the SC's governance (loi ELAN): it reads its conventions.
    demo.ledger.parties.seat_collectivite(
        societe_id=societe,
        collectivite_id=demo.ids.parties["dep-cote-d-or"],
        joined_on=date(2021, 1, 1),
        actor=ADMIN,
    )
    key = "sc-dijon"
    demo.draft(
        key,
        "sc-bourgogne",
        kind=ConventionKind.SC_IMPLANTATION,
        title="Convention Bourgogne Habitat Coordination – Ville de Dijon 2022-2026",
        start=date(2022, 1, 1),
        end=date(2026, 12, 31),
        parties=(
            demo.party("sc-bourgogne", PartyType.SOCIETE_DE_COORDINATION),
            demo.party("com-dijon", PartyType.COLLECTIVITE),
            *(
                demo.party(o, PartyType.OFFICE, PartyRole.BENEFICIAIRE)
                for o in ("oph-nievre", "oph-opac71", "oph-domanys")
            ),
        ),
    )
    dijon = demo.ids.parties["com-dijon"]
    demo.amend(
        key,
        "sc-bourgogne",
        SetAxis(Axis("centre-ville", AxisFamily.STRATEGIE_TERRITORIALE, "Requalification du centre-ville")),
        SetCommitment(
            Commitment(
                "acquisition-amelioration",
                "centre-ville",
                "Acquisitions-améliorations en centre ancien, ensemble",
                CommitmentKind.RESULTAT,
                None,
                (
                    Indicator(
                        "logements-centre",
                        "Logements remis sur le marché",
                        "logements",
                        Direction.HIGHER_IS_BETTER,
                        tuple(YearTarget(y, D(40), D(30)) for y in range(2022, 2027)),
                        cumulative_target=D(200),
                    ),
                ),
            )
        ),
        SetContrepartie(
            Contrepartie(
                "cession",
                ContrepartieKind.CESSION_FONCIERE,
                dijon,
                "Cessions d'immeubles communaux à prix minoré",
                demo.ids.parties["sc-bourgogne"],
                (YearAmount(2022, D("750000.00")),),
            )
        ),
        SetContrepartie(
            Contrepartie(
                "communication",
                ContrepartieKind.SOUTIEN_EXTRA_FINANCIER,
                dijon,
                "Communication commune sur le programme",
                None,
            )
        ),
    )
    demo.deliberate_and_sign(key, ["sc-bourgogne", "com-dijon"], date(2021, 11, 22), date(2021, 12, 14))
    # Adding a party by avenant: the Côte-d'Or joins in 2023.
    convention_id = demo.ids.conventions[key]
    demo.ledger.avenants.propose_avenant(
        convention_id,
        changes=(AddParty(demo.party("dep-cote-d-or", PartyType.COLLECTIVITE, PartyRole.BENEFICIAIRE)),),
        effective_on=date(2023, 1, 1),
        reason="Association du Département de la Côte-d'Or au suivi de la convention.",
        proposed_on=date(2022, 11, 7),
        actor=demo.actor("com-dijon"),
    )
