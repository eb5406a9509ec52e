"""French that reads right where people read (issue 20): every alert the demo raises, and every
refusal that quotes an amount, gives its figures the French way — « 1 400 000,00 € », « 10,8 » —
never « 1400000.00 € » or « 10.8021 », and names no raw code."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from application.ledger import ConventionLedger
from domain.convention import Payment
from domain.errors import PaymentExceedsCommitmentError
from infrastructure.demo import load_demo
from infrastructure.settings import persistence_env
from tests.builders import World

ENGLISH_NUMBER = re.compile(r"\d\.\d")
RAW_CODES = re.compile(
    r"\b(in_force|beneficiaire|support_triggered|objectives_revised|corrective_plan|draft)\b"
)


def test_every_alert_of_the_demo_reads_in_french():
    ledger = ConventionLedger(env=persistence_env("memory://"))
    try:
        ids = load_demo(ledger)
        causes = [
            alert.finding.cause
            for convention_id in ids.conventions.values()
            if (alerts := ledger.alerts.get_alerts(convention_id)) is not None
            for alert in alerts.alerts
        ]
        assert len(causes) == 9  # every alert of the demo (test_demo_alerts)
        assert [c for c in causes if ENGLISH_NUMBER.search(c) or RAW_CODES.search(c)] == []
        assert any(
            re.search(r"\d{1,3}(\u202f\d{3})+,\d{2}\xa0€", c) for c in causes
        )  # some amount, in French
    finally:
        ledger.close()


def test_a_refusal_quotes_its_amounts_in_french():
    ledger = ConventionLedger(env=persistence_env("memory://"))
    try:
        world = World(ledger)
        cid = world.convention_in_force()
        too_much = Payment("subv", 2021, Decimal("1200000.00"), world.oph_nievre, date(2021, 6, 1), "M-1")
        try:
            ledger.execution.record_payment(cid, too_much, world.signatory(world.nievre))
        except PaymentExceedsCommitmentError as error:
            assert (
                "1\u202f200\u202f000,00\xa0€" in error.detail
                and "1\u202f000\u202f000,00\xa0€" in error.detail
            )
        else:
            raise AssertionError("an excess payment was accepted")
    finally:
        ledger.close()


NO_ELISION = re.compile(
    r"\b(de|De) [AEIOUYÉÈÊÂÎÔHaeiouyéèêâîôh]|\b(de|à) (le|les) \b"
    r"|\b(par|et|entre|pour) (Département|Métropole|Région|Comité|OPAL|Préfecture)\b|[a-z]\(s\)"
)
"""« de » before a vowel (« d' » is due), « de le » / « à le » (« du », « au »), a common-noun name
without its article after « par », « et », « entre » (« et le Département »), a plural left to the
reader (« indicateur(s) »)."""


def test_the_demo_timeline_names_parties_with_their_articles(database_url, tmp_path):
    """Every line of the demo's timeline, as people read it: French figures, no raw code, no
    « de » before a vowel, names with their article (« du Département de la Nièvre », « d'Habitat
    44 », « signée par le Département de la Nièvre »)."""
    from infrastructure.bootstrap import build_ledger, build_read_side
    from tests.settings import Settings

    settings = Settings(database_url=database_url, tokens_file=tmp_path / "t.json")
    ledger = build_ledger(settings)
    try:
        load_demo(ledger)
        read_side = build_read_side(settings, ledger)
        read_side.settle()
        lines = [str(line) for (line,) in read_side.query("SELECT line FROM convention_timeline")]
        assert len(lines) > 100
        wrong = [
            line
            for line in lines
            if ENGLISH_NUMBER.search(line) or RAW_CODES.search(line) or NO_ELISION.search(line)
        ]
        assert wrong == []
        # Every event in words: none left as its type's name (« Événement FrameworkSet … »).
        assert [line for line in lines if line.startswith("Événement ")] == []
        assert any("signée par le Département de la Nièvre" in line for line in lines)
        # An expiry is dated on the last day of the period, not the day after.
        assert "Convention arrivée à son terme le 31/12/2020, dernier jour de sa période." in lines
        assert any(
            "au Département de la Nièvre" in line or "du Département de la Nièvre" in line for line in lines
        )
    finally:
        ledger.close()


RAW_STATUSES = re.compile(
    r"\b(proposed|withdrawn|open|acknowledged|examination_requested|decided|resolved|dismissed|"
    r"subvention_annuelle|garantie_emprunt|enveloppe_conditionnelle|higher_is_better|lower_is_better)\b"
)


def test_every_dossier_of_the_demo_reads_in_french():
    """The readable dossier of each demo convention (what a magistrate reads): French figures, no
    raw code of a status, a decision or a kind."""
    from html import unescape

    from api.rendering import render_dossier
    from application.convention_view import describe_convention
    from application.exports import Dossier

    ledger = ConventionLedger(env=persistence_env("memory://"))
    try:
        ids = load_demo(ledger)
        as_of = date(2026, 12, 1)
        conventions = []
        for convention_id in ids.conventions.values():
            convention = ledger.get_convention(convention_id)
            alerts = ledger.alerts.get_alerts(convention_id)
            conventions.append(
                describe_convention(
                    convention, as_of, alerts.alerts if alerts else (), ledger.parties.party_names
                )
            )
        page = render_dossier(
            Dossier(
                "Démonstration",
                as_of,
                tuple(conventions),
                {
                    "tree_size": 1,
                    "root": "0" * 64,
                    "signed_at": "2026-12-01T00:00:00+00:00",
                    "key_id": "0" * 16,
                    "head_position": 1,
                    "head_hash": "0" * 64,
                    "signature": "",
                    "log": "conventions-oph",
                },
            )
        )
        body = page[page.index("<body") :]
        text = unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<style.*?</style>", " ", body, flags=re.S)))
        assert "Garanties d'emprunt" in text
        # The bilans in figures, and the final evaluation's effects (the Nièvre's).
        assert "Bilans annuels" in text and "Évaluation finale du 28/06/2021" in text
        # 2015's line: 14.2 M€ invested + 1.2 M€ received; the office's accounts 36.8 + 3.1 + 21.5 M€.
        assert (
            "2015 20/05/2016 1 20/06/2016 2 (310) 15\u202f400\u202f000,00\xa0€ 61\u202f400\u202f000,00\xa0€"
            in " ".join(text.replace("\u202f", "\x00").replace("\xa0", "\x01").split())
            .replace("\x00", "\u202f")
            .replace("\x01", "\xa0")
        )
        assert "Taux de vacance du parc : 7,5\u202f% (au départ : 10,9\u202f%)" in text
        wrong = {
            match.group(0)
            for pattern in (ENGLISH_NUMBER, RAW_CODES, RAW_STATUSES, NO_ELISION)
            for match in pattern.finditer(text)
        }
        assert wrong == set()
    finally:
        ledger.close()


def test_every_bilan_of_the_demo_reads_in_french():
    """The page of each year's bilan of each demo convention (what the assemblies are shown):
    French figures, no raw code, « d' » before a vowel; the Nièvre's final evaluation gives its
    effects as figures."""
    from html import unescape

    from api.rendering import templates
    from api.web.page import navigation
    from domain.values import Actor, ActorRole

    ledger = ConventionLedger(env=persistence_env("memory://"))
    auditor = Actor("ccr", ActorRole.AUDITOR)
    try:
        ids = load_demo(ledger)
        texts = []
        for convention_id in ids.conventions.values():
            convention = ledger.get_convention(convention_id)
            period = convention.latest_terms.period
            for year in range(period.start.year, (period.end or date(2026, 12, 31)).year + 1):
                bilan = ledger.bilan(convention_id, year, auditor)
                page = templates.get_template("web/bilan.html").render(
                    bilan=bilan,
                    title="",
                    request_path="/",
                    actor=None,
                    account=None,
                    navigation=navigation(None),
                    csrf="",
                )
                body = page[page.index("<main") :] if "<main" in page else page
                texts.append(
                    unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<style.*?</style>", " ", body, flags=re.S)))
                )
        text = " ".join(texts)
        assert "Taux de vacance du parc : 7,5\u202f% (au départ : 10,9\u202f%)" in text
        assert "Total de l'opération" in text  # Lyon's contrat de plan, per operation
        # A capital to begin with, the rest as written (not « e, f et g »).
        assert "Logements sortis des étiquettes énergétiques E, F et G : 1\u202f445 logements" in text
        wrong = {
            match.group(0)
            for pattern in (ENGLISH_NUMBER, RAW_CODES, RAW_STATUSES, NO_ELISION)
            for match in pattern.finditer(text)
        }
        assert wrong == set()
    finally:
        ledger.close()


def test_the_demo_s_ceiling_is_owed_only_as_its_convention_d_application_sets_it():
    """Nantes Métropole's « jusqu'à 5 millions d'euros par an »: 2021 sets nothing (nothing owed,
    nothing « non versé » after the demo's deadline scan), 2022's convention d'application sets
    2.5 M€, paid."""
    ledger = ConventionLedger(env=persistence_env("memory://"))
    try:
        ids = load_demo(ledger)
        convention = ledger.get_convention(ids.conventions["nantes-2021"])
        ceiling = convention.latest_terms.contrepartie("apport")
        office = ids.parties["oph-nmh"]
        assert [convention.owed(ceiling, year, office) for year in (2021, 2022, 2023)] == [
            None,
            Decimal("2500000.00"),
            None,
        ]
        assert convention.paid("apport", 2022) == Decimal("2500000.00")
        assert ledger.alerts.get_alerts(convention.id) is None  # no alert was raised on it
    finally:
        ledger.close()
