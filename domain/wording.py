"""How figures and dates read in French wherever people read them (alert causes, timeline,
dossier, pages): amounts « 1 200 000,00 € », quantities « 10,8 », dates « 31/12/2022 ». Number
formats come from Babel (the CLDR's French rules: a narrow no-break space between thousands, a
comma before decimals, a no-break space before the euro sign), not from hand-made ones."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.numbers import format_currency, format_decimal

LOCALE = "fr_FR"


def euros(amount: Decimal) -> str:
    """An amount in euros, to the cent: 1 000 000,00 €."""
    return format_currency(amount, "EUR", locale=LOCALE)


def number(value: Decimal | int | None) -> str:
    """A quantity as recorded (no rounding, no trailing zeros): 10,8021 ; 300 ; « — » for none."""
    if value is None:
        return "—"
    return format_decimal(Decimal(value).normalize(), locale=LOCALE, decimal_quantization=False)


def day(value: date) -> str:
    """A date as French writes it: 31/12/2022."""
    return f"{value:%d/%m/%Y}"


PARTY_EVENT_LABELS = {
    "Registered": "enregistrement au registre",
    "Reattached": "changement de collectivité de rattachement",
    "Absorbed": "absorption d'un autre office (fusion)",
    "MergedInto": "fusion dans un autre office",
    "JoinedSociete": "entrée dans une société de coordination",
    "LeftSociete": "sortie d'une société de coordination",
    "Formed": "constitution de la société de coordination",
    "MemberJoined": "entrée d'un associé",
    "MemberLeft": "sortie d'un associé",
    "CollectiviteSeated": "entrée d'une collectivité dans la gouvernance",
    "CollectiviteUnseated": "sortie d'une collectivité de la gouvernance",
    "SiretRecorded": "SIRET de l'établissement enregistré",
}
"""What each event of a party's own history says, in words (its page in the directory)."""
