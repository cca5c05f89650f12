"""Sourcing: where a SKU can come from, by which method, how fast and at what cost."""
from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from fastapi import APIRouter

from clienteling.models import (
    Location,
    LocationKind,
    Money,
    Quote,
    QuotedLine,
    QuoteRequest,
    SourcingMethod,
    SourcingOption,
    distance_km,
)

from . import records
from .context import AnyCaller, Config, Conn
from .errors import invalid, responses
from .stock import open_now

router = APIRouter(prefix="/v1", tags=["sourcing"])

COST_MINOR = {SourcingMethod.SHIP_FROM_WAREHOUSE: 490, SourcingMethod.SHIP_FROM_STORE: 590,
              SourcingMethod.TRANSFER_TO_STORE: 0, SourcingMethod.PICKUP_OTHER_STORE: 0}
NEAR_KM = 400.0
"""Within this distance a parcel takes the short end of the promised range."""


def lead_days(method: SourcingMethod, source: Location, here: Location, now: datetime) -> int:
    """Days until the customer has it: warehouse 2-3, ship from store 3-4, transfer 2-5, pickup 0-1."""
    km = distance_km(here, source)
    if method == SourcingMethod.SHIP_FROM_WAREHOUSE:
        return 2 if km <= NEAR_KM else 3
    if method == SourcingMethod.SHIP_FROM_STORE:
        return 3 if km <= NEAR_KM else 4
    if method == SourcingMethod.TRANSFER_TO_STORE:
        return 2 + min(3, int(km // 300))
    return 0 if open_now(source, now) else 1


def promise_date(method: SourcingMethod, source: Location, here: Location, now: datetime) -> date:
    """Counted in the selling store's calendar."""
    local_today = now.astimezone(ZoneInfo(here.timezone)).date()
    return local_today + timedelta(days=lead_days(method, source, here, now))


def methods_for(location: Location) -> tuple[SourcingMethod, ...]:
    if location.kind == LocationKind.WAREHOUSE:
        return (SourcingMethod.SHIP_FROM_WAREHOUSE,)
    return (SourcingMethod.SHIP_FROM_STORE, SourcingMethod.TRANSFER_TO_STORE, SourcingMethod.PICKUP_OTHER_STORE)


def options(conn: sqlite3.Connection, sku: str, quantity: int, here: Location, now: datetime,
            exclude: str | None = None) -> list[SourcingOption]:
    """Every (location, method) with at least `quantity` available, fastest, then cheapest, then nearest."""
    locations = {loc.id: loc for loc in records.locations(conn)}
    ranked: list[tuple[date, int, float, str, SourcingOption]] = []
    for level in records.stock_of_sku(conn, sku):
        source = locations.get(level.location_id)
        if source is None or source.id in (here.id, exclude) or level.available < quantity:
            continue
        km = distance_km(here, source)
        for method in methods_for(source):
            when = promise_date(method, source, here, now)
            cost = COST_MINOR[method]
            option = SourcingOption(method=method, location_id=source.id, location_name=source.name,
                                    available=level.available, promise_date=when, cost=Money(amount_minor=cost))
            ranked.append((when, cost, km, f"{source.id}/{method.value}", option))
    ranked.sort(key=lambda r: r[:4])
    return [r[4] for r in ranked]


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
