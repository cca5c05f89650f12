"""Cached feed rows: page application for the pull sync, lookups written through, typed reads.

Never-clobber rule: a row whose entity has a pending or sent command (outbox entity_key
"<feed>:<key>") is not overwritten or deleted by a pull or an online lookup. The server's row is
parked in `deferred` instead, and applied (under the same version guard) as soon as the
entity's last command settles — so the cursor can advance and nothing needs re-fetching.
Version guard: a write never replaces a row with a newer server version.
"""
from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from clienteling.models import (
    Associate, Customer, CustomerNote, CustomerProfile, EndlessAisleOrder, Feed, Location, OnlineCart, PickupOrder,
    PickupStatus, Product, Purchase, StockLevel, WishlistItem,
)

from .database import Connection, transaction
from .schema import INDEX_NEW_CUSTOMERS, TABLES, FeedTable, Row, dumps
from .timestamps import iso, now as utcnow, parse

log = logging.getLogger(__name__)

PROTECTING_STATES = ("pending", "sent")
"""Outbox states whose optimistic row a pull must not overwrite (a conflict shows the server's truth)."""


@dataclass
class PageResult:
    upserted: int = 0
    deleted: int = 0
    deferred: int = 0


class Freshness(NamedTuple):
    synced_at: datetime | None
    cursor: str | None
    last_error: str | None = None


# --- SQL built once per table -----------------------------------------------------------------

_TRACKED = {Feed.CUSTOMERS: "last_used_at", Feed.STOCK: "fetched_at"}
"""Feeds whose rows come from online lookups as well as from the store's feed: `synced` says which
(retention drops only lookups), the column beside it when the row was last used (a customer,
touched when opened) or last fetched (a stock level, rewritten by every write)."""


def _upsert_sql(spec: FeedTable, guarded: bool) -> str:
    cols = ("key", *spec.columns, "version", "body")
    tracked = _TRACKED.get(spec.feed)
    insert_cols = (*cols, tracked, "synced") if tracked else cols
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols[1:])
    if tracked:
        updates += f", synced = max({spec.table}.synced, excluded.synced)"
    if spec.feed == Feed.STOCK:
        updates += ", fetched_at = excluded.fetched_at"
    guard = f" WHERE excluded.version >= {spec.table}.version" if guarded else ""
    return (f"INSERT INTO {spec.table} ({', '.join(insert_cols)}) VALUES ({', '.join('?' * len(insert_cols))})"
            f" ON CONFLICT(key) DO UPDATE SET {updates}{guard}")


_GUARDED = {feed: _upsert_sql(spec, True) for feed, spec in TABLES.items()}
_UNGUARDED = {feed: _upsert_sql(spec, False) for feed, spec in TABLES.items()}


def _row(spec: FeedTable, item: Row, used_at: str, synced: int = 0) -> tuple[Any, ...]:
    values = (spec.key(item), *spec.values(item), int(item.get("version", 0)), dumps(item))
    return (*values, used_at, synced) if spec.feed in _TRACKED else values


def _protected_keys(conn: Connection, feed: Feed) -> set[str]:
    prefix = f"{feed.value}:"
    rows = conn.execute(
        "SELECT DISTINCT entity_key FROM outbox WHERE state IN ('pending', 'sent')"
        " AND entity_key >= ? AND entity_key < ?", (prefix, f"{feed.value};")).fetchall()
    return {r[0][len(prefix):] for r in rows}


def _is_protected(conn: Connection, feed: Feed, key: str) -> bool:
    return conn.execute("SELECT 1 FROM outbox WHERE entity_key = ? AND state IN ('pending', 'sent') LIMIT 1",
                        (f"{feed.value}:{key}",)).fetchone() is not None


def _replace_variants(conn: Connection, products: list[Row]) -> None:
    if not products:
        return
    conn.executemany("DELETE FROM variants WHERE style_id = ?", [(p["style_id"],) for p in products])
    conn.executemany("INSERT OR REPLACE INTO variants (sku, style_id, gtin) VALUES (?, ?, ?)",
                     [(v["sku"], p["style_id"], v["gtin"]) for p in products for v in p["variants"]])


def _current_versions(conn: Connection, spec: FeedTable, keys: list[str]) -> dict[str, int]:
    return dict(conn.execute(f"SELECT key, version FROM {spec.table} WHERE key IN "
                             "(SELECT value FROM json_each(?))", (dumps(keys),)).fetchall())  # type: ignore[arg-type]


def _write(conn: Connection, feed: Feed, items: list[Row], *, guarded: bool = True, synced: bool = False) -> int:
    """Upsert items (already cleared of protected keys); returns how many were offered."""
    if not items:
        return 0
    spec = TABLES[feed]
    used_at = iso(utcnow())
    if feed == Feed.PRODUCTS:
        # Variants follow their product, so drop stale products here rather than in SQL.
        if guarded:
            current = _current_versions(conn, spec, [spec.key(i) for i in items])
            items = [i for i in items if int(i.get("version", 0)) >= current.get(i["style_id"], -1)]
        conn.executemany(_GUARDED[feed] if guarded else _UNGUARDED[feed], [_row(spec, i, used_at, int(synced)) for i in items])
        _replace_variants(conn, items)
        return len(items)
    if feed == Feed.CUSTOMERS:
        items = _one_per_key(spec, items, guarded)
        indexing = not _bulk_loading(conn, spec.table)  # else finish_bulk_load indexes every row at once
        newest = conn.execute("SELECT coalesce(max(rid), 0) FROM customers").fetchone()[0] if indexing else 0
        conn.executemany(_GUARDED[feed] if guarded else _UNGUARDED[feed],
                         [_row(spec, i, used_at, int(synced)) for i in items])
        if indexing:
            for sql in INDEX_NEW_CUSTOMERS:
                conn.execute(sql, (newest,))
        return len(items)
    conn.executemany(_GUARDED[feed] if guarded else _UNGUARDED[feed], [_row(spec, i, used_at, int(synced)) for i in items])
    return len(items)


def _one_per_key(spec: FeedTable, items: list[Row], guarded: bool) -> list[Row]:
    """Each key once (the newest version; the last one when unguarded), as INDEX_NEW_CUSTOMERS needs."""
    keys = [spec.key(i) for i in items]
    if len(set(keys)) == len(keys):
        return items
    chosen: dict[str, Row] = {}
    for key, item in zip(keys, items):
        if not guarded or key not in chosen or int(item.get("version", 0)) >= int(chosen[key].get("version", 0)):
            chosen[key] = item
    return list(chosen.values())


def _delete(conn: Connection, feed: Feed, tombstones: list[tuple[str, int]]) -> int:
    if not tombstones:
        return 0
    table = TABLES[feed].table
    before = conn.total_changes
    conn.executemany(f"DELETE FROM {table} WHERE key = ? AND version <= ?", tombstones)
    return conn.total_changes - before


def _defer(conn: Connection, feed: Feed, rows: list[tuple[str, int, str | None]]) -> None:
    conn.executemany(
        "INSERT INTO deferred (feed, key, version, body) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(feed, key) DO UPDATE SET version = excluded.version, body = excluded.body"
        " WHERE excluded.version >= deferred.version",
        [(feed.value, k, v, b) for k, v, b in rows])


# --- a first sync's bulk load ------------------------------------------------------------------

BULK_MIN_ROWS = 1000
"""A feed's first page must be at least this long for its first sync to load in bulk."""


def _bulk_loading(conn: Connection, table: str) -> bool:
    return conn.execute("SELECT 1 FROM bulk_load WHERE tbl = ?", (table,)).fetchone() is not None


_SEARCH_INDEXES = {"customers": ("customers_fts",), "products": ("products_fts",)}
"""External-content FTS tables rebuilt from their table when its bulk load ends."""


def _start_bulk_load(conn: Connection, spec: FeedTable) -> None:
    """Drop the table's secondary indexes (not the unique ones) and its triggers (they keep the search
    indexes) until finish_bulk_load recreates them and rebuilds the search indexes from the rows."""
    dropped = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL AND"
        " (type = 'trigger' OR (type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%')) ORDER BY type, name",
        (spec.table,)).fetchall()
    for kind, name, _sql in dropped:
        conn.execute(f'DROP {kind.upper()} "{name}"')
    conn.execute("INSERT INTO bulk_load (tbl, statements) VALUES (?, ?)",
                 (spec.table, json.dumps([sql for _kind, _name, sql in dropped])))
    log.info("%s: first sync, loading in bulk (%d indexes and triggers back at the end)", spec.feed.value,
             len(dropped))


def _if_not_exists(sql: str) -> str:
    for kind in ("INDEX", "TRIGGER"):
        if sql.startswith(f"CREATE {kind} "):
            return f"CREATE {kind} IF NOT EXISTS " + sql[len(f"CREATE {kind} "):]
    return sql


def finish_bulk_load(conn: Connection, feed: Feed | str | None = None) -> int:
    """Build what a bulk load left out — the feed's (or every) table's indexes and triggers, its search
    index; returns how many tables were finished (0: nothing was loading).

    Each index is built in a transaction of its own, so that a command waits for one index at
    most (~0.7 s at 200k customers), not for the whole build; the triggers, the search index
    and the end of the load go together last. Every step can run again after a crash.
    Called when the feed's pull ends (whole or failed), and at the start of the next sync round
    after a crash: until then the rows are there but searched and filtered by scans.
    """
    where, params = ("WHERE tbl = ?", (TABLES[Feed(feed)].table,)) if feed is not None else ("", ())
    loading = conn.execute(f"SELECT tbl, statements FROM bulk_load {where}", params).fetchall()
    for table, statements in loading:
        created = [_if_not_exists(sql) for sql in json.loads(statements)]
        for sql in created:
            if sql.startswith("CREATE INDEX"):
                with transaction(conn):
                    conn.execute(sql)
        with transaction(conn):
            for sql in created:
                if not sql.startswith("CREATE INDEX"):
                    conn.execute(sql)
            for fts in _SEARCH_INDEXES.get(table, ()):
                conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
            if table == TABLES[Feed.CUSTOMERS].table:
                conn.execute("DELETE FROM customer_phones")
                conn.execute(INDEX_NEW_CUSTOMERS[1], (0,))
            conn.execute("DELETE FROM bulk_load WHERE tbl = ?", (table,))
    if loading:
        log.info("bulk load finished: %s", ", ".join(t for t, _ in loading))
    return len(loading)


# --- the pull sync's entry points ---------------------------------------------------------------

@contextlib.contextmanager
def _refetchable_transaction(conn: Connection) -> Iterator[Connection]:
    """A transaction of server rows and their cursor: atomic, but not fsync'd on its own.

    WAL with synchronous=NORMAL keeps every commit atomic and in order; a power cut may lose
    the last pages, which come back with the cursor committed beside them. The fsync that
    FULL adds to each page's commit was ~20% of a first sync's writer. Commands keep FULL:
    the next durable commit fsyncs the whole log, these pages included.
    """
    if conn.in_transaction:
        with transaction(conn):
            yield conn
        return
    conn.execute("PRAGMA synchronous = NORMAL")
    try:
        with transaction(conn):
            yield conn
    finally:
        conn.execute("PRAGMA synchronous = FULL")


def apply_page(conn: Connection, feed: Feed | str, items: list[Row], tombstones: list[Row],
               next_cursor: str, server_time: datetime | str | None) -> PageResult:
    """Apply one feed page and advance its cursor in one transaction (a crash keeps whole pages)."""
    feed = Feed(feed)
    spec = TABLES[feed]
    result = PageResult()
    with _refetchable_transaction(conn):
        if len(items) >= BULK_MIN_ROWS and feed_cursor(conn, feed) is None and not _bulk_loading(conn, spec.table) \
                and conn.execute(f"SELECT 1 FROM {spec.table} LIMIT 1").fetchone() is None:
            _start_bulk_load(conn, spec)
        protected = _protected_keys(conn, feed)
        # Latest version per key wins inside a page (an upsert then a tombstone, or the reverse).
        latest: dict[str, tuple[int, Row | None]] = {}
        for item in items:
            key, version = spec.key(item), int(item.get("version", 0))
            if key not in latest or version >= latest[key][0]:
                latest[key] = (version, item)
        for tomb in tombstones:
            key, version = tomb["key"], int(tomb["version"])
            if key not in latest or version >= latest[key][0]:
                latest[key] = (version, None)
        if not tombstones and not protected and len(latest) == len(items):
            upserts = items  # the common case: no duplicates, no tombstones, nothing pending
            deletes: list[tuple[str, int]] = []
        else:
            upserts, deletes, parked = [], [], []
            for key, (version, item) in latest.items():
                if key in protected:
                    parked.append((key, version, None if item is None else dumps(item)))
                elif item is None:
                    deletes.append((key, version))
                else:
                    upserts.append(item)
            if parked:
                _defer(conn, feed, parked)
                result.deferred = len(parked)
                log.info("%s: %d rows deferred behind unsettled commands", feed.value, len(parked))
        result.upserted = _write(conn, feed, upserts, synced=True)
        result.deleted = _delete(conn, feed, deletes)
        conn.execute(
            "INSERT INTO feed_state (feed, cursor, synced_at, last_error) VALUES (?, ?, ?, NULL)"
            " ON CONFLICT(feed) DO UPDATE SET cursor = excluded.cursor, synced_at = excluded.synced_at,"
            " last_error = NULL", (feed.value, next_cursor, iso(server_time) if server_time else iso(utcnow())))
    return result


def feed_cursor(conn: Connection, feed: Feed | str) -> str | None:
    row = conn.execute("SELECT cursor FROM feed_state WHERE feed = ?", (Feed(feed).value,)).fetchone()
    return row[0] if row else None


def freshness(conn: Connection) -> dict[Feed, Freshness]:
    """When each feed was last brought up to date (server time), for the "as of" the UI shows."""
    out = {feed: Freshness(None, None, None) for feed in Feed}
    for row in conn.execute("SELECT feed, cursor, synced_at, last_error FROM feed_state"):
        if row[0] in Feed._value2member_map_:
            out[Feed(row[0])] = Freshness(parse(row[2]), row[1], row[3])
    return out


def record_feed_error(conn: Connection, feed: Feed | str, error: str) -> None:
    """Keep the feed's cursor, note why its last pull failed."""
    with transaction(conn):
        conn.execute("INSERT INTO feed_state (feed, last_error) VALUES (?, ?)"
                     " ON CONFLICT(feed) DO UPDATE SET last_error = excluded.last_error", (Feed(feed).value, error))


def reset_feed(conn: Connection, feed: Feed | str) -> None:
    """Forget the cursor so the next pull starts the feed over (rows stay until replaced)."""
    with transaction(conn):
        conn.execute("UPDATE feed_state SET cursor = NULL WHERE feed = ?", (Feed(feed).value,))


# --- single rows: lookups, command answers, optimistic effects ----------------------------------

def upsert_lookup(conn: Connection, feed: Feed | str, item: Row) -> bool:
    """Write an online lookup's answer into the cache first; False when parked behind a command."""
    feed = Feed(feed)
    spec = TABLES[feed]
    key = spec.key(item)
    with transaction(conn):
        if _is_protected(conn, feed, key):
            _defer(conn, feed, [(key, int(item.get("version", 0)), dumps(item))])
            return False
        _write(conn, feed, [item])
        if feed == Feed.CUSTOMERS:
            conn.execute("UPDATE customers SET last_used_at = ? WHERE key = ?", (iso(utcnow()), key))
    return True


def put_entity(conn: Connection, feed: Feed | str, item: Row) -> None:
    """Write the server's state of one entity (a command's answer, a conflict's `current`).

    Only the version guard applies: the answer is the server's truth, fresher than the
    optimistic row it replaces.
    """
    with transaction(conn):
        _write(conn, Feed(feed), [item])


def write_local(conn: Connection, feed: Feed | str, item: Row) -> None:
    """An optimistic change made by a command: written as is, in the command's transaction."""
    with transaction(conn):
        _write(conn, Feed(feed), [item], guarded=False)


def delete_entity(conn: Connection, feed: Feed | str, key: str) -> bool:
    """Remove one cached row (e.g. an optimistic row replaced by the server's, under a new id)."""
    table = TABLES[Feed(feed)].table
    with transaction(conn):
        return conn.execute(f"DELETE FROM {table} WHERE key = ?", (key,)).rowcount > 0


def apply_deferred(conn: Connection, entity_key: str) -> bool:
    """Apply the server row parked for this entity, now that its commands have settled."""
    feed_name, _, key = entity_key.partition(":")
    if feed_name not in Feed._value2member_map_:
        return False
    feed = Feed(feed_name)
    with transaction(conn):
        if _is_protected(conn, feed, key):
            return False
        row = conn.execute("SELECT version, body FROM deferred WHERE feed = ? AND key = ?",
                           (feed.value, key)).fetchone()
        if row is None:
            return False
        conn.execute("DELETE FROM deferred WHERE feed = ? AND key = ?", (feed.value, key))
        if row[1] is None:
            _delete(conn, feed, [(key, row[0])])
        else:
            _write(conn, feed, [json.loads(row[1])])
    return True


def get_item(conn: Connection, feed: Feed | str, key: str) -> Row | None:
    """The cached JSON of one entity, for the pure optimistic-effect functions."""
    row = conn.execute(f"SELECT body FROM {TABLES[Feed(feed)].table} WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else None


def touch_customer(conn: Connection, customer_id: str, at: datetime | None = None) -> None:
    """Mark a customer as used now, so retention keeps them."""
    with transaction(conn):
        conn.execute("UPDATE customers SET last_used_at = ? WHERE key = ?", (iso(at or utcnow()), customer_id))


# --- typed reads ---------------------------------------------------------------------------------

def _one(conn: Connection, model: type, sql: str, params: Iterable[Any]) -> Any:
    row = conn.execute(sql, tuple(params)).fetchone()
    return model.model_validate_json(row[0]) if row else None


def _many(conn: Connection, model: type, sql: str, params: Iterable[Any]) -> list[Any]:
    return [model.model_validate_json(r[0]) for r in conn.execute(sql, tuple(params))]


def get_location(conn: Connection, location_id: str) -> Location | None:
    return _one(conn, Location, "SELECT body FROM locations WHERE key = ?", (location_id,))


def locations(conn: Connection) -> list[Location]:
    return _many(conn, Location, "SELECT body FROM locations ORDER BY key", ())


def associates(conn: Connection, store_id: str) -> list[Associate]:
    return _many(conn, Associate, "SELECT body FROM associates WHERE store_id = ? ORDER BY key", (store_id,))


def get_customer(conn: Connection, customer_id: str) -> Customer | None:
    return _one(conn, Customer, "SELECT body FROM customers WHERE key = ?", (customer_id,))


def get_customer_by_card(conn: Connection, card: str) -> Customer | None:
    return _one(conn, Customer, "SELECT body FROM customers WHERE loyalty_card = ? LIMIT 1", (card,))


def customer_purchases(conn: Connection, customer_id: str, limit: int = 200) -> list[Purchase]:
    return _many(conn, Purchase, "SELECT body FROM purchases WHERE customer_id = ?"
                 " ORDER BY purchased_at DESC LIMIT ?", (customer_id, limit))


def customer_notes(conn: Connection, customer_id: str, limit: int = 200) -> list[CustomerNote]:
    return _many(conn, CustomerNote, "SELECT body FROM notes WHERE customer_id = ?"
                 " ORDER BY created_at DESC LIMIT ?", (customer_id, limit))


def customer_wishlist(conn: Connection, customer_id: str) -> list[WishlistItem]:
    return _many(conn, WishlistItem, "SELECT body FROM wishlists WHERE customer_id = ? ORDER BY added_at DESC",
                 (customer_id,))


def customer_cart(conn: Connection, customer_id: str) -> OnlineCart | None:
    """The customer's most recent cart that is still active (or taken over on this visit)."""
    return _one(conn, OnlineCart, "SELECT body FROM carts WHERE customer_id = ?"
                " AND status IN ('active', 'taken_over', 'served_in_store')"
                " ORDER BY status = 'active' DESC, updated_at DESC LIMIT 1", (customer_id,))


def customer_profile(conn: Connection, customer_id: str) -> CustomerProfile | None:
    """The 360° view from the cache alone; None when the customer is not cached."""
    customer = get_customer(conn, customer_id)
    if customer is None:
        return None
    return CustomerProfile(customer=customer, purchases=customer_purchases(conn, customer_id),
                           notes=customer_notes(conn, customer_id), wishlist=customer_wishlist(conn, customer_id),
                           cart=customer_cart(conn, customer_id))


def get_product(conn: Connection, style_id: str) -> Product | None:
    return _one(conn, Product, "SELECT body FROM products WHERE key = ?", (style_id,))


def get_product_by_sku(conn: Connection, sku: str) -> Product | None:
    return _one(conn, Product, "SELECT p.body FROM variants v JOIN products p ON p.key = v.style_id"
                " WHERE v.sku = ?", (sku,))


def get_product_by_gtin(conn: Connection, gtin: str) -> Product | None:
    return _one(conn, Product, "SELECT p.body FROM variants v JOIN products p ON p.key = v.style_id"
                " WHERE v.gtin = ?", (gtin,))


def stock_for_sku(conn: Connection, sku: str) -> list[StockLevel]:
    """The SKU's stock at every cached location (this store, warehouses, nearest stores)."""
    return _many(conn, StockLevel, "SELECT body FROM stock WHERE sku = ? ORDER BY location_id", (sku,))


def stock_at(conn: Connection, sku: str, location_id: str) -> StockLevel | None:
    return _one(conn, StockLevel, "SELECT body FROM stock WHERE sku = ? AND location_id = ?", (sku, location_id))


def get_pickup(conn: Connection, pickup_id: str) -> PickupOrder | None:
    return _one(conn, PickupOrder, "SELECT body FROM pickups WHERE key = ?", (pickup_id,))


def get_pickup_by_number(conn: Connection, number: str) -> PickupOrder | None:
    return _one(conn, PickupOrder, "SELECT body FROM pickups WHERE number = ?", (number,))


def pickups(conn: Connection, statuses: Iterable[PickupStatus | str] | None = None, text: str | None = None,
            limit: int = 100, offset: int = 0) -> list[PickupOrder]:
    """Pickups by status and/or a number or customer-name fragment, soonest deadline first."""
    where, params = [], []
    if statuses is not None:
        values = [str(s) for s in statuses]
        where.append(f"status IN ({', '.join('?' * len(values))})")
        params += values
    if text:
        where.append("(number LIKE ? ESCAPE '\\' OR customer_name LIKE ? ESCAPE '\\')")
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [pattern, pattern]
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    return _many(conn, PickupOrder, f"SELECT body FROM pickups {clause}"
                 " ORDER BY collect_by IS NULL, collect_by, created_at LIMIT ? OFFSET ?", (*params, limit, offset))


def get_order(conn: Connection, order_id: str) -> EndlessAisleOrder | None:
    return _one(conn, EndlessAisleOrder, "SELECT body FROM orders WHERE key = ?", (order_id,))


def orders(conn: Connection, associate_id: str | None = None, status: str | None = None,
           limit: int = 100, offset: int = 0) -> list[EndlessAisleOrder]:
    """This store's endless-aisle orders, newest first."""
    where, params = [], []
    if associate_id is not None:
        where.append("associate_id = ?")
        params.append(associate_id)
    if status is not None:
        where.append("status = ?")
        params.append(status)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    return _many(conn, EndlessAisleOrder, f"SELECT body FROM orders {clause} ORDER BY created_at DESC"
                 " LIMIT ? OFFSET ?", (*params, limit, offset))
