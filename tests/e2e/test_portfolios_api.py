"""The portfolio read models over HTTP: per office (directly and through its SC), per
collectivité (as party, through its office, on its territory), per SC (members as of a
date), the convention search and the French timeline; read-your-writes with ?wait=."""

from __future__ import annotations

import io
from decimal import Decimal

import openpyxl

from api.spreadsheets import XLSX_MEDIA_TYPE


def get(api, path, headers=None):
    response = api.client.get(path, headers=headers or api.admin)
    assert response.status_code == 200, response.text
    return response.json()


def test_an_office_sees_its_conventions_directly_and_through_its_sc(api, world):
    page = get(api, f"/offices/{world.oph_nievre}/portfolio?as_of=2022-04-01")
    assert page["party"]["name"] == "Nièvre Habitat"
    assert page["conventions_total"] == 2
    relations = {c["convention_id"]: c["relations"] for c in page["conventions"]}
    assert relations[str(world.nievre_convention)] == [
        {"role": "signataire", "through_societe_id": None, "through_societe_name": None}
    ]
    assert relations[str(world.sc_convention)] == [
        {
            "role": "signataire",
            "through_societe_id": str(world.sc),
            "through_societe_name": "Bourgogne Coordination",
        }
    ]
    (commitment,) = page["commitments"]
    assert (commitment["indicator_id"], commitment["year"], commitment["target"], commitment["achieved"]) == (
        "rehab",
        2021,
        "300",
        "200",
    )
    assert commitment["met"] is False
    money = {m["year"]: (m["committed"], m["paid"]) for m in page["contreparties_by_year"]}
    assert money[2021] == ("1000000.00", "250000.00")
    assert money[2022] == ("1000000.00", "0.00")
    assert sorted(money) == list(range(2021, 2027))
    assert page["open_alerts_total"] == 1 and page["open_alerts"][0]["kind"] == "indicator"
    # Deadlines from 1 April 2022: the 2022 subsidy, due 31 December, comes first.
    first = page["next_deadlines"][0]
    assert (first["due_on"], first["kind"]) == ("2022-12-31", "payment")
    assert first["label"] == "Subvention annuelle 2022 : 1\u202f000\u202f000,00\xa0€ restant à verser"
    # Domanys is beneficiary of the SC convention itself, and of nothing else.
    domanys = get(api, f"/offices/{world.oph_yonne}/portfolio")
    assert [c["convention_id"] for c in domanys["conventions"]] == [str(world.sc_convention)]
    roles = {r["role"] for r in domanys["conventions"][0]["relations"]}
    assert roles == {"beneficiaire", "signataire"}  # directly, and through the SC


def test_a_collectivite_sees_the_conventions_on_its_territory(api, world):
    page = get(api, f"/collectivites/{world.nievre}/portfolio")
    # Its own convention with its office, and what its office commits to through its SC (the
    # collectivité de rattachement's oversight).
    assert [(c["convention_id"], c["relations"]) for c in page["conventions"]] == [
        (str(world.nievre_convention), ["office_rattache", "partie"]),
        (str(world.sc_convention), ["societe_de_l_office"]),
    ]
    assert page["contreparties_by_year"][0] == {
        "year": 2021,
        "party_id": None,
        "committed": "1000000.00",
        "paid": "250000.00",
    }
    assert page["contreparties_by_year_and_beneficiary"][0]["party_id"] == str(world.oph_nievre)
    results = {r["year"]: (r["with_target"], r["evaluated"], r["met"]) for r in page["results_by_year"]}
    assert results[2021] == (1, 1, 0)
    assert results[2022] == (1, 0, 0)
    # The région sees both conventions: a département and a commune of its territory are party.
    region = get(api, f"/collectivites/{world.region}/portfolio")
    assert {c["convention_id"]: c["relations"] for c in region["conventions"]} == {
        str(world.nievre_convention): ["territoire"],
        str(world.sc_convention): ["territoire"],
    }
    # Lyon: nothing on its territory.
    assert get(api, f"/collectivites/{world.lyon}/portfolio")["conventions_total"] == 0


def test_several_payments_of_one_contrepartie_and_year_add_up(api, world):
    department = api.token_for(world.signatory(world.nievre))
    api.post(
        f"/conventions/{world.nievre_convention}/payments?wait=10",
        {
            "contrepartie_id": "subv",
            "year": 2021,
            "amount": "100000.50",
            "beneficiary_id": str(world.oph_nievre),
            "paid_on": "2021-09-01",
            "reference": "MANDAT-2",
        },
        department,
    )
    office = get(api, f"/offices/{world.oph_nievre}/portfolio")
    money = {m["year"]: (m["committed"], m["paid"]) for m in office["contreparties_by_year"]}
    assert money[2021] == ("1000000.00", "350000.50")  # 250,000.00 + 100,000.50
    collectivite = get(api, f"/collectivites/{world.nievre}/portfolio")
    assert collectivite["contreparties_by_year"][0]["paid"] == "350000.50"


def test_an_sc_sees_its_members_as_of_a_date_and_their_conventions(api, world):
    page = get(api, f"/societes-de-coordination/{world.sc}/portfolio?on=2021-01-01")
    assert [m["name"] for m in page["members"]] == ["Domanys", "Nièvre Habitat"]
    assert page["group_convention_ids"] == [str(world.sc_convention)]
    by_member = {m["name"]: m["convention_ids"] for m in page["member_convention_ids"]}
    assert by_member == {
        "Domanys": [str(world.sc_convention)],
        "Nièvre Habitat": [str(world.nievre_convention)],
    }
    assert page["conventions_total"] == 2
    assert get(api, f"/societes-de-coordination/{world.sc}/portfolio?on=2020-05-31")["members"] == []


def test_conventions_are_searched_and_paged(api, world):
    everything = get(api, "/conventions?limit=500")
    assert everything["total"] == 2
    assert [c["title"] for c in everything["items"]] == [
        "Convention Département de la Nièvre – Nièvre Habitat",
        "Implantation de Bourgogne Coordination à Dijon",
    ]
    nievre = everything["items"][0]
    assert [(p["name"], p["role"]) for p in nievre["parties"]] == [
        ("Département de la Nièvre", "signataire"),
        ("Nièvre Habitat", "signataire"),
    ]
    for size in (1, 2, 3):
        paged = [
            c
            for offset in range(0, 2, size)
            for c in get(api, f"/conventions?limit={size}&offset={offset}")["items"]
        ]
        assert paged == everything["items"]
    by_party = get(api, f"/conventions?party_id={world.oph_nievre}")  # directly or through its SC
    assert by_party["total"] == 2
    assert get(api, f"/conventions?party_id={world.oph_lyon1}")["total"] == 0
    assert get(api, "/conventions?kind=sc_implantation")["items"][0]["convention_id"] == str(
        world.sc_convention
    )
    assert get(api, "/conventions?status=draft")["total"] == 0
    assert get(api, "/conventions?starts_from=2022-01-01")["total"] == 1
    assert get(api, "/conventions?title=dijon")["total"] == 1
    assert get(api, "/conventions?expiring_within_days=200&as_of=2026-07-01")["total"] == 2
    assert get(api, "/conventions?expiring_within_days=30&as_of=2026-07-01")["total"] == 0


def test_the_timeline_reads_in_french_page_by_page(api, world):
    base = f"/conventions/{world.nievre_convention}/timeline"
    whole = get(api, f"{base}?limit=500")
    assert whole["next_after"] is None
    lines = [item["line"] for item in whole["items"]]
    assert lines[0].startswith("Projet de convention de rattachement « Convention Département de la Nièvre")
    assert "Convention signée par Nièvre Habitat le 01/02/2021." in lines
    raised = next(line for line in lines if line.startswith("Alerte n°1 déclenchée : "))
    assert raised.startswith("Alerte n°1 déclenchée : Logements réhabilités 2021 : 200 logements")
    assert raised.endswith("(concerne : Nièvre Habitat).")  # whom the alert concerns, by name
    assert lines[-1] == (
        "Versement de 250\u202f000,00\xa0€ à Nièvre Habitat au titre de « Subvention annuelle » 2021, "
        "le 01/06/2021 (réf. MANDAT-1)."
    )
    paged, after = [], 0
    while True:
        page = get(api, f"{base}?limit=3&after={after}")
        paged += page["items"]
        if page["next_after"] is None:
            break
        after = page["next_after"]
    assert paged == whole["items"]


def test_unknown_parties_and_wrong_kinds_are_404_problems(api, world):
    response = api.client.get(f"/collectivites/{world.oph_nievre}/portfolio", headers=api.admin)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"] == "/problems/party-not-found"
    response = api.client.get(f"/conventions/{world.sc}/timeline", headers=api.admin)
    assert response.status_code == 404
    assert api.client.get("/conventions?limit=0", headers=api.admin).status_code == 422
    assert (
        api.client.post(
            f"/conventions/{world.nievre_convention}/meetings?wait=31", json={}, headers=api.admin
        ).status_code
        == 422
    )


def test_a_collectivite_downloads_its_contreparties_for_its_budget_tools(api, world):
    department = api.token_for(world.signatory(world.nievre))
    answer = api.client.get(f"/collectivites/{world.nievre}/contreparties.csv", headers=department)
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    text = answer.content.decode("utf-8")
    assert text.startswith("\ufeffConvention;Contrepartie;Nature;")  # a BOM: a French spreadsheet reads UTF-8
    rows = [line.split(";") for line in text.strip().split("\r\n")[1:]]
    paid_2021 = next(r for r in rows if r[5] == "2021")
    assert paid_2021[3:] == [
        "Département de la Nièvre",
        "Nièvre Habitat",
        "2021",
        "oui",
        "1000000,00",
        "250000,00",
    ]
    assert len(rows) == 6  # 2021 to 2026
    stranger = api.token_for(world.signatory(world.oph_lyon1))
    assert (
        api.client.get(f"/collectivites/{world.nievre}/contreparties.csv", headers=stranger).status_code
        == 404
    )


def test_the_xlsx_of_the_contreparties_opens_and_sums_as_the_portfolio(api, world):
    """The same lines as a workbook: typed cells (amounts as numbers in euros, years as
    numbers), French headers; the sums of committed and paid equal the portfolio's."""
    department = api.token_for(world.signatory(world.nievre))
    answer = api.client.get(f"/collectivites/{world.nievre}/contreparties.xlsx", headers=department)
    assert answer.status_code == 200
    assert answer.headers["content-type"] == XLSX_MEDIA_TYPE
    sheet = openpyxl.load_workbook(io.BytesIO(answer.content)).active
    header, *rows = list(sheet.iter_rows(values_only=True))
    assert header[5:] == ("Année", "Due (ferme)", "Montant engagé (€)", "Montant versé (€)")
    assert sheet["H2"].number_format == '#,##0.00 "€"' and isinstance(rows[0][5], int)
    portfolio = api.client.get(f"/collectivites/{world.nievre}/portfolio", headers=department).json()
    by_year = portfolio["contreparties_by_year"]
    assert sum(Decimal(str(r[7] or 0)) for r in rows) == sum(Decimal(y["committed"]) for y in by_year)
    assert sum(Decimal(str(r[8] or 0)) for r in rows) == sum(Decimal(y["paid"]) for y in by_year)
    assert sum(Decimal(str(r[8] or 0)) for r in rows) == Decimal("250000")


def test_a_portfolio_as_a_workbook_lists_its_conventions(api, world):
    office = api.token_for(world.signatory(world.oph_nievre))
    portfolio = get(api, f"/offices/{world.oph_nievre}/portfolio", office)
    answer = api.client.get(f"/parties/{world.oph_nievre}/portfolio.xlsx", headers=office)
    assert answer.status_code == 200 and answer.headers["content-type"] == XLSX_MEDIA_TYPE
    header, *rows = list(
        openpyxl.load_workbook(io.BytesIO(answer.content)).active.iter_rows(values_only=True)
    )
    assert header[:3] == ("Convention", "Nature", "Statut")
    assert sorted(r[0] for r in rows) == sorted(c["title"] for c in portfolio["conventions"])
    assert {r[2] for r in rows} <= {"en projet", "en vigueur", "suspendue", "résiliée", "expirée"}
    text = api.client.get(f"/parties/{world.oph_nievre}/portfolio.csv", headers=office).content.decode()
    assert text.count("\r\n") == 1 + portfolio["conventions_total"]
    stranger = api.token_for(world.signatory(world.oph_lyon1))
    assert api.client.get(f"/parties/{world.oph_nievre}/portfolio.xlsx", headers=stranger).status_code == 404


def test_lists_tell_the_read_sides_lag_when_asked(api, world):
    office = api.token_for(world.signatory(world.oph_nievre))
    for path in (
        "/conventions",
        f"/alerts?party_id={world.oph_nievre}",
        f"/conventions/{world.nievre_convention}/timeline",
    ):
        separator = "&" if "?" in path else "?"
        assert get(api, path, office)["read_side"]["lag"] is None
        asked = get(api, f"{path}{separator}lag=true", office)["read_side"]
        assert asked["lag"] == {"alert_process": 0, "alert_board": 0, "portfolio": 0}


def test_an_offices_portfolio_gives_this_years_targets_even_before_any_bilan(api, world):
    office = api.token_for(world.signatory(world.oph_nievre))
    portfolio = api.client.get(
        f"/offices/{world.oph_nievre}/portfolio", params={"as_of": "2023-06-01"}, headers=office
    ).json()
    [rehab] = [c for c in portfolio["commitments"] if c["convention_id"] == str(world.nievre_convention)]
    # The latest bilan (2021: 200 dwellings against 300) and what is to be reached this year.
    assert (rehab["year"], rehab["achieved"], rehab["this_year"], rehab["this_year_target"]) == (
        2021,
        "200",
        2023,
        "300",
    )
    # A convention nothing has been evaluated for yet lists its indicators with this year's target.
    fresh = world.convention_in_force()
    assert api.client.app.state.reads.wait_for(api.client.app.state.ledger.history.last_position(), 10)
    portfolio = api.client.get(
        f"/offices/{world.oph_nievre}/portfolio", params={"as_of": "2023-06-01"}, headers=office
    ).json()
    [new] = [c for c in portfolio["commitments"] if c["convention_id"] == str(fresh)]
    assert (new["achieved"], new["this_year_target"]) == (None, "300")
