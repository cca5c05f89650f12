"""What each channel knows of a customer: purchases, notes, wishlist, live online cart.

Derived from the customers' profiles (not their rows) one kind at a time, each kind from its
own random stream, so the kinds can be yielded in contract order without holding them all.
"""
from __future__ import annotations

from collections.abc import Iterator
from random import Random

from .catalogue import PROMOTION_LABELS, Catalogue, promotion_line_total
from .clock import DAY, HOUR, MINUTE, iso, store_time
from .names import CUSTOMER_SERVICE_AUTHORS, NOTE_PHRASES
from .network import SITES, STORES, Staff
from .people import Profile

_PURCHASE_COUNTS = (0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6, 7, 8)


def _money(minor: int) -> dict:
    return {"amount_minor": minor, "currency": "EUR"}


def _same_country_stores(store: int) -> list[int]:
    country = STORES[store].country
    return [i for i, s in enumerate(STORES) if s.country == country]


def purchases(seed: int, now: int, catalogue: Catalogue, profiles: list[Profile]) -> Iterator[dict]:
    """0-8 purchases per customer across store, web and app; the last visit is a store sale."""
    rng = Random(f"{seed}/purchases")
    r = rng.random
    neighbours = [_same_country_stores(i) for i in range(len(STORES))]
    for p in profiles:
        count = _PURCHASE_COUNTS[int(r() * len(_PURCHASE_COUNTS))]
        span = now - p.created
        for k in range(count):
            if k == 0 and p.last_visit is not None:
                channel, at = "store", p.last_visit
            else:
                u = r()
                channel = "store" if u < 0.6 else "web" if u < 0.85 else "app"
                if channel == "store":  # not after the last visit
                    last = p.last_visit if p.last_visit is not None else now
                    at = max(p.created, store_time(p.created + int(r() * (last - p.created)), last))
                else:
                    at = p.created + int(r() * span)
            location = site = None
            if channel == "store":
                location = STORES[p.store].id if (k == 0 or r() < 0.8) else STORES[
                    neighbours[p.store][int(r() * len(neighbours[p.store]))]].id
            else:
                site = SITES[p.country]
            lines = []
            seen: list[int] = []
            for _ in range(1 + int(r() * r() * 4)):
                v = catalogue.pick_variant(rng, p.sizes)
                if v in seen:
                    continue
                seen.append(v)
                lines.append({"sku": catalogue.skus[v], "name": catalogue.name_of(v),
                              "quantity": 2 if r() < 0.07 else 1, "unit_price": _money(catalogue.price_of(v))})
            total = sum(line["quantity"] * line["unit_price"]["amount_minor"] for line in lines)
            yield {
                "id": f"PUR-{p.id}-{k + 1:02d}",
                "customer_id": p.id,
                "channel": channel,
                "location_id": location,
                "site": site,
                "purchased_at": iso(at),
                "lines": lines,
                "total": _money(total),
                "version": 0,
            }


def notes(seed: int, now: int, catalogue: Catalogue, profiles: list[Profile], staff: list[Staff]) -> Iterator[dict]:
    """Notes for about a third of the customers: store staff, customer service, the web shop."""
    rng = Random(f"{seed}/notes")
    r = rng.random
    names = [[s.display_name for s in staff if s.store is store] for store in STORES]
    for p in profiles:
        if r() >= 0.35:
            continue
        country = p.country
        for k in range(1 + int(r() * r() * 3)):
            u = r()
            source = "store" if u < 0.6 else "customer_service" if u < 0.9 else "web"
            if source == "store":
                author = names[p.store][int(r() * len(names[p.store]))]
            elif source == "customer_service":
                author = rng.choice(CUSTOMER_SERVICE_AUTHORS[country])
            else:
                author = SITES[country]
            v = catalogue.pick_variant(rng, p.sizes)
            text = rng.choice(NOTE_PHRASES[country, source]).format(
                product=catalogue.name_of(v), size=catalogue.variant_size[v],
                colour=catalogue.variant_colour[v].lower(),
                brand=catalogue.styles[catalogue.variant_style[v]].brand,
                tops=p.sizes.get("tops", "M"), shoes=p.sizes.get("shoes", "39"))
            at = p.created + int(r() * (now - p.created))
            if source == "store":
                at = max(p.created, store_time(at, now))
            yield {
                "id": f"NOTE-{p.id}-{k + 1}",
                "customer_id": p.id,
                "source": source,
                "author": author,
                "text": text,
                "created_at": iso(at),
                "version": 0,
            }


def wishlists(seed: int, now: int, catalogue: Catalogue, profiles: list[Profile]) -> Iterator[dict]:
    """1-5 wished SKUs for about 30 % of the customers."""
    rng = Random(f"{seed}/wishlists")
    r = rng.random
    for p in profiles:
        if r() >= 0.3:
            continue
        seen: list[int] = []
        for _ in range(1 + int(r() * 5)):
            v = catalogue.pick_variant(rng, p.sizes)
            if v in seen:
                continue
            seen.append(v)
            yield {
                "customer_id": p.id,
                "sku": catalogue.skus[v],
                "added_at": iso(now - int(r() * min(now - p.created, 300 * DAY))),
                "version": 0,
            }


def carts(seed: int, now: int, catalogue: Catalogue, profiles: list[Profile], staff: list[Staff]) -> Iterator[dict]:
    """Live web/app carts for about 10 % of the customers, a few already taken over in store."""
    rng = Random(f"{seed}/carts")
    r = rng.random
    sellers = [[s.id for s in staff if s.store is store] for store in STORES]
    for p in profiles:
        if r() >= 0.1:
            continue
        labels = PROMOTION_LABELS[p.country]
        lines = []
        seen: list[int] = []
        cart_id = f"CART-{p.id}"
        for _ in range(1 + int(r() * r() * 4)):
            v = catalogue.pick_variant(rng, p.sizes)
            if v in seen:
                continue
            seen.append(v)
            quantity = 2 if r() < 0.1 else 1
            unit = catalogue.price_of(v)
            promotion = labels[int(r() * len(labels))] if r() < 0.3 else None
            lines.append({
                "line_id": f"{cart_id}-{len(lines) + 1}",
                "sku": catalogue.skus[v],
                "name": catalogue.name_of(v),
                "quantity": quantity,
                "unit_price": _money(unit),
                "promotion": promotion,
                "line_total": _money(promotion_line_total(unit, quantity, promotion)),
            })
        taken_over = r() < 0.08
        updated = now - 5 * MINUTE - int(r() * r() * 3 * DAY)
        taken_by = taken_at = None
        if taken_over:
            taken_at = store_time(now - HOUR - int(r() * 2 * DAY), now)
            updated = taken_at
            taken_by = sellers[p.store][int(r() * len(sellers[p.store]))]
        yield {
            "id": cart_id,
            "customer_id": p.id,
            "channel": "web" if r() < 0.6 else "app",
            "status": "taken_over" if taken_over else "active",
            "lines": lines,
            "total": _money(sum(line["line_total"]["amount_minor"] for line in lines)),
            "updated_at": iso(updated),
            "taken_over_by": taken_by,
            "taken_over_at": iso(taken_at) if taken_at is not None else None,
            "version": 0,
        }
