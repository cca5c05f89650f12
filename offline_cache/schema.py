"""Tables of the cache: one per feed, their lookup columns, and how a feed item maps to a row.

Every feed table has `key` (the feed's tombstone key), `version` (the server's monotonic
version, the guard against stale writes) and `body` (the model's JSON, what reads return).
Lookup columns are copies of body fields that queries filter or sort on.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic_core import to_json

from clienteling.models import (
    Associate, Customer, CustomerNote, EndlessAisleOrder, Feed, Location, OnlineCart, PickupOrder, Product,
    Purchase, StockLevel, WishlistItem,
)

from . import phones
from .timestamps import iso

Row = dict[str, Any]


def entity_key(feed: Feed | str, key: str) -> str:
    """The outbox's entity key for a cached row (same spelling as clienteling.commands.entity_key)."""
    return f"{Feed(feed).value}:{key}"


def dumps(item: Row) -> str:
    """Compact UTF-8 JSON of a row's body (pydantic-core's encoder: ~3x the stdlib's speed,
    a measurable share of a first sync's time)."""
    return to_json(item).decode()


_LETTERS_DIGITS = re.compile(r"(?<=[^\W\d])(?=\d)|(?<=\d)(?=[^\W\d])")


def search_terms(text: str | None) -> str | None:
    """Letters and digits as separate FTS terms: "dupont75" would make every prefix query on
    "dupont" merge one distinct term per customer; "dupont 75" shares the term."""
    return None if text is None else _LETTERS_DIGITS.sub(" ", text)


def _codes(product: Row) -> str:
    variants = product.get("variants") or ()
    return " ".join([v["sku"] for v in variants] + [v["gtin"] for v in variants])


@dataclass(frozen=True)
class FeedTable:
    """How one feed is stored: its table, key, lookup columns and model."""

    feed: Feed
    table: str
    model: type
    key: Callable[[Row], str]
    columns: tuple[str, ...]
    values: Callable[[Row], tuple[Any, ...]]


TABLES: dict[Feed, FeedTable] = {t.feed: t for t in (
    FeedTable(Feed.LOCATIONS, "locations", Location, lambda r: r["id"], ("kind",), lambda r: (r["kind"],)),
    FeedTable(Feed.ASSOCIATES, "associates", Associate, lambda r: r["id"], ("store_id",), lambda r: (r["store_id"],)),
    FeedTable(Feed.PRODUCTS, "products", Product, lambda r: r["style_id"], ("name", "brand", "category", "codes"),
              lambda r: (r["name"], r["brand"], r["category"], _codes(r))),
    FeedTable(Feed.STOCK, "stock", StockLevel, lambda r: f"{r['sku']}@{r['location_id']}",
              ("sku", "location_id", "available"), lambda r: (r["sku"], r["location_id"], r["available"])),
    FeedTable(Feed.CUSTOMERS, "customers", Customer, lambda r: r["id"],
              ("first_name", "last_name", "email", "email_terms", "phone", "phone_forms", "loyalty_card", "tier",
               "home_store_id", "last_visit_at"),
              lambda r: (r["first_name"], r["last_name"], r.get("email"), search_terms(r.get("email")),
                         r.get("phone"), phones.search_forms_json(r.get("phone")), r.get("loyalty_card"),
                         r.get("tier", "member"), r.get("home_store_id"), iso(r.get("last_visit_at")))),
    FeedTable(Feed.PURCHASES, "purchases", Purchase, lambda r: r["id"], ("customer_id", "purchased_at"),
              lambda r: (r["customer_id"], iso(r["purchased_at"]))),
    FeedTable(Feed.NOTES, "notes", CustomerNote, lambda r: r["id"], ("customer_id", "created_at"),
              lambda r: (r["customer_id"], iso(r["created_at"]))),
    FeedTable(Feed.WISHLISTS, "wishlists", WishlistItem, lambda r: f"{r['customer_id']}:{r['sku']}",
              ("customer_id", "sku", "added_at"), lambda r: (r["customer_id"], r["sku"], iso(r["added_at"]))),
    FeedTable(Feed.CARTS, "carts", OnlineCart, lambda r: r["id"], ("customer_id", "status", "updated_at"),
              lambda r: (r["customer_id"], r["status"], iso(r["updated_at"]))),
    FeedTable(Feed.PICKUPS, "pickups", PickupOrder, lambda r: r["id"],
              ("number", "customer_id", "customer_name", "status", "collect_by", "created_at"),
              lambda r: (r["number"], r["customer_id"], r["customer_name"], r["status"], iso(r.get("collect_by")),
                         iso(r["created_at"]))),
    FeedTable(Feed.ORDERS, "orders", EndlessAisleOrder, lambda r: r["id"],
              ("number", "client_order_id", "associate_id", "customer_id", "status", "created_at"),
              lambda r: (r["number"], r["client_order_id"], r["associate_id"], r.get("customer_id"), r["status"],
                         iso(r["created_at"]))),
)}

CUSTOMER_CHILD_FEEDS = (Feed.PURCHASES, Feed.NOTES, Feed.WISHLISTS, Feed.CARTS)
"""Feeds whose rows belong to one customer and leave the cache with them (retention)."""

OUTBOX_STATES = ("pending", "sent", "done", "conflict", "failed")
UNSETTLED_STATES = ("pending", "sent", "conflict")
"""States that still protect the entity's cached row from pulls and block later commands."""

_TOKENIZER = "unicode61 remove_diacritics 2"

# --- migration 1 ----------------------------------------------------------------------------

_SIMPLE_TABLES = """
CREATE TABLE locations (key TEXT PRIMARY KEY, kind TEXT NOT NULL,
    version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE TABLE associates (key TEXT PRIMARY KEY, store_id TEXT NOT NULL,
    version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE INDEX associates_store ON associates(store_id);

-- rid pins the FTS rowid: a TEXT primary key's implicit rowid may change on VACUUM.
CREATE TABLE products (rid INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL, brand TEXT NOT NULL, category TEXT NOT NULL, codes TEXT NOT NULL,
    version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE TABLE variants (sku TEXT PRIMARY KEY,
    style_id TEXT NOT NULL REFERENCES products(key) ON DELETE CASCADE,
    gtin TEXT NOT NULL UNIQUE);
CREATE INDEX variants_style ON variants(style_id);

CREATE TABLE stock (key TEXT PRIMARY KEY, sku TEXT NOT NULL, location_id TEXT NOT NULL,
    available INTEGER NOT NULL, version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE UNIQUE INDEX stock_sku_location ON stock(sku, location_id);

CREATE TABLE customers (rid INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,
    first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT, email_terms TEXT, phone TEXT,
    phone_forms TEXT NOT NULL DEFAULT '[]', loyalty_card TEXT, tier TEXT NOT NULL,
    home_store_id TEXT, last_visit_at TEXT,
    version INTEGER NOT NULL, body TEXT NOT NULL,
    last_used_at TEXT NOT NULL,
    synced INTEGER NOT NULL DEFAULT 0);  -- 1: in this store's feed (kept); 0: only from lookups
CREATE INDEX customers_card ON customers(loyalty_card);
-- Numbers are searched by B-tree range (form >= '0612' AND form < '0612:'): fast for any prefix
-- length, where an FTS prefix query would merge one term per distinct phone number.
-- One B-tree: rows are removed by (form, rid) from the old row's forms, so no rid index.
CREATE TABLE customer_phones (form TEXT NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY (form, rid)) WITHOUT ROWID;
CREATE INDEX customers_last_visit ON customers(last_visit_at);
CREATE INDEX customers_last_used ON customers(last_used_at);

CREATE TABLE purchases (key TEXT PRIMARY KEY, customer_id TEXT NOT NULL, purchased_at TEXT NOT NULL,
    version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE INDEX purchases_customer ON purchases(customer_id, purchased_at);
CREATE TABLE notes (key TEXT PRIMARY KEY, customer_id TEXT NOT NULL, created_at TEXT NOT NULL,
    version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE INDEX notes_customer ON notes(customer_id, created_at);
CREATE TABLE wishlists (key TEXT PRIMARY KEY, customer_id TEXT NOT NULL, sku TEXT NOT NULL,
    added_at TEXT NOT NULL, version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE INDEX wishlists_customer ON wishlists(customer_id, added_at);
CREATE TABLE carts (key TEXT PRIMARY KEY, customer_id TEXT NOT NULL, status TEXT NOT NULL,
    updated_at TEXT NOT NULL, version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE INDEX carts_customer ON carts(customer_id, updated_at);

CREATE TABLE pickups (key TEXT PRIMARY KEY, number TEXT NOT NULL, customer_id TEXT NOT NULL,
    customer_name TEXT NOT NULL, status TEXT NOT NULL, collect_by TEXT, created_at TEXT NOT NULL,
    version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE INDEX pickups_status ON pickups(status, collect_by);
CREATE INDEX pickups_number ON pickups(number);
CREATE INDEX pickups_customer ON pickups(customer_id);
CREATE TABLE orders (key TEXT PRIMARY KEY, number TEXT NOT NULL, client_order_id TEXT NOT NULL,
    associate_id TEXT NOT NULL, customer_id TEXT, status TEXT NOT NULL, created_at TEXT NOT NULL,
    version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE INDEX orders_created ON orders(created_at);
CREATE INDEX orders_associate ON orders(associate_id, created_at);
CREATE INDEX orders_client ON orders(client_order_id);
"""

_FTS = f"""
-- External-content FTS5 over the lookup columns (no second copy of the text); kept in step by
-- triggers inside the writer's transaction, rebuildable with INSERT INTO x(x) VALUES('rebuild').
-- (Migration 4 replaces customers_ai with INDEX_NEW_CUSTOMERS, run once per written page.)
-- prefix='1 2 3' answers the first keystrokes from prefix indexes instead of merging every
-- term that starts with them.
CREATE VIRTUAL TABLE customers_fts USING fts5(
    first_name, last_name, email_terms,
    content='customers', content_rowid='rid', tokenize="{_TOKENIZER}", prefix='1 2 3');
CREATE TRIGGER customers_ai AFTER INSERT ON customers BEGIN
    INSERT INTO customers_fts(rowid, first_name, last_name, email_terms)
    VALUES (new.rid, new.first_name, new.last_name, new.email_terms);
    INSERT INTO customer_phones(form, rid) SELECT value, new.rid FROM json_each(new.phone_forms);
END;
CREATE TRIGGER customers_ad AFTER DELETE ON customers BEGIN
    INSERT INTO customers_fts(customers_fts, rowid, first_name, last_name, email_terms)
    VALUES ('delete', old.rid, old.first_name, old.last_name, old.email_terms);
    DELETE FROM customer_phones WHERE rid = old.rid AND form IN (SELECT value FROM json_each(old.phone_forms));
END;
CREATE TRIGGER customers_fts_au AFTER UPDATE OF first_name, last_name, email_terms ON customers
WHEN old.first_name IS NOT new.first_name OR old.last_name IS NOT new.last_name
    OR old.email_terms IS NOT new.email_terms BEGIN
    INSERT INTO customers_fts(customers_fts, rowid, first_name, last_name, email_terms)
    VALUES ('delete', old.rid, old.first_name, old.last_name, old.email_terms);
    INSERT INTO customers_fts(rowid, first_name, last_name, email_terms)
    VALUES (new.rid, new.first_name, new.last_name, new.email_terms);
END;
CREATE TRIGGER customers_phones_au AFTER UPDATE OF phone_forms ON customers
WHEN old.phone_forms IS NOT new.phone_forms BEGIN
    DELETE FROM customer_phones WHERE rid = old.rid AND form IN (SELECT value FROM json_each(old.phone_forms));
    INSERT INTO customer_phones(form, rid) SELECT value, new.rid FROM json_each(new.phone_forms);
END;

CREATE VIRTUAL TABLE products_fts USING fts5(
    name, brand, category, codes,
    content='products', content_rowid='rid', tokenize="{_TOKENIZER}", prefix='1 2 3');
CREATE TRIGGER products_fts_ai AFTER INSERT ON products BEGIN
    INSERT INTO products_fts(rowid, name, brand, category, codes)
    VALUES (new.rid, new.name, new.brand, new.category, new.codes);
END;
CREATE TRIGGER products_fts_ad AFTER DELETE ON products BEGIN
    INSERT INTO products_fts(products_fts, rowid, name, brand, category, codes)
    VALUES ('delete', old.rid, old.name, old.brand, old.category, old.codes);
END;
CREATE TRIGGER products_fts_au AFTER UPDATE OF name, brand, category, codes
ON products WHEN old.name IS NOT new.name OR old.brand IS NOT new.brand
    OR old.category IS NOT new.category OR old.codes IS NOT new.codes BEGIN
    INSERT INTO products_fts(products_fts, rowid, name, brand, category, codes)
    VALUES ('delete', old.rid, old.name, old.brand, old.category, old.codes);
    INSERT INTO products_fts(rowid, name, brand, category, codes)
    VALUES (new.rid, new.name, new.brand, new.category, new.codes);
END;
"""

_SYNC_AND_OUTBOX = """
CREATE TABLE feed_state (feed TEXT PRIMARY KEY, cursor TEXT, synced_at TEXT, last_error TEXT);

-- Server rows a pull could not apply because a command on that entity was unsettled; applied
-- (under the version guard) as soon as the entity's last command settles.
CREATE TABLE deferred (feed TEXT NOT NULL, key TEXT NOT NULL, version INTEGER NOT NULL,
    body TEXT, PRIMARY KEY (feed, key));

CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    body TEXT,
    entity_key TEXT NOT NULL,
    created_at TEXT NOT NULL,
    associate_id TEXT,
    device_id TEXT,
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'sent', 'done', 'conflict', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    response_status INTEGER,
    response_body TEXT,
    settled_at TEXT,
    resolution TEXT
);
CREATE INDEX outbox_ready ON outbox(state, next_attempt_at);
CREATE INDEX outbox_entity ON outbox(entity_key, seq);

-- The conflict inbox: refused commands waiting for the associate to discard or retry them.
CREATE VIEW conflicts AS
    SELECT seq, kind, entity_key, created_at, associate_id, response_status, response_body,
           last_error, settled_at AS refused_at
    FROM outbox WHERE state = 'conflict';
"""

MIGRATION_1 = _SIMPLE_TABLES + _FTS + _SYNC_AND_OUTBOX

# --- migration 4 ----------------------------------------------------------------------------

MIGRATION_4 = """
-- New customers are indexed a page at a time by INDEX_NEW_CUSTOMERS, in the writer's own
-- transaction: one statement per page costs a fraction of a trigger program per row
-- (a first sync of 20k customers went from ~90 to ~35 us a customer). Updates and deletes
-- keep their triggers: they are rare, and they must see the old row.
DROP TRIGGER customers_ai;
"""

INDEX_NEW_CUSTOMERS = (
    "INSERT INTO customers_fts(rowid, first_name, last_name, email_terms)"
    " SELECT rid, first_name, last_name, email_terms FROM customers WHERE rid > ?",
    "INSERT INTO customer_phones(form, rid)"
    " SELECT j.value, c.rid FROM customers c, json_each(c.phone_forms) j WHERE c.rid > ?",
)
"""Index the customers inserted after rowid `?` (rowids grow: a new row's rid is max(rid) + 1).

The caller must not have updated those rows in between (the update triggers would remove index
entries that were never added): `repositories._write` writes each key once per call."""


# --- migration 5 ----------------------------------------------------------------------------

MIGRATION_5 = """
-- Stock levels looked up online (a SKU across the network) beside the feed's (this store, the
-- warehouses, the nearest stores): lookups are marked synced = 0 and dated, so retention drops
-- them once stale instead of keeping every location of every SKU ever scanned. Rows cached
-- before this migration count as the feed's (kept).
ALTER TABLE stock ADD COLUMN synced INTEGER NOT NULL DEFAULT 1;
ALTER TABLE stock ADD COLUMN fetched_at TEXT;
CREATE INDEX stock_lookups ON stock(fetched_at) WHERE synced = 0;
"""


# --- migration 6 ----------------------------------------------------------------------------

MIGRATION_6 = """
-- Wrong pickup codes typed on this device (offline the cached hash is the only check): kept
-- across restarts so that restarting the app does not buy five more guesses.
CREATE TABLE code_attempts (pickup_id TEXT PRIMARY KEY, failures INTEGER NOT NULL,
    locked_until TEXT, updated_at TEXT NOT NULL);
"""


# --- migration 7 ----------------------------------------------------------------------------

MIGRATION_7 = """
-- A command may also wait for the creation of another entity it names: an order for a customer
-- created offline must not reach the backend before that customer does (it would be refused as
-- unknown_customer). outbox.claim_batch holds it while that entity's create_customer command
-- is unsettled.
ALTER TABLE outbox ADD COLUMN after_entity TEXT;
"""


# --- migration 8 ----------------------------------------------------------------------------

MIGRATION_8 = """
-- A feed's first sync into an empty table (thousands of pages at a large store) writes its rows
-- without the table's secondary indexes and triggers (which keep the search indexes), and builds
-- them once at the end: inserting at random places in ever larger B-trees dirtied thousands of
-- index pages per page of rows, and a first sync of 200k customers slowed to a third of its
-- starting rate. Each row holds the CREATE statements dropped for that table (JSON).
CREATE TABLE bulk_load (tbl TEXT PRIMARY KEY, statements TEXT NOT NULL);
"""
