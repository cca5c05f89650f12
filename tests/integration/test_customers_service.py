"""clienteling.services.customers against the real backend: lookup, profile, commands, offline."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from clienteling import errors
from clienteling.models import Consent, Consents, Customer, Preferences, TakeoverMode, Tier
from clienteling.services import customers
from clienteling.services.app_services import AppServices
from offline_cache import repositories

pytestmark = pytest.mark.anyio
T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
async def services(demo_backend):
    s = AppServices(demo_backend.settings())
    s.open()
    await s.sign_in(*demo_backend.login())
    await s.engine.sync_once()
    yield s
    await s.aclose()


async def _sql(services: AppServices, sql: str, *params):
    return await services.store.read(lambda conn: conn.execute(sql, params).fetchone())


def _customer(tier: Tier, points: int, **extra) -> Customer:
    return Customer(id="X", first_name="A", last_name="B", tier=tier, points=points, created_at=T0, updated_at=T0,
                    **extra)


def test_loyalty_status_says_what_the_next_tier_needs() -> None:
    status = customers.loyalty_status(_customer(Tier.SILVER, 3200))
    assert (status.next_tier, status.points_to_next) == (Tier.GOLD, 1800)
    assert status.progress == pytest.approx((3200 - 1000) / 4000)
    top = customers.loyalty_status(_customer(Tier.PLATINUM, 20000))
    assert (top.next_tier, top.points_to_next, top.progress) == (None, 0, 1.0)


def test_outreach_needs_consent_and_a_contact() -> None:
    yes = Consent(granted=True)
    assert customers.outreach_channels(_customer(Tier.MEMBER, 0, email="a@b.fr", phone="+33600000000",
                                                 consents=Consents(email=yes, sms=yes))) == {"email", "sms"}
    assert customers.outreach_channels(_customer(Tier.MEMBER, 0, email="a@b.fr", phone="+33600000000")) == set()
    assert customers.outreach_channels(_customer(Tier.MEMBER, 0, consents=Consents(email=yes, sms=yes))) == set()


async def test_local_search_is_accent_insensitive_and_by_phone_email_card(services) -> None:
    key, first, last, email, phone, card = await _sql(
        services, "SELECT key, first_name, last_name, email, phone, loyalty_card FROM customers"
                  " WHERE first_name LIKE '%é%' AND email IS NOT NULL AND phone IS NOT NULL"
                  " AND loyalty_card IS NOT NULL LIMIT 1")
    plain = first.replace("é", "e").lower()
    for typed in (plain[:3], f"{plain} {last[:2]}", email[:8], phone[:8], "0" + phone[3:6] + " " + phone[6:8],
                  card[:9]):
        hits = await customers.search_local(services, typed)
        assert key in [h.summary.id for h in hits], typed


async def test_network_search_flags_cached_customers(services) -> None:
    hits = await customers.search_network(services, "ma")
    assert hits
    for hit in hits:
        cached = await services.store.read(repositories.get_customer, hit.summary.id)
        assert hit.cached == (cached is not None)


async def test_card_lookup_cache_first_then_backend_then_unknown(services, demo_backend) -> None:
    key, card = await _sql(services, "SELECT key, loyalty_card FROM customers WHERE loyalty_card IS NOT NULL LIMIT 1")
    assert await customers.customer_id_by_card(services, card) == key
    import sqlite3
    with sqlite3.connect(demo_backend.db_path) as db:
        rows = db.execute("SELECT id, loyalty_card FROM customers WHERE loyalty_card IS NOT NULL").fetchall()
    cached = {r[0] for r in await services.store.read(lambda c: c.execute("SELECT key FROM customers").fetchall())}
    other_id, other_card = next(r for r in rows if r[0] not in cached)
    assert await customers.customer_id_by_card(services, other_card) == other_id
    assert (await services.store.read(repositories.get_customer, other_id)) is not None
    assert await customers.customer_id_by_card(services, "2990000000001") is None
    demo_backend.server.stop()
    with pytest.raises(errors.Unreachable):
        await customers.customer_id_by_card(services, "2990000000002")


async def test_profile_of_an_uncached_customer_is_fetched_and_cached_and_offline_says_not_cached(
        services, demo_backend) -> None:
    hits = [h for h in await customers.search_network(services, "ma") if not h.cached]
    remote = hits[0].summary.id
    view = await customers.load_profile(services, remote)
    assert view.customer.id == remote
    assert (await services.store.read(repositories.customer_profile, remote)) is not None
    other = hits[1].summary.id
    demo_backend.server.stop()
    offline = await customers.load_profile(services, remote)  # now from the cache
    assert offline.customer.id == remote
    with pytest.raises(customers.NotCached):
        await customers.load_profile(services, other)


async def test_edits_offline_are_optimistic_pending_then_reach_the_server_once(services, demo_backend) -> None:
    (cid,) = await _sql(services, "SELECT customer_id FROM carts WHERE status = 'active' LIMIT 1")
    demo_backend.server.stop()
    with pytest.raises(errors.Unreachable):
        await services.engine.sync_once()
    view = await customers.load_profile(services, cid)
    cart = view.profile.cart
    await customers.update_preferences(services, cid, Preferences(sizes={"tops": "L"}, styles=["navy"]))
    await customers.add_note(services, cid, "Prefers navy")
    await customers.take_over_cart(services, cart.id, TakeoverMode.SERVED_IN_STORE)
    view = await customers.load_profile(services, cid)
    assert view.customer.preferences.sizes == {"tops": "L"}
    assert "Prefers navy" in [n.text for n in view.profile.notes]
    assert view.profile.cart.status.value == "served_in_store"
    assert view.pending_since is not None and view.cart_pending
    demo_backend.server.start()
    await services.engine.sync_once()
    view = await customers.load_profile(services, cid)
    assert view.pending_since is None and not view.cart_pending
    server = await services.client.customer_profile(cid)
    assert server.customer.preferences.sizes == {"tops": "L"}
    assert [n.text for n in server.notes].count("Prefers navy") == 1
    assert server.cart is None or server.cart.id != cart.id  # served: no longer an open cart
    assert [n.text for n in view.profile.notes].count("Prefers navy") == 1


async def test_a_line_change_is_repriced_by_the_backend(services) -> None:
    (cid,) = await _sql(services, "SELECT customer_id FROM carts WHERE status = 'active'"
                                  " AND json_array_length(body, '$.lines') >= 1 LIMIT 1")
    cart = (await customers.load_profile(services, cid)).profile.cart
    line = cart.lines[0]
    await customers.change_cart_line(services, cart.id, line.line_id, line.quantity + 1)
    await services.engine.sync_once()
    after = (await customers.load_profile(services, cid)).profile.cart
    changed = next(x for x in after.lines if x.line_id == line.line_id)
    assert changed.quantity == line.quantity + 1
    assert after.total.amount_minor == sum(x.line_total.amount_minor for x in after.lines)
    assert after.total.amount_minor > cart.total.amount_minor


async def test_a_new_customer_is_cached_at_once_and_created_once(services) -> None:
    client_id = await customers.create_customer(services, first_name="Zoé", last_name="Zanetti",
                                                email="zoe@example.it")
    hits = await customers.search_local(services, "zoe zan")
    assert [h.summary.id for h in hits] == [client_id]
    await services.engine.sync_once()
    found = await services.client.search_customers("zanetti")
    assert [c.first_name for c in found] == ["Zoé"]
    hits = await customers.search_local(services, "zoe zan")
    assert [h.summary.id for h in hits] == [found[0].id]  # the optimistic row became the server's


async def test_bench_keystroke_latency_runs_on_the_cache(services) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui.customers import bench_keystroke_latency

    _app = QCoreApplication.instance() or QCoreApplication([])
    samples = bench_keystroke_latency(services, ["m", "ma", "mar", "06", "jean", ""])
    assert len(samples) == 6 and all(s >= 0 for s in samples)
