"""Live stock of a SKU across the network, seen from the caller's store: distance and opening."""
from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Path

from clienteling.models import (Location, LocationKind, NetworkStock, StockAtLocation, StockLevel, distance_km,
                                open_now)

from . import records
from .context import AnyCaller, Config, Conn
from .errors import not_found, responses

router = APIRouter(prefix="/v1", tags=["stock"])


def at_location(level: StockLevel, location: Location, here: Location, now: datetime) -> StockAtLocation:
    return StockAtLocation(location_id=location.id, location_name=location.name, kind=location.kind.value,
                           city=location.city, distance_km=round(distance_km(here, location), 1),
                           open_now=open_now(location, now), on_hand=level.on_hand, reserved=level.reserved,
                           available=level.available, updated_at=level.updated_at,
                           version=level.version)


def network_stock(conn: sqlite3.Connection, sku: str, here: Location, now: datetime) -> NetworkStock:
    locations = {loc.id: loc for loc in records.locations(conn)}
    here_level: StockAtLocation | None = None
    stores: list[StockAtLocation] = []
    warehouses: list[StockAtLocation] = []
    for level in records.stock_of_sku(conn, sku):
        location = locations.get(level.location_id)
        if location is None:
            continue
        entry = at_location(level, location, here, now)
        if location.id == here.id:
            here_level = entry
        elif location.kind == LocationKind.WAREHOUSE:
            warehouses.append(entry)
        else:
            stores.append(entry)
    stores.sort(key=lambda s: (s.distance_km, s.location_id))
    warehouses.sort(key=lambda s: (s.distance_km, s.location_id))
    total = sum(s.available for s in stores + warehouses) + (here_level.available if here_level else 0)
    return NetworkStock(sku=sku, from_location_id=here.id, here=here_level, stores=stores, warehouses=warehouses,
                        network_available=total, as_of=now)


@router.get("/stock/{sku}", response_model=NetworkStock, responses=responses(401, 404))
def stock_of_sku(sku: Annotated[str, Path(min_length=1, max_length=40)], caller: AnyCaller, conn: Conn,
                 config: Config) -> NetworkStock:
    """Here first, then other stores and warehouses, nearest first."""
    if records.product_of_sku(conn, sku) is None:
        raise not_found("SKU")
    return network_stock(conn, sku, caller.store, config.now())
