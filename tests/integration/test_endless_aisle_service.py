"""Endless-aisle use cases against the real backend: basket, sourcing, online and offline orders, conflicts."""
from __future__ import annotations

from datetime import timedelta

import pytest

from clienteling import errors
from clienteling.models import Fulfilment, Payment, PaymentMode, utcnow
from clienteling.services import basket as baskets
from clienteling.services import customers
from clienteling.services import endless_aisle as ea
from clienteling.services.app_services import AppServices
from offline_cache import outbox, repositories
from tests.other_tablet import drain

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
async def services(demo_backend):
    app = AppServices(demo_backend.settings())
    app.open()
    await app.sign_in(*demo_backend.login())
    await app.engine.sync_once()
    yield app
    await app.aclose()


def sourceable_sku(conn, here: str, quantity: int = 1) -> tuple[str, str]:
    """A SKU with stock away from this store (so it can be ordered), and one of its GTINs."""
    row = conn.execute("SELECT s.sku, v.gtin FROM stock s JOIN variants v ON v.sku = s.sku"
                       " WHERE s.location_id != ? AND s.available >= ? ORDER BY s.sku LIMIT 1",
                       (here, quantity)).fetchone()
    return row[0], row[1]


async def checkout_pickup(services: AppServices) -> None:
    """Collected here, or where the lines as sourced must be collected (a pickup in another store)."""
    store_id = ea.pickup_store_for(services, await baskets.load_basket(services))
    await ea.set_checkout(services, fulfilment=Fulfilment.PICKUP, address=None, pickup_store_id=store_id,
                          payment=Payment(mode=PaymentMode.IN_STORE, till_reference="T-0042"))


async def test_basket_from_a_scan_and_an_online_cart_ordered_online_attributed_to_the_associate(services):
    here = services.session.store.id
    sku, gtin = await services.store.read(sourceable_sku, here)
    basket, line = await baskets.add_gtin(services, gtin)
    assert line.sku == sku and line.source == "scan" and basket.item_count == 1
    basket, _ = await baskets.add_gtin(services, gtin)  # scanned twice: one line, two items
    assert len(basket.lines) == 1 and basket.item_count == 2
    basket = await baskets.edit(services, baskets.set_quantity, line.line_id, 1)

    customer_id = await customers.a_customer_with_active_cart(services)
    cart = (await customers.load_profile(services, customer_id)).profile.cart
    await customers.take_over_cart(services, cart.id, customers.TakeoverMode.BASKET)
    basket = await baskets.services_basket_from_cart(services, cart)
    assert basket.customer_id == customer_id and basket.from_cart_id == cart.id
    cart_lines = [x for x in basket.lines if x.source == "cart"]
    assert len(cart_lines) == len({x.sku for x in cart.lines} - {sku})
    assert (await baskets.load_basket(services)) == basket  # saved in the cache

    plan = await ea.source(services)
    assert plan.confirmed and plan.error is None
    sourceable = [x for x in plan.lines if x.options]
    assert sourceable, "the demo chain has stock somewhere for these lines"
    for x in sourceable:  # the default is the fastest, then the cheapest
        first = x.options[0]
        assert x.chosen.same_source(first)
        assert all((first.promise_date, first.cost.amount_minor) <= (o.promise_date, o.cost.amount_minor)
                   for o in x.options)
    for x in plan.lines:  # keep only what can be sourced, and change one line's source
        if not x.options:
            await baskets.edit(services, baskets.remove_line, x.line_id)
    target = sourceable[0]
    if len(target.options) > 1:
        await ea.choose_option(services, target.line_id, target.options[-1], True)
    await checkout_pickup(services)
    placed = await ea.place_order(services)
    assert (await baskets.load_basket(services)).is_empty
    await services.engine.sync_once()

    view = await ea.order_view(services, placed.client_order_id)
    assert not view.pending and view.order.number.startswith("EA")
    on_server = [o for o in await services.client.orders(associate_id=services.session.associate.id)
                 if o.client_order_id == placed.client_order_id]
    assert len(on_server) == 1
    order = on_server[0]
    assert order.associate_id == services.session.associate.id and order.store_id == here
    assert order.customer_id == customer_id
    if len(target.options) > 1:
        chosen = next(x for x in order.lines if x.sku == target.sku)
        assert chosen.source_location_id == target.options[-1].location_id
    rows = await ea.store_orders(services, associate_id=services.session.associate.id)
    assert placed.client_order_id in {r.order.client_order_id for r in rows}


async def test_offline_order_is_queued_with_estimates_and_placed_exactly_once(services, demo_backend):
    sku, _ = await services.store.read(sourceable_sku, services.session.store.id)
    demo_backend.server.stop()
    await baskets.add_sku(services, sku, "stock")
    plan = await ea.source(services)
    assert not plan.confirmed and isinstance(plan.error, errors.Unreachable)
    assert plan.lines[0].chosen is not None and plan.lines[0].chosen.confirmed is False
    await checkout_pickup(services)
    placed = await ea.place_order(services)
    view = await ea.order_view(services, placed.client_order_id)
    assert view.pending and view.order.number == ""
    with pytest.raises(errors.Unreachable):
        await services.engine.sync_once()

    demo_backend.server.start()
    await services.engine.sync_once()
    await services.engine.sync_once()
    view = await ea.order_view(services, placed.client_order_id)
    assert not view.pending and view.order.number.startswith("EA")
    mine = [o for o in await services.client.orders() if o.client_order_id == placed.client_order_id]
    assert len(mine) == 1
    cached = await services.store.read(lambda c: c.execute(
        "SELECT count(*) FROM orders WHERE client_order_id = ?", (placed.client_order_id,)).fetchone()[0])
    assert cached == 1


async def test_stock_gone_before_replay_lands_in_the_conflict_inbox_with_alternatives(services, demo_backend):
    sku, _ = await services.store.read(sourceable_sku, services.session.store.id)
    demo_backend.server.stop()
    await baskets.add_sku(services, sku, "search")
    plan = await ea.source(services)
    chosen = plan.lines[0].chosen
    await checkout_pickup(services)
    placed = await ea.place_order(services)
    demo_backend.server.start()
    drain(demo_backend, sku, chosen.location_id, chosen.method.value)
    await services.engine.sync_once()

    [conflict] = await ea.order_conflicts(services)
    assert conflict.reason == "stock_unavailable" and conflict.request.client_order_id == placed.client_order_id
    [gone] = conflict.unavailable
    assert gone.sku == sku and gone.available == 0 and gone.alternatives
    assert all(a.location_id != chosen.location_id for a in gone.alternatives)
    places = {loc.id: loc.name for loc in await services.store.read(repositories.locations)}
    words = ea.explain_conflict(conflict, places)
    assert words[0].startswith("Stock changed before this order reached the server")
    assert f"1 wanted from {places[chosen.location_id]}, 0 left there." in words[1]
    assert (await ea.order_view(services, placed.client_order_id)).refused is not None

    await ea.retry_with_alternatives(services, conflict, {sku: gone.alternatives[0]})
    assert (await services.store.read(outbox.counts))["pending"] == 1 and not await ea.order_conflicts(services)
    await services.engine.sync_once()
    mine = [o for o in await services.client.orders() if o.client_order_id == placed.client_order_id]
    assert len(mine) == 1 and mine[0].lines[0].source_location_id == gone.alternatives[0].location_id
    view = await ea.order_view(services, placed.client_order_id)
    assert view.refused is None and not view.pending and view.order.number == mine[0].number


async def test_an_order_for_a_customer_created_offline_waits_for_the_customer(services, demo_backend):
    sku, _ = await services.store.read(sourceable_sku, services.session.store.id)
    demo_backend.server.stop()
    client_id = await customers.create_customer(services, first_name="Léa", last_name="Offline-Order",
                                                email="lea.offline@example.fr")
    await baskets.add_sku(services, sku, "stock")
    await baskets.set_customer(services, client_id)
    await ea.source(services)
    await checkout_pickup(services)
    placed = await ea.place_order(services)
    # Two entities, but the order is not handed out while the customer's creation is unsettled
    # (looked at a few minutes ahead: past any backoff of the creation's failed attempts).
    due = await services.store.read(outbox.next_batch, utcnow() + timedelta(minutes=5), 10)
    assert [c.kind for c in due] == ["create_customer"]

    demo_backend.server.start()
    await services.engine.sync_once()
    await services.engine.sync_once()
    assert await services.store.read(outbox.unsettled) == []  # no conflict: nothing refused
    [order] = [o for o in await services.client.orders() if o.client_order_id == placed.client_order_id]
    assert order.customer_id not in (None, client_id)  # the server's id of the new customer
    assert (await services.client.customer_profile(order.customer_id)).customer.last_name == "Offline-Order"
