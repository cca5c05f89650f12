"""Endless-aisle orders: sell what the store does not have, sourced anywhere in the network."""
from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import Field, model_validator

from .common import Id, Model, Money, Sku, UtcDatetime
from .customer import Address


class SourcingMethod(StrEnum):
    SHIP_FROM_WAREHOUSE = "ship_from_warehouse"
    SHIP_FROM_STORE = "ship_from_store"
    TRANSFER_TO_STORE = "transfer_to_store"
    PICKUP_OTHER_STORE = "pickup_other_store"


class SourcingOption(Model):
    method: SourcingMethod
    location_id: Id
    location_name: str
    available: int = Field(ge=0)
    promise_date: date
    cost: Money


class QuoteLine(Model):
    sku: Sku
    quantity: int = Field(ge=1, le=99)


class QuoteRequest(Model):
    lines: list[QuoteLine] = Field(min_length=1, max_length=50)


class QuotedLine(Model):
    sku: Sku
    quantity: int
    unit_price: Money
    options: list[SourcingOption] = Field(description="fastest first, then cheapest")


class Quote(Model):
    lines: list[QuotedLine]


class Fulfilment(StrEnum):
    DELIVERY = "delivery"
    PICKUP = "pickup"


class PaymentMode(StrEnum):
    IN_STORE = "in_store"
    PAYMENT_LINK = "payment_link"


class Payment(Model):
    mode: PaymentMode
    till_reference: str | None = Field(default=None, max_length=64)
    link_channel: str | None = Field(default=None, pattern=r"^(email|sms)$")

    @model_validator(mode="after")
    def _complete(self) -> Payment:
        if self.mode == PaymentMode.IN_STORE and not self.till_reference:
            raise ValueError("a payment taken in store needs the till's reference")
        if self.mode == PaymentMode.PAYMENT_LINK and not self.link_channel:
            raise ValueError("a payment link needs a channel (email or sms)")
        return self


class OrderLineRequest(Model):
    sku: Sku
    quantity: int = Field(ge=1, le=99)
    method: SourcingMethod
    source_location_id: Id


class PlaceOrderRequest(Model):
    """The endless-aisle command; `client_order_id` is the device's UUID for the order."""

    client_order_id: Id
    customer_id: Id | None = None
    lines: list[OrderLineRequest] = Field(min_length=1, max_length=50)
    fulfilment: Fulfilment
    delivery_address: Address | None = None
    pickup_store_id: Id | None = None
    payment: Payment
    from_cart_id: Id | None = None

    @model_validator(mode="after")
    def _fulfilment_complete(self) -> PlaceOrderRequest:
        if self.fulfilment == Fulfilment.DELIVERY and self.delivery_address is None:
            raise ValueError("home delivery needs an address")
        if self.fulfilment == Fulfilment.PICKUP and self.pickup_store_id is None:
            raise ValueError("pickup needs a store")
        return self


class OrderStatus(StrEnum):
    PLACED = "placed"
    AWAITING_PAYMENT = "awaiting_payment"
    IN_PREPARATION = "in_preparation"
    SHIPPED = "shipped"
    READY_FOR_PICKUP = "ready_for_pickup"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


class OrderLine(Model):
    sku: Sku
    name: str
    quantity: int = Field(ge=1, le=99)
    unit_price: Money
    method: SourcingMethod
    source_location_id: Id
    promise_date: date


class EndlessAisleOrder(Model):
    id: Id
    number: str
    client_order_id: Id
    store_id: Id = Field(description="the store the sale is attributed to")
    associate_id: Id = Field(description="the associate the sale is attributed to")
    customer_id: Id | None = None
    lines: list[OrderLine] = Field(min_length=1)
    fulfilment: Fulfilment
    delivery_address: Address | None = None
    pickup_store_id: Id | None = None
    payment: Payment
    status: OrderStatus
    total: Money
    shipping: Money
    created_at: UtcDatetime
    updated_at: UtcDatetime
    version: int = Field(default=0, ge=0)


class UnavailableLine(Model):
    """Part of a 409 answer: a line that can no longer be sourced, and what could be instead."""

    sku: Sku
    requested: int
    available: int
    alternatives: list[SourcingOption]
