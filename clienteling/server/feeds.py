"""Store-scoped change feeds: upserts and tombstones after an opaque cursor, ordered by version."""
from __future__ import annotations

import base64
import binascii
import sqlite3
from typing import Annotated, Union

from fastapi import APIRouter, Query
from fastapi.responses import Response

from clienteling.models import (
    Associate,
    Customer,
    CustomerNote,
    EndlessAisleOrder,
    Feed,
    FeedPage,
    Location,
    LocationKind,
    OnlineCart,
    PickupOrder,
    Product,
    Purchase,
    StockLevel,
    WishlistItem,
    distance_km,
)

from . import db, records
from .context import AnyCaller, Config, Conn
from .errors import invalid, responses

router = APIRouter(prefix="/v1", tags=["sync"])

FEED_MODELS = {Feed.LOCATIONS: Location, Feed.ASSOCIATES: Associate, Feed.PRODUCTS: Product,
               Feed.STOCK: StockLevel, Feed.CUSTOMERS: Customer, Feed.PURCHASES: Purchase,
               Feed.NOTES: CustomerNote, Feed.WISHLISTS: WishlistItem, Feed.CARTS: OnlineCart,
               Feed.PICKUPS: PickupOrder, Feed.ORDERS: EndlessAisleOrder}

AnyFeedPage = Union[tuple(FeedPage[m] for m in FEED_MODELS.values())]  # type: ignore[misc]

NEAREST_STORES = 5

# Feeds of customers' timelines: rows carry the customer's home store; customers from other
# stores reach a store's clientele through customer_stores (a pickup or an order there).
_CLIENTELE_TABLES = {Feed.CUSTOMERS: ("customer_docs", "id"), Feed.PURCHASES: ("purchases", "customer_id"),
                     Feed.NOTES: ("notes", "customer_id"), Feed.WISHLISTS: ("wishlists", "customer_id"),
                     Feed.CARTS: ("carts", "customer_id")}


def encode_cursor(version: int) -> str:
    return base64.urlsafe_b64encode(f"v1:{version}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    """The last version the caller has; a cursor we did not issue is a 422, not a 500."""
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        prefix, _, number = text.partition(":")
        if prefix != "v1" or not number.isdigit():
            raise ValueError(cursor)
        return int(number)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise invalid("bad_cursor", "this cursor was not issued by this server") from None


def stock_scope(conn: sqlite3.Connection, store_id: str) -> list[str]:
    """The store itself, every warehouse and the nearest other stores: the network stock it needs."""
    locations = records.locations(conn)
    here = next((loc for loc in locations if loc.id == store_id), None)
    warehouses = [loc.id for loc in locations if loc.kind == LocationKind.WAREHOUSE]
    others = [loc for loc in locations if loc.kind == LocationKind.STORE and loc.id != store_id]
    if here is not None:
        others.sort(key=lambda loc: distance_km(here, loc))
    return [store_id, *warehouses, *(loc.id for loc in others[:NEAREST_STORES])]


def _items(conn: sqlite3.Connection, feed: Feed, store_id: str, after: int, limit: int) -> list[tuple[int, str]]:
    if feed in (Feed.LOCATIONS, Feed.PRODUCTS):
        table = feed.value
        return conn.execute(f"SELECT version, body FROM {table} WHERE version > ? ORDER BY version LIMIT ?",
                            (after, limit)).fetchall()
    if feed == Feed.ASSOCIATES:
        return conn.execute("SELECT version, body FROM associates WHERE store_id = ? AND version > ?"
                            " ORDER BY version LIMIT ?", (store_id, after, limit)).fetchall()
    if feed in (Feed.PICKUPS, Feed.ORDERS):
        return conn.execute(f"SELECT version, body FROM {feed.value} WHERE store_id = ? AND version > ?"
                            " ORDER BY version LIMIT ?", (store_id, after, limit)).fetchall()
    if feed == Feed.STOCK:
        scope = stock_scope(conn, store_id)
        marks = ",".join("?" * len(scope))
        return conn.execute(f"SELECT version, body FROM stock WHERE version > ? AND location_id IN ({marks})"
                            " ORDER BY version LIMIT ?", (after, *scope, limit)).fetchall()
    table, customer_col = _CLIENTELE_TABLES[feed]
    return conn.execute(
        f"SELECT version, body FROM ("
        f" SELECT * FROM (SELECT version, body FROM {table} WHERE home_store_id = ? AND version > ?"
        f"  ORDER BY version LIMIT ?)"
        f" UNION ALL"
        f" SELECT * FROM (SELECT t.version, t.body FROM customer_stores s JOIN {table} t"
        f"  ON t.{customer_col} = s.customer_id WHERE s.store_id = ? AND t.version > ?"
        f"  AND t.home_store_id IS NOT s.store_id ORDER BY t.version LIMIT ?)"
        f") ORDER BY version LIMIT ?",
        (store_id, after, limit, store_id, after, limit, limit)).fetchall()


def _tombstones(conn: sqlite3.Connection, feed: Feed, store_id: str, after: int, limit: int) -> list[tuple[int, str]]:
    return conn.execute("SELECT version, key FROM tombstones WHERE feed = ? AND version > ?"
                        " AND (store_id IS NULL OR store_id = ?) ORDER BY version LIMIT ?",
                        (feed.value, after, store_id, limit)).fetchall()


def _json_str(text: str) -> str:
    return db.dumps(text)  # type: ignore[arg-type]


@router.get("/sync/{feed}", response_model=AnyFeedPage, responses=responses(401),
            summary="One page of a store-scoped change feed")
def feed_page(feed: Feed, caller: AnyCaller, conn: Conn, config: Config,
              cursor: Annotated[str | None, Query(max_length=200, description="next_cursor of the last page")] = None,
              limit: Annotated[int, Query(ge=1, le=5000)] = 1000) -> Response:
    """Upserts and tombstones after the cursor, by version; the JSON bodies are served as stored."""
    after = decode_cursor(cursor)
    store_id = caller.store.id
    with db.snapshot(conn):
        items = _items(conn, feed, store_id, after, limit + 1)
        tombs = _tombstones(conn, feed, store_id, after, limit + 1)
    merged = sorted([(v, 0, body) for v, body in items] + [(v, 1, key) for v, key in tombs])
    page, has_more = merged[:limit], len(merged) > limit
    last = page[-1][0] if page else after
    item_json = ",".join(body for _, kind, body in page if kind == 0)
    tomb_json = ",".join(f'{{"key":{_json_str(key)},"version":{v}}}' for v, kind, key in page if kind == 1)
    content = (f'{{"feed":"{feed.value}","items":[{item_json}],"tombstones":[{tomb_json}],'
               f'"next_cursor":"{encode_cursor(last)}","has_more":{"true" if has_more else "false"},'
               f'"server_time":"{db.iso(config.now())}"}}')
    return Response(content=content.encode(), media_type="application/json")
