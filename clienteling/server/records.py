"""Typed reads and versioned writes of the stored entities (JSON body + indexed columns)."""
from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import TypeVar

from pydantic import BaseModel

from clienteling.models import (
    Associate,
    Customer,
    CustomerNote,
    EndlessAisleOrder,
    Location,
    OnlineCart,
    PickupOrder,
    Product,
    StockLevel,
)

from . import db

M = TypeVar("M", bound=BaseModel)


def _one(conn: sqlite3.Connection, model: type[M], sql: str, params: tuple[object, ...]) -> M | None:
    row = conn.execute(sql, params).fetchone()
    return model.model_validate_json(row[0]) if row else None


def _all(conn: sqlite3.Connection, model: type[M], sql: str, params: tuple[object, ...] = ()) -> list[M]:
    return [model.model_validate_json(r[0]) for r in conn.execute(sql, params)]


def _stamp(conn: sqlite3.Connection, entity: BaseModel) -> str:
    """Give the entity the next version and return its stored JSON."""
    entity.version = db.next_versions(conn)  # type: ignore[attr-defined]
    return entity.model_dump_json()


# --- locations and associates ---------------------------------------------------------

def location(conn: sqlite3.Connection, location_id: str) -> Location | None:
    return _one(conn, Location, "SELECT body FROM locations WHERE id = ?", (location_id,))


def locations(conn: sqlite3.Connection) -> list[Location]:
    return _all(conn, Location, "SELECT body FROM locations ORDER BY id")


def associate(conn: sqlite3.Connection, associate_id: str) -> Associate | None:
    return _one(conn, Associate, "SELECT body FROM associates WHERE id = ?", (associate_id,))


# --- products and stock ------------------------------------------------------------------

def product_of_sku(conn: sqlite3.Connection, sku: str) -> Product | None:
    return _one(conn, Product, "SELECT p.body FROM variants v JOIN products p ON p.style_id = v.style_id"
                               " WHERE v.sku = ?", (sku,))


def stock(conn: sqlite3.Connection, sku: str, location_id: str) -> StockLevel | None:
    return _one(conn, StockLevel, "SELECT body FROM stock WHERE sku = ? AND location_id = ?", (sku, location_id))


def stock_of_sku(conn: sqlite3.Connection, sku: str) -> list[StockLevel]:
    return _all(conn, StockLevel, "SELECT body FROM stock WHERE sku = ?", (sku,))


def save_stock(conn: sqlite3.Connection, sku: str, location_id: str, on_hand: int, reserved: int,
               now: datetime) -> StockLevel:
    """Write a stock level; `available` is always recomputed, never trusted from the caller."""
    on_hand, reserved = max(0, on_hand), max(0, reserved)
    level = StockLevel(sku=sku, location_id=location_id, on_hand=on_hand, reserved=reserved,
                       available=max(0, on_hand - reserved), updated_at=now)
    body = _stamp(conn, level)
    conn.execute("INSERT OR REPLACE INTO stock (sku, location_id, on_hand, reserved, version, body)"
                 " VALUES (?, ?, ?, ?, ?, ?)", (sku, location_id, on_hand, reserved, level.version, body))
    return level


def adjust_stock(conn: sqlite3.Connection, sku: str, location_id: str, now: datetime, *,
                 on_hand: int = 0, reserved: int = 0) -> StockLevel:
    """Add deltas to a stock level (a missing row starts at zero); both stay >= 0."""
    level = stock(conn, sku, location_id)
    base_on_hand, base_reserved = (level.on_hand, level.reserved) if level else (0, 0)
    return save_stock(conn, sku, location_id, base_on_hand + on_hand, base_reserved + reserved, now)


# --- customers and their timeline --------------------------------------------------------

def customer(conn: sqlite3.Connection, customer_id: str) -> Customer | None:
    return _one(conn, Customer, "SELECT body FROM customer_docs WHERE id = ?", (customer_id,))


def home_store(conn: sqlite3.Connection, customer_id: str) -> str | None:
    row = conn.execute("SELECT home_store_id FROM customers WHERE id = ?", (customer_id,)).fetchone()
    return row[0] if row else None


def save_customer(conn: sqlite3.Connection, c: Customer, client_id: str | None = None) -> Customer:
    body = _stamp(conn, c)
    digits, national = db.phone_keys(c.phone)
    columns = (c.home_store_id, db.fold(c.first_name), db.fold(c.last_name), c.email.lower() if c.email else None,
               digits, national, c.loyalty_card, c.version)
    row = conn.execute("SELECT n FROM customers WHERE id = ?", (c.id,)).fetchone()
    if row is None:
        n = conn.execute("INSERT INTO customers (id, home_store_id, first_n, last_n, email, phone_digits,"
                         " phone_national, loyalty_card, version, client_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (c.id, *columns, client_id)).lastrowid
        conn.execute("INSERT INTO customer_bodies (n, body) VALUES (?, ?)", (n, body))
    else:
        n = row[0]
        conn.execute("UPDATE customers SET home_store_id = ?, first_n = ?, last_n = ?, email = ?, phone_digits = ?,"
                     " phone_national = ?, loyalty_card = ?, version = ? WHERE n = ?", (*columns, n))
        conn.execute("UPDATE customer_bodies SET body = ? WHERE n = ?", (body, n))
    return c


def link_customer_to_store(conn: sqlite3.Connection, customer_id: str, store_id: str) -> bool:
    """Make the customer part of the store's clientele; True when that is new."""
    if home_store(conn, customer_id) == store_id:
        return False
    cur = conn.execute("INSERT OR IGNORE INTO customer_stores (store_id, customer_id) VALUES (?, ?)",
                       (store_id, customer_id))
    return cur.rowcount > 0


def save_note(conn: sqlite3.Connection, note: CustomerNote, client_id: str | None = None) -> CustomerNote:
    body = _stamp(conn, note)
    conn.execute("INSERT OR REPLACE INTO notes (id, customer_id, home_store_id, created_at, client_id, version, body)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (note.id, note.customer_id, home_store(conn, note.customer_id),
                  db.iso(note.created_at), client_id, note.version, body))
    return note


def cart(conn: sqlite3.Connection, cart_id: str) -> OnlineCart | None:
    return _one(conn, OnlineCart, "SELECT body FROM carts WHERE id = ?", (cart_id,))


def save_cart(conn: sqlite3.Connection, c: OnlineCart) -> OnlineCart:
    body = _stamp(conn, c)
    conn.execute("INSERT OR REPLACE INTO carts (id, customer_id, home_store_id, status, updated_at, version, body)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (c.id, c.customer_id, home_store(conn, c.customer_id), c.status.value,
                  db.iso(c.updated_at), c.version, body))
    return c


# --- pickups and orders --------------------------------------------------------------------

def pickup(conn: sqlite3.Connection, pickup_id: str) -> PickupOrder | None:
    return _one(conn, PickupOrder, "SELECT body FROM pickups WHERE id = ?", (pickup_id,))


def save_pickup(conn: sqlite3.Connection, p: PickupOrder) -> PickupOrder:
    body = _stamp(conn, p)
    conn.execute("INSERT OR REPLACE INTO pickups (id, store_id, customer_id, status, version, body)"
                 " VALUES (?, ?, ?, ?, ?, ?)", (p.id, p.store_id, p.customer_id, p.status.value, p.version, body))
    return p


def order(conn: sqlite3.Connection, order_id: str) -> EndlessAisleOrder | None:
    return _one(conn, EndlessAisleOrder, "SELECT body FROM orders WHERE id = ?", (order_id,))


def save_order(conn: sqlite3.Connection, o: EndlessAisleOrder) -> EndlessAisleOrder:
    body = _stamp(conn, o)
    conn.execute("INSERT OR REPLACE INTO orders (id, store_id, associate_id, customer_id, client_id, status,"
                 " created_at, version, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (o.id, o.store_id, o.associate_id, o.customer_id, o.client_order_id, o.status.value,
                  db.iso(o.created_at), o.version, body))
    return o
