"""Network-wide stock: find a product, and what of a variant is available here, nearby, in the warehouses.

Screens read the cache only. A live lookup (``GET /v1/stock/{sku}``) is written into the cache
first — one StockLevel row per location, carrying the stock feed's own version so that a later
pull never replaces a newer lookup with an older page, and a lookup never replaces a newer
pulled row — then the answer is read back from the cache. Offline, the same read shows the
last known figures, with when they were last confirmed.

Distances and "open now" are computed here from the cached locations (coordinates, time zone,
opening hours), so they are right offline too.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from offline_cache import repositories, search
from offline_cache.database import Connection, transaction

from .. import errors
from ..bench.table import percentile
from ..models import (Feed, Location, LocationKind, NetworkStock, Product, StockLevel, distance_km, open_now,
                      utcnow)

log = logging.getLogger(__name__)

LOCATIONS_TTL_S = 300.0
"""How long the parsed locations stay in memory (they change a few times a year)."""


@dataclass(frozen=True)
class Figure:
    """Stock of the variant at one location, with what the associate needs to send a customer there."""

    location_id: str
    name: str
    kind: str
    city: str
    distance_km: float
    open_now: bool
    on_hand: int
    reserved: int
    available: int
    updated_at: datetime


@dataclass(frozen=True)
class Availability:
    """The variant across the network as the cache holds it; ``live`` when just confirmed by the backend."""

    sku: str
    here: Figure | None
    stores: list[Figure]
    """Other stores, nearest first."""
    warehouses: list[Figure]
    network_available: int
    checked_at: datetime | None
    """When these figures were last confirmed by the backend (a lookup, or the stock feed's pull)."""
    live: bool = False
    error: BaseException | None = field(default=None, compare=False)
    """Why the live lookup failed (offline, …); the figures are then the last known ones."""

    @property
    def available_here(self) -> int:
        return self.here.available if self.here else 0


# --- pure parts -----------------------------------------------------------------------------------

def stock_rows(stock: NetworkStock, existing: dict[str, StockLevel] | None = None) -> list[dict[str, Any]]:
    """StockLevel rows (cache feed items) from a network-stock answer.

    Each row keeps the figure's feed version. A backend that sends no version (0) gets the
    cached row's version when its figure is at least as recent, and is skipped when older.
    """
    rows = []
    entries = ([stock.here] if stock.here else []) + stock.stores + stock.warehouses
    for entry in entries:
        version = entry.version
        if version == 0 and existing is not None:
            cached = existing.get(entry.location_id)
            if cached is not None:
                if cached.updated_at > entry.updated_at:
                    continue
                version = cached.version
        level = StockLevel(sku=stock.sku, location_id=entry.location_id, on_hand=entry.on_hand,
                           reserved=entry.reserved, available=entry.available, updated_at=entry.updated_at,
                           version=version)
        rows.append(level.model_dump(mode="json"))
    return rows


def write_network_stock(conn: Connection, stock: NetworkStock) -> int:
    """Cache writer: the lookup's rows in one transaction; returns how many were written."""
    with transaction(conn):
        existing = {level.location_id: level for level in repositories.stock_for_sku(conn, stock.sku)}
        written = 0
        for row in stock_rows(stock, existing):
            written += bool(repositories.upsert_lookup(conn, Feed.STOCK, row))
    return written


def assemble(sku: str, levels: Iterable[StockLevel], locations: dict[str, Location], here: Location,
             now: datetime, *, checked_at: datetime | None = None, live: bool = False,
             error: BaseException | None = None) -> Availability:
    """Here, the other stores nearest first, the warehouses, and the network total."""
    here_figure: Figure | None = None
    stores: list[Figure] = []
    warehouses: list[Figure] = []
    for level in levels:
        location = locations.get(level.location_id)
        if location is None:
            continue
        figure = Figure(location_id=location.id, name=location.name, kind=location.kind.value, city=location.city,
                        distance_km=round(distance_km(here, location), 1), open_now=open_now(location, now),
                        on_hand=level.on_hand, reserved=level.reserved, available=level.available,
                        updated_at=level.updated_at)
        if location.id == here.id:
            here_figure = figure
        elif location.kind == LocationKind.WAREHOUSE:
            warehouses.append(figure)
        else:
            stores.append(figure)
    stores.sort(key=lambda f: (f.distance_km, f.location_id))
    warehouses.sort(key=lambda f: (f.distance_km, f.location_id))
    total = sum(f.available for f in stores) + sum(f.available for f in warehouses)
    total += here_figure.available if here_figure else 0
    return Availability(sku=sku, here=here_figure, stores=stores, warehouses=warehouses, network_available=total,
                        checked_at=checked_at, live=live, error=error)


def _stock_here(conn: Connection, skus: list[str], location_id: str) -> dict[str, StockLevel | None]:
    return {sku: repositories.stock_at(conn, sku, location_id) for sku in skus}


def _stock_and_freshness(conn: Connection, sku: str) -> tuple[list[StockLevel], datetime | None]:
    return repositories.stock_for_sku(conn, sku), repositories.freshness(conn)[Feed.STOCK].synced_at


# --- the use cases ----------------------------------------------------------------------------------

class StockService:
    """Product look-up and network availability for one signed-in app (``AppServices``)."""

    def __init__(self, services: Any) -> None:
        self.services = services
        self._checked: dict[str, datetime] = {}
        self._locations: dict[str, Location] = {}
        self._locations_at = 0.0

    @property
    def here(self) -> Location:
        session = self.services.session
        if session is None:
            raise errors.AuthExpired("sign in to see stock")
        return session.store

    @property
    def store(self) -> Any:
        return self.services.store

    @property
    def client(self) -> Any:
        return self.services.client

    # --- products ---

    async def _remember_product(self, product: Product) -> None:
        await self.store.write(repositories.upsert_lookup, Feed.PRODUCTS, product.model_dump(mode="json"))

    async def product_by_gtin(self, gtin: str) -> Product | None:
        """The scanned product from the cache; else from the backend (then cached); None if unknown."""
        product = await self.store.read(repositories.get_product_by_gtin, gtin)
        if product is not None:
            return product
        try:
            product = await self.client.product_by_gtin(gtin)
        except errors.NotFound:
            return None
        await self._remember_product(product)
        return await self.store.read(repositories.get_product_by_gtin, gtin) or product

    async def product_by_sku(self, sku: str) -> Product | None:
        product = await self.store.read(repositories.get_product_by_sku, sku)
        if product is not None:
            return product
        try:
            product = await self.client.product_by_sku(sku)
        except errors.NotFound:
            return None
        await self._remember_product(product)
        return await self.store.read(repositories.get_product_by_sku, sku) or product

    async def search(self, text: str, limit: int = 50, offset: int = 0) -> list[Product]:
        """Cache search by name, brand, category prefix, SKU or GTIN.

        A first page that finds nothing asks the backend (a catalogue not fully synced yet);
        what it finds is cached, then the cache answers. Offline, the empty answer stands.
        """
        found = await self.store.read(search.search_products, text, limit, offset)
        if found or offset or not text.strip() or not self.services.status_hub.current.online:
            return found
        try:
            remote = await self.client.search_products(text.strip(), limit=min(limit, 100))
        except errors.BackendError:
            return found
        for product in remote:
            await self._remember_product(product)
        return await self.store.read(search.search_products, text, limit, offset) if remote else found

    async def stock_here(self, skus: list[str]) -> dict[str, StockLevel | None]:
        """Each variant's cached stock in this store (the variant grid)."""
        return await self.store.read(_stock_here, list(skus), self.here.id)

    # --- availability ---

    async def locations(self) -> dict[str, Location]:
        if not self._locations or time.monotonic() - self._locations_at > LOCATIONS_TTL_S:
            self._locations = {loc.id: loc for loc in await self.store.read(repositories.locations)}
            self._locations_at = time.monotonic()
        return self._locations

    async def cached(self, sku: str, *, live: bool = False, error: BaseException | None = None) -> Availability:
        """What the cache holds for the SKU, assembled as the screen shows it."""
        here = self.here
        levels, synced_at = await self.store.read(_stock_and_freshness, sku)
        locations = await self.locations()
        if any(level.location_id not in locations for level in levels):
            self._locations_at = 0.0  # a location we have not parsed yet: reload once
            locations = await self.locations()
        locations.setdefault(here.id, here)
        stamps = [t for t in (self._checked.get(sku), synced_at) if t is not None]
        return assemble(sku, levels, locations, here, utcnow(), checked_at=max(stamps) if stamps else None,
                        live=live, error=error)

    async def live(self, sku: str) -> Availability:
        """Ask the backend, write the answer into the cache, show the cache; offline: the last known."""
        try:
            stock = await self.client.network_stock(sku)
        except errors.Unreachable as exc:
            return await self.cached(sku, error=exc)
        except errors.BackendError as exc:
            log.warning("network stock of a SKU unavailable: %s", exc.message)
            return await self.cached(sku, error=exc)
        await self.store.write(write_network_stock, stock)
        self._checked[sku] = stock.as_of
        return await self.cached(sku, live=True)


# --- the benchmark suite's probe ----------------------------------------------------------------------

async def bench_scan_to_availability(services: Any, gtins: list[str]) -> dict[str, dict[str, float]]:
    """Scan-to-availability latency, in ms: from the cache alone, and from the backend (lookup + cache write).

    "cache" is what the associate waits for before the first figures show; "backend" is the
    live refresh that follows (product from the cache, network stock over the wire, written
    through the cache and read back).
    """
    service = StockService(services)
    cache_ms: list[float] = []
    backend_ms: list[float] = []
    missing = 0
    for gtin in gtins:
        started = time.perf_counter()
        product = await service.product_by_gtin(gtin)
        if product is None:
            missing += 1
            continue
        sku = next(v.sku for v in product.variants if v.gtin == gtin)
        await service.cached(sku)
        cache_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        product = await service.product_by_gtin(gtin)
        availability = await service.live(sku)
        backend_ms.append((time.perf_counter() - started) * 1000)
        if availability.error is not None:
            raise availability.error

    def summary(samples: list[float]) -> dict[str, float]:
        return {"n": float(len(samples)), "p50_ms": percentile(samples, 50), "p95_ms": percentile(samples, 95),
                "max_ms": max(samples) if samples else float("nan")}

    return {"cache": summary(cache_ms), "backend": summary(backend_ms), "unknown_gtins": {"n": float(missing)}}
