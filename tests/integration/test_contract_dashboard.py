"""GET /v1/dashboard (managers only) and POST /v1/devices/heartbeat, over the contract fixture chain."""
from datetime import timedelta

import pytest

from clienteling.models import Dashboard
from tests.integration.conftest import NOW, bearer, login

pytestmark = pytest.mark.anyio

EUR = "EUR"


def eur(minor: int) -> dict:
    return {"amount_minor": minor, "currency": EUR}


def order_body(**overrides):
    body = {"client_order_id": "dash-order-1", "customer_id": "C-HELENE", "fulfilment": "delivery",
            "delivery_address": {"name": "Hélène Dupont", "street": "3 rue Scribe", "postcode": "75009",
                                 "city": "Paris", "country": "FR"},
            "payment": {"mode": "in_store", "till_reference": "T-42"},
            "lines": [{"sku": "ROBE-ROUGE-M", "quantity": 1, "method": "ship_from_warehouse",
                       "source_location_id": "W-ORLEANS"}]}
    return body | overrides


def set_ready_at(sqlite, pickup_id: str, minutes_before_collection: int) -> None:
    """Make P-COLLECTED's wait from ready to collected a known number of minutes."""
    collected = sqlite.execute("SELECT json_extract(body, '$.collected_at') FROM pickups WHERE id = ?",
                               (pickup_id,)).fetchone()[0]
    sqlite.execute("UPDATE pickups SET body = json_set(body, '$.ready_at', strftime('%Y-%m-%dT%H:%M:%SZ', ?, ?))"
                   " WHERE id = ?", (collected, f"-{minutes_before_collection} minutes", pickup_id))
    sqlite.commit()


async def test_associate_is_refused_manager_is_served(client, marie, paul):
    r = await client.get("/v1/dashboard", headers=marie)
    assert r.status_code == 403 and r.json()["code"] == "forbidden"
    assert (await client.get("/v1/dashboard")).status_code == 401
    r = await client.get("/v1/dashboard", headers=paul)
    assert r.status_code == 200
    Dashboard.model_validate(r.json())


async def test_figures_of_the_fixture(client, marie, paul, sqlite):
    set_ready_at(sqlite, "P-COLLECTED", 90)
    board = (await client.get("/v1/dashboard", headers=paul)).json()
    assert board["timezone"] == "Europe/Paris"
    assert board["day_start"] == "2026-11-22T23:00:00Z" and board["week_start"] == "2026-11-22T23:00:00Z"
    assert board["pickups_by_status"] == {"preparing": 0, "ready": 3, "partly_collected": 1, "collected": 1,
                                          "cancelled": 1}
    assert board["pickups_overdue"] == 1 and board["pickups_collected_today"] == 0
    # P-COLLECTED was collected two days ago (Saturday 21st), 90 minutes after it was ready.
    trend = board["collection_trend"]
    assert len(trend) == 14 and trend[0]["day"] == "2026-11-10" and trend[-1]["day"] == "2026-11-23"
    assert [d for d in trend if d["collected"]] == [{"day": "2026-11-21", "collected": 1, "average_minutes": 90.0}]
    assert board["average_ready_to_collected_minutes"] == 90.0
    # O-1: Marie sold a 189 € jacket an hour ago (shipping included in the total).
    assert board["orders_today"] == 1 and board["revenue_today"] == eur(18900)
    assert board["orders_week"] == 1 and board["revenue_week"] == eur(18900)
    assert board["attribution"] == [{"associate_id": "A-MARIE", "display_name": "Marie L.", "orders_today": 1,
                                     "revenue_today": eur(18900), "orders_week": 1, "revenue_week": eur(18900)}]
    assert board["sales_by_associate"] == [{"associate_id": "A-MARIE", "orders": 1, "revenue": eur(18900)}]
    assert board["carts"] == {"taken_over_today": 0, "ordered_today": 0, "taken_over_week": 0, "ordered_week": 0}
    assert board["stockouts"] == []  # the store had VESTE-NOIR-L when O-1 was placed
    assert [d["device_id"] for d in board["devices"]] == ["tablet-1"]  # Marie's and Paul's sign-ins


async def test_cart_taken_over_then_ordered_and_the_stock_out_it_was(client, marie, paul):
    take = await client.post("/v1/carts/CART-HELENE/takeover", headers=marie | {"Idempotency-Key": "d-take"},
                             json={"mode": "basket"})
    assert take.status_code == 200
    board = (await client.get("/v1/dashboard", headers=paul)).json()
    assert board["carts"] == {"taken_over_today": 1, "ordered_today": 0, "taken_over_week": 1, "ordered_week": 0}

    # The store has no ROBE-ROUGE-M (0 on hand): a stock-out. It has VESTE-NOIR-S: not one.
    r = await client.post("/v1/orders", headers=marie | {"Idempotency-Key": "d-order"}, json=order_body(
        from_cart_id="CART-HELENE",
        lines=[{"sku": "ROBE-ROUGE-M", "quantity": 1, "method": "ship_from_warehouse", "source_location_id": "W-ORLEANS"},
               {"sku": "VESTE-NOIR-S", "quantity": 1, "method": "ship_from_warehouse",
                "source_location_id": "W-ORLEANS"}]))
    assert r.status_code == 201, r.text
    order = r.json()
    board = (await client.get("/v1/dashboard", headers=paul)).json()
    assert board["carts"] == {"taken_over_today": 1, "ordered_today": 1, "taken_over_week": 1, "ordered_week": 1}
    assert board["stockouts"] == [{"sku": "ROBE-ROUGE-M", "name": "Robe fluide", "orders": 1, "quantity": 1,
                                   "revenue": eur(9900), "last_at": NOW.isoformat().replace("+00:00", "Z")}]
    assert board["orders_today"] == 2
    assert board["revenue_today"] == eur(18900 + order["total"]["amount_minor"])
    assert board["attribution"][0]["orders_today"] == 2


async def test_periods_follow_the_store_calendar(client, marie, clock):
    clock.advance(timedelta(days=1))  # Tuesday: O-1 is no longer today, still this week
    paul = bearer(await login(client, "paul"))
    board = (await client.get("/v1/dashboard", headers=paul)).json()
    assert (board["orders_today"], board["orders_week"]) == (0, 1)
    assert board["attribution"][0]["orders_today"] == 0 and board["attribution"][0]["orders_week"] == 1
    clock.advance(timedelta(days=6))  # the next Monday: a new week
    paul = bearer(await login(client, "paul"))
    board = (await client.get("/v1/dashboard", headers=paul)).json()
    assert (board["orders_today"], board["orders_week"], board["attribution"]) == (0, 0, [])
    assert board["collection_trend"][-1]["day"] == "2026-11-30"


async def test_heartbeat_shows_the_device_on_the_dashboard(client, marie, paul):
    conflict = {"kind": "handover", "entity_key": "pickups:P-CANCELLED", "reason": "order_cancelled",
                "created_at": "2026-11-23T09:30:00Z"}
    r = await client.post("/v1/devices/heartbeat", headers=marie, json={
        "device_id": "tablet-1", "queued_commands": 3, "conflicts": [conflict],
        "last_sync_at": "2026-11-23T09:59:00Z"})
    assert r.status_code == 204
    board = (await client.get("/v1/dashboard", headers=paul)).json()
    (device,) = board["devices"]
    assert device["device_id"] == "tablet-1" and device["associate_id"] == "A-MARIE"
    assert device["queued_commands"] == 3 and device["conflicts"] == [conflict]
    assert device["last_sync_at"] == "2026-11-23T09:59:00Z"
    assert device["reported_at"] == "2026-11-23T10:00:00Z"

    # A later report replaces the former: the conflict was resolved, the queue emptied.
    r = await client.post("/v1/devices/heartbeat", headers=marie, json={
        "device_id": "tablet-1", "queued_commands": 0, "conflicts": [], "last_sync_at": "2026-11-23T10:00:00Z"})
    assert r.status_code == 204
    (device,) = (await client.get("/v1/dashboard", headers=paul)).json()["devices"]
    assert device["queued_commands"] == 0 and device["conflicts"] == []


async def test_heartbeat_is_for_ones_own_device_only(client, marie, paul, login_as):
    r = await client.post("/v1/devices/heartbeat", headers=marie,
                          json={"device_id": "someone-else", "queued_commands": 0, "conflicts": []})
    assert r.status_code == 422 and r.json()["reason"] == "device_mismatch"
    r = await client.post("/v1/devices/heartbeat", json={"device_id": "tablet-1", "queued_commands": 0})
    assert r.status_code == 401
    r = await client.post("/v1/devices/heartbeat", headers=marie, json={"device_id": "tablet-1",
                                                                        "queued_commands": -1})
    assert r.status_code == 422
    # A device of another store never shows on this store's dashboard.
    luca = bearer(await login_as("luca"))
    r = await client.post("/v1/devices/heartbeat", headers=luca,
                          json={"device_id": "tablet-1", "queued_commands": 5, "conflicts": []})
    assert r.status_code == 204
    (device,) = (await client.get("/v1/dashboard", headers=paul)).json()["devices"]
    assert device["queued_commands"] == 0 and device["reported_at"] is None
