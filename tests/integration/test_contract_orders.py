"""Catalogue, network stock, quotes, endless-aisle orders, the dashboard, server-sent events."""
import asyncio
import json

import httpx
import pytest

from clienteling.server.main import running_server

pytestmark = pytest.mark.anyio


def order_body(**overrides):
    body = {"client_order_id": "dev-order-1", "customer_id": "C-HELENE", "fulfilment": "delivery",
            "delivery_address": {"name": "Hélène Dupont", "street": "3 rue Scribe", "postcode": "75009",
                                 "city": "Paris", "country": "FR"},
            "payment": {"mode": "in_store", "till_reference": "T-42"},
            "lines": [{"sku": "VESTE-NOIR-S", "quantity": 1, "method": "ship_from_warehouse",
                       "source_location_id": "W-ORLEANS"}]}
    return body | overrides


@pytest.mark.parametrize("q, styles", [("veste", ["ST-VESTE"]), ("maison", ["ST-ROBE", "ST-VESTE"]),
                                       ("chauss", ["ST-SNEAK"]), ("SNEAK-BLANC-3", ["ST-SNEAK"]),
                                       ("robe-rouge-m", ["ST-ROBE"]), ("nothing", [])])
async def test_product_search(client, marie, q, styles):
    r = await client.get("/v1/products/search", headers=marie, params={"q": q})
    assert r.status_code == 200
    assert sorted(p["style_id"] for p in r.json()) == styles


async def test_product_by_sku_and_gtin(client, marie):
    product = (await client.get("/v1/products/by-sku/ROBE-ROUGE-M", headers=marie)).json()
    gtin = product["variants"][1]["gtin"]
    assert (await client.get(f"/v1/products/by-gtin/{gtin}", headers=marie)).json()["style_id"] == "ST-ROBE"
    assert (await client.get("/v1/products/by-sku/NOPE-1", headers=marie)).status_code == 404
    assert (await client.get("/v1/products/by-gtin/3760000000000", headers=marie)).status_code == 404


async def test_network_stock_nearest_first(client, marie):
    r = await client.get("/v1/stock/ROBE-ROUGE-M", headers=marie)
    assert r.status_code == 200
    stock = r.json()
    assert stock["here"]["available"] == 0 and stock["here"]["open_now"] is True
    assert [s["location_id"] for s in stock["stores"]][:2] == ["S-PAR-MARAIS", "S-LILLE"]
    distances = [s["distance_km"] for s in stock["stores"]]
    assert distances == sorted(distances) and stock["stores"][0]["distance_km"] < 5
    assert [w["location_id"] for w in stock["warehouses"]] == ["W-ORLEANS", "W-BOLOGNA"]
    assert all(w["open_now"] is False for w in stock["warehouses"])
    assert stock["network_available"] == 1 + 2 + 2 + 2 + 2 + 3 + 2
    assert (await client.get("/v1/stock/NOPE-1", headers=marie)).status_code == 404


async def test_quote_fastest_then_cheapest(client, marie):
    r = await client.post("/v1/sourcing/quote", headers=marie, json={"lines": [{"sku": "ROBE-ROUGE-M", "quantity": 2}]})
    assert r.status_code == 200, r.text
    options = r.json()["lines"][0]["options"]
    assert all(o["available"] >= 2 for o in options)
    assert "S-PAR-MARAIS" not in {o["location_id"] for o in options}  # only 1 there
    keys = [(o["promise_date"], o["cost"]["amount_minor"]) for o in options]
    assert keys == sorted(keys)
    # No store within reach has two: collecting elsewhere is not offered; a free 2-day transfer leads.
    assert "pickup_other_store" not in {o["method"] for o in options}
    assert (options[0]["method"], options[0]["promise_date"], options[0]["cost"]["amount_minor"]) == (
        "transfer_to_store", "2026-11-25", 0)
    warehouse = next(o for o in options if o["method"] == "ship_from_warehouse")
    assert warehouse["location_id"] == "W-ORLEANS" and warehouse["cost"]["amount_minor"] == 490
    assert warehouse["promise_date"] == "2026-11-25"
    r = await client.post("/v1/sourcing/quote", headers=marie, json={"lines": [{"sku": "ROBE-ROUGE-M", "quantity": 1}]})
    nearest = r.json()["lines"][0]["options"][0]  # the other Paris store, 3 km away, has one today
    assert (nearest["method"], nearest["location_id"], nearest["promise_date"]) == (
        "pickup_other_store", "S-PAR-MARAIS", "2026-11-23")
    r = await client.post("/v1/sourcing/quote", headers=marie, json={"lines": []})
    assert r.status_code == 422


async def test_place_order_reserves_once(client, marie, sqlite):
    headers = marie | {"Idempotency-Key": "k-order-1"}
    r1 = await client.post("/v1/orders", headers=headers, json=order_body())
    assert r1.status_code == 201, r1.text
    order = r1.json()
    assert order["store_id"] == "S-PAR-OPERA" and order["associate_id"] == "A-MARIE" and order["status"] == "placed"
    assert order["shipping"]["amount_minor"] == 490 and order["total"]["amount_minor"] == 18900 + 490
    r2 = await client.post("/v1/orders", headers=headers, json=order_body())
    assert r2.status_code == 201 and r2.json() == order
    reserved = sqlite.execute("SELECT reserved FROM stock WHERE sku = 'VESTE-NOIR-S' AND location_id = 'W-ORLEANS'")
    assert reserved.fetchone()[0] == 1
    assert sqlite.execute("SELECT COUNT(*) FROM orders WHERE client_id = 'dev-order-1'").fetchone()[0] == 1
    listed = (await client.get("/v1/orders", headers=marie, params={"associate_id": "A-MARIE"})).json()
    assert {o["id"] for o in listed} == {"O-1", order["id"]}
    assert (await client.get("/v1/orders", headers=marie, params={"status": "cancelled"})).json() == []
    assert (await client.get("/v1/orders", headers=marie, params={"status": "bogus"})).status_code == 422
    assert (await client.get(f"/v1/orders/{order['id']}", headers=marie)).json() == order


async def test_order_with_vanished_stock_is_409_with_alternatives(client, marie, sqlite):
    body = order_body(lines=[{"sku": "ROBE-ROUGE-M", "quantity": 2, "method": "transfer_to_store",
                              "source_location_id": "S-PAR-MARAIS"}],
                      fulfilment="pickup", delivery_address=None, pickup_store_id="S-PAR-OPERA")
    r = await client.post("/v1/orders", headers=marie | {"Idempotency-Key": "k-order-2"}, json=body)
    assert r.status_code == 409
    error = r.json()
    assert error["reason"] == "stock_unavailable"
    [line] = error["details"]
    assert (line["sku"], line["requested"], line["available"]) == ("ROBE-ROUGE-M", 2, 1)
    assert line["alternatives"] and all(a["location_id"] != "S-PAR-MARAIS" for a in line["alternatives"])
    assert sqlite.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == 1
    assert sqlite.execute("SELECT reserved FROM stock WHERE sku = 'ROBE-ROUGE-M' AND location_id = 'S-PAR-MARAIS'"
                          ).fetchone()[0] == 0


async def test_order_from_an_online_cart_keeps_the_web_shops_prices_and_orders_the_cart(client, marie):
    """Taken over from the cart: the promotion's unit price (11610 for 12900 -10%), the cart marked ordered."""
    body = order_body(client_order_id="dev-order-cart", from_cart_id="CART-HELENE", lines=[
        {"sku": "SNEAK-BLANC-40", "quantity": 1, "method": "ship_from_warehouse", "source_location_id": "W-ORLEANS"},
        {"sku": "VESTE-NOIR-S", "quantity": 1, "method": "ship_from_warehouse", "source_location_id": "W-ORLEANS"}])
    r = await client.post("/v1/orders", headers=marie | {"Idempotency-Key": "k-order-cart"}, json=body)
    assert r.status_code == 201, r.text
    prices = {line["sku"]: line["unit_price"]["amount_minor"] for line in r.json()["lines"]}
    assert prices == {"SNEAK-BLANC-40": 11610, "VESTE-NOIR-S": 18900}  # not in the cart: the catalogue price
    assert r.json()["total"]["amount_minor"] == 11610 + 18900 + 490
    cart = await client.get("/v1/customers/C-HELENE/cart", headers=marie)
    assert cart.status_code == 404  # no active cart any more: it was ordered


async def test_order_validation(client, marie):
    r = await client.post("/v1/orders", headers=marie | {"Idempotency-Key": "k-o-v"},
                          json=order_body(delivery_address=None))
    assert r.status_code == 422 and r.json()["code"] == "validation"
    r = await client.post("/v1/orders", headers=marie | {"Idempotency-Key": "k-o-v2"}, json=order_body(
        lines=[{"sku": "VESTE-NOIR-S", "quantity": 1, "method": "ship_from_store", "source_location_id": "W-ORLEANS"}]))
    assert r.status_code == 422 and r.json()["reason"] == "method_not_possible"


async def test_orders_of_another_store_are_invisible(client, login_as):
    luca = await login_as("luca")
    headers = {"Authorization": f"Bearer {luca['access_token']}"}
    assert (await client.get("/v1/orders/O-1", headers=headers)).status_code == 404
    assert (await client.get("/v1/orders", headers=headers)).json() == []


async def test_dashboard_for_managers(client, marie, paul):
    r = await client.get("/v1/dashboard", headers=marie)
    assert r.status_code == 403 and r.json()["code"] == "forbidden"
    r = await client.get("/v1/dashboard", headers=paul)
    assert r.status_code == 200
    board = r.json()
    assert board["pickups_by_status"] == {"preparing": 0, "ready": 3, "partly_collected": 1, "collected": 1,
                                          "cancelled": 1}
    assert board["pickups_overdue"] == 1 and board["orders_today"] == 1
    assert board["sales_by_associate"] == [{"associate_id": "A-MARIE", "orders": 1,
                                            "revenue": {"amount_minor": 18900, "currency": "EUR"}}]


def test_events_stream_pickup_and_stock_changes(app, clock):
    async def scenario(base_url: str) -> list[dict]:
        async with httpx.AsyncClient(base_url=base_url, timeout=10) as http:
            login = await http.post("/v1/auth/login", json={"store_id": "S-PAR-OPERA", "username": "marie",
                                                            "password": "correct horse battery", "device_id": "t"})
            headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
            received: list[dict] = []
            async with http.stream("GET", "/v1/events", headers=headers, params={"max_seconds": 5}) as stream:
                assert stream.headers["content-type"].startswith("text/event-stream")
                await asyncio.sleep(0.3)
                r = await http.post("/v1/pickups/P-READY/handover", headers=headers | {"Idempotency-Key": "sse"}, json={
                    "decisions": [{"line_id": "1", "action": "handed_over"}], "device_id": "t",
                    "handed_over_at": "2026-11-23T10:05:00Z", "verification": {"method": "code", "code": "A1B2C3"}})
                assert r.status_code == 200
                event = None
                async for text in stream.aiter_lines():
                    if text.startswith("event: "):
                        event = text[7:]
                    elif text.startswith("data: "):
                        received.append({"event": event, **json.loads(text[6:])})
                        if {e["event"] for e in received} >= {"pickup", "stock"}:
                            break
            return received

    with running_server(app) as base_url:
        events = asyncio.run(scenario(base_url))
    assert {"event": "stock", "feed": "stock", "key": "VESTE-NOIR-M@S-PAR-OPERA"} in [
        {k: e[k] for k in ("event", "feed", "key")} for e in events]
    assert any(e["event"] == "pickup" and e["key"] == "P-READY" for e in events)


@pytest.mark.parametrize("fulfilment, pickup_store, method, source", [
    ("delivery", None, "transfer_to_store", "S-PAR-MARAIS"),  # a transfer comes to the selling store
    ("delivery", None, "pickup_other_store", "S-PAR-MARAIS"),  # collected there, not delivered
    ("pickup", "S-PAR-OPERA", "pickup_other_store", "S-PAR-MARAIS"),  # collected at the Marais, not here
])
async def test_an_order_the_items_cannot_reach_as_chosen_is_refused(client, marie, sqlite, fulfilment, pickup_store,
                                                                    method, source):
    body = order_body(client_order_id=f"dev-{method}-{fulfilment}", fulfilment=fulfilment, pickup_store_id=pickup_store,
                      lines=[{"sku": "ROBE-ROUGE-M", "quantity": 1, "method": method, "source_location_id": source}])
    if fulfilment == "pickup":
        body["delivery_address"] = None
    r = await client.post("/v1/orders", headers=marie | {"Idempotency-Key": f"k-{method}-{fulfilment}"}, json=body)
    assert r.status_code == 422 and r.json()["reason"] == "fulfilment_not_possible", r.text
    assert sqlite.execute("SELECT reserved FROM stock WHERE sku = 'ROBE-ROUGE-M' AND location_id = 'S-PAR-MARAIS'"
                          ).fetchone()[0] == 0


async def test_collected_where_the_items_are_or_shipped_anywhere_is_placed(client, marie):
    collect = order_body(client_order_id="dev-collect-marais", fulfilment="pickup", delivery_address=None,
                         pickup_store_id="S-PAR-MARAIS", lines=[{"sku": "ROBE-ROUGE-M", "quantity": 1,
                                                                 "method": "pickup_other_store",
                                                                 "source_location_id": "S-PAR-MARAIS"}])
    r = await client.post("/v1/orders", headers=marie | {"Idempotency-Key": "k-collect"}, json=collect)
    assert r.status_code == 201, r.text
    shipped_to_a_store = order_body(client_order_id="dev-ship-to-store", fulfilment="pickup", delivery_address=None,
                                    pickup_store_id="S-PAR-MARAIS")
    r = await client.post("/v1/orders", headers=marie | {"Idempotency-Key": "k-ship-store"}, json=shipped_to_a_store)
    assert r.status_code == 201, r.text
