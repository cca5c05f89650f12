"""Value types shared by every domain model: money, UTC time, identifiers."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

CURRENCIES = ("EUR",)


def utcnow() -> datetime:
    """The one clock of the domain: timezone-aware UTC."""
    return datetime.now(timezone.utc)


def _to_utc(value: datetime) -> datetime:
    return value.astimezone(timezone.utc)


UtcDatetime = Annotated[AwareDatetime, AfterValidator(_to_utc)]
"""A timezone-aware instant, normalised to UTC; naive datetimes are rejected."""

Id = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
"""A server-issued identifier (or a client UUID for commands created offline)."""

Email = Annotated[str, StringConstraints(max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
"""An e-mail address, checked for shape only (the backend owns deliverability).

A compiled pattern rather than pydantic's EmailStr: a sync page validates thousands of
customers, and EmailStr's per-address Python check cost three times the rest of the model.
"""

Sku = Annotated[str, StringConstraints(min_length=1, max_length=40, pattern=r"^[A-Z0-9-]+$")]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]


def ean13_check_digit(first12: str) -> str:
    """The GS1 check digit of the first twelve digits of an EAN-13."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def _valid_gtin(value: str) -> str:
    if ean13_check_digit(value[:12]) != value[12]:
        raise ValueError("GTIN check digit is wrong")
    return value


Gtin = Annotated[str, StringConstraints(pattern=r"^[0-9]{13}$"), AfterValidator(_valid_gtin)]
"""An EAN-13 / GTIN-13 whose check digit is verified."""


class Model(BaseModel):
    """Base of every contract model: unknown fields are refused, so drift is loud."""

    model_config = ConfigDict(extra="forbid", frozen=False, populate_by_name=True)


class Money(Model):
    """An amount in integer minor units (cents) with its ISO 4217 currency; never a float."""

    amount_minor: int = Field(ge=-10**12, le=10**12)
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")] = "EUR"

    def __add__(self, other: Money) -> Money:
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(amount_minor=self.amount_minor + other.amount_minor, currency=self.currency)

    def __mul__(self, quantity: int) -> Money:
        return Money(amount_minor=self.amount_minor * quantity, currency=self.currency)

    @classmethod
    def zero(cls, currency: str = "EUR") -> Money:
        return cls(amount_minor=0, currency=currency)
