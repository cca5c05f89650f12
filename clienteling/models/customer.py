"""Customers and everything the 360° profile shows: consents, loyalty, history, notes."""
from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from .common import Email, Id, Model, Money, Sku, UtcDatetime


class Tier(StrEnum):
    MEMBER = "member"
    SILVER = "silver"
    GOLD = "gold"
    PLATINUM = "platinum"


TIER_THRESHOLDS: dict[Tier, int] = {Tier.MEMBER: 0, Tier.SILVER: 1000, Tier.GOLD: 5000, Tier.PLATINUM: 15000}
"""Points needed for each tier; the backend owns them, the app only shows them."""


class Channel(StrEnum):
    STORE = "store"
    WEB = "web"
    APP = "app"


class Consent(Model):
    """One consent and when it was last given or withdrawn; absent means not given."""

    granted: bool = False
    updated_at: UtcDatetime | None = None


class Consents(Model):
    email: Consent = Field(default_factory=Consent)
    sms: Consent = Field(default_factory=Consent)
    marketing: Consent = Field(default_factory=Consent)


class Preferences(Model):
    """Sizes by garment family (e.g. {"tops": "M", "shoes": "39"}) and style notes."""

    sizes: dict[str, str] = Field(default_factory=dict, max_length=20)
    styles: list[str] = Field(default_factory=list, max_length=20)
    favourite_brands: list[str] = Field(default_factory=list, max_length=20)


class Address(Model):
    """A postal address: the customer's, or where an endless-aisle order is delivered."""

    name: str = Field(min_length=1, max_length=120)
    street: str = Field(min_length=1, max_length=200)
    postcode: str = Field(min_length=3, max_length=12)
    city: str = Field(min_length=1, max_length=80)
    country: str = Field(pattern=r"^[A-Z]{2}$")


class Customer(Model):
    id: Id
    first_name: str = Field(min_length=1, max_length=80)
    last_name: str = Field(min_length=1, max_length=80)
    email: Email | None = None
    phone: str | None = Field(default=None, max_length=32, description="E.164, e.g. +33612345678")
    loyalty_card: str | None = Field(default=None, pattern=r"^[0-9]{10,16}$")
    tier: Tier = Tier.MEMBER
    points: int = Field(default=0, ge=0)
    consents: Consents = Field(default_factory=Consents)
    preferences: Preferences = Field(default_factory=Preferences)
    home_store_id: Id | None = None
    preferred_associate_id: Id | None = None
    address: Address | None = Field(default=None, description="postal address on file, for home deliveries")
    last_visit_at: UtcDatetime | None = None
    created_at: UtcDatetime
    updated_at: UtcDatetime
    version: int = Field(default=0, ge=0)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class CustomerSummary(Model):
    """What a search result row needs, nothing more."""

    id: Id
    first_name: str
    last_name: str
    tier: Tier
    home_store_id: Id | None = None
    last_visit_at: UtcDatetime | None = None
    loyalty_card: str | None = None


class PurchaseLine(Model):
    sku: Sku
    name: str = Field(min_length=1, max_length=160)
    quantity: int = Field(ge=1, le=999)
    unit_price: Money


class Purchase(Model):
    """A past purchase in any channel: the store it was made in, or the web/app site."""

    id: Id
    customer_id: Id
    channel: Channel
    location_id: Id | None = Field(default=None, description="store of a store purchase")
    site: str | None = Field(default=None, description="e.g. shop.example.fr for web/app purchases")
    purchased_at: UtcDatetime
    lines: list[PurchaseLine] = Field(min_length=1)
    total: Money
    version: int = Field(default=0, ge=0)


class NoteSource(StrEnum):
    STORE = "store"
    CUSTOMER_SERVICE = "customer_service"
    WEB = "web"


class CustomerNote(Model):
    """A note or interaction on the timeline shared with the web customer service."""

    id: Id
    customer_id: Id
    source: NoteSource
    author: str = Field(min_length=1, max_length=120)
    text: str = Field(min_length=1, max_length=2000)
    created_at: UtcDatetime
    version: int = Field(default=0, ge=0)


class WishlistItem(Model):
    customer_id: Id
    sku: Sku
    added_at: UtcDatetime
    version: int = Field(default=0, ge=0)


class CartStatus(StrEnum):
    ACTIVE = "active"
    TAKEN_OVER = "taken_over"
    SERVED_IN_STORE = "served_in_store"
    ORDERED = "ordered"


class CartLine(Model):
    line_id: Id
    sku: Sku
    name: str
    quantity: int = Field(ge=1, le=99)
    unit_price: Money
    promotion: str | None = Field(default=None, description="label of the promotion applied online")
    line_total: Money = Field(description="after promotions, as the web shop computes it")


class OnlineCart(Model):
    """The customer's live web/app cart, priced by the backend (same prices as online)."""

    id: Id
    customer_id: Id
    channel: Channel
    status: CartStatus
    lines: list[CartLine]
    total: Money
    updated_at: UtcDatetime
    taken_over_by: Id | None = None
    taken_over_at: UtcDatetime | None = None
    version: int = Field(default=0, ge=0)


class CustomerProfile(Model):
    """The 360° view: one customer and what every channel knows of them."""

    customer: Customer
    purchases: list[Purchase]
    notes: list[CustomerNote]
    wishlist: list[WishlistItem]
    cart: OnlineCart | None = None
