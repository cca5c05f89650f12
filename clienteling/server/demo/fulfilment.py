"""Stock per location, click-and-collect orders and endless-aisle orders, kept consistent.

Pickups and orders are planned before the stock is written so that what they hold is
reserved where it is held: an open pickup's waiting lines in its store, an unshipped
endless-aisle order's lines at its source.
"""
from __future__ import annotations

import hashlib
import uuid
from random import Random

from .catalogue import Catalogue
from .clock import DAY, HOUR, iso, iso_date, store_time
from .names import STREETS
from .network import LOCATIONS, STORES, Site, Staff, distance_km
from .people import Profile

_COVERAGE = {"PAR-01": 0.55, "MIL-01": 0.5, "PAR-02": 0.45, "ROM-01": 0.45}
"""Share of the styles a store carries (default 0.35): the rest is sold via endless aisle."""
_DEFAULT_COVERAGE = 0.35
_PROOF_THRESHOLD = 30_000
"""A pickup worth more than 300 € needs the collector's identity recorded."""
_CODE_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

_PICKUP_MIX = (
    ("preparing", 4), ("ready", 6), ("ready_overdue", 3), ("partly_collected", 3),
    ("collected", 9), ("cancelled", 3),
)
"""Pickups per store by status: every status present in every store, overdue ones included."""
_ORDER_MIX = ("placed", "awaiting_payment", "in_preparation", "shipped", "ready_for_pickup",
              "delivered", "cancelled", "placed", "in_preparation")
_RESERVING_ORDERS = frozenset({"placed", "awaiting_payment", "in_preparation"})


def _money(minor: int) -> dict:
    return {"amount_minor": minor, "currency": "EUR"}


class StockBook:
    """On-hand and reserved quantities per location index and variant index."""

    def __init__(self, seed: int, catalogue: Catalogue) -> None:
        rng = Random(f"{seed}/stock")
        r = rng.random
        self.catalogue = catalogue
        self.on_hand: list[dict[int, int]] = []
        self.reserved: list[dict[int, int]] = []
        for site in LOCATIONS:
            on_hand: dict[int, int] = {}
            reserved: dict[int, int] = {}
            if site.kind == "warehouse":
                for v in range(len(catalogue)):
                    if r() < 0.9:
                        qty = 0 if r() < 0.05 else 3 + int(r() * r() * 150)
                        on_hand[v] = qty
                        if qty and r() < 0.1:
                            reserved[v] = 1 + int(r() * min(qty, 5))
            else:
                coverage = _COVERAGE.get(site.code, _DEFAULT_COVERAGE)
                for si, style in enumerate(catalogue.styles):
                    if r() >= coverage:
                        continue
                    first = catalogue.first_variant[si]
                    for v in range(first, first + len(style.skus)):
                        if r() < 0.85:
                            qty = 0 if r() < 0.15 else 1 + int(r() * r() * 8)
                            on_hand[v] = qty
                            if qty and r() < 0.06:
                                reserved[v] = 1
            self.on_hand.append(on_hand)
            self.reserved.append(reserved)

    def available(self, loc: int, v: int) -> int:
        return max(0, self.on_hand[loc].get(v, 0) - self.reserved[loc].get(v, 0))

    def reserve(self, loc: int, v: int, qty: int) -> None:
        """Hold `qty` more; raises on-hand too if needed, so reserved never exceeds it."""
        reserved = self.reserved[loc].get(v, 0) + qty
        self.reserved[loc][v] = reserved
        if self.on_hand[loc].get(v, 0) < reserved:
            self.on_hand[loc][v] = reserved

    def rows(self, seed: int, now: int):
        rng = Random(f"{seed}/stock-times")
        skus = self.catalogue.skus
        for loc, site in enumerate(LOCATIONS):
            reserved = self.reserved[loc]
            for v, on_hand in sorted(self.on_hand[loc].items()):
                held = reserved.get(v, 0)
                yield {
                    "sku": skus[v],
                    "location_id": site.id,
                    "on_hand": on_hand,
                    "reserved": held,
                    "available": max(0, on_hand - held),
                    "updated_at": iso(now - int(rng.random() * 3 * DAY)),
                    "version": 0,
                }


def _customers_by_store(profiles: list[Profile]) -> list[list[Profile]]:
    by_store: list[list[Profile]] = [[] for _ in STORES]
    for p in profiles:
        by_store[p.store].append(p)
    return by_store


def _pick_customer(rng: Random, own: list[Profile], everyone: list[Profile]) -> Profile:
    pool = own or everyone
    return pool[int(rng.random() * len(pool))]


def plan_pickups(seed: int, now: int, catalogue: Catalogue, stock: StockBook,
                 profiles: list[Profile]) -> list[dict]:
    """Click-and-collect orders of every store in every status; reserves their waiting lines."""
    if not profiles:
        return []
    rng = Random(f"{seed}/pickups")
    by_store = _customers_by_store(profiles)
    rows: list[dict] = []
    for loc, store in enumerate(STORES):
        in_stock = [v for v, q in sorted(stock.on_hand[loc].items()) if q > 0]
        number = 100 + rng.randrange(400)
        for status, count in _PICKUP_MIX:
            for _ in range(count):
                number += 1 + int(rng.random() * 3)
                customer = _pick_customer(rng, by_store[loc], profiles)
                rows.append(_pickup(rng, now, catalogue, stock, loc, store, in_stock, number, status, customer))
    return rows


def _pickup(rng: Random, now: int, catalogue: Catalogue, stock: StockBook, loc: int, store: Site,
            in_stock: list[int], number: int, status: str, customer: Profile) -> dict:
    overdue = status == "ready_overdue"
    status = "ready" if overdue else status
    n_lines = 2 + int(rng.random() * 3) if status == "partly_collected" else 1 + int(rng.random() * rng.random() * 4)
    chosen: list[int] = []
    for _ in range(50):  # bounded: a tiny catalogue may not have n_lines distinct variants
        if len(chosen) >= n_lines:
            break
        pool_ok = in_stock and rng.random() < 0.9
        v = in_stock[int(rng.random() * len(in_stock))] if pool_ok else catalogue.pick_variant(rng, customer.sizes)
        if v not in chosen:
            chosen.append(v)
    pid = f"PU-{store.short}-{number:06d}"
    lines = []
    for k, v in enumerate(chosen, start=1):
        lines.append({
            "line_id": f"{pid}-L{k}",
            "sku": catalogue.skus[v],
            "name": catalogue.name_of(v),
            "quantity": 2 if rng.random() < 0.08 else 1,
            "unit_price": _money(catalogue.price_of(v)),
            "status": "waiting",
            "refusal_reason": None,
        })

    if status == "partly_collected" and len(lines) < 2:  # only with a tiny catalogue
        status = "ready"
    ready_at = collect_by = collected_at = cancelled_at = None
    if status == "preparing":
        created = now - HOUR - int(rng.random() * 2 * DAY)
    elif status == "ready":
        if overdue:
            ready_at = store_time(now - 11 * DAY - int(rng.random() * 9 * DAY), now)
        else:
            ready_at = store_time(now - HOUR - int(rng.random() * 8 * DAY), now)
        created = ready_at - 6 * HOUR - int(rng.random() * 2 * DAY)
        collect_by = ready_at + 10 * DAY
    elif status == "partly_collected":
        ready_at = store_time(now - DAY - int(rng.random() * 7 * DAY), now)
        created = ready_at - 6 * HOUR - int(rng.random() * 2 * DAY)
        collect_by = ready_at + 10 * DAY
        handed = 1 + int(rng.random() * (len(lines) - 1))
        for line in lines[:handed]:
            line["status"] = "handed_over"
        if len(lines) - handed > 1 and rng.random() < 0.5:
            lines[-1]["status"] = "refused"
            lines[-1]["refusal_reason"] = rng.choice(("wrong_size", "damaged", "changed_mind"))
    elif status == "collected":
        ready_at = store_time(now - 2 * DAY - int(rng.random() * 40 * DAY), now)
        created = ready_at - 6 * HOUR - int(rng.random() * 2 * DAY)
        collect_by = ready_at + 10 * DAY
        collected_at = store_time(ready_at + int(rng.random() * 7 * DAY), now)
        collected_at = max(collected_at, ready_at + HOUR)
        for line in lines:
            line["status"] = "handed_over"
        if len(lines) > 1 and rng.random() < 0.3:
            lines[-1]["status"] = "refused"
            lines[-1]["refusal_reason"] = rng.choice(("wrong_size", "changed_mind"))
    else:  # cancelled: either never collected in time, or cancelled by the customer
        if rng.random() < 0.6:
            ready_at = store_time(now - 12 * DAY - int(rng.random() * 30 * DAY), now)
            created = ready_at - 6 * HOUR - int(rng.random() * 2 * DAY)
            collect_by = ready_at + 10 * DAY
            cancelled_at = min(collect_by + DAY, now - HOUR)
        else:
            created = now - 2 * DAY - int(rng.random() * 30 * DAY)
            cancelled_at = created + HOUR + int(rng.random() * DAY)

    if status in ("preparing", "ready", "partly_collected"):
        for line, v in zip(lines, chosen):
            if line["status"] == "waiting":
                stock.reserve(loc, v, line["quantity"])

    total = sum(line["quantity"] * line["unit_price"]["amount_minor"] for line in lines)
    code = "".join(_CODE_ALPHABET[int(rng.random() * 36)] for _ in range(6))
    salt = f"{rng.getrandbits(64):016x}"
    return {
        "id": pid,
        "number": f"CC-{store.short}-{number:06d}",
        "store_id": store.id,
        "customer_id": customer.id,
        "customer_name": customer.name,
        "status": status,
        "lines": lines,
        "parcels": 1 + int(rng.random() * rng.random() * 3),
        "total": _money(total),
        "created_at": iso(created),
        "ready_at": iso(ready_at) if ready_at is not None else None,
        "collect_by": iso(collect_by) if collect_by is not None else None,
        "collected_at": iso(collected_at) if collected_at is not None else None,
        "cancelled_at": iso(cancelled_at) if cancelled_at is not None else None,
        "requires_proof": total > _PROOF_THRESHOLD,
        "code_salt": salt,
        "code_hash": hashlib.sha256((salt + code).encode()).hexdigest(),
        "problem": None,
        "version": 0,
        "pickup_code": code,
    }


def plan_orders(seed: int, now: int, catalogue: Catalogue, stock: StockBook, profiles: list[Profile],
                staff: list[Staff]) -> list[dict]:
    """Endless-aisle orders of every store: SKUs the store lacks, sourced elsewhere."""
    if not profiles:
        return []
    rng = Random(f"{seed}/orders")
    by_store = _customers_by_store(profiles)
    rows: list[dict] = []
    for loc, store in enumerate(STORES):
        sellers = [p.id for p in staff if p.store is store]
        nearest = sorted((i for i in range(len(STORES)) if i != loc),
                         key=lambda i: (distance_km(store, STORES[i]), i))
        warehouses = sorted((i for i, s in enumerate(LOCATIONS) if s.kind == "warehouse"),
                            key=lambda i: (LOCATIONS[i].country != store.country, i))
        number = 10 + rng.randrange(90)
        for status in _ORDER_MIX:
            number += 1 + int(rng.random() * 4)
            customer = _pick_customer(rng, by_store[loc], profiles)
            order = _order(rng, now, catalogue, stock, loc, store, nearest, warehouses, number, status,
                           customer, sellers[int(rng.random() * len(sellers))])
            if order is not None:
                rows.append(order)
    return rows


_ORDER_AGE = {
    "placed": (HOUR // 2, 6 * HOUR), "awaiting_payment": (2 * HOUR, 30 * HOUR),
    "in_preparation": (DAY, 2 * DAY), "shipped": (2 * DAY, 4 * DAY),
    "ready_for_pickup": (3 * DAY, 6 * DAY), "delivered": (6 * DAY, 30 * DAY),
    "cancelled": (2 * DAY, 20 * DAY),
}


def _order(rng: Random, now: int, catalogue: Catalogue, stock: StockBook, loc: int, store: Site,
           nearest: list[int], warehouses: list[int], number: int, status: str, customer: Profile,
           seller: str) -> dict | None:
    if status == "ready_for_pickup":
        fulfilment = "pickup"
    elif status in ("shipped", "delivered", "awaiting_payment"):
        fulfilment = "delivery"
    else:
        fulfilment = "pickup" if rng.random() < 0.4 else "delivery"
    lo, hi = _ORDER_AGE[status]
    created = now - lo - int(rng.random() * (hi - lo))
    if status != "placed":
        created = store_time(created, now - lo)

    lines = []
    pickup_store = store.id if fulfilment == "pickup" else None
    want = 1 + (rng.random() < 0.3)
    for _ in range(200):
        if len(lines) >= want:
            break
        v = catalogue.pick_variant(rng, customer.sizes)
        if stock.available(loc, v) > 0 or any(line["sku"] == catalogue.skus[v] for line in lines):
            continue
        source, method = _source(rng, stock, v, fulfilment, nearest, warehouses)
        if source is None:
            continue
        site = LOCATIONS[source]
        if fulfilment == "pickup" and method == "pickup_other_store":
            if lines:  # one pickup store per order
                continue
            pickup_store = site.id
        days = 2 + int(rng.random() * 3) if site.kind == "warehouse" else 1 + int(rng.random() * 3)
        lines.append({
            "sku": catalogue.skus[v],
            "name": catalogue.name_of(v),
            "quantity": 1,
            "unit_price": _money(catalogue.price_of(v)),
            "method": method,
            "source_location_id": site.id,
            "promise_date": iso_date(created + days * DAY),
        })
        if status in _RESERVING_ORDERS:
            stock.reserve(source, v, 1)
    if not lines:
        return None

    subtotal = sum(line["unit_price"]["amount_minor"] * line["quantity"] for line in lines)
    shipping = 490 if fulfilment == "delivery" and subtotal < 10_000 else 0
    if status == "awaiting_payment":
        payment = {"mode": "payment_link", "till_reference": None,
                   "link_channel": "email" if customer.email else "sms"}
    elif rng.random() < 0.25 and (customer.email or customer.phone):
        payment = {"mode": "payment_link", "till_reference": None,
                   "link_channel": "email" if customer.email else "sms"}
    else:
        payment = {"mode": "in_store", "till_reference": f"{store.short}-T{1 + int(rng.random() * 3)}-{rng.randrange(10**6):06d}",
                   "link_channel": None}
    address = None
    if fulfilment == "delivery":
        country = store.country
        address = {
            "name": customer.name,
            "street": f"{1 + int(rng.random() * 120)} {rng.choice(STREETS[country])}",
            "postcode": store.postcode,
            "city": store.city,
            "country": country,
        }
    updated = created if status == "placed" else min(now, created + int(rng.random() * max(HOUR, now - created)))
    return {
        "id": f"ORD-{store.short}-{number:06d}",
        "number": f"EA-{store.short}-{number:06d}",
        "client_order_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "store_id": store.id,
        "associate_id": seller,
        "customer_id": customer.id,
        "lines": lines,
        "fulfilment": fulfilment,
        "delivery_address": address,
        "pickup_store_id": pickup_store,
        "payment": payment,
        "status": status,
        "total": _money(subtotal + shipping),
        "shipping": _money(shipping),
        "created_at": iso(created),
        "updated_at": iso(updated),
        "version": 0,
    }


def _source(rng: Random, stock: StockBook, v: int, fulfilment: str, nearest: list[int],
            warehouses: list[int]) -> tuple[int | None, str]:
    """Where a SKU the store lacks comes from, and how: warehouse first, else a near store."""
    for w in warehouses:
        if stock.available(w, v) > 0 and rng.random() < 0.8:
            return w, "transfer_to_store" if fulfilment == "pickup" else "ship_from_warehouse"
    for s in nearest[:6]:
        if stock.available(s, v) > 0:
            if fulfilment == "delivery":
                return s, "ship_from_store"
            return s, "pickup_other_store" if rng.random() < 0.5 else "transfer_to_store"
    return None, ""
