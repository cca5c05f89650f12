"""Products: a style with its size × colour variants, and stock per location."""
from __future__ import annotations

from pydantic import Field

from .common import Gtin, Id, Model, Money, Sku, UtcDatetime


class Variant(Model):
    sku: Sku
    gtin: Gtin
    size: str = Field(min_length=1, max_length=16)
    colour: str = Field(min_length=1, max_length=40)
    price: Money


class Product(Model):
    """A style (what the customer recognises) and its sellable variants."""

    style_id: Id
    name: str = Field(min_length=1, max_length=160)
    brand: str = Field(min_length=1, max_length=80)
    category: str = Field(min_length=1, max_length=80)
    description: str = Field(default="", max_length=2000)
    image_url: str | None = Field(default=None, max_length=500)
    variants: list[Variant] = Field(min_length=1)
    version: int = Field(default=0, ge=0)

    def variant(self, sku: str) -> Variant | None:
        return next((v for v in self.variants if v.sku == sku), None)


class StockLevel(Model):
    """Stock of one SKU at one location; `available` is what can still be promised."""

    sku: Sku
    location_id: Id
    on_hand: int = Field(ge=0)
    reserved: int = Field(ge=0)
    available: int = Field(ge=0, description="available to promise = on_hand - reserved, never negative")
    updated_at: UtcDatetime
    version: int = Field(default=0, ge=0)

    @property
    def key(self) -> str:
        return f"{self.sku}@{self.location_id}"


class StockAtLocation(Model):
    location_id: Id
    location_name: str
    kind: str
    city: str
    distance_km: float = Field(ge=0)
    open_now: bool
    on_hand: int = Field(ge=0)
    reserved: int = Field(ge=0)
    available: int = Field(ge=0)
    updated_at: UtcDatetime
    version: int = Field(default=0, ge=0, description="the stock feed's version of this figure")


class NetworkStock(Model):
    """Stock of a SKU across the network, nearest first, as seen from one store."""

    sku: Sku
    from_location_id: Id
    here: StockAtLocation | None
    stores: list[StockAtLocation]
    warehouses: list[StockAtLocation]
    network_available: int = Field(ge=0)
    as_of: UtcDatetime
