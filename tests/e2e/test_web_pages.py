"""The web interface through HTTP, as a browser uses it (forms, cookies, redirects): what each
person sees and may do, and the protections of the session and the forms. The same flows in
a real browser are in test_web_browser.py."""

from __future__ import annotations

import html
import re
from datetime import date
from decimal import Decimal
from uuid import UUID

import pytest

from domain import wording
from domain.alerts import AlertStatus
from domain.landlord import CommuneStock, StockDeclaration
from domain.values import Actor, ActorRole
from tests.builders import siren
from tests.e2e.platform import Web, csrf_of, form_fields, text_of

pytestmark = pytest.mark.stores("sqlite")


def alert_status(web: Web, convention_id, number: int = 1) -> AlertStatus:
    alerts = web.app.state.ledger.alerts.get_alerts(convention_id)  # type: ignore[attr-defined]
    return alerts.alert(number).status


def events_recorded(web: Web) -> int:
    return web.app.state.ledger.history.last_position()  # type: ignore[attr-defined]


def test_a_person_signed_out_is_sent_to_the_sign_in_page_and_back(web):
    browser = web.browser()
    assert browser.get("/").headers["location"] == "/connexion"
    answer = browser.get("/tableau-de-bord?date=2022-01-01")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/connexion?suite=/tableau-de-bord%3Fdate%3D2022-01-01"


def test_the_session_cookie_is_signed_http_only_and_same_site(web, world):
    browser = web.browser()
    browser.get("/connexion")
    actor_id = web.open_account(world.signatory(world.oph_nievre), "Nièvre Habitat")
    answer = browser.post(
        "/connexion/demo", data={"csrf_token": csrf_of(browser.get("/connexion").text), "actor_id": actor_id}
    )
    cookie = answer.headers["set-cookie"].lower()
    assert "conventions_session=" in cookie and "httponly" in cookie and "samesite=lax" in cookie
    forged = web.browser()
    forged.cookies.set("conventions_session", answer.cookies["conventions_session"][:-4] + "AAAA")
    assert forged.get("/tableau-de-bord").status_code == 303  # a signature that fails: signed out


def test_each_actor_sees_its_own_dashboard(web, world):
    office = web.browser(world.signatory(world.oph_nievre), "Nièvre Habitat — signataire")
    page = text_of(office.get("/tableau-de-bord").text)
    assert "Nièvre Habitat" in page and "Engagements" in page
    assert "Logements réhabilités" in page or "Réhabiliter" in page
    department = web.browser(world.signatory(world.nievre), "Département de la Nièvre")
    page = text_of(department.get("/tableau-de-bord").text)
    assert "Département de la Nièvre" in page and "Contreparties engagées et versées" in page
    assert "250 000,00 €" in page.replace("\u202f", " ").replace("\xa0", " ")  # the payment of 2021
    assert "Par bénéficiaire et par année Bénéficiaire Année Engagé Versé Nièvre Habitat 2021" in page
    sc = web.browser(world.signatory(world.sc), "Bourgogne Coordination")
    page = text_of(sc.get("/tableau-de-bord").text)
    assert "Membres au" in page and "Domanys" in page and "Engagements de Nièvre Habitat" in page


def test_an_unrelated_party_is_told_the_convention_does_not_exist(web, world):
    stranger = web.browser(world.signatory(world.oph_lyon1), "Lyon Métropole Habitat")
    for path in (f"/convention/{world.nievre_convention}", f"/alertes/{world.nievre_convention}/1"):
        answer = stranger.get(path)
        assert answer.status_code == 404
        assert "Introuvable" in answer.text and "Nièvre Habitat" not in answer.text
    assert str(world.nievre_convention) not in stranger.get("/alertes").text
    assert str(world.nievre_convention) not in stranger.get("/tableau-de-bord").text


def test_the_convention_page_shows_the_terms_as_known_at_an_instant(web, world):
    auditor = web.browser(Actor("crc", ActorRole.AUDITOR), "Magistrat CRC")
    now = text_of(auditor.get(f"/convention/{world.nievre_convention}").text)
    assert "Délibérations" in now and "Signatures" in now and "200" in now  # the 2021 result
    before = auditor.get(f"/convention/{world.nievre_convention}?connue_le=2000-01-01T00:00")
    assert before.status_code == 404 and "pas encore enregistrée" in before.text
    ledger = web.app.state.ledger  # type: ignore[attr-defined]
    first = ledger.events_of(world.nievre_convention)[0].recorded_at
    drafted = text_of(
        auditor.get(
            f"/convention/{world.nievre_convention}?connue_le={first.strftime('%Y-%m-%dT%H:%M:%S.%f')}"
        ).text
    )
    assert "version 1" in drafted and "Aucune signature" in drafted


def test_the_directory_finds_parties_without_accents_or_case(web, world):
    browser = web.browser(world.signatory(world.oph_lyon1), "Lyon Métropole Habitat")
    page = text_of(browser.get("/annuaire?q=NIEVRE habitat").text)
    assert "Nièvre Habitat" in page and "Département de la Nièvre" not in page
    page = text_of(browser.get("/annuaire?q=58194").text)  # Nevers by its INSEE code
    assert "Nevers" in page and "Clamecy" not in page
    office = browser.get(f"/annuaire/{world.oph_nievre}")
    assert "Collectivité de rattachement" in office.text and "enregistrement au registre" in office.text
    assert "Registered" not in office.text  # no raw code for people
    # Its kind in words: an office départemental, a département — never « departemental ».
    assert "(office départemental)" in html.unescape(office.text)
    department = html.unescape(browser.get(f"/annuaire/{world.nievre}").text)
    assert "Collectivité (département)" in department and "(departement)" not in department


def test_an_alert_offers_each_actor_only_its_own_steps_and_they_work(web, world):
    cid = world.nievre_convention
    office = web.browser(world.signatory(world.oph_nievre), "Nièvre Habitat")
    page = office.get(f"/alertes/{cid}/1").text
    assert f"/alertes/{cid}/1/request_examination" in page
    assert "/decide" not in page and "/resolve" not in page and "/dismiss" not in page
    department = web.browser(world.signatory(world.nievre), "Département de la Nièvre")
    assert "/request_examination" not in department.get(f"/alertes/{cid}/1").text

    action = f"/alertes/{cid}/1/request_examination"
    fields = form_fields(page, action)
    answer = office.post(
        action, data={**fields, "on": "2022-03-10", "reason": "Chantiers retardés par les entreprises."}
    )
    assert answer.status_code == 303 and answer.headers["location"].endswith("?fait=request_examination")
    assert "Demande d'examen enregistrée" in text_of(office.get(answer.headers["location"]).text)
    assert alert_status(web, cid) is AlertStatus.EXAMINATION_REQUESTED

    page = department.get(f"/alertes/{cid}/1").text
    assert "/decide" in page and "/resolve" not in page  # the examination asks for a decision first
    action = f"/alertes/{cid}/1/decide"
    answer = department.post(
        action,
        data={
            **form_fields(page, action),
            "on": "2022-04-01",
            "kind": "corrective_plan",
            "summary": "Plan de rattrapage sur deux ans.",
            "action_label": "Lancer 100 réhabilitations supplémentaires",
            "action_due_on": "2022-12-31",
        },
    )
    assert answer.status_code == 303
    assert alert_status(web, cid) is AlertStatus.DECIDED
    board = text_of(department.get("/alertes?statut=decided").text)
    assert "décision prise" in board and "Nièvre Habitat" in board  # whom it concerns
    history = text_of(department.get(f"/alertes/{cid}/1").text)
    assert "examen demandé" in history and "ExaminationRequested" not in history


def test_a_refused_step_shows_the_rule_in_french_and_records_nothing(web, world):
    cid = world.nievre_convention
    office = web.browser(world.signatory(world.oph_nievre), "Nièvre Habitat")
    page = office.get(f"/alertes/{cid}/1").text
    action = f"/alertes/{cid}/1/request_examination"
    before = events_recorded(web)
    answer = office.post(action, data={**form_fields(page, action), "on": "2022-03-10", "reason": "  "})
    assert answer.status_code == 422
    assert "Le motif de la demande ne peut pas être vide" in answer.text and 'id="erreur"' in answer.text
    # A step not open to this actor, posted anyway, is refused by the rule itself.
    answer = office.post(
        f"/alertes/{cid}/1/dismiss",
        data={**form_fields(page, action), "on": "2022-03-10", "reason": "Hors sujet"},
    )
    assert answer.status_code == 403 and "Il revient à la collectivité" in answer.text
    assert events_recorded(web) == before and alert_status(web, cid) is AlertStatus.OPEN


def test_a_form_without_its_csrf_token_is_refused(web, world):
    cid = world.nievre_convention
    office = web.browser(world.signatory(world.oph_nievre), "Nièvre Habitat")
    page = office.get(f"/alertes/{cid}/1").text
    action = f"/alertes/{cid}/1/acknowledge"
    fields = form_fields(page, action)
    before = events_recorded(web)
    for token in (None, "forged", csrf_of(web.browser().get("/connexion").text)):  # absent, forged, another's
        data = {**fields, "on": "2022-03-10"}
        data.pop("csrf_token")
        if token is not None:
            data["csrf_token"] = token
        answer = office.post(action, data=data)
        assert answer.status_code == 403 and "jeton de sécurité" in answer.text
    assert events_recorded(web) == before


def test_a_form_on_a_state_changed_since_it_was_read_records_nothing_and_says_what_changed(web, world):
    cid = world.nievre_convention
    office = web.browser(world.signatory(world.oph_nievre), "Nièvre Habitat")
    department = web.browser(world.signatory(world.nievre), "Département de la Nièvre")
    read = office.get(f"/alertes/{cid}/1").text  # the office reads the alert…
    action = f"/alertes/{cid}/1/acknowledge"
    page = department.get(f"/alertes/{cid}/1").text  # …the department acknowledges it meanwhile
    assert department.post(action, data={**form_fields(page, action), "on": "2022-03-05"}).status_code == 303
    before = events_recorded(web)
    examination = f"/alertes/{cid}/1/request_examination"
    answer = office.post(
        examination, data={**form_fields(read, examination), "on": "2022-03-10", "reason": "Retards."}
    )
    assert answer.status_code == 412
    assert (
        "modifiée depuis votre lecture" in answer.text
        and "Alerte n°1 prise en compte le 05/03/2022" in text_of(answer.text)
    )
    assert events_recorded(web) == before


def test_a_form_posted_twice_records_once(web, world):
    cid = world.nievre_convention
    office = web.browser(world.signatory(world.oph_nievre), "Nièvre Habitat")
    page = office.get(f"/alertes/{cid}/1").text
    action = f"/alertes/{cid}/1/acknowledge"
    data = {**form_fields(page, action), "on": "2022-03-05"}
    assert office.post(action, data=data).status_code == 303
    after_first = events_recorded(web)
    assert office.post(action, data=data).status_code == 303  # a double click, a reload
    assert events_recorded(web) == after_first and alert_status(web, cid) is AlertStatus.ACKNOWLEDGED


def test_an_office_records_its_annual_bilan_through_the_form(web, world):
    cid = world.nievre_convention
    office = web.browser(world.signatory(world.oph_nievre), "Nièvre Habitat")
    page = office.get(f"/convention/{cid}").text
    assert f"/convention/{cid}/evaluation" in page
    form = office.get(f"/convention/{cid}/evaluation").text
    action = f"/convention/{cid}/evaluation"
    fields = form_fields(form, action)
    refused = office.post(
        action, data={**fields, "year": "2031", "evaluated_on": "2032-03-01", "value:rehab": "310"}
    )
    assert refused.status_code == 422 and 'id="erreur"' in refused.text and "2031" in refused.text
    assert 'value="310"' in refused.text  # what was typed stays in the form
    package = {
        "action_label:1": "Réhabilitation de la résidence du Parc",
        "action_commitment:1": "E1",
        "action_dwellings:1": "64",
        "action_amount:1": "1 920 000,50",
        "line_label:1": "Travaux",
        "line_amount:1": "1 800 000",
        "office_label:1": "Autofinancement net HLM",
        "office_amount:1": "3 100 000",
    }
    # A financial line without its amount: refused on its field, what was typed kept.
    data = {**fields, "year": "2022", "evaluated_on": "2023-03-01", "value:rehab": "310", **package}
    refused = office.post(action, data={**data, "line_amount:1": ""})
    assert refused.status_code == 422 and "indiquez son montant" in html.unescape(refused.text)
    assert 'value="Réhabilitation de la résidence du Parc"' in html.unescape(refused.text)
    answer = office.post(action, data=data)
    assert answer.status_code == 303
    ledger = web.app.state.ledger  # type: ignore[attr-defined]
    evaluations = ledger.get_convention(cid).evaluations
    assert [e.year for e in evaluations] == [2021, 2022]
    (realised,) = evaluations[-1].actions
    assert (realised.commitment_id, realised.dwellings, realised.amount) == ("E1", 64, Decimal("1920000.50"))
    assert [(f.label, f.amount) for f in evaluations[-1].landlord_financials] == [
        ("Autofinancement net HLM", Decimal(3_100_000))
    ]
    bilan = text_of(office.get(f"/convention/{cid}/bilan/2022").text)
    assert (
        "Réhabilitation de la résidence du Parc" in bilan
        and "Total du bilan financier : 1 800 000,00 €" in bilan
    )
    reader = web.browser(Actor("lecteur", ActorRole.READER, world.oph_nievre), "Nièvre Habitat — lecture")
    assert f"/convention/{cid}/evaluation" not in reader.get(f"/convention/{cid}").text  # readers read


def test_the_control_space_is_the_auditors_and_runs_the_verification(web, world):
    office = web.browser(world.signatory(world.oph_nievre), "Nièvre Habitat")
    assert office.get("/controle").status_code == 403
    assert office.get("/journal").status_code == 403
    auditor = web.browser(Actor("crc", ActorRole.AUDITOR), "Magistrat CRC")
    page = text_of(auditor.get("/controle?verifier=true").text)
    assert "Intègre" in page and "événements vérifiés" in page
    export = auditor.get(f"/controle/export?perimetre=office&id={world.oph_nievre}&format=zip")
    assert export.status_code == 200 and export.headers["content-type"] == "application/zip"
    assert export.content[:2] == b"PK"
    auditor.get(f"/convention/{world.nievre_convention}")
    log = text_of(auditor.get("/controle").text)
    assert f"/convention/{world.nievre_convention}" in log  # the auditor's own reads are logged
    journal = auditor.get("/journal?type=Signed").text
    assert "Convention.Signed" in journal or "Signed" in journal


def test_a_revoked_account_is_signed_out_at_its_next_page(web, world):
    office = web.browser(world.signatory(world.oph_nievre), "Nièvre Habitat")
    assert office.get("/tableau-de-bord").status_code == 200
    web.accounts.revoke(f"demo-{world.signatory(world.oph_nievre).actor_id}", Actor("admin", ActorRole.ADMIN))
    assert office.get("/tableau-de-bord").status_code == 303


def test_signing_in_never_redirects_off_the_site(web, world):
    actor_id = web.open_account(world.signatory(world.oph_nievre), "Nièvre Habitat")
    for target in ("//evil.example/x", "https://evil.example/", "/\\evil.example"):
        browser = web.browser()
        answer = browser.post(
            "/connexion/demo",
            data={
                "csrf_token": csrf_of(browser.get("/connexion").text),
                "actor_id": actor_id,
                "suite": target,
            },
        )
        assert answer.headers["location"] == "/tableau-de-bord"


def test_the_development_sign_in_refuses_other_accounts(web, world):
    web.open_account(world.signatory(world.oph_nievre), "Nièvre Habitat")  # the demo's form is shown
    web.accounts.invite(
        email="agent@nievre.fr",
        role=ActorRole.SIGNATORY,
        party_id=world.nievre,
        display_name="Agent réel",
        actor=Actor("admin", ActorRole.ADMIN),
        actor_id="compte-reel",
    )
    browser = web.browser()
    answer = browser.post(
        "/connexion/demo",
        data={"csrf_token": csrf_of(browser.get("/connexion").text), "actor_id": "compte-reel"},
    )
    assert answer.status_code == 403
    assert browser.get("/tableau-de-bord").status_code == 303


def test_pages_ask_for_dates_as_dates(web, world):
    office = web.browser(world.signatory(world.oph_nievre), "Nièvre Habitat")
    answer = office.get("/tableau-de-bord?date=demain")
    assert answer.status_code == 422 and "une date est attendue" in answer.text
    assert answer.headers["content-type"].startswith("text/html")
    assert (
        office.get(f"/convention/{world.nievre_convention}?date={date(2024, 1, 1).isoformat()}").status_code
        == 200
    )


def post_action(browser, cid, slug: str, **values: str):  # type: ignore[no-untyped-def]
    page = browser.get(f"/convention/{cid}/actions/{slug}")
    assert page.status_code == 200, page.text
    action = f"/convention/{cid}/actions/{slug}"
    return browser.post(action, data={**form_fields(page.text, action), **values})


def test_parties_deliberate_and_sign_a_draft_through_the_forms(web, world):
    cid = world.rattachement_convention(start=date(2023, 1, 1), end=date(2027, 12, 31))
    office = web.browser(world.signatory(world.oph_nievre), "Nièvre Habitat")
    page = office.get(f"/convention/{cid}").text
    assert (
        f"/convention/{cid}/actions/deliberation" in page and f"/convention/{cid}/actions/signature" in page
    )
    assert f"/convention/{cid}/actions/versement" not in page  # a draft: nothing is paid yet
    refused = post_action(office, cid, "signature", signed_on="2022-12-01")
    assert refused.status_code == 409 and 'id="erreur"' in refused.text  # no deliberation yet
    assert "délibération" in text_of(refused.text).lower()
    answer = post_action(
        office,
        cid,
        "deliberation",
        body="conseil d'administration",
        reference="CA-2022-31",
        adopted_on="2022-11-20",
    )
    assert (
        answer.status_code == 303
        and "Délibération enregistrée." in office.get(answer.headers["location"]).text
    )
    assert post_action(office, cid, "signature", signed_on="2022-12-01").status_code == 303
    department = web.browser(world.signatory(world.nievre), "Département de la Nièvre")
    post_action(
        department,
        cid,
        "deliberation",
        body="conseil départemental",
        reference="CD-2022-7",
        adopted_on="2022-11-25",
    )
    assert post_action(department, cid, "signature", signed_on="2022-12-02").status_code == 303
    ledger = web.app.state.ledger  # type: ignore[attr-defined]
    assert ledger.get_convention(cid).in_force_since is not None


def test_the_collectivite_records_a_payment_through_the_form(web, world):
    cid = world.nievre_convention
    office = web.browser(world.signatory(world.oph_nievre), "Nièvre Habitat")
    assert (
        f"/convention/{cid}/actions/versement" not in office.get(f"/convention/{cid}").text
    )  # it gives none
    department = web.browser(world.signatory(world.nievre), "Département de la Nièvre")
    assert f"/convention/{cid}/actions/versement" in department.get(f"/convention/{cid}").text
    values = {
        "contrepartie_id": "subv",
        "year": "2021",
        "beneficiary_id": str(world.oph_nievre),
        "paid_on": "2021-11-15",
        "reference": "MANDAT-2",
    }
    before = events_recorded(web)
    refused = post_action(department, cid, "versement", amount="800 000,00", **values)  # 250,000 paid already
    assert refused.status_code == 409 and 'value="800 000,00"' in refused.text
    assert events_recorded(web) == before
    answer = post_action(department, cid, "versement", amount="750 000,00", **values)
    assert answer.status_code == 303
    ledger = web.app.state.ledger  # type: ignore[attr-defined]
    assert sum(p.amount for p in ledger.get_convention(cid).payments) == 1_000_000


def test_the_differences_between_two_versions(web, world):
    cid = world.nievre_convention
    auditor = web.browser(Actor("crc", ActorRole.AUDITOR), "Magistrat CRC")
    page = text_of(auditor.get(f"/convention/{cid}/ecarts").text)
    assert "engagement E1 ajouté" in page and "contrepartie subv ajouté" in page
    assert "Signed" in page  # the events between the two versions
    same = text_of(auditor.get(f"/convention/{cid}/ecarts?de=3&a=3").text)
    assert "Aucun changement des termes" in same
    stranger = web.browser(world.signatory(world.oph_lyon1), "Lyon Métropole Habitat")
    assert stranger.get(f"/convention/{cid}/ecarts").status_code == 404


def test_the_journal_follows_live_for_auditors(web, world):
    auditor = web.browser(Actor("crc", ActorRole.AUDITOR), "Magistrat CRC")
    page = auditor.get("/journal").text
    last = int(re.search(r'data-after="(\d+)"', page).group(1))
    ledger = web.app.state.ledger  # type: ignore[attr-defined]
    ledger.alerts.acknowledge_alert(
        world.nievre_convention, 1, date(2022, 3, 5), world.signatory(world.oph_nievre)
    )
    stream = auditor.get(f"/journal/direct?apres={last}&duree=1")
    assert stream.headers["content-type"].startswith("text/event-stream")
    assert "Acknowledged" in stream.text and "event:" not in stream.text  # plain messages for the page
    office = web.browser(world.signatory(world.oph_nievre), "Nièvre Habitat")
    assert office.get(f"/journal/direct?apres={last}&duree=1").status_code == 403


def test_the_journal_shows_one_conventions_stream_with_its_payloads(web, world):
    auditor = web.browser(Actor("crc", ActorRole.AUDITOR), "Magistrat CRC")
    cid = world.nievre_convention
    assert f"/journal?convention={cid}" in auditor.get(f"/convention/{cid}").text
    page = auditor.get(f"/journal?convention={cid}").text
    assert "Drafted" in page and "EvaluationRecorded" in page and "Raised" in page  # its alerts too
    assert str(world.sc_convention) not in page and "Suivi en direct" not in page
    assert "MANDAT-1" in page  # the payment's payload


def test_an_office_drafts_a_convention_with_its_commitments_and_contreparties(web, world):
    office = web.browser(world.signatory(world.oph_nievre), "Nièvre Habitat")
    assert "/convention/nouvelle" in office.get("/tableau-de-bord").text
    form = office.get("/convention/nouvelle").text
    assert "contrat d'objectifs et de moyens" in html.unescape(form)  # guided by its kind
    fields = form_fields(form, "/convention/nouvelle")
    values = {
        **fields,
        "kind": "rattachement",
        "title": "Convention Département de la Nièvre – Nièvre Habitat 2027-2031",
        "start": "2027-01-01",
        "end": "2031-12-31",
        "siren_1": siren(1001),
        "role_1": "signataire",
    }
    refused = office.post("/convention/nouvelle", data={**values, "siren_1": "123"})
    assert (
        refused.status_code == 422
        and "9 chiffres" in refused.text
        and 'value="Convention Département' in refused.text
    )
    astray = office.post("/convention/nouvelle", data={**values, "siren_1": siren(1004), "form_key": "autre"})
    warned = html.unescape(office.get(astray.headers["location"]).text)  # Lyon is not its rattachement:
    assert "n'est pas rattaché" in warned  # the draft says so before anyone signs
    created = office.post("/convention/nouvelle", data=values)
    assert created.status_code == 303
    cid = created.headers["location"].split("/convention/")[1].split("?")[0]
    page = office.get(created.headers["location"]).text
    assert "Projet de convention créé" in page and f"/convention/{cid}/actions/engagement" in page
    answer = post_action(
        office,
        cid,
        "engagement",
        axis_title="Patrimoine",
        axis_family="developpement_patrimonial",
        title="Réhabiliter 250 logements par an",
        indicator="Logements réhabilités",
        unit="logements",
        direction="higher_is_better",
        targets="2027 : 250 ; 2028 : 250",
        thresholds="2027 : 200",
    )
    assert answer.status_code == 303, answer.text
    bad = post_action(
        office, cid, "contrepartie", kind="subvention_annuelle", label="Subvention", commitment="ferme", from_party_id=str(world.nievre),
        to_party_id=str(world.oph_nievre), amounts="2027 – 1000000",
    )  # fmt: skip
    assert bad.status_code == 422 and "année : valeur" in html.unescape(bad.text)
    answer = post_action(
        office, cid, "contrepartie", kind="subvention_annuelle", label="Subvention annuelle", commitment="ferme",
        from_party_id=str(world.nievre), to_party_id=str(world.oph_nievre), amounts="2027 : 1 000 000 ; 2028 : 1 000 000",
    )  # fmt: skip
    assert answer.status_code == 303, answer.text
    answer = post_action(
        office, cid, "contrepartie", kind="subvention_specifique", label="Apport pour opérations", commitment="plafond",
        from_party_id=str(world.nievre), to_party_id=str(world.oph_nievre), amounts="2027 : 5 000 000",
    )  # fmt: skip
    assert answer.status_code == 303, answer.text
    assert "plafond (« jusqu'à »)" in html.unescape(office.get(f"/convention/{cid}").text)
    ledger = web.app.state.ledger  # type: ignore[attr-defined]
    terms = ledger.get_convention(UUID(cid)).latest_terms
    assert [a.title for a in terms.axes] == ["Patrimoine"]
    indicator = terms.commitments[0].indicators[0]
    assert [(t.year, t.target, t.alert_threshold) for t in indicator.targets] == [
        (2027, 250, 200),
        (2028, 250, None),
    ]
    assert [(a.year, a.amount) for a in terms.contreparties[0].amounts] == [
        (2027, 1_000_000),
        (2028, 1_000_000),
    ]


def test_an_office_proposes_an_avenant_revising_its_objectives(web, world):
    cid = world.nievre_convention
    office = web.browser(world.signatory(world.oph_nievre), "Nièvre Habitat")
    assert f"/convention/{cid}/actions/avenant-objectifs" in office.get(f"/convention/{cid}").text
    answer = post_action(
        office, cid, "avenant-objectifs", indicator_id="rehab", targets="2023 : 250 ; 2024 : 250",
        effective_on="2023-01-01", reason="Révision après le bilan 2021", proposed_on="2022-04-01",
    )  # fmt: skip
    assert answer.status_code == 303, answer.text
    ledger = web.app.state.ledger  # type: ignore[attr-defined]
    avenant = ledger.get_convention(cid).avenants[0]
    assert avenant.reason == "Révision après le bilan 2021" and avenant.status.value == "proposed"
    department = web.browser(world.signatory(world.nievre), "Département de la Nièvre")
    assert f"/convention/{cid}/actions/signature-avenant" in department.get(f"/convention/{cid}").text


def test_the_administrator_opens_and_closes_accounts_from_the_pages(web, world):
    office = web.browser(world.signatory(world.oph_nievre), "Nièvre Habitat")
    assert office.get("/comptes").status_code == 403
    admin = web.browser(Actor("admin", ActorRole.ADMIN), "Administrateur")
    page = admin.get("/comptes").text
    assert "/comptes" in page and "Inviter une personne" in page
    invite = {"csrf_token": csrf_of(page), "email": "Daf@Nievre-Habitat.fr", "display_name": "DAF Nièvre Habitat",
              "role": "signatory", "siren": siren(2001), "siret": ""}  # fmt: skip
    answer = admin.post("/comptes", data=invite)
    assert answer.status_code == 303 and "Compte ouvert" in admin.get(answer.headers["location"]).text
    account = web.accounts.store.by_email("daf@nievre-habitat.fr")
    assert account.party_id == world.oph_nievre and account.role is ActorRole.SIGNATORY
    again = admin.post("/comptes", data=invite)
    assert again.status_code == 409 and "existe déjà" in again.text
    unknown = admin.post("/comptes", data={**invite, "email": "x@y.fr", "siren": "123456789"})
    assert unknown.status_code == 422 and 'id="siren-erreur"' in unknown.text
    closed = admin.post(f"/comptes/{account.actor_id}/fermeture", data={"csrf_token": invite["csrf_token"]})
    assert closed.status_code == 303 and web.accounts.active(account.actor_id) is None


def test_the_other_party_validates_the_bilan(web, world):
    cid = world.nievre_convention  # its 2021 bilan was recorded by the office
    office = web.browser(world.signatory(world.oph_nievre), "Nièvre Habitat")
    assert (
        f"/convention/{cid}/actions/validation-bilan" not in office.get(f"/convention/{cid}").text
    )  # its own
    department = web.browser(world.signatory(world.nievre), "Département de la Nièvre")
    assert f"/convention/{cid}/actions/validation-bilan" in department.get(f"/convention/{cid}").text
    answer = post_action(
        department, cid, "validation-bilan", year="2021", body_id="comite", validated_on="2022-04-15"
    )
    assert answer.status_code == 303, answer.text
    ledger = web.app.state.ledger  # type: ignore[attr-defined]
    assert ledger.get_convention(cid).evaluations[0].validated_on == date(2022, 4, 15)


def test_a_convention_past_its_end_reads_as_ended_on_the_dashboard(web, world):
    office = web.browser(world.signatory(world.oph_nievre), "Nièvre Habitat")
    assert "échue le" not in office.get("/tableau-de-bord?date=2026-06-01").text
    assert "échue le 31/12/2026" in office.get("/tableau-de-bord?date=2027-06-01").text


def test_the_dashboard_offers_the_contreparties_as_csv_and_xlsx(web, world):
    department = web.browser(world.signatory(world.nievre), "Département de la Nièvre")
    dashboard = department.get("/tableau-de-bord").text
    assert (
        "/tableau-de-bord/contreparties.csv" in dashboard
        and "/tableau-de-bord/contreparties.xlsx" in dashboard
    )
    answer = department.get("/tableau-de-bord/contreparties.csv")
    assert answer.status_code == 200 and ";250000,00" in answer.content.decode("utf-8")
    workbook = department.get("/tableau-de-bord/contreparties.xlsx")
    assert workbook.status_code == 200 and workbook.content.startswith(b"PK")  # a zip: the XLSX container
    sc = web.browser(world.signatory(world.sc), "Bourgogne Coordination")
    assert sc.get("/tableau-de-bord/contreparties.csv").status_code == 403


def test_an_office_attaches_the_signed_convention_and_its_partner_downloads_it(web, world):
    cid = world.nievre_convention
    office = web.browser(world.signatory(world.oph_nievre), "Nièvre Habitat")
    assert f"/convention/{cid}/actions/document" in office.get(f"/convention/{cid}").text
    page = office.get(f"/convention/{cid}/actions/document")
    assert 'enctype="multipart/form-data"' in page.text and 'type="file"' in page.text
    action = f"/convention/{cid}/actions/document"
    fields = {**form_fields(page.text, action), "kind": "convention", "title": "Exemplaire signé"}
    # A file whose content is no accepted format: refused on the form, nothing recorded.
    before = events_recorded(web)
    refused = office.post(action, data=fields, files={"file": ("convention.pdf", b"MZ\x90\x00 not a pdf")})
    assert refused.status_code == 422, text_of(refused.text)[:3000]
    assert "pas d'un format accepté" in text_of(refused.text)
    assert events_recorded(web) == before
    pdf = b"%PDF-1.7\n1 0 obj <</Type /Catalog>> endobj\n%%EOF\n"
    answer = office.post(action, data=fields, files={"file": ("convention-signée.pdf", pdf)})
    assert answer.status_code == 303, answer.text
    department = web.browser(world.signatory(world.nievre), "Département de la Nièvre")
    page = department.get(f"/convention/{cid}")
    text = text_of(page.text)
    assert "La convention signée — Exemplaire signé" in text and f"PDF – {len(pdf)} octets" in text
    [link] = re.findall(rf'href="(/convention/{cid}/documents/[0-9a-f-]+)"', page.text)
    download = department.get(link)
    assert download.status_code == 200 and download.content == pdf
    assert download.headers["content-type"] == "application/pdf"
    # Someone the convention does not concern finds nothing there.
    lyon = web.browser(world.signatory(world.oph_lyon1), "Lyon Métropole Habitat")
    assert lyon.get(link).status_code == 404


def test_an_office_declares_an_operation_and_a_grant_for_it_through_the_forms(web, world):
    office = web.browser(world.signatory(world.oph_nievre), "Nièvre Habitat")
    cid = str(world.rattachement_convention(start=date(2027, 1, 1), end=date(2031, 12, 31)))
    assert f"/convention/{cid}/actions/operation" in office.get(f"/convention/{cid}").text
    values = {
        "title": "Réhabilitation de la résidence du Parc",
        "nature": "rehabilitation",
        "dwellings": "120",
        "budget": "3 200 000",
        "landlord_id": str(world.oph_nievre),
    }
    bad = post_action(office, cid, "operation", **values, commune_insee="5819")
    assert bad.status_code == 422 and "5 caractères" in html.unescape(bad.text)
    assert post_action(office, cid, "operation", **values, commune_insee="58194").status_code == 303
    answer = post_action(
        office, cid, "contrepartie", kind="subvention_specifique", label="Aide à la réhabilitation du Parc",
        commitment="ferme", from_party_id=str(world.nievre), to_party_id=str(world.oph_nievre),
        amounts="2027 : 500 000", operation_id="OP1",
    )  # fmt: skip
    assert answer.status_code == 303, answer.text
    terms = web.app.state.ledger.get_convention(UUID(cid)).latest_terms  # type: ignore[attr-defined]
    assert [(o.operation_id, o.commune_insee, o.dwellings) for o in terms.operations] == [
        ("OP1", "58194", 120)
    ]
    assert terms.contreparties[-1].operation_id == "OP1"
    page = html.unescape(office.get(f"/convention/{cid}").text)
    assert "Opérations" in page and "Réhabilitation de la résidence du Parc" in page
    assert wording.euros(Decimal(3_200_000)) in page


def test_the_dashboards_show_the_patrimoine_and_the_landlords_implanted(web, world):
    ledger = web.app.state.ledger  # type: ignore[attr-defined]
    stock = StockDeclaration(date(2022, 1, 1), (CommuneStock("58194", 4200), CommuneStock("58079", 380)))
    ledger.parties.declare_stock(world.oph_nievre, stock, world.signatory(world.oph_nievre))
    web.app.state.reads.wait_for(ledger.history.last_position(), 10)  # type: ignore[attr-defined]
    office = web.browser(world.signatory(world.oph_nievre), "Nièvre Habitat — signataire")
    page = text_of(office.get("/tableau-de-bord").text).replace("\u202f", " ").replace("\xa0", " ")
    assert "Patrimoine déclaré au 01/01/2022 : 4 580 logements" in page and "Clamecy 58079 380" in page
    department = web.browser(world.signatory(world.nievre), "Département de la Nièvre")
    page = text_of(department.get("/tableau-de-bord").text).replace("\u202f", " ").replace("\xa0", " ")
    assert "Bailleurs implantés sur le territoire" in page and "Nièvre Habitat 4 580 01/01/2022" in page


def test_the_final_evaluation_is_recorded_with_its_effects_through_the_form(web, world):
    cid = world.nievre_convention
    department = web.browser(world.signatory(world.nievre), "Département de la Nièvre")
    assert f"/convention/{cid}/actions/evaluation-etape" in department.get(f"/convention/{cid}").text
    values = {"kind": "finale", "reviewed_on": "2027-06-28", "summary": "Bilan des six années."}
    bad = post_action(department, cid, "evaluation-etape", **values, vacance="120")
    assert bad.status_code == 422 and "de 0 à 100" in html.unescape(bad.text)
    answer = post_action(
        department, cid, "evaluation-etape", **values, investissements="85 200 000", vacance="7,5",
        vacance_depart="10,9", performance_energetique="1445",
    )  # fmt: skip
    assert answer.status_code == 303, answer.text
    (review,) = web.app.state.ledger.get_convention(cid).reviews  # type: ignore[attr-defined]
    assert [(i.kind.value, i.value, i.baseline) for i in review.impacts] == [
        ("investissements", Decimal(85_200_000), None),
        ("vacance", Decimal("7.5"), Decimal("10.9")),
        ("performance_energetique", Decimal(1445), None),
    ]
    last_year = world.ledger.get_convention(cid).latest_terms.period.end.year
    page = text_of(department.get(f"/convention/{cid}/bilan/{last_year}").text)
    assert "Taux de vacance du parc : 7,5 % (au départ : 10,9 %)" in page
