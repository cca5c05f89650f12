"""A chain of 500 locations for the scale rows: the demo chain plus synthetic stores around it.

The extra stores sit near real French and Italian cities (jittered coordinates), keep demo
opening hours, and each holds a sparse share of the catalogue — the shape of a real network,
where no store carries everything.
"""
from __future__ import annotations

import random
from collections.abc import Iterator

CITIES = [("Paris", "FR", 48.8566, 2.3522, "Europe/Paris"), ("Lyon", "FR", 45.764, 4.8357, "Europe/Paris"),
          ("Toulouse", "FR", 43.6047, 1.4442, "Europe/Paris"), ("Nantes", "FR", 47.2184, -1.5536, "Europe/Paris"),
          ("Strasbourg", "FR", 48.5734, 7.7521, "Europe/Paris"), ("Rennes", "FR", 48.1173, -1.6778, "Europe/Paris"),
          ("Milano", "IT", 45.4642, 9.19, "Europe/Rome"), ("Roma", "IT", 41.9028, 12.4964, "Europe/Rome"),
          ("Bologna", "IT", 44.4949, 11.3426, "Europe/Rome"), ("Genova", "IT", 44.4056, 8.9463, "Europe/Rome"),
          ("Verona", "IT", 45.4384, 10.9916, "Europe/Rome"), ("Bari", "IT", 41.1171, 16.8719, "Europe/Rome")]
SHARE = 0.03
"""Share of the SKUs each synthetic store holds."""


def with_extra_stores(batches: Iterator[tuple[str, list[dict]]], total_locations: int,
                      seed: int = 9) -> Iterator[tuple[str, list[dict]]]:
    """Pass the demo batches through, adding stores (and their stock) up to `total_locations`."""
    rng = random.Random(seed)
    extra: list[dict] = []
    template: dict | None = None
    skus: list[str] = []
    for kind, rows in batches:
        if kind == "locations":
            template = next(r for r in rows if r["kind"] == "store")
            for n in range(max(0, total_locations - len(rows))):
                city, country, lat, lon, tz = CITIES[n % len(CITIES)]
                extra.append({**template, "id": f"STORE-X{n:04d}", "name": f"{city} {n:04d}", "city": city,
                              "country": country, "latitude": round(lat + rng.uniform(-0.8, 0.8), 4),
                              "longitude": round(lon + rng.uniform(-0.8, 0.8), 4), "timezone": tz})
            rows = rows + extra
        elif kind == "products":
            skus += [v["sku"] for p in rows for v in p["variants"]]
        elif kind == "stock" and extra:
            yield kind, rows
            stamp = rows[0]["updated_at"] if rows else "2026-11-23T08:00:00Z"
            for store in extra:
                held = rng.sample(skus, max(1, int(len(skus) * SHARE)))
                batch = []
                for sku in held:
                    on_hand = rng.randint(1, 6)
                    reserved = rng.randint(0, on_hand - 1)
                    batch.append({"sku": sku, "location_id": store["id"], "on_hand": on_hand, "reserved": reserved,
                                  "available": on_hand - reserved, "updated_at": stamp, "version": 0})
                yield kind, batch
            extra = []
            continue
        yield kind, rows
