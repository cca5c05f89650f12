"""Request and response envelopes of the /v1 contract: auth, feeds, errors, small commands."""
from __future__ import annotations

from enum import StrEnum
from typing import Any, Generic, TypeVar

from pydantic import Field

from .common import Email, Id, Model, UtcDatetime
from .customer import Consents, Preferences
from .location import Associate, Location

T = TypeVar("T")

API_PREFIX = "/v1"
IDEMPOTENCY_HEADER = "Idempotency-Key"


# --- auth -------------------------------------------------------------------------------

class LoginRequest(Model):
    store_id: Id
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=200)
    device_id: Id


class PinUnlockRequest(Model):
    """Quick unlock of a signed-in device: the refresh token plus the associate's PIN."""

    refresh_token: str = Field(min_length=16, max_length=200)
    pin: str = Field(pattern=r"^[0-9]{4,8}$")


class ManagerPinRequest(Model):
    """Kiosk exit: is this the PIN of a manager of the caller's store?"""

    pin: str = Field(pattern=r"^[0-9]{4,8}$")


class ManagerPinResult(Model):
    valid: bool


class RefreshRequest(Model):
    refresh_token: str = Field(min_length=16, max_length=200)


class Session(Model):
    access_token: str
    refresh_token: str
    access_expires_at: UtcDatetime
    associate: Associate
    store: Location


# --- change feeds -----------------------------------------------------------------------

class Feed(StrEnum):
    """Store-scoped change feeds, in the order a first sync should pull them."""

    LOCATIONS = "locations"
    ASSOCIATES = "associates"
    PRODUCTS = "products"
    STOCK = "stock"
    CUSTOMERS = "customers"
    PURCHASES = "purchases"
    NOTES = "notes"
    WISHLISTS = "wishlists"
    CARTS = "carts"
    PICKUPS = "pickups"
    ORDERS = "orders"


class Tombstone(Model):
    key: str
    version: int = Field(ge=0)


class FeedPage(Model, Generic[T]):
    """One page of a feed: upserts and tombstones ordered by the server's version."""

    feed: Feed
    items: list[T]
    tombstones: list[Tombstone]
    next_cursor: str = Field(description="opaque; pass back as ?cursor= for the next page")
    has_more: bool
    server_time: UtcDatetime


# --- small commands ---------------------------------------------------------------------

class NewCustomerRequest(Model):
    client_customer_id: Id
    first_name: str = Field(min_length=1, max_length=80)
    last_name: str = Field(min_length=1, max_length=80)
    email: Email | None = None
    phone: str | None = Field(default=None, max_length=32)
    consents: Consents = Field(default_factory=Consents)
    preferences: Preferences = Field(default_factory=Preferences)


class NewNoteRequest(Model):
    client_note_id: Id
    text: str = Field(min_length=1, max_length=2000)


class PreferencesUpdate(Model):
    preferences: Preferences


class TakeoverMode(StrEnum):
    BASKET = "basket"
    SERVED_IN_STORE = "served_in_store"


class CartTakeoverRequest(Model):
    mode: TakeoverMode


class CartLineChange(Model):
    quantity: int = Field(ge=0, le=99, description="0 removes the line")


# --- errors -----------------------------------------------------------------------------

class ErrorCode(StrEnum):
    UNAUTHENTICATED = "unauthenticated"
    TOKEN_EXPIRED = "token_expired"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    VALIDATION = "validation"
    CONFLICT = "conflict"
    IDEMPOTENCY_MISMATCH = "idempotency_mismatch"
    LOCKED = "locked"
    RATE_LIMITED = "rate_limited"
    SERVER = "server_error"


class ErrorBody(Model):
    """Every non-2xx answer has this shape; a 409 carries the server's current state."""

    code: ErrorCode
    message: str
    reason: str | None = Field(default=None, description="machine-readable cause, e.g. order_cancelled")
    current: dict[str, Any] | None = Field(default=None, description="the entity as the server has it now")
    details: list[dict[str, Any]] | None = None


class Health(Model):
    status: str
    version: str
    server_time: UtcDatetime
