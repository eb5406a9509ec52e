"""The alerts: raised by the process from the evaluations and by a deadline scan, handled by
the parties — some to the end, some examined, some left open."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.alerts import AlertDecision, CorrectiveAction, DecisionKind, Examination
from domain.values import Actor, ActorRole
from infrastructure.demo.loader import DEMO_SCAN_DATE, DemoLoader

D = Decimal


def record(demo: DemoLoader) -> None:
    """Alerts raised by the process from the evaluations above, and by a deadline scan
    as of 15 November 2022; some handled to the end, some examined, some left open."""
    demo.ledger.alert_process.process()
    demo.ledger.alerts.scan_deadlines(DEMO_SCAN_DATE, Actor("demo-planificateur", ActorRole.SYSTEM))
    demo.ledger.alert_process.process()
    nievre = demo.ids.conventions["nievre-2015"]
    office, dep = demo.actor("oph-nievre"), demo.actor("dep-nievre")
    office_id = demo.ids.parties["oph-nievre"]

    # Nièvre, rehab 2017 missed: examination, support triggered, resolved.
    n = demo.alert_number("nievre-2015", "indicator|rehab|2017")
    demo.ledger.alerts.acknowledge_alert(nievre, n, date(2018, 5, 25), office)
    demo.ledger.alerts.request_examination(
        nievre,
        n,
        Examination(
            office_id,
            date(2018, 6, 1),
            "Défaillance d'une entreprise de second œuvre sur deux chantiers.",
        ),
        office,
    )
    demo.ledger.alerts.decide_on_alert(
        nievre,
        n,
        AlertDecision(
            DecisionKind.SUPPORT_TRIGGERED,
            "Le Département avance 200 000 € de la subvention 2018 pour relancer les chantiers.",
            date(2018, 6, 20),
            body_id="comite-suivi",
            contrepartie_id="subv-rehab",
            amount=D("200000.00"),
        ),
        dep,
    )
    demo.ledger.alerts.resolve_alert(
        nievre, n, "Chantiers relancés, livraisons rattrapées au bilan 2018.", date(2019, 6, 20), dep
    )
    # Nièvre, vacancy 2015 and 2017: the Département resolves them on the final bilan (7,5 % at
    # the end of 2020), and dismisses the 2020 bilan: it is the final bilan's last year.
    for year in (2015, 2017):
        demo.ledger.alerts.resolve_alert(
            nievre,
            demo.alert_number("nievre-2015", f"indicator|vacance|{year}"),
            "Vacance ramenée à 7,5 % fin 2020, constatée au bilan global des six années.",
            date(2022, 11, 21),
            dep,
        )
    demo.ledger.alerts.dismiss_alert(
        nievre,
        demo.alert_number("nievre-2015", "bilan|2020"),
        "L'année 2020 est rendue compte dans le bilan global des six années, présenté le 28 juin 2021.",
        date(2022, 11, 21),
        dep,
    )
    # Nièvre, 2020 subsidy: acknowledged by the Département, left open.
    demo.ledger.alerts.acknowledge_alert(
        nievre,
        demo.alert_number("nievre-2015", "contrepartie|subv-rehab|2020|" + str(office_id)),
        date(2022, 11, 20),
        dep,
    )

    # Lyon: GrandLyon Habitat behind on deliveries; a corrective plan is decided (examined).
    lyon = demo.ids.conventions["lyon-contrat-de-plan"]
    glh = demo.ids.parties["oph-glh"]
    n = demo.alert_number("lyon-contrat-de-plan", "indicator|livraisons-oph-glh|2021")
    demo.ledger.alerts.acknowledge_alert(lyon, n, date(2022, 4, 20), demo.actor("oph-glh"))
    demo.ledger.alerts.request_examination(
        lyon,
        n,
        Examination(glh, date(2022, 5, 2), "Retards de chantiers (appels d'offres infructueux)."),
        demo.actor("oph-glh"),
    )
    demo.ledger.alerts.decide_on_alert(
        lyon,
        n,
        AlertDecision(
            DecisionKind.CORRECTIVE_PLAN,
            "Plan de rattrapage 2022–2023 arrêté par le comité de pilotage.",
            date(2022, 6, 15),
            actions=(
                CorrectiveAction("Relancer les trois marchés infructueux", date(2022, 9, 30), glh),
                CorrectiveAction("Point d'étape trimestriel au comité technique", date(2022, 12, 15)),
            ),
        ),
        demo.actor("metropole-lyon"),
    )
    # Lorient: the 2020 bilan merged into the 2021 tableau de bord: dismissed.
    lorient = demo.ids.conventions["lorient-ouverte"]
    n = demo.alert_number("lorient-ouverte", "bilan|2020")
    demo.ledger.alerts.dismiss_alert(
        lorient,
        n,
        "Bilan 2020 fusionné avec le tableau de bord 2021 par décision du comité de suivi.",
        date(2022, 11, 18),
        demo.actor("lorient-agglo"),
    )
