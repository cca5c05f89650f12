"""Where a SKU can come from for an endless-aisle line: the one set of promise rules.

The backend quotes with these rules; the app uses the same ones to estimate while offline
(marked as unconfirmed until the backend re-checks). Fastest first, then cheapest, then
nearest. A customer is only offered to collect in another store that is close enough to go to.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from .models import (
    Fulfilment, Location, LocationKind, Money, SourcingMethod, SourcingOption, StockLevel, distance_km, open_now,
)

COST_MINOR = {SourcingMethod.SHIP_FROM_WAREHOUSE: 490, SourcingMethod.SHIP_FROM_STORE: 590,
              SourcingMethod.TRANSFER_TO_STORE: 0, SourcingMethod.PICKUP_OTHER_STORE: 0}
NEAR_KM = 400.0
"""Within this distance a parcel takes the short end of the promised range."""
PICKUP_RADIUS_KM = 60.0
"""Collecting in another store is offered only within this distance of the selling store."""


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
    return now.astimezone(ZoneInfo(here.timezone)).date() + timedelta(days=lead_days(method, source, here, now))


def methods_for(source: Location, here: Location) -> tuple[SourcingMethod, ...]:
    if source.kind == LocationKind.WAREHOUSE:
        return (SourcingMethod.SHIP_FROM_WAREHOUSE,)
    methods = (SourcingMethod.SHIP_FROM_STORE, SourcingMethod.TRANSFER_TO_STORE)
    if distance_km(here, source) <= PICKUP_RADIUS_KM:
        methods += (SourcingMethod.PICKUP_OTHER_STORE,)
    return methods


def options(levels: Iterable[StockLevel], locations: Mapping[str, Location], quantity: int, here: Location,
            now: datetime, exclude: str | None = None) -> list[SourcingOption]:
    """Every (location, method) with at least `quantity` available, fastest, then cheapest, then nearest."""
    ranked: list[tuple[date, int, float, str, SourcingOption]] = []
    for level in levels:
        source = locations.get(level.location_id)
        if source is None or source.id in (here.id, exclude) or level.available < quantity:
            continue
        km = distance_km(here, source)
        for method in methods_for(source, here):
            when = promise_date(method, source, here, now)
            option = SourcingOption(method=method, location_id=source.id, location_name=source.name,
                                    available=level.available, promise_date=when,
                                    cost=Money(amount_minor=COST_MINOR[method]))
            ranked.append((when, COST_MINOR[method], km, f"{source.id}/{method.value}", option))
    ranked.sort(key=lambda r: r[:4])
    return [r[4] for r in ranked]


SHIPPED = (SourcingMethod.SHIP_FROM_WAREHOUSE, SourcingMethod.SHIP_FROM_STORE)
"""Sent as a parcel: to the customer's address, or to the store they collect at."""


@dataclass(frozen=True)
class FulfilmentOptions:
    """How an order whose lines come from where they were sourced can reach the customer."""

    delivery: bool
    pickup_stores: frozenset[str] | None
    """Stores where every line can be collected; None: any store of the chain."""

    @property
    def possible(self) -> bool:
        return self.delivery or self.pickup_stores is None or bool(self.pickup_stores)

    def allows(self, fulfilment: Fulfilment, pickup_store_id: str | None) -> bool:
        if fulfilment == Fulfilment.DELIVERY:
            return self.delivery
        return pickup_store_id is not None and (self.pickup_stores is None or pickup_store_id in self.pickup_stores)


ANY_FULFILMENT = FulfilmentOptions(delivery=True, pickup_stores=None)
"""No line restricts how the order reaches the customer (every line shipped, or no line yet)."""


def fulfilment_options(lines: Iterable[tuple[SourcingMethod, str]], here_id: str) -> FulfilmentOptions:
    """From (method, source location) per line: a transfer comes to this store, a pickup in another
    store is collected there; neither can be delivered home. Parcels go anywhere."""
    delivery, stores = True, None
    for method, source_id in lines:
        if method in SHIPPED:
            continue
        delivery = False
        only = frozenset({source_id if method == SourcingMethod.PICKUP_OTHER_STORE else here_id})
        stores = only if stores is None else stores & only
    return FulfilmentOptions(delivery, stores)
