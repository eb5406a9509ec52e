"""Open data: the subsidies a collectivité grants through its conventions, in the SCDL
« subventions » format (schema 2.1.1, kept in docs/open-data/ with its source), which décret
n° 2017-779 asks it to publish for every subsidy above 23,000 €.

One line per subsidy of a convention concluded (signed by every signatory): a contrepartie that
is a subsidy (``domain.terms.SUBSIDY_NATURES``: money, or land below its value in kind) and
firm, given by the collectivité to one beneficiary — its amount the total committed over the
convention's years, paid at once (one year) or by instalments (several), over those years."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any
from uuid import UUID

from fastapi import Response

from api import routing
from api.deps import CurrentActor, Ledger, Reads, viewer_of
from api.routes.portfolios import readable_party
from application.ledger import ConventionLedger
from domain import wording
from domain.convention import Convention
from domain.errors import SiretMissingError
from domain.terms import OPEN_DATA_THRESHOLD, SUBSIDY_NATURES, ContrepartieKind, PartyType
from domain.values import Actor
from projections import portfolio_queries as queries
from projections.read_models import ReadModels

router = routing.router(tags=["open data"])

SCDL_FIELDS = (
    "nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision", "nomBeneficiaire",
    "idBeneficiaire", "rnaBeneficiaire", "objet", "montant", "nature", "conditionsVersement",
    "datesPeriodeVersement", "idRAE", "notificationUE", "pourcentageSubvention", "dispositifAide",
)  # fmt: skip
"""The SCDL's columns, in its order (docs/open-data/scdl-subventions-2.1.1.schema.json)."""


def _deliberation_of(convention: Convention, party_id: UUID) -> str:
    """The reference of the party's deliberation approving the convention (its latest)."""
    own = [d for d in convention.deliberations if d.party_id == party_id and d.avenant_number is None]
    return max(own, key=lambda d: d.adopted_on).reference if own else ""


def subsidy_rows(
    ledger: ConventionLedger, reads: ReadModels, collectivite_id: UUID, actor: Actor
) -> list[dict[str, Any]]:
    """The SCDL lines of the subsidies the collectivité grants through the conventions the
    actor reads (see the module)."""
    grantor = ledger.get_party(collectivite_id)
    if grantor.siret is None:
        raise SiretMissingError(
            f"Le SIRET {wording.of(grantor.name)} n'est pas enregistré : les données essentielles des "
            "conventions de subvention nomment l'attribuant par son SIRET (idAttribuant). "
            f"Enregistrez-le d'abord (POST /parties/{collectivite_id}/siret)."
        )
    subsidies: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    kinds = {k.value for k in SUBSIDY_NATURES}
    for line in queries.money_lines(reads, collectivite_id, viewer_of(actor)):
        if line["from_party_id"] == str(collectivite_id) and line["owed"] and line["kind"] in kinds:
            subsidies[(line["convention_id"], line["contrepartie_id"], line["beneficiary_id"])].append(line)
    # A convention gives several lines (a contrepartie per beneficiary): each read, and its read
    # rule checked, once; each beneficiary likewise.
    convention_of = cache(lambda convention_id: ledger.readable_convention(UUID(convention_id), actor))
    party_of = cache(lambda party_id: ledger.get_party(UUID(party_id)))
    rows = []
    for (convention_id, _, beneficiary_id), lines in subsidies.items():
        convention: Convention = convention_of(convention_id)
        amount = sum((line["committed"] or Decimal(0) for line in lines), Decimal(0))
        if convention.concluded_on is None or amount <= OPEN_DATA_THRESHOLD:
            continue
        years = sorted(line["year"] for line in lines)
        beneficiary = party_of(beneficiary_id)
        rows.append(
            {
                "nomAttribuant": grantor.name,
                "idAttribuant": grantor.siret,
                "dateConvention": convention.concluded_on.isoformat(),
                "referenceDecision": _deliberation_of(convention, collectivite_id),
                "nomBeneficiaire": beneficiary.name,
                "idBeneficiaire": beneficiary.siret or "",
                "rnaBeneficiaire": "",
                "objet": f"{lines[0]['label']} — {convention.latest_terms.title}"[:256],
                "montant": f"{amount:.2f}",
                "nature": SUBSIDY_NATURES[ContrepartieKind(lines[0]["kind"])],
                "conditionsVersement": "unique" if len(years) == 1 else "échelonné",
                "datesPeriodeVersement": f"{date(years[0], 1, 1).isoformat()}/{date(years[-1], 12, 31).isoformat()}",
                "idRAE": "",
                "notificationUE": "non",
                "pourcentageSubvention": "1.00",
                "dispositifAide": "",
            }
        )
    return sorted(rows, key=lambda r: (r["dateConvention"], r["objet"], r["nomBeneficiaire"]))


@router.get(
    "/collectivites/{collectivite_id}/subventions.csv",
    response_class=Response,
    responses={
        200: {"content": {"text/csv": {}}, "description": "The SCDL « subventions » file (CSV, UTF-8)."}
    },
)
def collectivite_subsidies(
    collectivite_id: UUID, ledger: Ledger, reads: Reads, actor: CurrentActor
) -> Response:
    """The subsidies above 23,000 € the collectivité grants through its conventions, as the SCDL
    « subventions » file it publishes (décret n° 2017-779): commas, UTF-8, ISO dates, a decimal
    point — the format of the open-data schema, not a spreadsheet's."""
    readable_party(reads, collectivite_id, actor, PartyType.COLLECTIVITE)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=SCDL_FIELDS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(subsidy_rows(ledger, reads, collectivite_id, actor))
    return Response(
        out.getvalue().encode(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="subventions.csv"'},
    )
