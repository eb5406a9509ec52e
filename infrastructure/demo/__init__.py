"""Demo data: the situations of the FOPH guide (seeds/001), recorded through the use cases.

- Nièvre Habitat and the Département de la Nièvre: a 6-year convention (2015–2020) with three
  avenants (one retroactive), five annual evaluations (one corrected), payments, a final
  evaluation, expiry, and its successor 2022–2026;
- Nièvre Habitat and Nevers: a convention around one operation, its bilan operational and
  accounting, the Ville's site lent in kind;
- the Métropole de Lyon's contrat de plan with its three offices, with a shared part;
- Lorient Agglomération's convention opened to every landlord, with per-typology grants
  (10,000 € per T1/T2, 15,000 € per T3+), joined by Lorient Habitat and Bretagne Sud Habitat;
- the CARENE and SILENE: an envelope mobilisable on eleven indicators, never mobilised, the
  convention renewed by avenant;
- the OPAL's charte d'engagement « quali-territoire » with three communes at three levels;
- the State as a party: the OPAL's engagements in the PACTE Sambre-Avesnois-Thiérache, signed
  by the préfet, the State's concours paid;
- a Société de Coordination of three offices committing towards a collectivité d'implantation,
  the Côte-d'Or taking part in its governance;
- Nantes Métropole's ceiling « jusqu'à 5 millions d'euros par an pendant 4 ans », owed only as
  its 2022 convention d'application sets it.

The rules of issue 15 at work: the 2022 Nièvre convention is signed by the Département, changed by
the office, and signed again by both (the first consent voided, with its reason); it is concluded in
December 2021 and takes effect on 1 January 2022; the Département decides on the office's alerts;
Lorient's support to its own office is due to Lorient Habitat alone, not to the other adherent.

SIRENs are fictitious but valid (Luhn); INSEE codes are real. Every event is recorded by the
actor of the party that would record it.

The data set is one module per situation (each records itself through ``DemoLoader``), in
the order they are written: the parties, then each convention, then the alerts.
"""

from __future__ import annotations

from collections.abc import Callable

from application.ledger import ConventionLedger
from infrastructure.demo import (
    alerts,
    carene,
    lorient,
    lyon,
    nantes,
    nevers,
    nievre,
    opal,
    pacte,
    parties,
    societe,
)
from infrastructure.demo.loader import DEMO_SCAN_DATE, DemoIds, DemoLoader

__all__ = ["DEMO_SCAN_DATE", "SITUATIONS", "DemoIds", "DemoLoader", "load_demo"]

SITUATIONS = (parties, nievre, nevers, lyon, lorient, carene, opal, pacte, societe, nantes, alerts)


def load_demo(ledger: ConventionLedger, progress: Callable[[int], None] | None = None) -> DemoIds:
    """Write the demo's data set through the ledger's use cases (``progress`` is told how many
    of its situations are written, as it goes)."""
    demo = DemoLoader(ledger)
    for done, situation in enumerate(SITUATIONS, start=1):
        situation.record(demo)
        if progress is not None:
            progress(done)
    return demo.ids
