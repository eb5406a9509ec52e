"""How figures, dates and names read in French wherever people read them (alert causes, timeline,
dossier, pages): amounts « 1 200 000,00 € », quantities « 10,8 », dates « 31/12/2022 », and a
party's name after « de » or « à » with its article and elision (« du Département de la
Nièvre », « d'Habitat 44 », « à la Métropole de Lyon »). Number formats come from Babel (the
CLDR's French rules: a narrow no-break space between thousands, a comma before decimals, a
no-break space before the euro sign), not from hand-made ones."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.numbers import format_currency, format_decimal

LOCALE = Locale.parse("fr_FR")
"""Parsed once: Babel parses a locale's name on every call it is given as text (a third of
formatting an amount)."""


@lru_cache(maxsize=8192)
def euros(amount: Decimal) -> str:
    """An amount in euros, to the cent: 1 000 000,00 €. Kept per amount: a page shows the same
    amounts many times (a portfolio's yearly lines), and Babel takes ~15 µs for each."""
    return format_currency(amount, "EUR", locale=LOCALE)


def number(value: Decimal | int | None) -> str:
    """A quantity as recorded (no rounding, no trailing zeros): 10,8021 ; 300 ; « — » for none."""
    if value is None:
        return "—"
    return _quantity(Decimal(value).normalize())


@lru_cache(maxsize=8192)
def _quantity(value: Decimal) -> str:
    return format_decimal(value, locale=LOCALE, decimal_quantization=False)


def sentence(text: str) -> str:
    """The text with its first letter in capital, the rest as written (« Logements sortis des
    étiquettes E, F et G », « Plan stratégique de patrimoine (PSP) »): ``str.capitalize`` would
    lower every other letter."""
    return text[:1].upper() + text[1:]


def count(value: int, singular: str, plural: str) -> str:
    """A number and its noun, agreed as French does (singular up to one): « 0 indicateur
    renseigné », « 1 action », « 11 indicateurs renseignés »."""
    return f"{number(value)} {singular if value < 2 else plural}"


def day(value: date) -> str:
    """A date as French writes it: 31/12/2022."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"  # strftime's %d/%m/%Y, 3× faster


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


ARTICLES = {
    "département": "le",
    "conseil": "le",
    "syndicat": "le",
    "groupement": "le",
    "métropole": "la",
    "région": "la",
    "communauté": "la",
    "ville": "la",
    "commune": "la",
    "société": "la",
    "collectivité": "la",
    "préfecture": "la",  # the State's services (domain.state_service)
    "agence": "l'",
    "direction": "la",
    "office": "l'",
    "établissement": "l'",
    "opac": "l'",  # office public d'aménagement et de construction
    "opal": "l'",  # the office public de l'habitat de l'Aisne (the guide: « l'OPAL »)
    "oph": "l'",  # office public de l'habitat
    # Governance bodies: « validé par le Comité de suivi », « réunion de l'Instance de … ».
    "comité": "le",
    "conférence": "la",
    "instance": "l'",
    "commission": "la",
    "assemblée": "l'",
    "bureau": "le",
    "groupe": "le",
}
"""The article a name takes when its first word is a common noun (« le Département de la
Nièvre », « la Métropole de Lyon », « le Comité de suivi »); other names are proper names: no
article."""

ELIDING = frozenset("aeiouyàâäéèêëîïôöùûüh")
"""First letters before which « de » becomes « d' » (« d'Est Métropole Habitat », « d'Habitat
44 »: institutional names with an h take the elision)."""


def _article(name: str) -> str | None:
    first = name.split(" ", 1)[0].lower()
    return ARTICLES.get(first)


def named(name: str) -> str:
    """The name with its article, as a subject or after « par »: « le Département de la
    Nièvre », « la Métropole de Lyon », « l'OPAC Saône-et-Loire », « Nièvre Habitat »."""
    article = _article(name)
    if article is None:
        return name
    return f"{article}{name}" if article == "l'" else f"{article} {name}"


def subject(name: str) -> str:
    """The name opening a sentence: « Le Département de la Nièvre », « L'OPAL », « Nièvre Habitat »."""
    return sentence(named(name))


def of(name: str) -> str:
    """« de » and the name: « du Département de la Nièvre », « de la Métropole de Lyon »,
    « de l'OPAC … », « d'Habitat 44 », « de Nevers »."""
    article = _article(name)
    if article == "le":
        return f"du {name}"
    if article is None:
        return f"d'{name}" if name[:1].lower() in ELIDING else f"de {name}"
    return f"de {named(name)}"


def to(name: str) -> str:
    """« à » and the name: « au Département de la Nièvre », « à la Métropole de Lyon »,
    « à l'OPAC … », « à Nièvre Habitat »."""
    return f"au {name}" if _article(name) == "le" else f"à {named(name)}"
