"""Endless-aisle orders: placed against live stock at the source, attributed to the seller."""
from __future__ import annotations

import json
import secrets
import sqlite3
from collections import defaultdict
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from clienteling.models import (
    CartStatus,
    EndlessAisleOrder,
    OnlineCart,
    Feed,
    Fulfilment,
    LocationKind,
    Money,
    OrderLine,
    OrderStatus,
    PaymentMode,
    PlaceOrderRequest,
    UnavailableLine,
)

from clienteling import sourcing as rules

from . import dashboard, db, idempotency, records, sourcing
from .context import AnyCaller, Caller, Config, Conn
from .errors import conflict, invalid, not_found, responses
from .idempotency import IdempotencyKey

router = APIRouter(prefix="/v1", tags=["orders"])

PathId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]


def _place(conn: sqlite3.Connection, body: PlaceOrderRequest, caller: Caller, now: datetime) -> EndlessAisleOrder:
    here = caller.store
    duplicate = conn.execute("SELECT body FROM orders WHERE client_id = ?", (body.client_order_id,)).fetchone()
    if duplicate is not None:
        raise conflict("duplicate_order", "this device already placed this order", current=json.loads(duplicate[0]))
    if body.customer_id is not None and records.customer(conn, body.customer_id) is None:
        raise invalid("unknown_customer", "no such customer")
    if body.fulfilment == Fulfilment.PICKUP:
        pickup_store = records.location(conn, body.pickup_store_id or "")
        if pickup_store is None or pickup_store.kind != LocationKind.STORE:
            raise invalid("unknown_pickup_store", "the pickup store is not a store of the chain")
    reachable = rules.fulfilment_options(((line.method, line.source_location_id) for line in body.lines), here.id)
    if not reachable.allows(body.fulfilment, body.pickup_store_id):
        raise invalid("fulfilment_not_possible",
                      "home delivery needs every line shipped; a transfer is collected here, a pickup in another "
                      "store there" if body.fulfilment == Fulfilment.DELIVERY else
                      "the lines cannot all be collected at the chosen store")
    cart_prices = _cart_prices(records.cart(conn, body.from_cart_id)) if body.from_cart_id else {}
    lines: list[OrderLine] = []
    wanted: dict[tuple[str, str], int] = defaultdict(int)
    for line in body.lines:
        product = records.product_of_sku(conn, line.sku)
        variant = product.variant(line.sku) if product else None
        if product is None or variant is None:
            raise invalid("unknown_sku", f"no product has the SKU {line.sku}")
        source = records.location(conn, line.source_location_id)
        if source is None:
            raise invalid("unknown_location", f"no location {line.source_location_id}")
        if line.method not in rules.methods_for(source, here) or source.id == here.id:
            raise invalid("method_not_possible", f"{line.method.value} is not possible from {source.name}")
        wanted[(line.sku, source.id)] += line.quantity
        lines.append(OrderLine(sku=line.sku, name=product.name, quantity=line.quantity,
                               unit_price=cart_prices.get(line.sku, variant.price),
                               method=line.method, source_location_id=source.id,
                               promise_date=rules.promise_date(line.method, source, here, now)))
    unavailable: list[UnavailableLine] = []
    for (sku, source_id), quantity in wanted.items():
        level = records.stock(conn, sku, source_id)
        available = level.available if level else 0
        if available < quantity:
            unavailable.append(UnavailableLine(
                sku=sku, requested=quantity, available=available,
                alternatives=sourcing.options(conn, sku, quantity, here, now, exclude=source_id)))
    if unavailable:
        raise conflict("stock_unavailable", "part of the order can no longer be sourced as chosen",
                       details=[u.model_dump(mode="json") for u in unavailable])
    for (sku, source_id), quantity in wanted.items():
        records.adjust_stock(conn, sku, source_id, now, reserved=quantity)
    if body.from_cart_id is not None:
        cart = records.cart(conn, body.from_cart_id)
        if cart is None or (body.customer_id and cart.customer_id != body.customer_id):
            raise invalid("unknown_cart", "no such cart for this customer")
        if cart.status not in (CartStatus.ACTIVE, CartStatus.TAKEN_OVER, CartStatus.SERVED_IN_STORE):
            raise conflict("cart_not_active", f"this cart is {cart.status.value}", current=cart.model_dump(mode="json"))
        cart.status, cart.updated_at = CartStatus.ORDERED, now
        records.save_cart(conn, cart)
    if body.customer_id is not None:
        _follow_customer(conn, body.customer_id, here.id, {line.sku for line in lines})
    shipments = {(line.method, line.source_location_id) for line in lines}
    shipping = sum(rules.COST_MINOR[method] for method, _ in shipments)
    order = EndlessAisleOrder(
        id=f"O-{secrets.token_hex(8).upper()}", number=f"EA{db.next_number(conn, 'order_number'):07d}",
        client_order_id=body.client_order_id, store_id=here.id, associate_id=caller.associate.id,
        customer_id=body.customer_id, lines=lines, fulfilment=body.fulfilment,
        delivery_address=body.delivery_address, pickup_store_id=body.pickup_store_id, payment=body.payment,
        status=OrderStatus.PLACED if body.payment.mode == PaymentMode.IN_STORE else OrderStatus.AWAITING_PAYMENT,
        total=Money(amount_minor=sum(x.unit_price.amount_minor * x.quantity for x in lines) + shipping),
        shipping=Money(amount_minor=shipping), created_at=now, updated_at=now)
    dashboard.record_stockouts(conn, order)
    return records.save_order(conn, order)


def _cart_prices(cart: OnlineCart | None) -> dict[str, Money]:
    """An order taken over from an online cart keeps the web shop's price per unit (after its promotion)."""
    prices: dict[str, Money] = {}
    for line in cart.lines if cart is not None else ():
        unit, rest = divmod(line.line_total.amount_minor, line.quantity)
        prices[line.sku] = line.unit_price if rest else Money(amount_minor=unit, currency=line.line_total.currency)
    return prices


def _follow_customer(conn: sqlite3.Connection, customer_id: str, store_id: str, skus: set[str]) -> None:
    """The customer joins the store's clientele; what they ordered leaves their wishlist."""
    if records.link_customer_to_store(conn, customer_id, store_id):
        customer = records.customer(conn, customer_id)
        if customer is not None:
            records.save_customer(conn, customer)  # new version: the store's customers feed carries them
    for sku in sorted(skus):
        deleted = conn.execute("DELETE FROM wishlists WHERE customer_id = ? AND sku = ?", (customer_id, sku))
        if deleted.rowcount:
            db.add_tombstone(conn, Feed.WISHLISTS.value, f"{customer_id}:{sku}")


@router.post("/orders", status_code=201, response_model=EndlessAisleOrder, responses=responses(401, 409))
def place_order(body: PlaceOrderRequest, request: Request, caller: AnyCaller, conn: Conn, config: Config,
                key: IdempotencyKey) -> Response:
    """Check availability at each source, reserve it, and record the sale for the caller and store."""
    return idempotency.run(conn, request, caller, key, body,
                           lambda c: (201, _place(c, body, caller, config.now())))


@router.get("/orders", response_model=list[EndlessAisleOrder], responses=responses(401))
def list_orders(caller: AnyCaller, conn: Conn,
                associate_id: Annotated[str | None, Query(max_length=64)] = None,
                status: OrderStatus | None = None,
                limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> list[EndlessAisleOrder]:
    """The caller's store's orders, newest first, optionally one seller's or one status."""
    sql, params = "SELECT body FROM orders WHERE store_id = ?", [caller.store.id]
    if associate_id:
        sql, params = sql + " AND associate_id = ?", [*params, associate_id]
    if status:
        sql, params = sql + " AND status = ?", [*params, status.value]
    rows = conn.execute(sql + " ORDER BY created_at DESC LIMIT ?", (*params, limit))
    return [EndlessAisleOrder.model_validate_json(r[0]) for r in rows]


@router.get("/orders/{order_id}", response_model=EndlessAisleOrder, responses=responses(401, 404))
def get_order(order_id: PathId, caller: AnyCaller, conn: Conn) -> EndlessAisleOrder:
    """An order sold by, or to be collected at, the caller's store."""
    order = records.order(conn, order_id)
    if order is None or caller.store.id not in (order.store_id, order.pickup_store_id):
        raise not_found("order")
    return order
