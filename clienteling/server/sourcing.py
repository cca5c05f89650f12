"""Sourcing: where a SKU can come from, by which method, how fast and at what cost."""
from __future__ import annotations

import sqlite3
from datetime import datetime

from fastapi import APIRouter

from clienteling import sourcing
from clienteling.models import Location, Quote, QuotedLine, QuoteRequest, SourcingOption

from . import records
from .context import AnyCaller, Config, Conn
from .errors import invalid, responses

router = APIRouter(prefix="/v1", tags=["sourcing"])

def options(conn: sqlite3.Connection, sku: str, quantity: int, here: Location, now: datetime,
            exclude: str | None = None) -> list[SourcingOption]:
    """The backend's quote for one line, by the shared promise rules (clienteling.sourcing)."""
    locations = {loc.id: loc for loc in records.locations(conn)}
    return sourcing.options(records.stock_of_sku(conn, sku), locations, quantity, here, now, exclude)


def quote_lines(conn: sqlite3.Connection, request: QuoteRequest, here: Location, now: datetime) -> Quote:
    lines = []
    for line in request.lines:
        product = records.product_of_sku(conn, line.sku)
        variant = product.variant(line.sku) if product else None
        if variant is None:
            raise invalid("unknown_sku", f"no product has the SKU {line.sku}")
        lines.append(QuotedLine(sku=line.sku, quantity=line.quantity, unit_price=variant.price,
                                options=options(conn, line.sku, line.quantity, here, now)))
    return Quote(lines=lines)


@router.post("/sourcing/quote", response_model=Quote, responses=responses(401))
def quote(body: QuoteRequest, caller: AnyCaller, conn: Conn, config: Config) -> Quote:
    """Options for each line from warehouses and other stores; a read, so no idempotency key."""
    return quote_lines(conn, body, caller.store, config.now())
