"""Change feeds: store scoping, cursor paging in version order, tombstones."""
import pytest

pytestmark = pytest.mark.anyio


async def pull_all(client, headers, feed, limit=1000):
    cursor, items, tombstones, pages = None, [], [], 0
    while True:
        params = {"limit": limit} | ({"cursor": cursor} if cursor else {})
        r = await client.get(f"/v1/sync/{feed}", headers=headers, params=params)
        assert r.status_code == 200, r.text
        page = r.json()
        versions = [i["version"] for i in page["items"]] + [t["version"] for t in page["tombstones"]]
        assert versions == sorted(versions) or not page["tombstones"]
        items += page["items"]
        tombstones += page["tombstones"]
        cursor, pages = page["next_cursor"], pages + 1
        if not page["has_more"]:
            return items, tombstones, cursor, pages


async def test_scopes_of_every_feed(client, marie):
    ids = {}
    for feed in ("locations", "associates", "products", "stock", "customers", "purchases", "notes", "wishlists",
                 "carts", "pickups", "orders"):
        items, _, _, _ = await pull_all(client, marie, feed)
        ids[feed] = items
    assert len(ids["locations"]) == 9 and len(ids["products"]) == 3
    assert {a["id"] for a in ids["associates"]} == {"A-MARIE", "A-PAUL"}
    # this store, both warehouses and the five nearest stores: never Roma (farthest)
    stock_locations = {s["location_id"] for s in ids["stock"]}
    assert stock_locations == {"S-PAR-OPERA", "W-ORLEANS", "W-BOLOGNA", "S-PAR-MARAIS", "S-LILLE", "S-LYON",
                               "S-NICE", "S-MILANO"}
    # homed here, or with a pickup here (Giulia from Milano); Léa (Lyon) has only an order here
    assert {c["id"] for c in ids["customers"]} == {"C-HELENE", "C-JEROME", "C-GIULIA", "C-LEA"}
    assert {p["customer_id"] for p in ids["purchases"]} == {"C-HELENE", "C-LEA"}
    assert {c["id"] for c in ids["carts"]} == {"CART-HELENE", "CART-JEROME"}
    assert all(p["store_id"] == "S-PAR-OPERA" for p in ids["pickups"]) and len(ids["pickups"]) == 6
    assert [o["id"] for o in ids["orders"]] == ["O-1"]
    assert all("pickup_code" not in p for p in ids["pickups"])


async def test_other_store_sees_its_own_clientele(client, login_as):
    luca = await login_as("luca")
    headers = {"Authorization": f"Bearer {luca['access_token']}"}
    items, _, _, _ = await pull_all(client, headers, "customers")
    assert {c["id"] for c in items} == {"C-GIULIA"}
    items, _, _, _ = await pull_all(client, headers, "pickups")
    assert items == []


async def test_paging_by_version_with_small_limit(client, marie):
    items, _, cursor, pages = await pull_all(client, marie, "stock", limit=7)
    assert pages >= 64 // 7
    versions = [i["version"] for i in items]
    assert versions == sorted(versions) and len(set(versions)) == len(versions) == 64
    r = await client.get("/v1/sync/stock", headers=marie, params={"cursor": cursor})
    assert r.json()["items"] == [] and r.json()["has_more"] is False and r.json()["next_cursor"] == cursor


async def test_changes_after_cursor_and_tombstones(client, marie):
    _, _, wish_cursor, _ = await pull_all(client, marie, "wishlists")
    _, _, stock_cursor, _ = await pull_all(client, marie, "stock")
    # ordering the SKU Hélène wished for removes it from her wishlist: a tombstone
    r = await client.post("/v1/orders", headers=marie | {"Idempotency-Key": "feed-order-1"}, json={
        "client_order_id": "c-feed-1", "customer_id": "C-HELENE", "fulfilment": "pickup",
        "pickup_store_id": "S-PAR-OPERA", "payment": {"mode": "in_store", "till_reference": "T-9"},
        "lines": [{"sku": "ROBE-ROUGE-M", "quantity": 1, "method": "transfer_to_store",
                   "source_location_id": "S-PAR-MARAIS"}]})
    assert r.status_code == 201, r.text
    items, tombstones, _, _ = await pull_all(client, marie, "wishlists", limit=1)
    assert [(i["customer_id"], i["sku"]) for i in items] == [("C-LEA", "VESTE-NOIR-S")]
    assert [t["key"] for t in tombstones] == ["C-HELENE:ROBE-ROUGE-M"]
    r = await client.get("/v1/sync/wishlists", headers=marie, params={"cursor": wish_cursor, "limit": 1})
    assert r.json()["tombstones"][0]["key"] == "C-HELENE:ROBE-ROUGE-M"
    r = await client.get("/v1/sync/stock", headers=marie, params={"cursor": stock_cursor})
    page = r.json()
    assert [(s["sku"], s["location_id"], s["reserved"]) for s in page["items"]] == [
        ("ROBE-ROUGE-M", "S-PAR-MARAIS", 1)]


@pytest.mark.parametrize("params", [{"cursor": "garbage!"}, {"cursor": "djI6MTA"}, {"limit": 0}, {"limit": 5001}])
async def test_bad_cursor_or_limit_is_422(client, marie, params):
    r = await client.get("/v1/sync/customers", headers=marie, params=params)
    assert r.status_code == 422 and r.json()["code"] == "validation"


async def test_unknown_feed_is_422(client, marie):
    r = await client.get("/v1/sync/everything", headers=marie)
    assert r.status_code == 422
