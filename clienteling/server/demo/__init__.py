"""Deterministic demo data for the reference backend: a French/Italian fashion chain.

`generate()` streams `(kind, rows)` batches in the order a first sync pulls the feeds, each
row exactly what `Model.model_dump(mode="json")` of the matching contract model gives:

    locations    Location          customers  Customer        carts    OnlineCart
    associates   Associate         purchases  Purchase        pickups  PickupOrder (+ "pickup_code")
    credentials  {associate_id, password, pin} in clear (demo only)
    products     Product           notes      CustomerNote    orders   EndlessAisleOrder
    stock        StockLevel        wishlists  WishlistItem

Every kind appears at least once (possibly with an empty batch), in that order; a batch holds
at most `batch_size` rows. The same seed, customer count, style count and `now` give the same
rows in any process (no set iteration, no hash-seeded ordering, one `Random` per stream).

Scale: customers are streamed block by block and never held; the per-customer history
(purchases, notes, wishlists, carts) and the pickups and orders only concern the first
`history_customers` customers (50,000 by default), so a million-customer base costs memory
for those only. Everyone beyond has a full profile but no history.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime

from clienteling.models.common import utcnow

from .catalogue import PROMOTIONS, Catalogue, promotion_line_total
from .clock import epoch
from .fulfilment import StockBook, plan_orders, plan_pickups
from .history import carts, notes, purchases, wishlists
from .network import (DEMO_PASSWORD, DEMO_PIN, associate_rows, credential_rows, demo_logins,
                      location_rows, staff)
from .people import People

__all__ = ["BATCH_SIZE", "DEMO_PASSWORD", "DEMO_PIN", "HISTORY_CUSTOMERS", "KINDS", "PROMOTIONS",
           "demo_logins", "generate", "promotion_line_total"]

KINDS = ("locations", "associates", "credentials", "products", "stock", "customers", "purchases",
         "notes", "wishlists", "carts", "pickups", "orders")
DATA_VERSION = 2
"""Bumped when the generated chain changes shape (2: customers' postal addresses): a demo chain
kept on disk by an older version is generated again."""
BATCH_SIZE = 10_000
HISTORY_CUSTOMERS = 50_000
"""Customers (the first ones) who get purchases, notes, wishlists, carts, pickups and orders."""


def generate(seed: int = 42, customers: int = 20_000, *, now: datetime | None = None,
             styles: int = 3000, history_customers: int = HISTORY_CUSTOMERS,
             batch_size: int = BATCH_SIZE) -> Iterator[tuple[str, list[dict]]]:
    """Stream the demo data set as `(kind, rows)` batches, kinds in `KINDS` order.

    `now` anchors every instant (overdue pickups are overdue relative to it); it defaults to
    the current time to the second, so pass it explicitly for reproducible output.
    """
    now_ts = epoch(now if now is not None else utcnow())
    people_staff = staff()
    yield "locations", location_rows()
    yield "associates", associate_rows(people_staff)
    yield "credentials", credential_rows(people_staff)

    catalogue = Catalogue(seed, styles)
    yield from _batched("products", (s.row for s in catalogue.styles), batch_size)

    people = People(seed, customers, now_ts, people_staff)
    profiles = people.profiles(min(customers, history_customers))
    stock = StockBook(seed, catalogue)
    pickups = plan_pickups(seed, now_ts, catalogue, stock, profiles)
    orders = plan_orders(seed, now_ts, catalogue, stock, profiles, people_staff)
    yield from _batched("stock", stock.rows(seed, now_ts), batch_size)
    del stock

    yield from _batched("customers", _customer_rows(people), batch_size)
    yield from _batched("purchases", purchases(seed, now_ts, catalogue, profiles), batch_size)
    yield from _batched("notes", notes(seed, now_ts, catalogue, profiles, people_staff), batch_size)
    yield from _batched("wishlists", wishlists(seed, now_ts, catalogue, profiles), batch_size)
    yield from _batched("carts", carts(seed, now_ts, catalogue, profiles, people_staff), batch_size)
    yield from _batched("pickups", pickups, batch_size)
    yield from _batched("orders", orders, batch_size)


def _customer_rows(people: People) -> Iterator[dict]:
    for b in people.blocks():
        yield from people.block(b)


def _batched(kind: str, rows: Iterable[dict], size: int) -> Iterator[tuple[str, list[dict]]]:
    """Batches of at most `size` rows; one empty batch when there are none."""
    batch: list[dict] = []
    sent = False
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield kind, batch
            batch, sent = [], True
    if batch or not sent:
        yield kind, batch
