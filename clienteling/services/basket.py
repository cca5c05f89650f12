"""The endless-aisle basket: a pure domain object, kept in the cache so it survives a restart.

The basket is a draft on this device, not a command: editing it writes nothing to the
outbox. It becomes one `place_order` command (clienteling.services.endless_aisle), whose
transaction also deletes the draft. Its `id` is the order's `client_order_id` from the first
line on, so the backend recognises a resent order.

Pure functions (`add_item`, `set_quantity`, `change_variant`, …) return a new basket; the
async ones load and save it through the cache's writer.
"""
from __future__ import annotations

import logging
import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from offline_cache import baskets as basket_rows
from offline_cache import repositories

from .. import errors
from ..models import (
    Address, Customer, Feed, Fulfilment, Money, OnlineCart, Payment, Product, SourcingMethod, SourcingOption,
)

if TYPE_CHECKING:
    from .app_services import AppServices

log = logging.getLogger(__name__)

MAX_QUANTITY = 99
MAX_LINES = 50
SOURCES = ("scan", "search", "stock", "recommendation", "cart")
"""How a line came into the basket (kept for the sales figures; not shown)."""


class _Draft(BaseModel):
    """Tolerant of fields an older app version wrote (the draft outlives updates)."""

    model_config = ConfigDict(extra="ignore")


class SourcingChoice(_Draft):
    """Where a line comes from, as quoted (online) or estimated from the cache (offline)."""

    method: SourcingMethod
    location_id: str
    location_name: str
    promise_date: date
    cost: Money
    confirmed: bool = True
    """False when estimated offline: the backend confirms stock when the order reaches it."""

    @classmethod
    def of(cls, option: SourcingOption, confirmed: bool = True) -> SourcingChoice:
        return cls(method=option.method, location_id=option.location_id, location_name=option.location_name,
                   promise_date=option.promise_date, cost=option.cost, confirmed=confirmed)

    def same_source(self, option: SourcingOption | SourcingChoice) -> bool:
        return self.method == option.method and self.location_id == option.location_id


class BasketLine(_Draft):
    line_id: str
    sku: str
    style_id: str
    name: str
    brand: str = ""
    size: str
    colour: str
    quantity: int = Field(ge=1, le=MAX_QUANTITY)
    unit_price: Money
    promotion: str | None = None
    source: str = "search"
    choice: SourcingChoice | None = None

    @property
    def line_total(self) -> Money:
        return self.unit_price * self.quantity


class Basket(_Draft):
    id: str = Field(default_factory=lambda: f"ea-{uuid.uuid4()}")
    """Becomes the order's client_order_id."""
    customer_id: str | None = None
    customer_name: str | None = None
    lines: list[BasketLine] = Field(default_factory=list)
    from_cart_id: str | None = None
    fulfilment: Fulfilment | None = None
    delivery_address: Address | None = None
    pickup_store_id: str | None = None
    payment: Payment | None = None

    @property
    def is_empty(self) -> bool:
        return not self.lines

    @property
    def item_count(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def subtotal(self) -> Money:
        total = Money(amount_minor=0)
        for line in self.lines:
            total = total + line.line_total
        return total

    @property
    def shipping(self) -> Money:
        """One shipping cost per (method, source): lines from one place travel together."""
        shipments = {(line.choice.method, line.choice.location_id): line.choice.cost.amount_minor
                     for line in self.lines if line.choice is not None}
        return Money(amount_minor=sum(shipments.values()))

    @property
    def total(self) -> Money:
        return self.subtotal + self.shipping

    def line(self, line_id: str) -> BasketLine | None:
        return next((line for line in self.lines if line.line_id == line_id), None)


# --- pure edits ------------------------------------------------------------------------------------

def _new_line_id() -> str:
    return uuid.uuid4().hex[:12]


def _replace_line(basket: Basket, line_id: str, line: BasketLine | None) -> Basket:
    lines = [line if x.line_id == line_id else x for x in basket.lines]
    return basket.model_copy(update={"lines": [x for x in lines if x is not None]})


def add_item(basket: Basket, product: Product, sku: str, *, quantity: int = 1, source: str = "search",
             unit_price: Money | None = None, promotion: str | None = None) -> Basket:
    """Add a variant; the same SKU again adds to its line's quantity (capped at 99)."""
    variant = product.variant(sku)
    if variant is None:
        raise ValueError(f"{sku} is not a variant of {product.style_id}")
    existing = next((line for line in basket.lines if line.sku == sku), None)
    if existing is not None:
        return _replace_line(basket, existing.line_id, existing.model_copy(
            update={"quantity": min(MAX_QUANTITY, existing.quantity + quantity)}))
    if len(basket.lines) >= MAX_LINES:
        raise ValueError("a basket holds at most 50 lines")
    line = BasketLine(line_id=_new_line_id(), sku=sku, style_id=product.style_id, name=product.name,
                      brand=product.brand, size=variant.size, colour=variant.colour,
                      quantity=max(1, min(MAX_QUANTITY, quantity)), unit_price=unit_price or variant.price,
                      promotion=promotion, source=source if source in SOURCES else "search")
    return basket.model_copy(update={"lines": [*basket.lines, line]})


def set_quantity(basket: Basket, line_id: str, quantity: int) -> Basket:
    """0 removes the line; the sourcing chosen for the old quantity is asked again."""
    line = basket.line(line_id)
    if line is None:
        return basket
    if quantity <= 0:
        return remove_line(basket, line_id)
    return _replace_line(basket, line_id, line.model_copy(
        update={"quantity": min(MAX_QUANTITY, quantity), "choice": None if quantity != line.quantity else line.choice}))


def remove_line(basket: Basket, line_id: str) -> Basket:
    return _replace_line(basket, line_id, None)


def change_variant(basket: Basket, line_id: str, product: Product, *, size: str | None = None,
                   colour: str | None = None) -> Basket:
    """Another size and/or colour of the same style; the nearest existing variant wins.

    Changing the size keeps the colour when that combination exists (and the other way round).
    """
    line = basket.line(line_id)
    if line is None:
        return basket
    want_size, want_colour = size or line.size, colour or line.colour
    exact = next((v for v in product.variants if v.size == want_size and v.colour == want_colour), None)
    if exact is None:  # keep what was just picked, take the first match for the other axis
        picked = [v for v in product.variants if (size and v.size == size) or (colour and v.colour == colour)]
        exact = picked[0] if picked else None
    if exact is None or exact.sku == line.sku:
        return basket
    twin = next((x for x in basket.lines if x.sku == exact.sku and x.line_id != line_id), None)
    if twin is not None:  # the variant is already in the basket: merge the lines
        merged = twin.model_copy(update={"quantity": min(MAX_QUANTITY, twin.quantity + line.quantity), "choice": None})
        return remove_line(_replace_line(basket, twin.line_id, merged), line_id)
    price = exact.price if line.source != "cart" or line.sku != exact.sku else line.unit_price
    return _replace_line(basket, line_id, line.model_copy(update={
        "sku": exact.sku, "size": exact.size, "colour": exact.colour, "unit_price": price, "promotion": None,
        "choice": None}))


def attach_customer(basket: Basket, customer: Customer | None) -> Basket:
    """Attach (or with None detach) the customer; a delivery address typed for another customer goes."""
    if customer is None:
        return basket.model_copy(update={"customer_id": None, "customer_name": None, "from_cart_id": None,
                                         "delivery_address": None, "payment": None})
    same = customer.id == basket.customer_id
    return basket.model_copy(update={
        "customer_id": customer.id, "customer_name": f"{customer.first_name} {customer.last_name}",
        "from_cart_id": basket.from_cart_id if same else None,
        "delivery_address": basket.delivery_address if same else None})


def choose(basket: Basket, line_id: str, choice: SourcingChoice | None) -> Basket:
    line = basket.line(line_id)
    return basket if line is None else _replace_line(basket, line_id, line.model_copy(update={"choice": choice}))


def from_cart(basket: Basket, cart: OnlineCart, products: dict[str, Product], customer: Customer | None) -> Basket:
    """The online cart's lines at the backend's prices (the web shop's), the customer attached.

    Lines whose SKU the catalogue does not know are left out (the caller says how many).
    """
    if customer is not None:
        basket = attach_customer(basket, customer)
    else:
        basket = basket.model_copy(update={"customer_id": cart.customer_id})
    for cart_line in cart.lines:
        product = products.get(cart_line.sku)
        if product is None or product.variant(cart_line.sku) is None:
            continue
        # The web shop's price after its promotion, per unit, in whole minor units.
        unit = cart_line.line_total.amount_minor // cart_line.quantity if cart_line.quantity else 0
        price = cart_line.unit_price if unit * cart_line.quantity != cart_line.line_total.amount_minor \
            else Money(amount_minor=unit, currency=cart_line.line_total.currency)
        existing = next((line for line in basket.lines if line.sku == cart_line.sku), None)
        if existing is not None and existing.source == "cart":
            continue  # taken over twice: the cart's quantity stands
        basket = add_item(basket, product, cart_line.sku, quantity=cart_line.quantity, source="cart",
                          unit_price=price, promotion=cart_line.promotion)
    return basket.model_copy(update={"from_cart_id": cart.id})


def to_json(basket: Basket) -> dict[str, Any]:
    return basket.model_dump(mode="json")


def from_json(body: dict[str, Any] | None) -> Basket:
    if not body:
        return Basket()
    try:
        return Basket.model_validate(body)
    except ValueError:
        log.warning("the saved basket could not be read; starting a new one")
        return Basket()


# --- persisted: load, edit, save -------------------------------------------------------------------

async def load_basket(services: AppServices) -> Basket:
    return from_json(await services.store.read(basket_rows.load))


async def save_basket(services: AppServices, basket: Basket) -> Basket:
    await services.store.write(basket_rows.save, to_json(basket))
    return basket


async def clear_basket(services: AppServices) -> Basket:
    await services.store.write(basket_rows.delete)
    return Basket()


async def product_of_sku(services: AppServices, sku: str) -> Product | None:
    """From the cache; online, a SKU the cache does not know is looked up and cached first."""
    product = await services.store.read(repositories.get_product_by_sku, sku)
    if product is not None:
        return product
    try:
        product = await services.client.product_by_sku(sku)
    except errors.NotFound:
        return None
    await services.store.write(repositories.upsert_lookup, Feed.PRODUCTS, product.model_dump(mode="json"))
    return product


async def product_of_gtin(services: AppServices, gtin: str) -> Product | None:
    product = await services.store.read(repositories.get_product_by_gtin, gtin)
    if product is not None:
        return product
    try:
        product = await services.client.product_by_gtin(gtin)
    except errors.NotFound:
        return None
    await services.store.write(repositories.upsert_lookup, Feed.PRODUCTS, product.model_dump(mode="json"))
    return product


async def edit(services: AppServices, change: Any, *args: Any, **kwargs: Any) -> Basket:
    """Apply a pure edit (`set_quantity`, `remove_line`, `choose`, …) to the saved basket and save it."""
    return await save_basket(services, change(await load_basket(services), *args, **kwargs))


async def add_sku(services: AppServices, sku: str, source: str = "search") -> Basket:
    """Add a variant by SKU (stock page, search, recommendation); errors.NotFound for an unknown SKU."""
    product = await product_of_sku(services, sku)
    if product is None:
        raise errors.NotFound(f"no product has the SKU {sku}")
    return await edit(services, add_item, product, sku, source=source)


async def add_gtin(services: AppServices, gtin: str) -> tuple[Basket, BasketLine]:
    """A scanned barcode: its variant goes into the basket (errors.NotFound for an unknown code)."""
    product = await product_of_gtin(services, gtin)
    variant = next((v for v in product.variants if v.gtin == gtin), None) if product else None
    if product is None or variant is None:
        raise errors.NotFound(f"no product has the barcode {gtin}")
    basket = await edit(services, add_item, product, variant.sku, source="scan")
    return basket, next(line for line in basket.lines if line.sku == variant.sku)


async def set_customer(services: AppServices, customer_id: str | None) -> Basket:
    customer = await services.store.read(repositories.get_customer, customer_id) if customer_id else None
    if customer_id and customer is None:
        raise errors.NotFound("this customer is not on this device")
    return await edit(services, attach_customer, customer)


async def services_basket_from_cart(services: AppServices, cart: OnlineCart) -> Basket:
    """Fill the basket from the customer's online cart (its prices), attach them, remember the cart.

    The customers area calls this after queuing the cart's takeover; placing the order then
    tells the backend which cart it came from (`from_cart_id`), which marks the cart ordered.
    """
    products: dict[str, Product] = {}
    for line in cart.lines:
        product = await product_of_sku(services, line.sku)
        if product is not None:
            products[line.sku] = product
    customer = await services.store.read(repositories.get_customer, cart.customer_id)
    basket = await load_basket(services)
    if basket.customer_id not in (None, cart.customer_id):
        basket = Basket()  # another customer's basket is not mixed with this cart
    return await save_basket(services, from_cart(basket, cart, products, customer))
