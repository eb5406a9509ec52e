"""A posted form's fields, read as a use case needs them. A malformed value is an
InvalidValueError that names its field (``FieldValueError``): the form shows it under that
field; a rule the use case refuses has no field, and shows above the form."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import TypeVar
from uuid import UUID

from fastapi import Request
from starlette.datastructures import UploadFile

from domain.documents import DOCUMENT_MAX_BYTES
from domain.errors import InvalidValueError

E = TypeVar("E", bound=Enum)


class FieldValueError(InvalidValueError):
    """A value of a form that cannot be read as its field asks (the field's name kept)."""

    def __init__(self, field: str, detail: str) -> None:
        super().__init__(detail)
        self.field = field


def field_of(error: Exception) -> str | None:
    """The form field an error is about, if it is about one."""
    return getattr(error, "field", None)


class Submitted:
    """A posted form's fields, read as the command needs them (a malformed value is the
    rule's InvalidValueError, shown next to the form)."""

    def __init__(self, fields: dict[str, str], files: dict[str, tuple[str, bytes]] | None = None) -> None:
        self.fields = fields
        self.files = files or {}

    def file(self, name: str, what: str) -> tuple[str, bytes]:
        """(its name, its bytes) of a file sent with the form (``enctype=multipart/form-data``)."""
        if name not in self.files:
            raise FieldValueError(name, f"{what} : choisissez le fichier à joindre.")
        return self.files[name]

    def text(self, name: str, default: str = "") -> str:
        return self.fields.get(name, default).strip()

    def optional(self, name: str) -> str | None:
        return self.text(name) or None

    def day(self, name: str, what: str) -> date:
        try:
            return date.fromisoformat(self.text(name))
        except ValueError:
            raise FieldValueError(name, f"{what} : indiquez une date.") from None

    def number(self, name: str, what: str) -> Decimal | None:
        text = self.text(name).replace("\u202f", "").replace(" ", "").replace(",", ".")
        if not text:
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise FieldValueError(name, f"{what} : « {text[:40]} » n'est pas un nombre.") from None
        if not value.is_finite():
            raise FieldValueError(name, f"{what} : « {text[:40]} » n'est pas un nombre.")
        return value

    def choice(self, name: str, kind: type[E], what: str) -> E:
        """One of an enumeration's values (a select of the form)."""
        try:
            return kind(self.text(name))
        except ValueError:
            raise FieldValueError(name, f"{what} : choisissez dans la liste.") from None

    def uuid(self, name: str, what: str) -> UUID:
        try:
            return UUID(self.text(name))
        except ValueError:
            raise FieldValueError(name, f"{what} : choisissez dans la liste.") from None

    def year_values(self, name: str, what: str) -> list[tuple[int, Decimal]]:
        """Values per year written « 2023 : 250 ; 2024 : 260 » (or one per line)."""
        found = []
        for part in self.text(name).replace("\n", ";").split(";"):
            if not part.strip():
                continue
            year, separator, value = part.partition(":")
            if not separator:
                raise FieldValueError(
                    name, f"{what} : écrivez « année : valeur », séparés par des points-virgules."
                )
            amount = Submitted({name: value}).number(name, f"{what} ({year.strip()[:4]})")
            if not year.strip().isdigit() or amount is None:
                raise FieldValueError(name, f"{what} : « {part.strip()[:40]} » n'est pas « année : valeur ».")
            found.append((int(year.strip()), amount))
        if not found:
            raise FieldValueError(name, f"{what} : indiquez au moins une année (« 2023 : 250 »).")
        return found

    def integer(self, name: str, what: str) -> int:
        text = self.text(name)
        if not (text.isascii() and text.isdigit() and len(text) <= 18):
            raise FieldValueError(name, f"{what} : un nombre entier est attendu.")
        return int(text)


async def submitted(request: Request) -> Submitted:
    form = await request.form()
    files = {}
    for name, value in form.items():
        if isinstance(value, UploadFile) and value.filename:
            # The form may have been read before (the CSRF check): from its start. One byte
            # more than a document may hold, so that the rule says it is too large.
            await value.seek(0)
            files[name] = (value.filename, await value.read(DOCUMENT_MAX_BYTES + 1))
    return Submitted({k: v for k, v in form.items() if isinstance(v, str)}, files)
