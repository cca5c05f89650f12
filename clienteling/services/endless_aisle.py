"""Endless-aisle use cases: source each basket line, place the order, resolve a refused one.

- Sourcing: online, the backend's quote (live stock, promise dates, costs); offline, the same
  kinds of options estimated from the cached stock of the warehouses and nearby stores, marked
  unconfirmed ("stock will be confirmed when back online"). The default for a line is the
  fastest option, then the cheapest; the associate may choose another.
- Placing: one `place_order` command through `services.submit`, whose transaction also writes
  the optimistic order row and deletes the basket draft. The backend attributes the sale to
  the signed-in associate and store.
- Refused (409 `stock_unavailable`): the conflict carries, per line, the alternatives the
  backend proposes; `retry_with_alternatives` requeues the same command (same client order
  id, new idempotency key) with the chosen sources.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from offline_cache import baskets as basket_rows
from offline_cache import outbox, repositories
from offline_cache.database import Connection, transaction

from .. import commands, errors, sourcing
from ..sourcing import FulfilmentOptions
from ..models import (
    Address, EndlessAisleOrder, Feed, Fulfilment, Location, LocationKind, Money, OrderLineRequest, OrderStatus,
    Payment, PaymentMode, PlaceOrderRequest, QuoteLine, QuoteRequest, SourcingOption,
    UnavailableLine, utcnow,
)
from .basket import Basket, SourcingChoice, load_basket, save_basket

if TYPE_CHECKING:
    from .app_services import AppServices

log = logging.getLogger(__name__)

CONTEXT = "EndlessAisle"
"""Translation context of the plain-words texts built here (the UI translates them)."""

Translate = Callable[[str, str], str]

def estimate_options(conn: Connection, sku: str, quantity: int, here: Location, now: datetime) -> list[SourcingOption]:
    """Offline: the backend's promise rules over the last known stock of cached locations (unconfirmed)."""
    places = {loc.id: loc for loc in repositories.locations(conn)}
    return sourcing.options(repositories.stock_for_sku(conn, sku), places, quantity, here, now)


# --- sourcing ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class LineSourcing:
    line_id: str
    sku: str
    quantity: int
    options: list[SourcingOption]
    chosen: SourcingChoice | None


@dataclass(frozen=True)
class SourcingPlan:
    basket: Basket
    lines: list[LineSourcing]
    confirmed: bool
    """True when the backend quoted it; False when estimated from the cache (offline)."""
    error: BaseException | None = field(default=None, compare=False)

    def line(self, line_id: str) -> LineSourcing | None:
        return next((x for x in self.lines if x.line_id == line_id), None)

    @property
    def complete(self) -> bool:
        return bool(self.lines) and all(x.chosen is not None for x in self.lines)


def apply_defaults(basket: Basket, options: dict[str, list[SourcingOption]], confirmed: bool,
                   here_id: str) -> Basket:
    """Keep each line's choice when still offered (with the fresh date and cost), else the default.

    The default is the fastest option (then cheapest, then nearest) that still lets the whole
    basket reach the customer one way: two lines collected in two different stores could be
    neither delivered nor picked up, so the second one takes its next option.
    """
    picks: dict[str, SourcingOption | None] = {}
    for line in basket.lines:
        offered = options.get(line.line_id, [])
        if line.choice is not None:
            picks[line.line_id] = next((o for o in offered if line.choice.same_source(o)), None)
    for line in basket.lines:
        if picks.get(line.line_id) is not None:
            continue
        offered = options.get(line.line_id, [])  # fastest, then cheapest, then nearest
        taken = [(o.method, o.location_id) for o in picks.values() if o is not None]
        picks[line.line_id] = next(
            (o for o in offered if sourcing.fulfilment_options([*taken, (o.method, o.location_id)], here_id).possible),
            offered[0] if offered else None)
    lines = [line.model_copy(update={"choice": SourcingChoice.of(pick, confirmed) if (pick := picks[line.line_id])
                                     else None}) for line in basket.lines]
    return basket.model_copy(update={"lines": lines})


def _here(services: AppServices) -> Location:
    if services.session is None:
        raise errors.AuthExpired("sign in to order")
    return services.session.store


async def source(services: AppServices) -> SourcingPlan:
    """The options for every basket line; the basket keeps the chosen (or default) source per line."""
    basket = await load_basket(services)
    here = _here(services)
    if basket.is_empty:
        return SourcingPlan(basket, [], confirmed=True)
    options: dict[str, list[SourcingOption]] = {}
    error: BaseException | None = None
    try:
        quote = await services.client.quote(QuoteRequest(lines=[QuoteLine(sku=x.sku, quantity=x.quantity)
                                                               for x in basket.lines]))
        for line, quoted in zip(basket.lines, quote.lines, strict=True):
            options[line.line_id] = quoted.options
        confirmed = True
    except errors.Unreachable as exc:
        error, confirmed, now = exc, False, utcnow()
        for line in basket.lines:
            options[line.line_id] = await services.store.read(estimate_options, line.sku, line.quantity, here, now)
    basket = await save_basket(services, apply_defaults(basket, options, confirmed, here.id))
    lines = [LineSourcing(x.line_id, x.sku, x.quantity, options[x.line_id], x.choice) for x in basket.lines]
    return SourcingPlan(basket, lines, confirmed=confirmed, error=error)


async def choose_option(services: AppServices, line_id: str, option: SourcingOption, confirmed: bool) -> Basket:
    basket = await load_basket(services)
    line = basket.line(line_id)
    if line is None:
        return basket
    choice = SourcingChoice.of(option, confirmed)
    return await save_basket(services, basket.model_copy(update={"lines": [
        x.model_copy(update={"choice": choice}) if x.line_id == line_id else x for x in basket.lines]}))


# --- fulfilment and payment ---------------------------------------------------------------------------

def payment_channels(email: str | None, phone: str | None) -> tuple[str, ...]:
    """Where a payment link can go: it is transactional, so any contact will do — no marketing consent."""
    return tuple(c for c, contact in (("email", email), ("sms", phone)) if contact)


async def set_checkout(services: AppServices, *, fulfilment: Fulfilment, address: Address | None,
                       pickup_store_id: str | None, payment: Payment | None) -> Basket:
    basket = await load_basket(services)
    return await save_basket(services, basket.model_copy(update={
        "fulfilment": fulfilment, "delivery_address": address if fulfilment == Fulfilment.DELIVERY else None,
        "pickup_store_id": pickup_store_id if fulfilment == Fulfilment.PICKUP else None, "payment": payment}))


async def profile_address(services: AppServices, customer_id: str | None) -> Address | None:
    """The customer's address as the profile holds it (None when it holds none)."""
    if not customer_id:
        return None
    customer = await services.store.read(repositories.get_customer, customer_id)
    return customer.address if customer is not None else None


def checkout_options(services: AppServices, basket: Basket) -> FulfilmentOptions:
    """How the basket's lines, as sourced, can reach the customer (the backend applies the same rule)."""
    here = _here(services)
    return sourcing.fulfilment_options(
        ((line.choice.method, line.choice.location_id) for line in basket.lines if line.choice is not None), here.id)


def pickup_store_for(services: AppServices, basket: Basket) -> str | None:
    """This store when every line can be collected here, else the one store where they all can (or None)."""
    stores = checkout_options(services, basket).pickup_stores
    here = _here(services).id
    if stores is None or here in stores:
        return here
    return next(iter(sorted(stores)), None)


async def pickup_stores(services: AppServices) -> list[Location]:
    """Stores a customer may collect at: this store first, then the others by name."""
    here = _here(services)
    stores = [loc for loc in await services.store.read(repositories.locations) if loc.kind == LocationKind.STORE]
    return sorted(stores, key=lambda loc: (loc.id != here.id, loc.name))


# --- placing the order ----------------------------------------------------------------------------------

class NotReady(ValueError):
    """The basket cannot become an order yet; `problem` says what is missing (an English key)."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def order_request(basket: Basket) -> PlaceOrderRequest:
    if basket.is_empty:
        raise NotReady("empty")
    if any(line.choice is None for line in basket.lines):
        raise NotReady("sourcing")
    if basket.fulfilment is None or basket.payment is None:
        raise NotReady("checkout")
    try:
        return PlaceOrderRequest(
            client_order_id=basket.id, customer_id=basket.customer_id,
            lines=[OrderLineRequest(sku=x.sku, quantity=x.quantity, method=x.choice.method,  # type: ignore[union-attr]
                                    source_location_id=x.choice.location_id)  # type: ignore[union-attr]
                   for x in basket.lines],
            fulfilment=basket.fulfilment, delivery_address=basket.delivery_address,
            pickup_store_id=basket.pickup_store_id, payment=basket.payment, from_cart_id=basket.from_cart_id)
    except ValueError as exc:
        raise NotReady("checkout") from exc


def optimistic_order(basket: Basket, request: PlaceOrderRequest, associate_id: str, store_id: str,
                     now: datetime) -> EndlessAisleOrder:
    """The order as this device shows it until the backend answers (its number comes with the answer)."""
    from ..models import OrderLine

    lines = [OrderLine(sku=x.sku, name=x.name, quantity=x.quantity, unit_price=x.unit_price,
                       method=x.choice.method, source_location_id=x.choice.location_id,  # type: ignore[union-attr]
                       promise_date=x.choice.promise_date)  # type: ignore[union-attr]
             for x in basket.lines]
    status = OrderStatus.PLACED if request.payment.mode == PaymentMode.IN_STORE else OrderStatus.AWAITING_PAYMENT
    return EndlessAisleOrder(
        id=request.client_order_id, number="", client_order_id=request.client_order_id, store_id=store_id,
        associate_id=associate_id, customer_id=request.customer_id, lines=lines, fulfilment=request.fulfilment,
        delivery_address=request.delivery_address, pickup_store_id=request.pickup_store_id, payment=request.payment,
        status=status, total=basket.total, shipping=basket.shipping, created_at=now, updated_at=now)


async def place_order(services: AppServices) -> EndlessAisleOrder:
    """Queue the basket as an order (durable on return); the sync engine sends it at once when online."""
    if services.session is None:
        raise errors.AuthExpired("sign in to order")
    basket = await load_basket(services)
    request = order_request(basket)
    order = optimistic_order(basket, request, services.session.associate.id, services.session.store.id, utcnow())
    row = order.model_dump(mode="json")

    def effect(conn: Connection) -> None:
        repositories.write_local(conn, Feed.ORDERS, row)
        basket_rows.delete(conn)

    await services.submit(commands.place_order(request), effect)
    log.info("endless-aisle order queued (%d lines)", len(request.lines))
    return order


@dataclass(frozen=True)
class OrderView:
    order: EndlessAisleOrder
    pending: bool
    """The backend has not confirmed it yet (offline, or on its way)."""
    refused: OrderConflict | None = None


async def order_view(services: AppServices, client_order_id: str) -> OrderView | None:
    """The order a basket became: the server's once it answered, the optimistic one until then."""
    order = await services.store.read(basket_rows.order_by_client_id, client_order_id)
    pending = await services.is_pending(commands.entity_key(Feed.ORDERS, client_order_id))
    if order is None:
        refused = next((c for c in await order_conflicts(services) if c.request.client_order_id == client_order_id),
                       None)
        if refused is None:
            return None
        return OrderView(refused.order_preview, pending=False, refused=refused)
    return OrderView(order, pending=pending)


def qr_payload(order: EndlessAisleOrder) -> str:
    """What the customer's QR code carries: the device's order id, known offline and kept by the backend."""
    return f"EA:{order.client_order_id}"


# --- the store's orders list -------------------------------------------------------------------------------

@dataclass(frozen=True)
class OrderRow:
    order: EndlessAisleOrder
    pending: bool


def _order_rows(conn: Connection, associate_id: str | None, status: str | None, offset: int,
                limit: int) -> list[OrderRow]:
    found = repositories.orders(conn, associate_id=associate_id, status=status, limit=limit, offset=offset)
    return [OrderRow(o, outbox.has_pending(conn, commands.entity_key(Feed.ORDERS, o.client_order_id)))
            for o in found]


async def store_orders(services: AppServices, associate_id: str | None = None, status: str | None = None,
                       offset: int = 0, limit: int = 50) -> list[OrderRow]:
    """One page of the store's endless-aisle orders from the cache, newest first."""
    return await services.store.read(_order_rows, associate_id, status, offset, limit)


async def store_associates(services: AppServices) -> list[tuple[str, str]]:
    here = _here(services)
    return [(a.id, a.display_name) for a in await services.store.read(repositories.associates, here.id)]


# --- refused orders: the conflict inbox -----------------------------------------------------------------------

REASON_WORDS: dict[str, str] = {
    "stock_unavailable": QT_TRANSLATE_NOOP(
        "EndlessAisle", "Stock changed before this order reached the server, so it was not placed. "
                 "Choose another source for the items below, or cancel the order."),
    "unknown_customer": QT_TRANSLATE_NOOP(
        "EndlessAisle", "The server does not know this order's customer, so it was not placed. "
                 "Check the customer's profile, then place the order again."),
    "cart_not_active": QT_TRANSLATE_NOOP(
        "EndlessAisle", "The customer's online cart was changed or ordered online meanwhile, so this order was not placed."),
    "method_not_possible": QT_TRANSLATE_NOOP(
        "EndlessAisle", "One of the chosen delivery methods is not possible from that place, so the order was not placed."),
    "fulfilment_not_possible": QT_TRANSLATE_NOOP(
        "EndlessAisle", "The items cannot reach the customer the way chosen (home delivery, or the pickup store), "
                 "so the order was not placed. Change where the items come from or how the customer gets them."),
}
GENERIC_WORDS = QT_TRANSLATE_NOOP("EndlessAisle", "The server refused this order, so it was not placed: %1")
LINE_WORDS = QT_TRANSLATE_NOOP("EndlessAisle", "%1: %2 wanted from %3, %4 left there.")


@dataclass(frozen=True)
class OrderConflict:
    seq: int
    request: PlaceOrderRequest
    reason: str | None
    message: str
    unavailable: list[UnavailableLine]
    refused_at: datetime | None
    order_preview: EndlessAisleOrder

    def line_request(self, sku: str) -> OrderLineRequest | None:
        return next((x for x in self.request.lines if x.sku == sku), None)


def _conflict(command: outbox.Command, names: dict[str, str]) -> OrderConflict | None:
    try:
        request = PlaceOrderRequest.model_validate(command.body)
    except ValueError:
        return None
    body = command.response_body if isinstance(command.response_body, dict) else {}
    details = body.get("details") if isinstance(body.get("details"), list) else []
    unavailable = []
    for item in details:
        try:
            unavailable.append(UnavailableLine.model_validate(item))
        except ValueError:
            continue
    from ..models import OrderLine

    preview = EndlessAisleOrder(
        id=request.client_order_id, number="", client_order_id=request.client_order_id, store_id="-",
        associate_id=command.associate_id or "-", customer_id=request.customer_id,
        lines=[OrderLine(sku=x.sku, name=names.get(x.sku, x.sku), quantity=x.quantity, unit_price=Money(amount_minor=0),
                         method=x.method, source_location_id=x.source_location_id,
                         promise_date=(command.settled_at or command.created_at).date()) for x in request.lines],
        fulfilment=request.fulfilment, delivery_address=request.delivery_address,
        pickup_store_id=request.pickup_store_id, payment=request.payment, status=OrderStatus.CANCELLED,
        total=Money(amount_minor=0), shipping=Money(amount_minor=0), created_at=command.created_at,
        updated_at=command.settled_at or command.created_at)
    return OrderConflict(seq=command.seq, request=request, reason=body.get("reason"),
                         message=str(body.get("message") or command.last_error or ""), unavailable=unavailable,
                         refused_at=command.settled_at, order_preview=preview)


def _conflicts(conn: Connection) -> list[OrderConflict]:
    rows = [c for c in outbox.conflicts(conn) if c.kind == commands.Kind.PLACE_ORDER.value]
    skus = {line["sku"] for c in rows if isinstance(c.body, dict) for line in c.body.get("lines", [])}
    names = {}
    for sku in skus:
        product = repositories.get_product_by_sku(conn, sku)
        if product is not None:
            names[sku] = product.name
    return [c for c in (_conflict(r, names) for r in rows) if c is not None]


async def order_conflicts(services: AppServices) -> list[OrderConflict]:
    """Orders the backend refused, oldest first, waiting for the associate's decision."""
    return await services.store.read(_conflicts)


def explain_conflict(conflict: OrderConflict, places: dict[str, str], names: dict[str, str] | None = None,
                     translate: Translate | None = None) -> list[str]:
    """Plain words: why it was refused, then one sentence per line that can no longer be sourced."""
    tr = translate or (lambda _context, text: text)
    words = REASON_WORDS.get(conflict.reason or "")
    lines = [tr(CONTEXT, words) if words else tr(CONTEXT, GENERIC_WORDS).replace("%1", conflict.message)]
    names = names or {line.sku: line.name for line in conflict.order_preview.lines}
    for item in conflict.unavailable:
        wanted = conflict.line_request(item.sku)
        place = places.get(wanted.source_location_id, wanted.source_location_id) if wanted else "?"
        lines.append(tr(CONTEXT, LINE_WORDS).replace("%1", names.get(item.sku, item.sku))
                     .replace("%2", str(item.requested)).replace("%3", place).replace("%4", str(item.available)))
    return lines


def with_alternatives(request: PlaceOrderRequest, chosen: dict[str, SourcingOption]) -> dict[str, Any]:
    """The refused order's body with the chosen sources for the lines that could not be sourced."""
    lines = []
    for line in request.lines:
        option = chosen.get(line.sku)
        if option is not None:
            line = line.model_copy(update={"method": option.method, "source_location_id": option.location_id})
        lines.append(line)
    return request.model_copy(update={"lines": lines}).model_dump(mode="json")


def _requeue(conn: Connection, seq: int, body: dict[str, Any], order_row: dict[str, Any]) -> outbox.Command:
    with transaction(conn):
        row = outbox.requeue_conflict(conn, seq, body)
        repositories.write_local(conn, Feed.ORDERS, order_row)
    return row


async def retry_with_alternatives(services: AppServices, conflict: OrderConflict,
                                  chosen: dict[str, SourcingOption]) -> EndlessAisleOrder:
    """Send the refused order again (same client order id, new key) with the chosen sources.

    The optimistic order row comes back in the same transaction, so the store's list shows it
    as waiting to sync again.
    """
    if services.session is None:
        raise errors.AuthExpired("sign in to order")
    missing = [u.sku for u in conflict.unavailable if u.sku not in chosen]
    if missing:
        raise NotReady("sourcing")
    body = with_alternatives(conflict.request, chosen)
    request = PlaceOrderRequest.model_validate(body)
    now = utcnow()
    dates = {sku: o.promise_date for sku, o in chosen.items()}
    prices: dict[str, Money] = {}
    for line in request.lines:
        product = await services.store.read(repositories.get_product_by_sku, line.sku)
        variant = product.variant(line.sku) if product else None
        prices[line.sku] = variant.price if variant else Money(amount_minor=0)
    from ..models import OrderLine

    shipments = {(x.method, x.source_location_id): sourcing.COST_MINOR[x.method] for x in request.lines}
    lines = [OrderLine(sku=x.sku, name=next((p.name for p in conflict.order_preview.lines if p.sku == x.sku), x.sku),
                       quantity=x.quantity, unit_price=prices[x.sku], method=x.method,
                       source_location_id=x.source_location_id,
                       promise_date=dates.get(x.sku, now.date())) for x in request.lines]
    shipping = Money(amount_minor=sum(shipments.values()))
    subtotal = sum(x.unit_price.amount_minor * x.quantity for x in lines)
    order = conflict.order_preview.model_copy(update={
        "store_id": services.session.store.id, "associate_id": services.session.associate.id, "lines": lines,
        "status": OrderStatus.PLACED if request.payment.mode == PaymentMode.IN_STORE else OrderStatus.AWAITING_PAYMENT,
        "total": Money(amount_minor=subtotal + shipping.amount_minor), "shipping": shipping,
        "updated_at": now})
    await services.store.write(_requeue, conflict.seq, body, order.model_dump(mode="json"))
    await services.engine.refresh_counts()
    services.engine.wake()
    return order


async def cancel_refused_order(services: AppServices, conflict: OrderConflict) -> None:
    """The associate gives the refused order up (kept in the outbox, settled as failed, for the audit)."""
    await services.store.write(outbox.discard_conflict, conflict.seq, "order cancelled by the associate")
    await services.engine.refresh_counts()


# --- cache reads the screens need (the UI has no SQL) -----------------------------------------------------

async def product_of_style(services: AppServices, style_id: str) -> Any:
    return await services.store.read(repositories.get_product, style_id)


async def customer_of(services: AppServices, customer_id: str) -> Any:
    return await services.store.read(repositories.get_customer, customer_id)


async def cart_of(services: AppServices, customer_id: str) -> Any:
    """The customer's live (or taken-over) online cart as cached."""
    return await services.store.read(repositories.customer_cart, customer_id)


async def location_names(services: AppServices) -> dict[str, str]:
    return {loc.id: loc.name for loc in await services.store.read(repositories.locations)}


def _sourceable_sku(conn: Connection, here: str) -> str | None:
    row = conn.execute("SELECT sku FROM stock WHERE location_id != ? AND available >= 2 ORDER BY sku LIMIT 1",
                       (here,)).fetchone()
    return row[0] if row else None


async def a_sourceable_sku(services: AppServices) -> str | None:
    """Some SKU with stock elsewhere in the network (demo screenshots, smoke tests)."""
    return await services.store.read(_sourceable_sku, _here(services).id)
