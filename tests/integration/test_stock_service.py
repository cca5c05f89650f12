"""Network stock against the real backend: lookups written through the cache, versions, push, offline."""
from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from clienteling import errors
from clienteling.client import BackendClient
from clienteling.models import Feed, PlaceOrderRequest, StockLevel
from clienteling.services.app_services import AppServices
from clienteling.services.stock import StockService, bench_scan_to_availability, write_network_stock
from clienteling.sync.events import SseParser
from offline_cache import repositories

pytestmark = pytest.mark.anyio

STORE = "STORE-PAR-01"
WAREHOUSE = "WH-FR-1"


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
async def services(demo_backend):
    services = AppServices(demo_backend.settings())
    services.open()
    await services.sign_in(*demo_backend.login())
    await services.sync_now()
    yield services
    await services.aclose()


async def _sku_in_warehouse(services: AppServices) -> tuple[str, str]:
    """(sku, gtin) of a variant with at least 2 available in the French warehouse."""
    def pick(conn):
        return conn.execute("SELECT s.sku, v.gtin FROM stock s JOIN variants v ON v.sku = s.sku"
                            " WHERE s.location_id = ? AND s.available >= 2 ORDER BY s.sku LIMIT 1",
                            (WAREHOUSE,)).fetchone()
    sku, gtin = await services.store.read(pick)
    return sku, gtin


async def test_lookup_carries_the_feed_version_and_is_written_through_the_cache(services):
    sku, gtin = await _sku_in_warehouse(services)
    stock = await services.client.network_stock(sku)
    pulled = await services.store.read(repositories.stock_at, sku, WAREHOUSE)
    entry = next(w for w in stock.warehouses if w.location_id == WAREHOUSE)
    assert entry.version == pulled.version > 0  # the contract: a figure says which feed version it is

    service = StockService(services)
    product = await service.product_by_gtin(gtin)
    assert product is not None and product.variant(sku).gtin == gtin
    availability = await service.live(sku)
    assert availability.live and availability.error is None
    distances = [f.distance_km for f in availability.stores]
    assert distances == sorted(distances) and len(availability.stores) == len(stock.stores)
    assert [f.location_id for f in availability.stores] == [s.location_id for s in stock.stores]
    assert availability.network_available == stock.network_available
    # Stores outside the feed's scope (the farther ones) are now in the cache too.
    cached_locations = {lvl.location_id for lvl in await services.store.read(repositories.stock_for_sku, sku)}
    assert {s.location_id for s in stock.stores} <= cached_locations


async def test_an_older_lookup_never_replaces_a_newer_row_and_a_newer_one_wins(services):
    sku, _ = await _sku_in_warehouse(services)
    stock = await services.client.network_stock(sku)
    current = await services.store.read(repositories.stock_at, sku, WAREHOUSE)
    newer = current.model_copy(update={"reserved": current.reserved + 1, "available": current.available - 1,
                                       "version": current.version + 1000,
                                       "updated_at": current.updated_at + timedelta(minutes=5)})
    await services.store.write(repositories.put_entity, Feed.STOCK, newer.model_dump(mode="json"))
    await services.store.write(write_network_stock, stock)  # the older answer arrives late
    assert (await services.store.read(repositories.stock_at, sku, WAREHOUSE)).reserved == newer.reserved

    # A backend without versions: the figure's time decides, the cached version is kept.
    unversioned = stock.model_copy(update={"warehouses": [
        w.model_copy(update={"version": 0, "reserved": 0, "available": w.on_hand,
                             "updated_at": newer.updated_at + timedelta(minutes=1)}) for w in stock.warehouses]})
    await services.store.write(write_network_stock, unversioned)
    row = await services.store.read(repositories.stock_at, sku, WAREHOUSE)
    assert row.reserved == 0 and row.version == newer.version


async def test_a_stock_event_wakes_the_engine_and_the_cache_follows(services, demo_backend):
    sku, _ = await _sku_in_warehouse(services)
    before = await services.store.read(repositories.stock_at, sku, WAREHOUSE)
    received: list[tuple[str, dict]] = []
    services.events.subscribe(lambda event, data: received.append((event, data)))
    for _ in range(200):  # the listener connects in the background
        if services.events.connected:
            break
        await asyncio.sleep(0.02)
    assert services.events.connected

    customer_id = await services.store.read(
        lambda conn: conn.execute("SELECT key FROM customers ORDER BY key LIMIT 1").fetchone()[0])
    async with BackendClient(demo_backend.url) as web:  # another till places an order on the warehouse
        store_id, username, password = demo_backend.login(manager=True)
        await web.login(store_id, username, password, "other-device")
        await web.place_order(PlaceOrderRequest.model_validate({
            "client_order_id": "stock-event-1", "customer_id": customer_id, "fulfilment": "delivery",
            "delivery_address": {"name": "A Customer", "street": "3 rue Scribe", "postcode": "75009",
                                 "city": "Paris", "country": "FR"},
            "payment": {"mode": "in_store", "till_reference": "T-1"},
            "lines": [{"sku": sku, "quantity": 1, "method": "ship_from_warehouse",
                       "source_location_id": WAREHOUSE}]}), "stock-event-1")

    async def reserved_now() -> int:
        level: StockLevel = await services.store.read(repositories.stock_at, sku, WAREHOUSE)
        return level.reserved

    def event_seen() -> bool:
        return ("stock", f"{sku}@{WAREHOUSE}") in [(e, d.get("key")) for e, d in received]

    for _ in range(300):  # no sync_now(): the pushed event wakes the engine (the event may trail a poll)
        if await reserved_now() == before.reserved + 1 and event_seen():
            break
        await asyncio.sleep(0.02)
    assert await reserved_now() == before.reserved + 1
    assert ("stock", f"{sku}@{WAREHOUSE}") in [(e, d.get("key")) for e, d in received]


async def test_offline_answers_the_last_known_figures_with_their_age(services, demo_backend):
    sku, _ = await _sku_in_warehouse(services)
    service = StockService(services)
    live = await service.live(sku)
    demo_backend.server.stop()
    offline = await service.live(sku)
    assert isinstance(offline.error, errors.Unreachable) and not offline.live
    assert offline.checked_at == live.checked_at
    assert [(f.location_id, f.available) for f in offline.stores] == [(f.location_id, f.available)
                                                                      for f in live.stores]
    assert offline.network_available == live.network_available


async def test_bench_probe_measures_cache_and_backend(services):
    gtins = await services.store.read(
        lambda conn: [r[0] for r in conn.execute("SELECT gtin FROM variants ORDER BY sku LIMIT 5")])
    result = await bench_scan_to_availability(services, gtins + ["4006381333931"])
    assert result["cache"]["n"] == 5 and result["backend"]["n"] == 5
    assert result["unknown_gtins"]["n"] == 1
    assert 0 < result["cache"]["p50_ms"] and 0 < result["backend"]["p50_ms"]


def test_sse_parser_follows_the_event_stream_rules():
    parser = SseParser()
    lines = ["retry: 3000", "", ": keep-alive", "id: 42", "event: stock", 'data: {"key": "A@B",', 'data: "v": 1}', ""]
    events = [e for e in map(parser.feed_line, lines) if e is not None]
    assert events == [("stock", '{"key": "A@B",\n"v": 1}')]
    assert parser.last_event_id == "42" and parser.retry_ms == 3000
