"""Each persona does its job through the pages, in a real browser: Playwright driving Debian's
chromium (installed by ``make test``; no browser download), against the platform as ``make
run`` starts it (``conventions serve --demo``, its own SQLite store in a temporary folder).
Every page visited passes axe-core's accessibility rules with no serious or critical
violation, and is photographed at 1400 and 390 pixels wide (var/test-screenshots/)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.e2e.servers import free_port

pytestmark = pytest.mark.stores("sqlite")

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "var" / "test-screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The platform with its demo, as ``make run`` serves it."""
    folder = tmp_path_factory.mktemp("site")
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{folder / 'conventions.sqlite3'}",
        "CONVENTIONS_TOKENS_FILE": str(folder / "tokens.json"),
        "LOG_LEVEL": "WARNING",
    }
    env.pop("DEMO_SIGN_IN", None)  # `serve --demo` turns it on itself
    server = subprocess.Popen(  # noqa: S603 - our own command
        [sys.executable, "-m", "infrastructure.cli", "serve", "--demo", "--port", str(port)],
        cwd=folder,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(folder / "server.log").open("w"),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert server.poll() is None, (folder / "server.log").read_text()[-3000:]
            assert time.monotonic() < deadline, "the platform did not start"
            time.sleep(0.3)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=20)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--lang=fr-FR"])
        yield launched
        launched.close()


@pytest.fixture
def person(browser: Browser, site: str) -> Iterator[Page]:
    """A browser window of its own (its own cookies), French, 1400 pixels wide."""
    context = browser.new_context(base_url=site, locale="fr-FR", viewport={"width": 1400, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def sign_in(page: Page, actor_id: str) -> None:
    page.goto("/connexion")
    page.locator(f"input[value='{actor_id}']").check(force=True)  # the DSFR draws the radio over it
    page.get_by_role("button", name="Entrer").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tableau de bord")


def check_page(page: Page, name: str) -> None:
    """No serious or critical accessibility violation (axe-core); screenshots at two widths."""
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes'][:3]]}"
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, f"{name}: {serious}"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}-1400.png"), full_page=False)
    width = page.viewport_size or {"width": 1400, "height": 900}
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1, f"{name} is wider than a phone"
    page.screenshot(path=str(SCREENSHOTS / f"{name}-390.png"), full_page=False)
    page.set_viewport_size(width)  # type: ignore[arg-type]


def open_convention(page: Page, title: str) -> None:
    page.get_by_role("link", name=title).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


NIEVRE_2022 = "Convention Département de la Nièvre – Nièvre Habitat 2022-2026"


def bilan_of(page: Page, day: str):  # type: ignore[no-untyped-def]
    """The row of the convention's table of bilans recorded on that day."""
    return page.get_by_role("table", name="Bilans annuels").get_by_role("cell", name=day)


def test_an_office_records_its_bilan_and_asks_for_the_examination_of_the_alert_it_raised(
    person: Page,
) -> None:
    sign_in(person, "demo-oph-nievre")
    check_page(person, "tableau-de-bord-office")
    open_convention(person, NIEVRE_2022)
    check_page(person, "convention")
    person.get_by_role("link", name="Enregistrer un bilan annuel").click()
    person.get_by_label("Année évaluée").fill("2022")
    person.get_by_label("Date du bilan").fill("2023-03-01")
    person.get_by_label(re.compile("Logements réhabilités")).fill("120")
    check_page(person, "bilan")
    person.get_by_role("button", name="Enregistrer le bilan").click()
    expect(person.get_by_role("heading", level=1)).to_have_text(NIEVRE_2022)
    expect(person.get_by_text("Bilan annuel enregistré.")).to_be_visible()
    expect(bilan_of(person, "01/03/2023")).to_be_visible()
    alert = person.get_by_role("row").filter(has_text="2022").filter(has_text="Logements réhabilités")
    alert.get_by_role("link").first.click()
    check_page(person, "alerte-office")
    expect(person.get_by_role("button", name="Enregistrer la décision")).to_have_count(0)  # not the office's
    person.locator("#request_examination-on").fill("2023-03-15")
    person.get_by_label("Motif de la demande").fill(
        "Défaillance d'une entreprise de travaux au second semestre."
    )
    person.get_by_role("button", name="Demander l'examen").click()
    expect(person.get_by_text("examen demandé").first).to_be_visible()


def test_the_collectivite_decides_on_the_examination_asked(person: Page, browser: Browser, site: str) -> None:
    office = browser.new_context(base_url=site, locale="fr-FR").new_page()
    sign_in(office, "demo-oph-nievre")
    office.goto("/alertes?statut=examination_requested")
    office.get_by_role("link", name=re.compile("n°")).first.click()
    alert_path = office.url.removeprefix(site)
    sign_in(person, "demo-dep-nievre")
    person.goto(alert_path)
    check_page(person, "alerte-collectivite")
    expect(person.get_by_role("button", name="Demander l'examen")).to_have_count(0)  # the office's
    person.locator("#decide-on").fill("2023-04-01")
    person.get_by_label("Nature de la décision").select_option("corrective_plan")
    person.get_by_label("Décision", exact=True).fill(
        "Plan de rattrapage : 130 réhabilitations de plus en 2023."
    )
    person.get_by_label("Action corrective").fill("Relancer le marché de travaux")
    person.get_by_label("Échéance de l'action").fill("2023-06-30")
    person.get_by_role("button", name="Enregistrer la décision").click()
    expect(person.get_by_text("décision prise").first).to_be_visible()
    person.goto("/tableau-de-bord")
    check_page(person, "tableau-de-bord-collectivite")


def test_a_magistrate_reads_a_convention_as_known_before_a_change_verifies_and_exports(
    person: Page, browser: Browser, site: str
) -> None:
    before = datetime.now(UTC)
    time.sleep(1.1)  # the « known at » control counts in seconds
    office = browser.new_context(base_url=site, locale="fr-FR").new_page()
    sign_in(office, "demo-oph-nievre")
    open_convention(office, NIEVRE_2022)
    office.get_by_role("link", name="Enregistrer un bilan annuel").click()
    office.get_by_label("Année évaluée").fill("2023")
    office.get_by_label("Date du bilan").fill("2024-03-01")
    office.get_by_role("button", name="Enregistrer le bilan").click()
    expect(bilan_of(office, "01/03/2024")).to_be_visible()

    sign_in(person, "demo-auditeur-crc")
    check_page(person, "tableau-de-bord-auditeur")
    person.get_by_role("link", name="Annuaire").click()
    person.get_by_label("Rechercher par nom, SIREN ou code INSEE").fill("nievre habitat")
    person.get_by_role("button", name="Rechercher").click()
    check_page(person, "annuaire")
    person.get_by_role("link", name="Nièvre Habitat", exact=True).click()
    check_page(person, "partie")
    open_convention(person, NIEVRE_2022)
    expect(bilan_of(person, "01/03/2024")).to_be_visible()  # as known now
    person.get_by_label(re.compile("Connue le")).fill(before.strftime("%Y-%m-%dT%H:%M:%S"))
    person.get_by_role("button", name="Afficher").click()
    expect(person.get_by_text(re.compile("Telle que la plateforme la connaissait le"))).to_be_visible()
    expect(bilan_of(person, "01/03/2024")).to_have_count(0)  # not yet recorded then
    check_page(person, "convention-connue-le")

    person.get_by_role("link", name="Espace de contrôle").click()
    person.get_by_role("button", name="Lancer la vérification").click()
    expect(person.get_by_text("Intègre")).to_be_visible()
    check_page(person, "controle")
    person.goto("/annuaire?q=nievre+habitat")
    href = person.get_by_role("link", name="Nièvre Habitat", exact=True).get_attribute("href") or ""
    person.goto("/controle")
    person.get_by_label("Périmètre").select_option("office")
    person.get_by_label(re.compile("Identifiant de la partie")).fill(href.rsplit("/", 1)[-1])
    with person.expect_download() as download:
        person.get_by_role("button", name="Télécharger").click()
    assert download.value.suggested_filename == "export.zip"
    assert Path(download.value.path()).read_bytes()[:2] == b"PK"
    person.goto("/journal")
    check_page(person, "journal")
    person.goto(href.replace("/annuaire/", "/annuaire/"))
    open_convention(person, NIEVRE_2022)
    person.get_by_role("link", name="Comparer deux versions de la convention").click()
    expect(person.get_by_role("heading", level=1)).to_have_text("Écarts entre deux versions")
    check_page(person, "ecarts")


def test_an_sc_reads_its_members_commitments(person: Page) -> None:
    sign_in(person, "demo-sc-bourgogne")
    expect(person.get_by_text(re.compile("Membres au"))).to_be_visible()
    expect(person.get_by_text("Engagements de Nièvre Habitat")).to_be_visible()
    check_page(person, "tableau-de-bord-sc")


def test_an_unrelated_office_is_told_another_convention_does_not_exist(
    person: Page, browser: Browser, site: str
) -> None:
    owner = browser.new_context(base_url=site, locale="fr-FR").new_page()
    sign_in(owner, "demo-oph-nievre")
    open_convention(owner, NIEVRE_2022)
    path = owner.url.removeprefix(site)
    sign_in(person, "demo-oph-bsh")
    answer = person.goto(path)
    assert answer is not None and answer.status == 404
    expect(person.get_by_role("heading", level=1)).to_have_text("Introuvable")
    expect(person.get_by_text("Nièvre Habitat")).to_have_count(0)
    check_page(person, "introuvable")


def test_the_sign_in_page_and_the_alert_board_are_accessible(person: Page) -> None:
    person.goto("/connexion")
    check_page(person, "connexion")
    sign_in(person, "demo-oph-nievre")
    person.get_by_role("link", name="Alertes").click()
    check_page(person, "alertes")
    open_convention_draft = person.goto("/convention/nouvelle")
    assert open_convention_draft is not None and open_convention_draft.status == 200
    check_page(person, "nouvelle-convention")


def test_the_administrator_invites_a_person(person: Page) -> None:
    sign_in(person, "demo-admin")
    person.get_by_role("link", name="Comptes").click()
    check_page(person, "comptes")
    person.get_by_label("Adresse électronique professionnelle").fill("daf@nievre-habitat.fr")
    person.get_by_label(re.compile("Nom affiché")).fill("Direction financière, Nièvre Habitat")
    person.get_by_label("Rôle").select_option("editor")
    person.get_by_label(re.compile("SIREN de l'organisme")).fill("12345678")
    person.get_by_role("button", name="Ouvrir le compte").click()
    expect(person.locator("#siren-erreur")).to_be_visible()  # under the field
    check_page(person, "comptes-erreur")


def test_the_journal_shows_new_events_live(person: Page, browser: Browser, site: str) -> None:
    sign_in(person, "demo-auditeur-crc")
    person.goto("/journal")
    expect(person.get_by_text("Suivi en direct")).to_be_visible()
    rows = person.locator("#journal tbody tr")
    before = rows.count()
    office = browser.new_context(base_url=site, locale="fr-FR").new_page()
    sign_in(office, "demo-oph-lorient")  # its reinforced support of 2021, unpaid: open
    office.goto("/alertes?statut=open")
    office.get_by_role("link", name=re.compile("n°")).first.click()
    office.get_by_role("button", name="Prendre en compte").click()
    expect(office.get_by_text("Alerte prise en compte.")).to_be_visible()
    expect(person.locator("#journal tbody tr.journal-new").filter(has_text="Acknowledged")).to_have_count(1)
    assert rows.count() == before + 1
    check_page(person, "journal-direct")


NIEVRE_2015 = "Convention d'objectifs et de moyens Département de la Nièvre – Nièvre Habitat 2015-2020"


def test_the_departement_opens_a_bilan_to_present_to_its_assembly(person: Page) -> None:
    sign_in(person, "demo-dep-nievre")
    open_convention(person, NIEVRE_2015)
    person.get_by_role("link", name="Bilan 2019").click()
    expect(person.get_by_role("heading", level=1)).to_have_text("Bilan 2019")
    expect(person.get_by_role("table", name="Comptes de l'office pour 2019")).to_contain_text(
        "Autofinancement net HLM"
    )
    check_page(person, "bilan-annuel")
