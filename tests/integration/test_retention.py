"""Retention against the real backend: a sync round drops stale lookups and keeps the store's own data."""
from __future__ import annotations

from datetime import timedelta

import pytest

from clienteling.models import utcnow
from clienteling.services import customers
from clienteling.services.app_services import AppServices
from clienteling.services.stock import StockService
from offline_cache import repositories


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _stock_counts(conn) -> tuple[int, int]:
    rows = dict(conn.execute("SELECT synced, count(*) FROM stock GROUP BY synced").fetchall())
    return rows.get(1, 0), rows.get(0, 0)


@pytest.mark.anyio
async def test_a_sync_round_drops_stale_lookups_and_keeps_the_stores_own_data(demo_backend) -> None:
    services = AppServices(demo_backend.settings(retention_days=30))  # CLIENTELING_RETENTION_DAYS
    services.open()
    try:
        await services.sign_in(*demo_backend.login())
        await services.engine.sync_once()
        store_id = services.session.store.id
        feed_stock, lookups = await services.store.read(_stock_counts)
        feed_customers = await services.store.read(lambda c: c.execute("SELECT count(*) FROM customers").fetchone()[0])
        assert feed_stock > 0 and lookups == 0

        # A SKU looked up across the network: the other stores' levels are lookups.
        sku = await services.store.read(lambda c: c.execute("SELECT sku FROM stock ORDER BY key LIMIT 1").fetchone()[0])
        await StockService(services).live(sku)
        feed_after, lookups = await services.store.read(_stock_counts)
        assert feed_after == feed_stock and lookups > 0
        # A customer of another store, opened once: cached from the lookup.
        hit = next(h for h in await customers.search_network(services, "ma")
                   if h.summary.home_store_id != store_id and not h.cached)
        await customers.load_profile(services, hit.summary.id)
        assert await services.store.read(repositories.get_customer, hit.summary.id) is not None

        # The same day, another round changes nothing; 40 days later, the daily run drops both.
        started = utcnow()
        services.engine.clock = lambda: started + timedelta(hours=1)
        await services.engine.sync_once()
        assert (await services.store.read(_stock_counts))[1] == lookups
        services.engine.clock = lambda: started + timedelta(days=40)
        await services.engine.sync_once()
        assert await services.store.read(_stock_counts) == (feed_stock, 0)
        assert await services.store.read(repositories.get_customer, hit.summary.id) is None
        assert await services.store.read(
            lambda c: c.execute("SELECT count(*) FROM customers").fetchone()[0]) == feed_customers
    finally:
        await services.aclose()
