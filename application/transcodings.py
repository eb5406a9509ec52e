"""How domain values travel in stored events (JSON).

One generic transcoding per frozen dataclass and per Enum of the domain, plus dates. JSON has
no tuples, so every array decodes as a tuple: events never carry lists, and a replayed event
equals the recorded one. Decoding never runs validation, so tightening a rule later never
makes an old event unreadable.
"""

from __future__ import annotations

import dataclasses
import inspect
from datetime import date
from enum import Enum
from typing import Any

from eventsourcing.persistence import (
    DatetimeAsISO,
    DecimalAsStr,
    JSONTranscoder,
    Transcoding,
    UUIDAsHex,
)

import domain.alerts
import domain.collectivite
import domain.convention
import domain.documents
import domain.landlord
import domain.office
import domain.organisme
import domain.state_service
import domain.terms
import domain.values

DOMAIN_MODULES = (
    domain.values,
    domain.terms,
    domain.convention,
    domain.documents,
    domain.collectivite,
    domain.landlord,
    domain.office,
    domain.organisme,
    domain.state_service,
    domain.alerts,
)


class DateAsISO(Transcoding):
    type = date
    name = "date_iso"

    def encode(self, obj: date) -> str:
        return obj.isoformat()

    def decode(self, data: str) -> date:
        return date.fromisoformat(data)


class EnumAsValue(Transcoding):
    def __init__(self, enum_type: type[Enum]) -> None:
        self.type = enum_type
        self.name = enum_type.__name__
        # Members by value, looked up directly: calling the enum goes through its metaclass
        # (~10 µs a value on Python 3.11, 5 % of a rebuild).
        self.members: dict[Any, Enum] = dict(enum_type._value2member_map_)

    def encode(self, obj: Enum) -> Any:
        return obj.value

    def decode(self, data: Any) -> Enum:
        try:
            return self.members[data]
        except (KeyError, TypeError):  # not a value of it: the enum's own error
            member: Enum = self.type(data)
            return member


class DataclassAsDict(Transcoding):
    def __init__(self, cls: type) -> None:
        self.type = cls
        self.name = cls.__name__
        self.field_names = tuple(f.name for f in dataclasses.fields(cls))

    def encode(self, obj: Any) -> dict[str, Any]:
        return {name: getattr(obj, name) for name in self.field_names}

    def decode(self, data: dict[str, Any]) -> Any:
        # Decoding is most of the cost of reading events (rebuilds, replays): the instance's
        # attributes are set in one update of its __dict__ (the domain's frozen dataclasses
        # have no slots), and only arrays are walked.
        values: dict[str, Any] = {}
        for name in self.field_names:
            if name in data:
                value = data[name]
                values[name] = _tuples(value) if type(value) is list or type(value) is dict else value
            else:
                # Fields added later (with a default) are absent from old events.
                values[name] = _default_of(self.type, name)
        obj: Any = object.__new__(self.type)
        obj.__dict__.update(values)
        return obj


def _default_of(cls: type, name: str) -> Any:
    for f in dataclasses.fields(cls):
        if f.name == name:
            if f.default is not dataclasses.MISSING:
                return f.default
            if f.default_factory is not dataclasses.MISSING:
                return f.default_factory()
    raise KeyError(f"{cls.__name__}.{name} is missing from a stored event and has no default")


def _tuples(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_tuples(v) for v in value)
    if isinstance(value, dict):  # a snapshot's state: the aggregate's attributes
        return {key: _tuples(v) for key, v in value.items()}
    return value


def domain_value_types() -> tuple[list[type[Enum]], list[type]]:
    enums: list[type[Enum]] = []
    classes: list[type] = []
    for module in DOMAIN_MODULES:
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if obj.__module__ != module.__name__:
                continue
            if issubclass(obj, Enum):
                enums.append(obj)
            elif dataclasses.is_dataclass(obj):
                classes.append(obj)
    return enums, classes


class LedgerTranscoder(JSONTranscoder):
    def __init__(self) -> None:
        super().__init__()
        for transcoding in (UUIDAsHex(), DecimalAsStr(), DatetimeAsISO(), DateAsISO()):
            self.register(transcoding)
        enums, classes = domain_value_types()
        for enum_type in enums:
            self.register(EnumAsValue(enum_type))
        for cls in classes:
            self.register(DataclassAsDict(cls))

    def decode(self, data: bytes) -> Any:
        decoded = super().decode(data)
        return _tuples(decoded)

    def _decode_obj(self, d: dict[str, Any]) -> Any:
        # The library's hook, with one lookup less per object (called for every JSON object).
        if len(d) == 2 and "_type_" in d and "_data_" in d:
            try:
                transcoding = self.names[d["_type_"]]
            except KeyError:
                return super()._decode_obj(d)  # the library's error
            return transcoding.decode(d["_data_"])
        return d
