"""Customers: search, profile, card, creation, notes, preferences; carts: read, takeover, line change."""
import json

import pytest

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("q, expected", [
    ("hel", {"C-HELENE"}), ("HÉLÈNE dup", {"C-HELENE"}), ("dupont h", {"C-HELENE"}), ("jerome", {"C-JEROME"}),
    ("helene.dup", {"C-HELENE"}), ("0612", {"C-HELENE"}), ("+33 6 12", {"C-HELENE"}), ("347123", {"C-GIULIA"}),
    ("1000000004", {"C-LEA"}), ("100000000", {"C-HELENE", "C-JEROME", "C-LEA"}), ("zzz", set()),
])
async def test_search_is_network_wide_prefix_and_accent_insensitive(client, marie, q, expected):
    r = await client.get("/v1/customers/search", headers=marie, params={"q": q})
    assert r.status_code == 200, r.text
    assert {c["id"] for c in r.json()} == expected


async def test_search_needs_q_and_respects_limit(client, marie):
    assert (await client.get("/v1/customers/search", headers=marie)).status_code == 422
    r = await client.get("/v1/customers/search", headers=marie, params={"q": "1000", "limit": 2})
    assert len(r.json()) == 2


async def test_profile_is_the_360_view(client, marie):
    r = await client.get("/v1/customers/C-HELENE", headers=marie)
    assert r.status_code == 200
    body = r.json()
    assert body["customer"]["id"] == "C-HELENE"
    assert [p["id"] for p in body["purchases"]] == ["PU-1", "PU-2"]
    assert [n["id"] for n in body["notes"]] == ["N-1"] and body["wishlist"][0]["sku"] == "ROBE-ROUGE-M"
    assert body["cart"]["id"] == "CART-HELENE"
    # a customer of another store is visible too
    assert (await client.get("/v1/customers/C-LEA", headers=marie)).status_code == 200
    r = await client.get("/v1/customers/C-NOBODY", headers=marie)
    assert r.status_code == 404 and r.json()["code"] == "not_found"


async def test_by_card(client, marie):
    r = await client.get("/v1/customers/by-card/1000000002", headers=marie)
    assert r.status_code == 200 and r.json()["id"] == "C-JEROME"
    assert (await client.get("/v1/customers/by-card/9999999999", headers=marie)).status_code == 404


async def test_create_customer_and_replay(client, marie, sqlite):
    body = {"client_customer_id": "dev-uuid-1", "first_name": "Zoé", "last_name": "Lefèvre",
            "email": "zoe@example.fr", "phone": "+33698765432"}
    headers = marie | {"Idempotency-Key": "k-create-1"}
    first = await client.post("/v1/customers", headers=headers, json=body)
    assert first.status_code == 201, first.text
    customer = first.json()
    assert customer["home_store_id"] == "S-PAR-OPERA" and customer["loyalty_card"].startswith("29")
    again = await client.post("/v1/customers", headers=headers, json=body)
    assert again.status_code == 201 and again.json() == customer
    assert again.headers["Idempotent-Replay"] == "true"
    assert sqlite.execute("SELECT COUNT(*) FROM customers WHERE last_n = 'lefevre'").fetchone()[0] == 1
    # the same key with another body is refused
    other = await client.post("/v1/customers", headers=headers, json=body | {"first_name": "Zoë"})
    assert other.status_code == 422 and other.json()["code"] == "idempotency_mismatch"
    # the same client id under a new key is a visible conflict, not a second customer
    dup = await client.post("/v1/customers", headers=marie | {"Idempotency-Key": "k-create-2"}, json=body)
    assert dup.status_code == 409 and dup.json()["reason"] == "duplicate_customer"
    assert dup.json()["current"]["id"] == customer["id"]
    found = await client.get("/v1/customers/search", headers=marie, params={"q": "zoe lef"})
    assert [c["id"] for c in found.json()] == [customer["id"]]


async def test_writes_need_a_valid_idempotency_key(client, marie):
    body = {"client_note_id": "n1", "text": "Aime le lin."}
    r = await client.post("/v1/customers/C-HELENE/notes", headers=marie, json=body)
    assert r.status_code == 422 and r.json()["code"] == "validation"
    r = await client.post("/v1/customers/C-HELENE/notes", headers=marie | {"Idempotency-Key": "bad key!"}, json=body)
    assert r.status_code == 422


async def test_add_note_once(client, marie, sqlite):
    headers = marie | {"Idempotency-Key": "k-note-1"}
    body = {"client_note_id": "dev-note-1", "text": "Cherche une robe pour un mariage en juin."}
    r1 = await client.post("/v1/customers/C-HELENE/notes", headers=headers, json=body)
    r2 = await client.post("/v1/customers/C-HELENE/notes", headers=headers, json=body)
    assert r1.status_code == r2.status_code == 201 and r1.json() == r2.json()
    assert r1.json()["source"] == "store" and "Marie" in r1.json()["author"]
    assert sqlite.execute("SELECT COUNT(*) FROM notes WHERE customer_id = 'C-HELENE'").fetchone()[0] == 2
    r = await client.post("/v1/customers/C-NOBODY/notes", headers=marie | {"Idempotency-Key": "k-note-2"}, json=body)
    assert r.status_code == 404


async def test_update_preferences(client, marie):
    prefs = {"preferences": {"sizes": {"tops": "S", "shoes": "38"}, "styles": ["bohème"], "favourite_brands": []}}
    r = await client.put("/v1/customers/C-HELENE/preferences", headers=marie | {"Idempotency-Key": "k-pref"},
                         json=prefs)
    assert r.status_code == 200 and r.json()["preferences"]["sizes"] == {"tops": "S", "shoes": "38"}
    r = await client.put("/v1/customers/C-HELENE/preferences", headers=marie | {"Idempotency-Key": "k-pref2"},
                         json={"preferences": {"sizes": "M"}})
    assert r.status_code == 422 and r.json()["details"][0]["loc"][:2] == ["body", "preferences"]


async def test_cart_read_takeover_and_line_change(client, marie, sqlite):
    r = await client.get("/v1/customers/C-HELENE/cart", headers=marie)
    assert r.status_code == 200 and r.json()["status"] == "active"
    assert (await client.get("/v1/customers/C-JEROME/cart", headers=marie)).status_code == 404
    take = await client.post("/v1/carts/CART-HELENE/takeover", headers=marie | {"Idempotency-Key": "k-take"},
                             json={"mode": "basket"})
    assert take.status_code == 200 and take.json()["status"] == "taken_over"
    assert take.json()["taken_over_by"] == "A-MARIE"
    line = await client.put("/v1/carts/CART-HELENE/lines/L1", headers=marie | {"Idempotency-Key": "k-line"},
                            json={"quantity": 2})
    assert line.status_code == 200
    cart = line.json()
    l1 = next(x for x in cart["lines"] if x["line_id"] == "L1")
    assert l1["line_total"]["amount_minor"] == 23220  # 2 x 129.00 at -10%
    assert cart["total"]["amount_minor"] == 23220 + 19800
    removed = await client.put("/v1/carts/CART-HELENE/lines/L2", headers=marie | {"Idempotency-Key": "k-line2"},
                               json={"quantity": 0})
    assert [x["line_id"] for x in removed.json()["lines"]] == ["L1"]
    assert (await client.put("/v1/carts/CART-HELENE/lines/NOPE", headers=marie | {"Idempotency-Key": "k-l3"},
                             json={"quantity": 1})).status_code == 404


async def test_takeover_of_inactive_cart_is_409_with_current_state(client, marie):
    r = await client.post("/v1/carts/CART-JEROME/takeover", headers=marie | {"Idempotency-Key": "k-take-j"},
                          json={"mode": "served_in_store"})
    assert r.status_code == 409
    body = r.json()
    assert body["code"] == "conflict" and body["reason"] == "cart_not_active"
    assert body["current"]["status"] == "ordered"
    # the refusal is the answer for that key
    again = await client.post("/v1/carts/CART-JEROME/takeover", headers=marie | {"Idempotency-Key": "k-take-j"},
                              json={"mode": "served_in_store"})
    assert again.status_code == 409 and again.headers["Idempotent-Replay"] == "true"
