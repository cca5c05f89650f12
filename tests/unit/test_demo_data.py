"""The demo data set: every row is a valid contract model, and the story it tells holds up."""
from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import datetime, timezone

import pytest

from clienteling.models import (Associate, Customer, CustomerNote, EndlessAisleOrder, Location,
                                OnlineCart, PickupOrder, Product, Purchase, StockLevel, WishlistItem)
from clienteling.models.common import ean13_check_digit
from clienteling.server.demo_data import (DEMO_PASSWORD, DEMO_PIN, KINDS, demo_logins, generate,
                                          promotion_line_total)

NOW = datetime(2026, 3, 14, 15, 0, tzinfo=timezone.utc)
NOW_TEXT = "2026-03-14T15:00:00Z"
SMALL = {"seed": 7, "customers": 500, "styles": 200, "now": NOW}

MODELS = {
    "locations": Location, "associates": Associate, "products": Product, "stock": StockLevel,
    "customers": Customer, "purchases": Purchase, "notes": CustomerNote, "wishlists": WishlistItem,
    "carts": OnlineCart, "pickups": PickupOrder, "orders": EndlessAisleOrder,
}


def _collect(**kwargs) -> tuple[list[str], dict[str, list[dict]]]:
    order: list[str] = []
    data: dict[str, list[dict]] = defaultdict(list)
    for kind, rows in generate(**kwargs):
        order.append(kind)
        data[kind].extend(rows)
    return order, dict(data)


@pytest.fixture(scope="module")
def run() -> tuple[list[str], dict[str, list[dict]]]:
    return _collect(**SMALL)


@pytest.fixture(scope="module")
def data(run) -> dict[str, list[dict]]:
    return run[1]


def test_kinds_come_in_contract_order(run):
    order, data = run
    assert list(dict.fromkeys(order)) == list(KINDS)
    assert all(data[kind] for kind in KINDS)


def test_every_row_is_exactly_a_model_dump(data):
    for kind, model in MODELS.items():
        for row in data[kind]:
            row = {k: v for k, v in row.items() if k != "pickup_code"}
            assert model.model_validate(row).model_dump(mode="json") == row, (kind, row)


def test_same_seed_same_data_other_seed_other_data(data):
    assert _collect(**SMALL)[1] == data
    other = _collect(**{**SMALL, "seed": 8})[1]
    assert other["customers"] != data["customers"]
    assert other["locations"] == data["locations"]  # the chain and its sign-ins are fixed


def test_independent_of_the_hash_seed():
    code = ("import hashlib, json, sys; from datetime import datetime, timezone;"
            "from clienteling.server.demo_data import generate;"
            "h = hashlib.sha256();"
            "[h.update(json.dumps(b, sort_keys=True).encode()) for b in generate(3, 200, styles=80,"
            " now=datetime(2026, 1, 1, tzinfo=timezone.utc))];"
            "print(h.hexdigest())")
    digests = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": str(hs)}).stdout
        for hs in (1, 2)
    }
    assert len(digests) == 1


def test_identifiers_are_unique(data):
    def unique(values):
        values = list(values)
        assert len(values) == len(set(values))

    unique(r["id"] for r in data["locations"])
    unique(r["id"] for r in data["associates"])
    unique(r["username"] for r in data["associates"])
    unique(r["style_id"] for r in data["products"])
    unique(r["name"] for r in data["products"])
    unique(v["sku"] for r in data["products"] for v in r["variants"])
    unique(v["gtin"] for r in data["products"] for v in r["variants"])
    unique((r["sku"], r["location_id"]) for r in data["stock"])
    unique(r["id"] for r in data["customers"])
    unique(r["email"] for r in data["customers"] if r["email"])
    unique(r["loyalty_card"] for r in data["customers"] if r["loyalty_card"])
    for kind in ("purchases", "notes", "carts", "pickups", "orders"):
        unique(r["id"] for r in data[kind])
    unique(r["number"] for r in data["pickups"])
    unique(r["number"] for r in data["orders"])
    unique((r["customer_id"], r["sku"]) for r in data["wishlists"])
    unique(line["line_id"] for r in data["pickups"] for line in r["lines"])
    unique(line["line_id"] for r in data["carts"] for line in r["lines"])


def test_gtins_and_cards_carry_valid_check_digits(data):
    for product in data["products"]:
        for variant in product["variants"]:
            gtin = variant["gtin"]
            assert re.fullmatch(r"(376|801)\d{10}", gtin) and ean13_check_digit(gtin[:12]) == gtin[12]
            assert re.fullmatch(r"[A-Z0-9-]+", variant["sku"])
            assert variant["price"]["amount_minor"] % 100 in (90, 95, 0)
            assert 2 <= len({v["size"] for v in product["variants"]}) <= 6 or product["variants"][0]["size"] == "TU"
    cards = [c["loyalty_card"] for c in data["customers"] if c["loyalty_card"]]
    assert len(cards) > 0.9 * len(data["customers"])
    for card in cards:
        assert len(card) == 13 and ean13_check_digit(card[:12]) == card[12]


def test_the_chain(data):
    locations = {r["id"]: r for r in data["locations"]}
    stores = [r for r in data["locations"] if r["kind"] == "store"]
    assert len(stores) >= 12 and {r["country"] for r in stores} == {"FR", "IT"}
    assert {r["id"] for r in data["locations"] if r["kind"] == "warehouse"} == {"WH-FR-1", "WH-IT-1"}
    paris = locations["STORE-PAR-01"]
    assert paris["timezone"] == "Europe/Paris" and abs(paris["latitude"] - 48.86) < 0.05
    assert locations["STORE-MIL-01"]["timezone"] == "Europe/Rome"
    assert [h["weekday"] for h in paris["opening_hours"]] == [0, 1, 2, 3, 4, 5]
    for store in stores:
        staff = [a for a in data["associates"] if a["store_id"] == store["id"]]
        assert Counter(a["role"] for a in staff)["manager"] == 1
        assert 3 <= Counter(a["role"] for a in staff)["associate"] <= 4


def test_demo_logins_match_associates_and_credentials(data):
    by_username = {a["username"]: a for a in data["associates"]}
    credentials = {c["associate_id"]: c for c in data["credentials"]}
    assert set(credentials) == {a["id"] for a in data["associates"]}
    logins = demo_logins()
    assert logins[0]["store_id"] == "STORE-PAR-01" and logins[0]["associate"] == "marie.dupont"
    assert logins[0]["manager"] == "manager.par01"
    assert len(logins) == sum(1 for r in data["locations"] if r["kind"] == "store")
    for login in logins:
        associate, manager = by_username[login["associate"]], by_username[login["manager"]]
        assert associate["store_id"] == manager["store_id"] == login["store_id"]
        assert (associate["role"], manager["role"]) == ("associate", "manager")
        for person in (associate, manager):
            assert credentials[person["id"]] == {"associate_id": person["id"], "password": DEMO_PASSWORD,
                                                 "pin": DEMO_PIN}


def test_stock_is_consistent_and_has_gaps(data):
    skus = {v["sku"] for p in data["products"] for v in p["variants"]}
    levels: dict[str, dict[str, int]] = defaultdict(dict)
    for row in data["stock"]:
        assert row["sku"] in skus
        assert row["available"] == max(0, row["on_hand"] - row["reserved"])
        assert row["reserved"] <= row["on_hand"]
        assert row["updated_at"] <= NOW_TEXT
        levels[row["location_id"]][row["sku"]] = row["available"]
    for store in (r["id"] for r in data["locations"] if r["kind"] == "store"):
        here = levels[store]
        in_stock_here = sum(1 for q in here.values() if q > 0)
        assert 0 < in_stock_here < 0.8 * len(skus)
        # endless aisle is needed: the warehouse has what the store does not
        gaps = [s for s, q in levels["WH-FR-1"].items() if q > 0 and here.get(s, 0) == 0]
        assert len(gaps) > 0.2 * len(skus)
    assert len(levels["WH-FR-1"]) > 0.8 * len(skus)


def test_customers_look_real(data):
    customers = data["customers"]
    stores = {r["id"]: r["country"] for r in data["locations"] if r["kind"] == "store"}
    accented = re.compile(r"[^\x00-\x7f]")
    for country, prefix in (("FR", ("+336", "+337")), ("IT", ("+393",))):
        mine = [c for c in customers if stores[c["home_store_id"]] == country]
        assert mine
        assert any(accented.search(c["first_name"]) for c in mine)
        assert all(c["phone"] is None or c["phone"].startswith(prefix) for c in mine)
        assert all(re.fullmatch(r"\+\d{11,12}", c["phone"]) for c in mine if c["phone"])
    firsts = {c["first_name"] for c in customers}
    assert firsts & {"Hélène", "Zoé", "Jérôme", "Céline", "François", "Niccolò", "Nicolò", "Noémie", "Anaïs"}
    no_marketing = sum(not c["consents"]["marketing"]["granted"] for c in customers) / len(customers)
    assert 0.1 < no_marketing < 0.3
    assert any(c["email"] and not c["consents"]["email"]["granted"] for c in customers)
    assert any(c["phone"] and not c["consents"]["sms"]["granted"] for c in customers)
    assert all(c["email"] is not None or not c["consents"]["email"]["granted"] for c in customers)
    assert {c["tier"] for c in customers} >= {"member", "silver", "gold"}
    assert all(set(c["preferences"]["sizes"]) <= {"tops", "bottoms", "shoes"} for c in customers)
    assert all(c["created_at"] <= c["updated_at"] <= NOW_TEXT for c in customers)
    for c in customers:
        for consent in c["consents"].values():
            assert consent["granted"] is False or consent["updated_at"] is not None
            assert consent["updated_at"] is None or c["created_at"] <= consent["updated_at"] <= c["updated_at"]


def test_history_matches_the_catalogue(data):
    variants = {v["sku"]: (p["name"], v["price"]) for p in data["products"] for v in p["variants"]}
    customers = {c["id"] for c in data["customers"]}
    stores = {r["id"] for r in data["locations"] if r["kind"] == "store"}
    channels = Counter()
    for purchase in data["purchases"]:
        assert purchase["customer_id"] in customers
        channels[purchase["channel"]] += 1
        if purchase["channel"] == "store":
            assert purchase["location_id"] in stores and purchase["site"] is None
        else:
            assert purchase["site"] in ("shop.example.fr", "shop.example.it") and purchase["location_id"] is None
        for line in purchase["lines"]:
            assert (line["name"], line["unit_price"]) == variants[line["sku"]]
        assert purchase["total"]["amount_minor"] == sum(
            li["quantity"] * li["unit_price"]["amount_minor"] for li in purchase["lines"])
        assert purchase["purchased_at"] <= NOW_TEXT
    assert set(channels) == {"store", "web", "app"}
    assert {n["source"] for n in data["notes"]} >= {"store", "customer_service"}
    assert all(w["sku"] in variants and w["customer_id"] in customers for w in data["wishlists"])


def test_carts_are_priced_like_the_web_shop(data):
    carts = data["carts"]
    assert 0.05 < len(carts) / len(data["customers"]) < 0.15
    assert len({c["customer_id"] for c in carts}) == len(carts)
    assert Counter(c["status"] for c in carts)["active"] > 0.8 * len(carts)
    assert any(line["promotion"] for c in carts for line in c["lines"])
    for cart in carts:
        for line in cart["lines"]:
            expected = promotion_line_total(line["unit_price"]["amount_minor"], line["quantity"], line["promotion"])
            assert line["line_total"]["amount_minor"] == expected
        assert cart["total"]["amount_minor"] == sum(li["line_total"]["amount_minor"] for li in cart["lines"])
        assert (cart["status"] == "taken_over") == (cart["taken_over_by"] is not None)
    assert promotion_line_total(4990, 1, "-20% soldes") == 3992


def test_pickups_in_every_status_in_every_store(data):
    pickups = data["pickups"]
    variants = {v["sku"]: (p["name"], v["price"]) for p in data["products"] for v in p["variants"]}
    stock = {(r["sku"], r["location_id"]): r for r in data["stock"]}
    customers = {c["id"]: c for c in data["customers"]}
    statuses = {"preparing", "ready", "partly_collected", "collected", "cancelled"}
    for store in (r["id"] for r in data["locations"] if r["kind"] == "store"):
        mine = [p for p in pickups if p["store_id"] == store]
        assert {p["status"] for p in mine} == statuses
        overdue = [p for p in mine if p["status"] == "ready" and p["collect_by"] < NOW_TEXT]
        assert overdue and any(p["status"] == "ready" and p["collect_by"] > NOW_TEXT for p in mine)
    assert any(p["requires_proof"] for p in pickups) and not all(p["requires_proof"] for p in pickups)
    for p in pickups:
        assert re.fullmatch(r"CC-[A-Z]{3}\d{2}-\d{6}", p["number"])
        assert re.fullmatch(r"[0-9A-Z]{6}", p["pickup_code"])
        assert p["code_hash"] == hashlib.sha256((p["code_salt"] + p["pickup_code"]).encode()).hexdigest()
        assert p["requires_proof"] == (p["total"]["amount_minor"] > 30_000)
        customer = customers[p["customer_id"]]
        assert p["customer_name"] == f"{customer['first_name']} {customer['last_name']}"
        line_statuses = {line["status"] for line in p["lines"]}
        if p["status"] == "partly_collected":
            assert "handed_over" in line_statuses and "waiting" in line_statuses
        if p["status"] == "collected":
            assert "waiting" not in line_statuses and p["collected_at"]
        if p["status"] == "cancelled":
            assert p["cancelled_at"]
        for line in p["lines"]:
            assert (line["name"], line["unit_price"]) == variants[line["sku"]]
            assert (line["status"] == "refused") == (line["refusal_reason"] is not None)
            if p["status"] in ("preparing", "ready", "partly_collected") and line["status"] == "waiting":
                assert stock[line["sku"], p["store_id"]]["reserved"] >= line["quantity"]


def test_endless_aisle_orders(data):
    orders = data["orders"]
    staff = {a["id"]: a["store_id"] for a in data["associates"]}
    stock = {(r["sku"], r["location_id"]): r for r in data["stock"]}
    for store in (r["id"] for r in data["locations"] if r["kind"] == "store"):
        assert len({o["status"] for o in orders if o["store_id"] == store}) >= 4
    assert {o["status"] for o in orders} == {"placed", "awaiting_payment", "in_preparation", "shipped",
                                            "ready_for_pickup", "delivered", "cancelled"}
    for order in orders:
        assert staff[order["associate_id"]] == order["store_id"]
        subtotal = sum(li["unit_price"]["amount_minor"] * li["quantity"] for li in order["lines"])
        assert order["total"]["amount_minor"] == subtotal + order["shipping"]["amount_minor"]
        for line in order["lines"]:
            assert line["source_location_id"] != order["store_id"]
            if order["status"] in ("placed", "awaiting_payment", "in_preparation"):
                assert stock[line["sku"], line["source_location_id"]]["reserved"] >= line["quantity"]


def test_hundred_thousand_customers_stream_in_bounded_batches():
    counts: Counter[str] = Counter()
    largest = 0
    history_ids: set[str] = set()
    last_customer = None
    for kind, rows in generate(1, 100_000, styles=150, now=NOW):
        counts[kind] += len(rows)
        largest = max(largest, len(rows))
        if kind == "customers":
            last_customer = rows[-1]["id"]
        if kind == "purchases":
            history_ids.update(r["customer_id"] for r in rows)
    assert counts["customers"] == 100_000 and last_customer == "C0100000"
    assert largest <= 10_000
    assert max(history_ids) <= "C0050000" and len(history_ids) > 40_000
    assert counts["pickups"] > 0 and counts["orders"] > 0


def test_customers_do_not_depend_on_how_many_are_asked_for(data):
    bigger = next(rows for kind, rows in generate(**{**SMALL, "customers": 1500}) if kind == "customers")
    assert bigger[:500] == data["customers"]


def test_rows_are_json_serialisable(data):
    json.dumps(data)


@pytest.mark.parametrize("customers, styles", [(0, 5), (3, 1)])
def test_tiny_inputs_still_give_valid_rows(customers, styles):
    order, data = _collect(seed=1, customers=customers, styles=styles, now=NOW)
    assert list(dict.fromkeys(order)) == list(KINDS)
    assert len(data["customers"]) == customers
    for kind, model in MODELS.items():
        for row in data[kind]:
            model.model_validate({k: v for k, v in row.items() if k != "pickup_code"})
