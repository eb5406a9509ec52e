"""Examples of the API's bodies and answers, shown in the OpenAPI document (`/docs`).

- **Requests**: one realistic body per write, written here (the Nièvre case of the demo, with
  fixed, fictitious ids), checked against its route's schema by the tests — an example the API
  would refuse as malformed fails the suite.
- **Answers**: recorded from the API itself serving the demo (``python -m tools.openapi_examples``
  writes ``api/openapi_answers.json``); the tests check that every JSON answer of the document has
  one and that each still validates against its route's response model.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DEPARTEMENT = "5d0c1c8e-58a1-4b8e-9f00-000000000058"
OFFICE = "0ff1ce58-0000-4000-8000-000000000001"
OFFICE_YONNE = "0ff1ce89-0000-4000-8000-000000000002"
COMMUNE = "c0de5819-4000-4000-8000-000000058194"
SOCIETE = "5c000021-0000-4000-8000-000000000021"
PERSON = "9e750000-0000-4000-8000-00000000000a"

RATTACHEMENT_CHANGES = [
    {
        "op": "set_commitment",
        "commitment": {
            "commitment_id": "E1",
            "axis_id": "A1",
            "title": "Réhabiliter le parc ancien",
            "kind": "resultat",
            "party_id": OFFICE,
            "indicators": [
                {
                    "indicator_id": "rehab",
                    "label": "Logements réhabilités",
                    "unit": "logements",
                    "direction": "higher_is_better",
                    "targets": [
                        {"year": 2023, "target": "300", "alert_threshold": "240"},
                        {"year": 2024, "target": "300", "alert_threshold": "240"},
                    ],
                }
            ],
        },
    }
]

REQUESTS: dict[tuple[str, str], dict[str, Any]] = {
    ("post", "/collectivites"): {
        "siren": "225800013",
        "name": "Département de la Nièvre",
        "kind": "departement",
        "insee_code": None,
        "departement_code": "58",
    },
    ("post", "/offices"): {
        "siren": "275800014",
        "name": "Nièvre Habitat",
        "rattachement_id": DEPARTEMENT,
        "attached_on": "1950-01-01",
    },
    ("post", "/offices/{office_id}/rattachements"): {
        "collectivite_id": COMMUNE,
        "effective_on": "2024-01-01",
        "order_reference": "Arrêté préfectoral n° 58-2023-12-001",
        "order_signed_on": "2023-12-15",
        "deliberations": [
            {"collectivite_id": DEPARTEMENT, "reference": "CD-2023-118", "adopted_on": "2023-10-20"},
            {"collectivite_id": COMMUNE, "reference": "CM-2023-045", "adopted_on": "2023-10-26"},
        ],
    },
    ("post", "/offices/{office_id}/fusion"): {
        "absorbing_office_id": OFFICE_YONNE,
        "effective_on": "2025-01-01",
    },
    ("post", "/organismes"): {"siren": "572000016", "name": "Habitat Bourgogne ESH", "kind": "esh"},
    ("post", "/services-de-l-etat"): {
        "siren": "130011018",
        "name": "Préfecture de l'Aisne",
        "kind": "prefecture",
        "departement_code": "02",
    },
    ("post", "/parties/{party_id}/siret"): {"siret": "22580001300016"},
    ("post", "/parties/{party_id}/patrimoine"): {
        "declared_on": "2022-01-01",
        "communes": [
            {"commune_insee": "58194", "dwellings": 4200},
            {"commune_insee": "58086", "dwellings": 650},
        ],
        "source": "RPLS au 1er janvier 2022",
    },
    ("post", "/societes-de-coordination"): {
        "siren": "880000014",
        "name": "Bourgogne Coordination Habitat",
        "formed_on": "2020-06-01",
    },
    ("post", "/societes-de-coordination/{societe_id}/membres"): {
        "member_id": OFFICE,
        "joined_on": "2020-06-01",
    },
    ("post", "/societes-de-coordination/{societe_id}/membres/{member_id}/depart"): {"left_on": "2025-12-31"},
    ("post", "/societes-de-coordination/{societe_id}/gouvernance"): {
        "collectivite_id": DEPARTEMENT,
        "joined_on": "2020-06-01",
    },
    ("post", "/societes-de-coordination/{societe_id}/gouvernance/{collectivite_id}/depart"): {
        "left_on": "2025-12-31"
    },
    ("post", "/conventions"): {
        "kind": "rattachement",
        "title": "Convention Département de la Nièvre – Nièvre Habitat 2023-2027",
        "start_date": "2023-01-01",
        "end_date": "2027-12-31",
        "parties": [
            {"party_id": OFFICE, "party_type": "office", "role": "signataire"},
            {"party_id": DEPARTEMENT, "party_type": "collectivite", "role": "signataire"},
        ],
    },
    ("post", "/conventions/{convention_id}/draft-changes"): RATTACHEMENT_CHANGES[0],
    ("post", "/conventions/{convention_id}/deliberations"): {
        "party_id": DEPARTEMENT,
        "body": "conseil départemental",
        "reference": "CD-2022-214",
        "adopted_on": "2022-12-09",
    },
    ("post", "/conventions/{convention_id}/signatures"): {
        "party_id": DEPARTEMENT,
        "signed_on": "2022-12-20",
        "signatory_id": PERSON,
    },
    ("post", "/conventions/{convention_id}/adherents"): {"party_id": OFFICE_YONNE, "joined_on": "2024-03-01"},
    ("post", "/conventions/{convention_id}/adherents/{party_id}/withdrawal"): {
        "withdrawn_on": "2025-12-31",
        "reason": "Fin de l'intervention de l'organisme sur le territoire de l'agglomération.",
    },
    ("post", "/conventions/{convention_id}/commune-agreements"): {
        "commune_id": COMMUNE,
        "office_id": OFFICE,
        "reference": "CM-2023-031",
        "agreed_on": "2023-05-12",
    },
    ("post", "/conventions/{convention_id}/avenants"): {
        "changes": [
            {
                "op": "set_contrepartie",
                "contrepartie": {
                    "contrepartie_id": "subv",
                    "kind": "subvention_annuelle",
                    "from_party_id": DEPARTEMENT,
                    "label": "Subvention annuelle de réhabilitation",
                    "to_party_id": OFFICE,
                    "amounts": [
                        {"year": 2025, "amount": "1200000.00"},
                        {"year": 2026, "amount": "1200000.00"},
                    ],
                    "commitment": "ferme",
                },
            }
        ],
        "effective_on": "2025-01-01",
        "reason": "Relèvement de la subvention pour accompagner le plan de rénovation énergétique.",
        "proposed_on": "2024-10-15",
    },
    ("post", "/conventions/{convention_id}/avenants/{number}/signatures"): {
        "party_id": OFFICE,
        "signed_on": "2024-11-28",
    },
    ("post", "/conventions/{convention_id}/avenants/{number}/withdrawal"): {
        "reason": "Remplacé par l'avenant n°3, qui intègre la révision des objectifs.",
        "withdrawn_on": "2024-11-30",
    },
    ("post", "/conventions/{convention_id}/programmes"): {
        "year": 2024,
        "actions": [
            {
                "label": "Réhabilitation de la résidence Les Bords de Loire (120 logements)",
                "commitment_id": "E1",
                "budget": "4800000.00",
            },
            {
                "label": "Démolition de la barre Colbert (64 logements)",
                "commitment_id": None,
                "budget": "1900000.00",
            },
        ],
        "adopted_on": "2024-01-25",
        "revision": False,
        "contributions": [{"contrepartie_id": "dotation", "amount": "450000.00"}],
        "deliberations": ["CA-2023-88", "CD-2023-312"],
    },
    ("post", "/conventions/{convention_id}/payments"): {
        "contrepartie_id": "subv",
        "year": 2024,
        "amount": "600000.00",
        "beneficiary_id": OFFICE,
        "paid_on": "2024-06-14",
        "reference": "Mandat 2024-003871",
    },
    ("post", "/conventions/{convention_id}/in-kind"): {
        "contrepartie_id": "cession",
        "year": 2024,
        "beneficiary_id": OFFICE,
        "parcel_reference": "Nevers, section AB n° 123",
        "surface_m2": "2450.00",
        "mode": "bail",
        "valuation": "180000.00",
        "realised_on": "2024-06-28",
        "deed_reference": "Bail emphytéotique du 28/06/2024, étude Me Durand",
    },
    ("post", "/conventions/{convention_id}/deliveries"): {
        "contrepartie_id": "par-logement",
        "operation": "Résidence Les Tilleuls, 24 logements PLUS et PLAI",
        "typology": "T3+",
        "count": 12,
        "delivered_on": "2024-09-02",
    },
    ("post", "/conventions/{convention_id}/recoveries"): {
        "contrepartie_id": "subv",
        "year": 2024,
        "amount": "120000.00",
        "beneficiary_id": OFFICE,
        "recovered_on": "2025-09-15",
        "reference": "Titre de recettes TR-2025-0412",
        "reason": "Opération de la résidence Colbert abandonnée : la part de subvention qui la finançait est reversée.",
    },
    ("post", "/conventions/{convention_id}/guarantees"): {
        "contrepartie_id": "garantie",
        "year": 2024,
        "beneficiary_id": OFFICE,
        "loan_reference": "Banque des Territoires – contrat n° 148 712",
        "loan_amount": "3200000.00",
        "guaranteed_amount": "1600000.00",
        "granted_on": "2024-03-22",
        "lender": "Banque des Territoires",
        "deliberation_reference": "CP-2024-GAR-03",
        "duration_years": 25,
    },
    ("post", "/conventions/{convention_id}/guarantee-statements"): {
        "contrepartie_id": "garantie",
        "loan_reference": "Banque des Territoires – contrat n° 148 712",
        "year": 2024,
        "outstanding": "2944000.00",
        "stated_on": "2025-01-31",
    },
    ("post", "/conventions/{convention_id}/evaluations"): {
        "year": 2023,
        "values": [{"indicator_id": "rehab", "value": "286"}],
        "evaluated_on": "2024-03-05",
        "comments": "Retard de deux chantiers dû à la défaillance d'une entreprise de menuiserie.",
        "financial_bilan": [
            {
                "label": "Travaux de réhabilitation",
                "amount": "10980000.00",
                "operation_id": "op-bords-de-loire",
            },
            {"label": "Animation de la convention", "amount": "470000.00"},
        ],
        "actions": [
            {
                "label": "Réhabilitation thermique de la résidence Bords de Loire",
                "commitment_id": "E1",
                "operation_id": "op-bords-de-loire",
                "dwellings": 124,
                "amount": "10980000.00",
            }
        ],
        "landlord_financials": [
            {"label": "Loyers quittancés", "amount": "36800000.00"},
            {"label": "Autofinancement net HLM", "amount": "3100000.00"},
        ],
    },
    ("post", "/conventions/{convention_id}/evaluations/{year}/corrections"): {
        "year": 2023,
        "values": [{"indicator_id": "rehab", "value": "291"}],
        "evaluated_on": "2024-04-02",
        "comments": "Cinq logements livrés en décembre omis au premier bilan.",
        "reason": "Livraisons de décembre 2023 reçues après le premier bilan.",
    },
    ("post", "/conventions/{convention_id}/evaluations/{year}/validation"): {
        "body_id": "comite-suivi",
        "validated_on": "2024-04-18",
    },
    ("post", "/conventions/{convention_id}/reviews"): {
        "kind": "mi_parcours",
        "reviewed_on": "2025-06-30",
        "summary": "Objectifs de réhabilitation tenus à 96 % ; vacance en baisse de 1,4 point.",
        "body_id": "comite-suivi",
        "impacts": [
            {"kind": "investissements", "value": "34200000.00"},
            {"kind": "vacance", "value": "8.6", "baseline": "10.0"},
        ],
    },
    ("post", "/conventions/{convention_id}/suspension"): {
        "party_id": DEPARTEMENT,
        "deliberation_reference": "CD-2025-077",
        "reason": "Procédure de redressement de l'office en cours : versements suspendus.",
        "effective_on": "2025-05-01",
    },
    ("post", "/conventions/{convention_id}/resumption"): {
        "party_id": DEPARTEMENT,
        "deliberation_reference": "CD-2025-131",
        "effective_on": "2025-10-01",
    },
    ("post", "/conventions/{convention_id}/termination"): {
        "party_id": DEPARTEMENT,
        "deliberation_reference": "CD-2026-012",
        "reason": "Dissolution de l'office et transfert de son patrimoine à la SC.",
        "effective_on": "2026-03-31",
    },
    ("post", "/conventions/{convention_id}/expiry"): {"as_of": "2028-01-01"},
    ("post", "/conventions/{convention_id}/documents/{document_id}/erasure"): {
        "reason": "Le scan porte l'adresse personnelle d'un signataire (demande au titre de l'article 17 du RGPD)."
    },
    ("post", "/alert-scans"): {"as_of": "2024-07-15"},
    ("post", "/conventions/{convention_id}/alerts/{number}/acknowledgement"): {
        "acknowledged_on": "2024-03-12"
    },
    ("post", "/conventions/{convention_id}/alerts/{number}/examination-request"): {
        "party_id": OFFICE,
        "requested_on": "2024-03-15",
        "reason": "Retard de chantier indépendant de l'office : nous demandons l'examen par le Département.",
    },
    ("post", "/conventions/{convention_id}/alerts/{number}/decision"): {
        "kind": "corrective_plan",
        "summary": "Plan de rattrapage : 40 logements supplémentaires en 2024.",
        "decided_on": "2024-04-18",
        "body_id": "comite-suivi",
        "actions": [
            {"label": "Lancer la consultation des entreprises", "due_on": "2024-06-30", "party_id": OFFICE}
        ],
    },
    ("post", "/conventions/{convention_id}/alerts/{number}/resolution"): {
        "reason": "Objectif 2024 atteint (342 logements) : le retard est rattrapé.",
        "closed_on": "2025-03-10",
        "body_id": "comite-suivi",
    },
    ("post", "/conventions/{convention_id}/alerts/{number}/dismissal"): {
        "reason": "Alerte levée par erreur : le bilan avait été transmis par courrier dans les délais.",
        "closed_on": "2024-04-02",
    },
    ("post", "/conventions/{convention_id}/meetings"): {
        "body_id": "comite-suivi",
        "met_on": "2024-04-18",
        "reference": "PV du comité de suivi du 18/04/2024",
    },
    ("post", "/people"): {
        "party_id": DEPARTEMENT,
        "full_name": "Camille Martin",
        "function": "présidente du conseil départemental",
        "email": "camille.martin@nievre.example",
    },
    ("post", "/parties/{party_id}/webhooks"): {
        "url": "https://si.nievre-habitat.example/webhooks/conventions",
        "event_types": ["ContrepartiePaid", "ConventionAlerts.Raised"],
    },
    ("post", "/parties/{party_id}/webhooks/{subscription_id}/replay"): {"after": 0},
    ("post", "/conventions/{convention_id}/documents"): {
        "kind": "convention",
        "title": "Exemplaire signé des deux parties",
        "file": "(le fichier PDF)",
    },
}
"""One body per write route, by (method, path template)."""

ANSWERS_FILE = Path(__file__).with_name("openapi_answers.json")


def answers() -> dict[str, Any]:
    """The recorded answers, by "METHOD path" (see tools/openapi_examples.py)."""
    if not ANSWERS_FILE.exists():
        return {}
    recorded: dict[str, Any] = json.loads(ANSWERS_FILE.read_text())
    return recorded


def with_examples(document: dict[str, Any]) -> dict[str, Any]:
    """The examples set on each operation's request body and JSON answer."""
    recorded = answers()
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            body = REQUESTS.get((method, path))
            if body is not None and "requestBody" in operation:
                for media in operation["requestBody"]["content"].values():
                    media["example"] = body
            answer = recorded.get(f"{method.upper()} {path}")
            if answer is None:
                continue
            for status, response in operation.get("responses", {}).items():
                if status.startswith("2") and "application/json" in response.get("content", {}):
                    response["content"]["application/json"]["example"] = answer
    return document
