"""Identifiers of French public bodies: SIREN and INSEE (COG) codes.

Each ``check_…`` function returns the normalised value or raises a named error.
"""

from __future__ import annotations

import re

from domain.errors import InvalidInseeCodeError, InvalidSirenError

# Régions (code COG since 2016) and the départements they hold. A commune's INSEE code
# starts with its département's code, which is how a territory is placed in a région.
REGION_DEPARTEMENTS: dict[str, tuple[str, ...]] = {
    "01": ("971",),  # Guadeloupe
    "02": ("972",),  # Martinique
    "03": ("973",),  # Guyane
    "04": ("974",),  # La Réunion
    "06": ("976",),  # Mayotte
    "11": ("75", "77", "78", "91", "92", "93", "94", "95"),
    "24": ("18", "28", "36", "37", "41", "45"),
    "27": ("21", "25", "39", "58", "70", "71", "89", "90"),
    "28": ("14", "27", "50", "61", "76"),
    "32": ("02", "59", "60", "62", "80"),
    "44": ("08", "10", "51", "52", "54", "55", "57", "67", "68", "88"),
    "52": ("44", "49", "53", "72", "85"),
    "53": ("22", "29", "35", "56"),
    "75": ("16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87"),
    "76": ("09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"),
    "84": ("01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"),
    "93": ("04", "05", "06", "13", "83", "84"),
    "94": ("2A", "2B"),
}
DEPARTEMENT_REGION: dict[str, str] = {
    dep: region for region, deps in REGION_DEPARTEMENTS.items() for dep in deps
}

_SIREN = re.compile(r"^\d{9}$")


def luhn_is_valid(digits: str) -> bool:
    """The Luhn checksum used by SIREN (and SIRET) numbers."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def check_siren(value: str) -> str:
    """A SIREN is 9 digits whose Luhn checksum holds (spaces are tolerated and removed)."""
    siren = value.replace(" ", "")
    if not _SIREN.match(siren):
        raise InvalidSirenError(f"Le SIREN « {value} » doit comporter exactement 9 chiffres.")
    if not luhn_is_valid(siren):
        raise InvalidSirenError(
            f"Le SIREN « {value} » est invalide : sa clé de contrôle (Luhn) ne correspond pas. "
            "Vérifiez le numéro dans le répertoire SIRENE."
        )
    return siren


LA_POSTE_SIREN = "356000000"
"""La Poste's establishments break the Luhn rule of SIRET numbers: the sum of their digits is a
multiple of 5 instead (INSEE)."""


def check_siret(value: str) -> str:
    """A SIRET is an establishment's number: its organisation's SIREN (9 digits, valid) then
    5 digits, the whole passing the Luhn checksum (La Poste's: a digit sum multiple of 5)."""
    siret = value.replace(" ", "")
    if not (len(siret) == 14 and siret.isascii() and siret.isdigit()):
        raise InvalidSirenError(f"Le SIRET « {value[:40]} » doit comporter exactement 14 chiffres.")
    check_siren(siret[:9])
    valid = sum(int(c) for c in siret) % 5 == 0 if siret[:9] == LA_POSTE_SIREN else luhn_is_valid(siret)
    if not valid:
        raise InvalidSirenError(
            f"Le SIRET « {value[:40]} » est invalide : sa clé de contrôle ne correspond pas. "
            "Vérifiez le numéro dans le répertoire SIRENE."
        )
    return siret


def check_departement_code(value: str) -> str:
    code = value.strip().upper()
    if code not in DEPARTEMENT_REGION:
        raise InvalidInseeCodeError(
            f"Le code département « {value} » est inconnu : attendu 01 à 95 (2A, 2B pour la "
            "Corse) ou 971 à 976 pour l'outre-mer."
        )
    return code


def check_region_code(value: str) -> str:
    code = value.strip()
    if code not in REGION_DEPARTEMENTS:
        raise InvalidInseeCodeError(
            f"Le code région « {value} » est inconnu : attendu un code COG de région "
            f"({', '.join(sorted(REGION_DEPARTEMENTS))})."
        )
    return code


def departement_of_commune(insee_code: str) -> str:
    """The département code a commune's INSEE code starts with."""
    return insee_code[:3] if insee_code.startswith("97") else insee_code[:2]


def check_commune_code(value: str) -> str:
    """A commune's INSEE code: 5 characters, its département's code followed by a number."""
    code = value.strip().upper()
    if len(code) != 5:
        raise InvalidInseeCodeError(
            f"Le code INSEE de commune « {value} » doit comporter 5 caractères (ex. 58194)."
        )
    departement = departement_of_commune(code)
    if departement not in DEPARTEMENT_REGION or not code[len(departement) :].isdigit():
        raise InvalidInseeCodeError(
            f"Le code INSEE de commune « {value} » ne commence pas par un code département "
            "connu suivi de chiffres (ex. 58194, 2A004, 97411)."
        )
    return code


def complete_siret(siren: str, nic_first_four: str = "0001") -> str:
    """The SIRET of that SIREN whose NIC starts so, with the digit that makes it pass Luhn."""
    for check in "0123456789":
        if luhn_is_valid(siren + nic_first_four + check):
            return siren + nic_first_four + check
    raise AssertionError("a Luhn check digit always exists")


def complete_siren(first_eight: str) -> str:
    """The SIREN whose first eight digits are given, with its Luhn check digit."""
    for check in "0123456789":
        if luhn_is_valid(first_eight + check):
            return first_eight + check
    raise AssertionError("a Luhn check digit always exists")
