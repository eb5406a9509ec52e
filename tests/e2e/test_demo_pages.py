"""Every page a person reads of the demo (issue 20, « French that reads right everywhere people
read »): each convention's page and each party's page in the directory, as an auditor opens them
— French figures, no raw code, names with their article."""

from __future__ import annotations

import re

import pytest

from domain.values import Actor, ActorRole
from infrastructure.demo import load_demo
from tests.e2e.platform import text_of
from tests.integration.test_demo_wording import ENGLISH_NUMBER, NO_ELISION, RAW_CODES, RAW_STATUSES

pytestmark = pytest.mark.stores("sqlite")

RAW_KINDS = re.compile(
    r"\b(departement|departemental|communaute_d_agglomeration|prefecture|contrat_territorial|"
    r"convention_ouverte|rattachement_kind|etat|organisme|societe_de_coordination)\b"
)


def test_every_page_of_the_demo_reads_in_french(api, web):
    ids = load_demo(api.client.app.state.ledger)
    api.client.app.state.reads.settle()
    browser = web.browser(Actor("ccr-demo", ActorRole.AUDITOR), "Chambre régionale des comptes")
    pages = [f"/convention/{cid}" for cid in ids.conventions.values()]
    pages += [f"/annuaire/{party_id}" for party_id in ids.parties.values()]
    wrong: dict[str, set[str]] = {}
    for path in pages:
        answer = browser.get(path)
        assert answer.status_code == 200, path
        body = answer.text[answer.text.index("<main") :]
        text = text_of(re.sub(r"<(script|style).*?</\1>", " ", body, flags=re.S))
        found = {
            match.group(0)
            for pattern in (ENGLISH_NUMBER, RAW_CODES, RAW_STATUSES, NO_ELISION, RAW_KINDS)
            for match in pattern.finditer(text)
        }
        if found:
            wrong[path] = found
    assert wrong == {}
