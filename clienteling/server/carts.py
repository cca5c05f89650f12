"""Online carts in the store: taking one over, changing a line, re-pricing like the web shop."""
from __future__ import annotations

import re
import sqlite3
from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import Response

from clienteling.models import (
    CartLine,
    CartLineChange,
    CartStatus,
    CartTakeoverRequest,
    Money,
    OnlineCart,
    TakeoverMode,
)

from . import idempotency, records
from .context import AnyCaller, Config, Conn
from .errors import conflict, not_found, responses
from .idempotency import IdempotencyKey

router = APIRouter(prefix="/v1", tags=["carts"])

PathId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
_PERCENT_OFF = re.compile(r"^-(\d{1,2})%")


def line_total(unit: Money, quantity: int, promotion: str | None) -> Money:
    """The web shop's rule: a "-N% …" promotion takes N% off the line, rounded half up."""
    match = _PERCENT_OFF.match(promotion or "")
    pct = int(match.group(1)) if match else 0
    gross = unit.amount_minor * quantity
    return Money(amount_minor=(gross * (100 - pct) + 50) // 100, currency=unit.currency)


def reprice(conn: sqlite3.Connection, cart: OnlineCart) -> OnlineCart:
    """Current catalogue prices for every line (a line whose SKU left the catalogue keeps its price)."""
    lines: list[CartLine] = []
    for line in cart.lines:
        product = records.product_of_sku(conn, line.sku)
        variant = product.variant(line.sku) if product else None
        unit = variant.price if variant else line.unit_price
        lines.append(line.model_copy(update={"unit_price": unit,
                                             "line_total": line_total(unit, line.quantity, line.promotion)}))
    cart.lines = lines
    cart.total = Money(amount_minor=sum(x.line_total.amount_minor for x in lines),
                       currency=lines[0].line_total.currency if lines else cart.total.currency)
    return cart


def _cart_or_404(conn: sqlite3.Connection, cart_id: str) -> OnlineCart:
    cart = records.cart(conn, cart_id)
    if cart is None:
        raise not_found("cart")
    return cart


@router.post("/carts/{cart_id}/takeover", response_model=OnlineCart, responses=responses(401, 404, 409))
def take_over(cart_id: PathId, body: CartTakeoverRequest, request: Request, caller: AnyCaller, conn: Conn,
              config: Config, key: IdempotencyKey) -> Response:
    """The associate continues the customer's online cart in store; only an active cart can be."""
    def effect(conn: sqlite3.Connection) -> tuple[int, OnlineCart]:
        cart = _cart_or_404(conn, cart_id)
        if cart.status != CartStatus.ACTIVE:
            raise conflict("cart_not_active", f"this cart is {cart.status.value}", current=cart.model_dump(mode="json"))
        now = config.now()
        cart.status = CartStatus.TAKEN_OVER if body.mode == TakeoverMode.BASKET else CartStatus.SERVED_IN_STORE
        cart.taken_over_by, cart.taken_over_at, cart.updated_at = caller.associate.id, now, now
        return 200, records.save_cart(conn, reprice(conn, cart))

    return idempotency.run(conn, request, caller, key, body, effect)


@router.put("/carts/{cart_id}/lines/{line_id}", response_model=OnlineCart, responses=responses(401, 404, 409))
def change_line(cart_id: PathId, line_id: PathId, body: CartLineChange, request: Request, caller: AnyCaller,
                conn: Conn, config: Config, key: IdempotencyKey) -> Response:
    """Change a line's quantity (0 removes it); the backend re-prices the whole cart."""
    def effect(conn: sqlite3.Connection) -> tuple[int, OnlineCart]:
        cart = _cart_or_404(conn, cart_id)
        if cart.status not in (CartStatus.ACTIVE, CartStatus.TAKEN_OVER):
            raise conflict("cart_not_active", f"this cart is {cart.status.value}", current=cart.model_dump(mode="json"))
        line = next((x for x in cart.lines if x.line_id == line_id), None)
        if line is None:
            raise not_found("cart line")
        if body.quantity == 0:
            cart.lines = [x for x in cart.lines if x.line_id != line_id]
        else:
            line.quantity = body.quantity
        cart.updated_at = config.now()
        return 200, records.save_cart(conn, reprice(conn, cart))

    return idempotency.run(conn, request, caller, key, body, effect)
