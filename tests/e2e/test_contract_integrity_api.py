"""A convention binds faithfully (issue 15), through HTTP: each party is bound only to the
terms it signed, the kind's rules hold for the terms in force at every moment, the party
entitled to act is the one that acts, and the convention's life bounds its execution. Each
rule is broken once: its named error (problem+json), and nothing recorded."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from uuid import UUID

import pytest
from fastapi.testclient import TestClient

from domain.collectivite import CollectiviteKind
from domain.convention import AnnualEvaluation, IndicatorValue
from domain.terms import ConventionKind, PartyRole, PartyType
from domain.values import Actor, ActorRole
from infrastructure.bootstrap import build_api
from infrastructure.tokens import Tokens
from tests.builders import ADMIN, SYSTEM, World, siren
from tests.settings import Settings

pytestmark = pytest.mark.stores("memory", "postgres")


class Platform:
    """The API, the ledger behind it (to set the scene through the use cases) and tokens."""

    def __init__(self, client: TestClient, tokens: Tokens) -> None:
        self.client = client
        self.tokens = tokens
        self.ledger = client.app.state.ledger  # type: ignore[attr-defined]
        self.world = World(self.ledger)

    def token(self, party_id: UUID, role: ActorRole = ActorRole.SIGNATORY) -> dict[str, str]:
        actor = Actor(f"{role.value}-{party_id}", role, party_id)
        return {"Authorization": f"Bearer {self.tokens.issue(actor)}"}

    @property
    def admin(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens.issue(Actor('admin', ActorRole.ADMIN))}"}

    def post(self, path: str, body: dict, party_id: UUID | None, status: int = 201) -> dict:
        headers = self.token(party_id) if party_id else self.admin
        response = self.client.post(path, json=body, headers=headers)
        assert response.status_code == status, response.text
        return response.json()

    def refused(self, path: str, body: dict, party_id: UUID | None, status: int, slug: str) -> str:
        """The request is refused with the named error, in French, and records nothing."""
        before = self.ledger.recorder.max_notification_id()
        headers = self.token(party_id) if party_id else self.admin
        response = self.client.post(path, json=body, headers=headers)
        assert response.status_code == status, response.text
        problem = response.json()
        assert response.headers["content-type"].startswith("application/problem+json")
        assert problem["type"] == f"/problems/{slug}", problem
        assert problem["detail"]
        assert self.ledger.recorder.max_notification_id() == before, "a refused command recorded events"
        return str(problem["detail"])

    def read(self, cid: UUID, **params: str) -> dict:
        response = self.client.get(f"/conventions/{cid}", params=params, headers=self.admin)
        assert response.status_code == 200, response.text
        return response.json()

    def deliberate(self, cid: UUID, party_id: UUID, on: str, avenant: int | None = None) -> None:
        body = {
            "party_id": str(party_id),
            "body": "organe délibérant",
            "reference": f"DEL-{on}",
            "adopted_on": on,
        }
        if avenant is not None:
            body["avenant_number"] = avenant
        self.post(f"/conventions/{cid}/deliberations", body, party_id)

    def sign(self, cid: UUID, party_id: UUID, on: str) -> dict:
        return self.post(f"/conventions/{cid}/signatures", {"signed_on": on}, party_id)


@pytest.fixture
def platform(database_url, tmp_path):
    settings = Settings(database_url=database_url, tokens_file=tmp_path / "tokens.json")
    app = build_api(settings, run_worker=False)
    with TestClient(app) as client:
        yield Platform(client, Tokens.for_settings(settings))
    app.state.ledger.close()


def subsidy(world: World, amount: str) -> dict:
    return {
        "op": "set_contrepartie",
        "contrepartie": {
            "contrepartie_id": "subv",
            "kind": "subvention_annuelle",
            "from_party_id": str(world.nievre),
            "label": "Subvention annuelle",
            "to_party_id": str(world.oph_nievre),
            "amounts": [{"year": y, "amount": amount} for y in range(2021, 2027)],
        },
    }


def etag(platform: Platform, cid: UUID) -> dict[str, str]:
    return {"If-Match": platform.client.get(f"/conventions/{cid}", headers=platform.admin).headers["ETag"]}


def propose(
    platform: Platform, cid: UUID, changes: list[dict], party_id: UUID, status: int = 201, **kw: str
) -> dict:
    body = {
        "changes": changes,
        "effective_on": kw.get("effective_on", "2023-01-01"),
        "reason": "Avenant",
        "proposed_on": kw.get("proposed_on", "2022-11-01"),
    }
    headers = {**platform.token(party_id), **etag(platform, cid)}
    response = platform.client.post(f"/conventions/{cid}/avenants", json=body, headers=headers)
    assert response.status_code == status, response.text
    return response.json()


def refused_avenant(platform: Platform, cid: UUID, changes: list[dict], party_id: UUID, slug: str) -> str:
    before = platform.ledger.recorder.max_notification_id()
    problem = propose(platform, cid, changes, party_id, status=409)
    assert problem["type"] == f"/problems/{slug}", problem
    assert platform.ledger.recorder.max_notification_id() == before
    return str(problem["detail"])


# --- consent to exact terms ---------------------------------------------------------------------


def test_a_change_after_a_signature_voids_it_and_the_convention_waits_for_every_signature(platform):
    world = platform.world
    cid = world.rattachement_convention()
    platform.deliberate(cid, world.nievre, "2021-01-10")
    platform.sign(cid, world.nievre, "2021-01-20")
    # The office raises the subsidy from 1 M€ to 10 M€ a year after the Département signed.
    response = platform.client.post(
        f"/conventions/{cid}/draft-changes",
        json=subsidy(world, "10000000.00"),
        headers={**platform.token(world.oph_nievre), **etag(platform, cid)},
    )
    assert response.status_code == 200, response.text
    convention = platform.read(cid)
    assert convention["signatures"] == [] and len(convention["voided_signatures"]) == 1
    voided = [e for e in platform.ledger.events_of(cid) if e.type == "ConsentVoided"]
    assert len(voided) == 1 and "contrepartie subv" in voided[0].payload["reason"]
    # The office signs: that is not enough, the Département's signature no longer counts.
    platform.deliberate(cid, world.oph_nievre, "2021-01-25")
    assert platform.sign(cid, world.oph_nievre, "2021-02-01")["entered_into_force"] is False
    assert platform.read(cid)["status"] == "draft"
    # Its deliberation approved the terms as they stood: it must deliberate again.
    detail = platform.refused(
        f"/conventions/{cid}/signatures",
        {"signed_on": "2021-02-02"},
        world.nievre,
        409,
        "deliberation-outdated",
    )
    assert "version antérieure des termes" in detail
    platform.deliberate(cid, world.nievre, "2021-02-03")
    assert platform.sign(cid, world.nievre, "2021-02-05")["entered_into_force"] is True
    signed = platform.read(cid)
    fingerprints = {s["terms_fingerprint"] for s in signed["signatures"]}
    assert len(fingerprints) == 1 and None not in fingerprints  # both signed the same terms


def test_a_convention_takes_effect_at_the_later_of_its_start_and_its_last_signature(platform):
    world = platform.world
    cid = world.rattachement_convention(start=date(2022, 1, 1), end=date(2026, 12, 31))
    world.sign_all(cid, [world.oph_nievre, world.nievre], date(2021, 12, 20))
    convention = platform.read(cid, on="2021-12-25")
    assert (convention["concluded_on"], convention["in_force_since"]) == ("2021-12-20", "2022-01-01")
    assert convention["in_force_on"] is False
    assert convention["standing_on"] == "signée, pas encore en vigueur (prend effet le 01/01/2022)"
    assert platform.read(cid, on="2022-01-01")["standing_on"] == "en vigueur"


def test_no_signature_after_the_end_date(platform):
    world = platform.world
    cid = world.rattachement_convention(start=date(2020, 1, 1), end=date(2021, 12, 31))
    platform.deliberate(cid, world.nievre, "2023-01-10")
    platform.refused(
        f"/conventions/{cid}/signatures",
        {"signed_on": "2023-01-20"},
        world.nievre,
        409,
        "signature-after-end",
    )


def test_an_avenants_text_is_fingerprinted_when_proposed(platform):
    world = platform.world
    cid = world.convention_in_force()
    number = propose(
        platform, cid, [{"op": "change_period", "start": "2021-01-01", "end": "2027-12-31"}], world.nievre
    )["avenant_number"]
    (avenant,) = platform.read(cid)["avenants"]
    assert avenant["number"] == number and len(avenant["fingerprint"]) == 64


# --- duration -------------------------------------------------------------------------------------


def test_long_conventions_and_prolongations_are_warned_not_refused(platform):
    world = platform.world
    parties = [
        {"party_id": str(world.oph_nievre), "party_type": "office"},
        {"party_id": str(world.nievre), "party_type": "collectivite"},
    ]
    seven = platform.post(
        "/conventions",
        {
            "kind": "rattachement",
            "title": "7 ans",
            "start_date": "2021-01-01",
            "end_date": "2027-12-31",
            "parties": parties,
        },
        world.oph_nievre,
    )
    assert any("de 1 à 6 ans" in w for w in seven["warnings"])
    operation = platform.post(
        "/conventions",
        {
            "kind": "operation",
            "title": "Renouvellement urbain du Banlay",
            "start_date": "2021-01-01",
            "end_date": "2030-12-31",
            "parties": parties,
            "operation": "NPNRU Banlay",
        },
        world.oph_nievre,
    )
    assert operation["warnings"] == []
    # A one-year prolongation by avenant (6 → 7 years): proposed, with the warning.
    cid = world.convention_in_force()
    result = propose(
        platform, cid, [{"op": "change_period", "start": "2021-01-01", "end": "2027-12-31"}], world.nievre
    )
    assert any("de 1 à 6 ans" in w for w in result["warnings"])


# --- the kind's rules hold for the terms in force ----------------------------------------------------


def test_an_avenant_cannot_swap_the_collectivite_of_a_rattachement_convention(platform):
    world = platform.world
    cid = world.convention_in_force()
    detail = refused_avenant(
        platform,
        cid,
        [
            {"op": "remove_party", "party_id": str(world.nievre)},
            {"op": "add_party", "party": {"party_id": str(world.yonne), "party_type": "collectivite"}},
            {"op": "withdraw_contrepartie", "contrepartie_id": "subv"},
        ],
        world.oph_nievre,
        "rattachement-mismatch",
    )
    assert "collectivité de rattachement" in detail


def sc_in_force(platform: Platform, collectivite: UUID) -> UUID:
    world, ledger = platform.world, platform.ledger
    for office in (world.oph_nievre, world.oph_yonne):
        ledger.parties.admit_member(
            societe_id=world.sc, member_id=office, joined_on=date(2021, 1, 1), actor=ADMIN
        )
    cid = ledger.drafting.draft_convention(
        kind=ConventionKind.SC_IMPLANTATION,
        title="SC – Dijon",
        start=date(2022, 1, 1),
        end=date(2026, 12, 31),
        parties=(
            world.party(world.sc, PartyType.SOCIETE_DE_COORDINATION),
            world.party(collectivite, PartyType.COLLECTIVITE),
            world.party(world.oph_nievre, PartyType.OFFICE, PartyRole.BENEFICIAIRE),
        ),
        actor=world.signatory(world.sc),
    ).aggregate_id
    world.sign_all(cid, [world.sc, collectivite], date(2021, 12, 10))
    return cid


def test_an_avenant_keeps_an_sc_convention_away_from_a_members_collectivite_and_non_members(platform):
    world = platform.world
    cid = sc_in_force(platform, world.dijon)
    refused_avenant(
        platform,
        cid,
        [
            {"op": "remove_party", "party_id": str(world.dijon)},
            {"op": "add_party", "party": {"party_id": str(world.nievre), "party_type": "collectivite"}},
        ],
        world.sc,
        "rattachement-mismatch",
    )
    refused_avenant(
        platform,
        cid,
        [
            {
                "op": "add_party",
                "party": {"party_id": str(world.oph_lyon1), "party_type": "office", "role": "beneficiaire"},
            }
        ],
        world.sc,
        "societe-membership",
    )


def test_an_sc_with_one_associate_does_not_sign(platform):
    world, ledger = platform.world, platform.ledger
    ledger.parties.admit_member(
        societe_id=world.sc, member_id=world.oph_nievre, joined_on=date(2021, 1, 1), actor=ADMIN
    )
    cid = ledger.drafting.draft_convention(
        kind=ConventionKind.SC_IMPLANTATION,
        title="SC – Dijon",
        start=date(2022, 1, 1),
        end=date(2026, 12, 31),
        parties=(
            world.party(world.sc, PartyType.SOCIETE_DE_COORDINATION),
            world.party(world.dijon, PartyType.COLLECTIVITE),
            world.party(world.oph_nievre, PartyType.OFFICE, PartyRole.BENEFICIAIRE),
        ),
        actor=world.signatory(world.sc),
    ).aggregate_id
    platform.deliberate(cid, world.sc, "2021-12-01")
    detail = platform.refused(
        f"/conventions/{cid}/signatures", {"signed_on": "2021-12-10"}, world.sc, 409, "societe-too-small"
    )
    assert "au moins deux" in detail


def test_a_contrat_de_plan_gathers_the_offices_attached_to_its_collectivite(platform):
    world = platform.world
    cid = platform.ledger.drafting.draft_convention(
        kind=ConventionKind.CONTRAT_DE_PLAN,
        title="Contrat de plan",
        start=date(2021, 1, 1),
        end=date(2024, 12, 31),
        parties=(
            world.party(world.lyon, PartyType.COLLECTIVITE),
            world.party(world.oph_lyon1, PartyType.OFFICE),
            world.party(world.oph_yonne, PartyType.OFFICE),  # attached to the Yonne
        ),
        actor=world.signatory(world.lyon),
    ).aggregate_id
    platform.deliberate(cid, world.lyon, "2021-01-05")
    platform.refused(
        f"/conventions/{cid}/signatures",
        {"signed_on": "2021-01-10"},
        world.lyon,
        409,
        "rattachement-mismatch",
    )


def test_an_absorbed_office_signs_nothing_and_its_conventions_pass_to_the_absorbing_one(platform):
    world, ledger = platform.world, platform.ledger
    cid = world.convention_in_force()
    number = propose(
        platform, cid, [{"op": "change_period", "start": "2021-01-01", "end": "2026-06-30"}], world.nievre
    )["avenant_number"]
    ledger.parties.merge_offices(
        absorbed_id=world.oph_nievre,
        absorbing_id=world.oph_yonne,
        effective_on=date(2022, 12, 1),
        actor=ADMIN,
    )
    platform.refused(
        f"/conventions/{cid}/deliberations",
        {
            "party_id": str(world.oph_nievre),
            "body": "CA",
            "reference": "DEL-1",
            "adopted_on": "2022-12-05",
            "avenant_number": number,
        },
        world.oph_nievre,
        409,
        "office-merged",
    )
    # From the merger, Domanys stands where Nièvre Habitat stood…
    before = {p["party_id"] for p in platform.read(cid, on="2022-11-30")["terms"]["parties"]}
    after = {p["party_id"] for p in platform.read(cid, on="2022-12-01")["terms"]["parties"]}
    assert str(world.oph_nievre) in before and str(world.oph_yonne) in after - before
    (substitution,) = platform.read(cid)["substitutions"]
    assert substitution["absorbing_id"] == str(world.oph_yonne)
    # …in the portfolios too: the convention is now among Domanys' own.
    platform.client.app.state.reads.settle()
    portfolio = platform.client.get(f"/offices/{world.oph_yonne}/portfolio", headers=platform.admin).json()
    assert str(cid) in {c["convention_id"] for c in portfolio["conventions"]}
    # …and the rattachement convention with the Nièvre no longer fits: to regularise.
    alerts = ledger.alerts.get_alerts(cid).alerts
    assert [a.finding.kind.value for a in alerts] == ["party_to_regularise"]
    assert "fusionné" in alerts[0].finding.cause


def test_a_party_change_raises_an_alert_on_each_convention_it_breaks(platform):
    world, ledger = platform.world, platform.ledger
    cid = world.convention_in_force()
    sc = sc_in_force(platform, world.dijon)
    # A change of rattachement is an arrêté préfectoral on the collectivités' deliberations.
    platform.refused(
        f"/offices/{world.oph_nievre}/rattachements",
        {
            "collectivite_id": str(world.nevers),
            "effective_on": "2023-01-01",
            "order_reference": "Arrêté n° 2022-58-1",
            "order_signed_on": "2022-12-01",
            "deliberations": [
                {"collectivite_id": str(world.nevers), "reference": "DEL-N", "adopted_on": "2022-11-01"}
            ],
        },
        None,
        422,
        "prefectoral-order-incomplete",
    )
    platform.post(
        f"/offices/{world.oph_nievre}/rattachements",
        {
            "collectivite_id": str(world.nevers),
            "effective_on": "2023-01-01",
            "order_reference": "Arrêté n° 2022-58-1",
            "order_signed_on": "2022-12-01",
            "deliberations": [
                {"collectivite_id": str(world.nievre), "reference": "DEL-D", "adopted_on": "2022-10-01"},
                {"collectivite_id": str(world.nevers), "reference": "DEL-N", "adopted_on": "2022-11-01"},
            ],
        },
        None,
    )
    (alert,) = ledger.alerts.get_alerts(cid).alerts
    assert alert.finding.kind.value == "party_to_regularise" and "Nevers" in alert.finding.cause
    # Domanys leaves the SC: one associate is left, the SC convention is to regularise.
    platform.post(
        f"/societes-de-coordination/{world.sc}/membres/{world.oph_yonne}/depart",
        {"left_on": "2023-03-01"},
        None,
    )
    (alert,) = ledger.alerts.get_alerts(sc).alerts
    assert "au moins deux" in alert.finding.cause


# --- authority by role --------------------------------------------------------------------------------


def alert_raised(platform: Platform) -> tuple[UUID, int]:
    world = platform.world
    cid = world.convention_evaluated()  # 200 réhabilitations for 300, threshold 240
    platform.ledger.alert_process.process()
    (alert,) = platform.ledger.alerts.get_alerts(cid).alerts
    return cid, alert.number


def test_the_office_asks_and_the_collectivite_decides_on_the_alert(platform):
    world = platform.world
    cid, n = alert_raised(platform)
    base = f"/conventions/{cid}/alerts/{n}"
    platform.post(
        f"{base}/examination-request",
        {"requested_on": "2022-04-01", "reason": "Chantiers retardés"},
        world.oph_nievre,
    )
    decision = {
        "kind": "support_triggered",
        "summary": "Avance de subvention",
        "decided_on": "2022-04-20",
        "contrepartie_id": "subv",
        "amount": "100000.00",
    }
    detail = platform.refused(
        f"{base}/decision", decision, world.oph_nievre, 403, "decision-not-by-other-side"
    )
    assert "collectivité qui apporte les contreparties" in detail
    platform.refused(
        f"{base}/resolution",
        {"reason": "Réglé", "closed_on": "2022-05-01"},
        world.oph_nievre,
        403,
        "decision-not-by-other-side",
    )
    platform.post(f"{base}/decision", decision, world.nievre)
    platform.post(
        f"{base}/resolution", {"reason": "Chantiers relancés", "closed_on": "2022-06-01"}, world.nievre
    )


def test_a_bilan_is_validated_by_another_party_than_its_author(platform):
    world = platform.world
    cid = world.convention_in_force()
    platform.post(
        f"/conventions/{cid}/evaluations",
        {"year": 2021, "values": [{"indicator_id": "rehab", "value": "310"}], "evaluated_on": "2022-03-01"},
        world.oph_nievre,
    )
    body = {"body_id": "comite", "validated_on": "2022-06-01"}
    platform.refused(
        f"/conventions/{cid}/evaluations/2021/validation", body, world.oph_nievre, 403, "self-validation"
    )
    platform.post(f"/conventions/{cid}/evaluations/2021/validation", body, world.nievre)


def open_convention(platform: Platform) -> UUID:
    world, ledger = platform.world, platform.ledger
    cid = ledger.drafting.draft_convention(
        kind=ConventionKind.CONVENTION_OUVERTE,
        title="Convention ouverte aux bailleurs",
        start=date(2021, 1, 1),
        end=date(2025, 12, 31),
        parties=(world.party(world.nievre, PartyType.COLLECTIVITE),),
        actor=world.signatory(world.nievre),
    ).aggregate_id
    world.sign_all(cid, [world.nievre], date(2021, 1, 15))
    world.deliberate(cid, world.oph_nievre, date(2021, 2, 1))
    ledger.drafting.join(cid, world.oph_nievre, date(2021, 2, 10), world.signatory(world.oph_nievre))
    return cid


def test_an_open_convention_is_read_by_any_landlord_not_by_an_unrelated_collectivite(platform):
    world = platform.world
    cid = open_convention(platform)
    platform.client.app.state.reads.settle()  # type: ignore[attr-defined]
    landlord, collectivite = platform.token(world.oph_yonne), platform.token(world.lyon)
    # Any landlord reads it (to adhere to it), in the convention's page and in the lists…
    assert platform.client.get(f"/conventions/{cid}", headers=landlord).status_code == 200
    assert str(cid) in {
        c["convention_id"] for c in platform.client.get("/conventions", headers=landlord).json()["items"]
    }
    # …a collectivité that is not party to it does not: it does not exist for it.
    assert platform.client.get(f"/conventions/{cid}", headers=collectivite).status_code == 404
    listed = platform.client.get("/conventions", headers=collectivite).json()["items"]
    assert str(cid) not in {c["convention_id"] for c in listed}


def test_an_adherent_withdraws_itself_and_never_suspends_the_convention(platform):
    world = platform.world
    cid = open_convention(platform)
    suspension = {"deliberation_reference": "DEL-CA-1", "reason": "Désaccord", "effective_on": "2022-01-01"}
    detail = platform.refused(
        f"/conventions/{cid}/suspension", suspension, world.oph_nievre, 403, "end-not-by-signatory"
    )
    assert "retrait" in detail
    platform.refused(
        f"/conventions/{cid}/adherents/{world.oph_yonne}/withdrawal",
        {"withdrawn_on": "2022-01-01", "reason": "x"},
        world.oph_yonne,
        409,
        "not-an-adherent",
    )
    platform.post(
        f"/conventions/{cid}/adherents/{world.oph_nievre}/withdrawal",
        {"withdrawn_on": "2022-01-01", "reason": "Recentrage sur la convention de rattachement"},
        world.oph_nievre,
    )
    parties = {p["party_id"] for p in platform.read(cid, on="2022-01-01")["terms"]["parties"]}
    assert str(world.oph_nievre) not in parties
    assert str(world.oph_nievre) in {
        p["party_id"] for p in platform.read(cid, on="2021-12-31")["terms"]["parties"]
    }


def test_no_adhesion_after_the_end(platform):
    world = platform.world
    cid = open_convention(platform)
    platform.deliberate(cid, world.oph_yonne, "2026-01-05")
    platform.refused(
        f"/conventions/{cid}/adherents", {"joined_on": "2026-01-10"}, world.oph_yonne, 409, "convention-ended"
    )


def test_a_beneficiary_never_terminates_a_convention(platform):
    world = platform.world
    cid = sc_in_force(platform, world.dijon)
    termination = {"deliberation_reference": "DEL-CA-9", "reason": "Fin", "effective_on": "2023-01-01"}
    platform.refused(
        f"/conventions/{cid}/termination", termination, world.oph_nievre, 403, "end-not-by-signatory"
    )
    platform.post(f"/conventions/{cid}/termination", termination, world.dijon)
    assert platform.read(cid)["status_deliberation"] == "DEL-CA-9"


# --- the convention's life bounds its execution -----------------------------------------------------------


def test_nothing_is_signed_or_executed_after_the_resiliation(platform):
    world = platform.world
    cid = world.convention_in_force()
    number = propose(
        platform, cid, [{"op": "change_period", "start": "2021-01-01", "end": "2026-06-30"}], world.nievre
    )["avenant_number"]
    platform.post(
        f"/conventions/{cid}/termination",
        {
            "deliberation_reference": "DEL-2022-12",
            "reason": "Résiliation d'un commun accord",
            "effective_on": "2022-12-31",
        },
        world.nievre,
    )
    platform.deliberate(cid, world.nievre, "2022-12-05", avenant=number)
    platform.refused(
        f"/conventions/{cid}/avenants/{number}/signatures",
        {"signed_on": "2023-01-10"},
        world.nievre,
        409,
        "convention-ended",
    )
    payment = {
        "contrepartie_id": "subv",
        "year": 2024,
        "amount": "1000.00",
        "beneficiary_id": str(world.oph_nievre),
        "paid_on": "2024-06-01",
        "reference": "M-2024",
    }
    platform.refused(f"/conventions/{cid}/payments", payment, world.nievre, 409, "convention-ended")
    platform.refused(
        f"/conventions/{cid}/evaluations",
        {"year": 2023, "values": [], "evaluated_on": "2024-03-01"},
        world.oph_nievre,
        409,
        "convention-ended",
    )
    # The year of the résiliation is still executed (arrears, its bilan).
    platform.post(
        f"/conventions/{cid}/payments", {**payment, "year": 2022, "paid_on": "2023-02-01"}, world.nievre
    )


# --- alerts past the threshold only -------------------------------------------------------------------


def test_within_the_alert_threshold_a_miss_is_a_vigilance_mark_not_an_alert(platform):
    world, ledger = platform.world, platform.ledger
    cid = world.convention_in_force()
    ledger.evaluations.record_evaluation(
        cid, AnnualEvaluation(2021, (IndicatorValue("rehab", Decimal(260)),), date(2022, 3, 1)), SYSTEM
    )
    ledger.alert_process.process()
    assert ledger.alerts.get_alerts(cid) is None


# --- territorial competence ---------------------------------------------------------------------------------


def test_competence_outside_the_region_names_the_case_and_the_communes_agreement_lifts_it(platform):
    world, ledger = platform.world, platform.ledger
    reg = ledger.parties.register_collectivite
    villefranche = reg(
        siren=siren(1102),
        name="Villefranche-sur-Saône",
        kind=CollectiviteKind.COMMUNE,
        insee_code="69264",
        departement_code=None,
        actor=ADMIN,
    ).aggregate_id
    nantes = reg(
        siren=siren(1103),
        name="Nantes",
        kind=CollectiviteKind.COMMUNE,
        insee_code="44109",
        departement_code=None,
        actor=ADMIN,
    ).aggregate_id
    # Domanys (Yonne, Bourgogne-Franche-Comté) works in the Rhône, which borders Saône-et-Loire.
    office = world.oph_yonne
    parties = [
        {"party_id": str(office), "party_type": "office"},
        {"party_id": str(villefranche), "party_type": "collectivite"},
    ]
    drafted = platform.post(
        "/conventions",
        {
            "kind": "operation",
            "title": "Opération",
            "start_date": "2022-01-01",
            "end_date": "2024-12-31",
            "parties": parties,
        },
        office,
    )
    (warning,) = drafted["warnings"]
    assert "département limitrophe de la région Bourgogne-Franche-Comté" in warning and "accord" in warning
    cid = drafted["id"]
    # Only a commune in a département limitrophe gives an agreement that opens competence.
    far = platform.post(
        "/conventions",
        {
            "kind": "operation",
            "title": "Opération lointaine",
            "start_date": "2022-01-01",
            "end_date": "2024-12-31",
            "parties": [
                {"party_id": str(office), "party_type": "office"},
                {"party_id": str(nantes), "party_type": "collectivite"},
            ],
        },
        office,
    )
    assert "hors de la compétence territoriale" in far["warnings"][0] and "27" not in far["warnings"][0]
    platform.refused(
        f"/conventions/{far['id']}/commune-agreements",
        {"office_id": str(office), "reference": "DEL-NANTES", "agreed_on": "2022-01-10"},
        nantes,
        409,
        "invalid-parties",
    )
    agreed = platform.post(
        f"/conventions/{cid}/commune-agreements",
        {"office_id": str(office), "reference": "DEL-2022-07", "agreed_on": "2022-01-10"},
        villefranche,
    )
    assert agreed["warnings"] == []
    assert platform.read(UUID(cid))["warnings"] == []


# --- SC composition: collectivités in the governance ------------------------------------------------------


def test_a_collectivite_in_the_scs_governance_reads_its_conventions(platform):
    world = platform.world
    cid = sc_in_force(platform, world.dijon)
    reader = platform.token(world.nevers, ActorRole.READER)
    assert platform.client.get(f"/conventions/{cid}", headers=reader).status_code == 404
    platform.post(
        f"/societes-de-coordination/{world.sc}/gouvernance",
        {"collectivite_id": str(world.nevers), "joined_on": "2021-06-01"},
        None,
    )
    party = platform.client.get(f"/parties/{world.sc}", headers=platform.admin).json()
    assert [seat["collectivite_id"] for seat in party["governance"]] == [str(world.nevers)]
    assert platform.client.get(f"/conventions/{cid}", headers=reader).status_code == 200
    # The read models apply the same rule: the list shows it once the read side caught up.
    platform.client.app.state.reads.settle()
    listed = platform.client.get("/conventions", headers=reader).json()
    assert str(cid) in {c["convention_id"] for c in listed["items"]}
