"""Bulk load of demo (or imported) data into an empty or existing backend database."""
from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from . import dashboard, db
from .security import PIN_SCRYPT_N, hash_secret

logger = logging.getLogger(__name__)

KINDS = ("locations", "associates", "products", "stock", "customers", "purchases", "notes", "wishlists",
         "carts", "pickups", "orders", "credentials")

Rows = list[dict[str, Any]]


class _Loader:
    """Keeps what later kinds need from earlier ones (home stores) while batches stream in."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.home: dict[str, str | None] = {}

    def _versions(self, rows: Rows) -> int:
        return db.next_versions(self.conn, len(rows)) if rows else 0

    def _stamp(self, rows: Rows) -> Iterable[tuple[int, dict[str, Any], str]]:
        """Each row gets its version (set in place: the batches are handed over to the loader)."""
        first = self._versions(rows)
        dumps = db.dumps
        for i, d in enumerate(rows):
            d["version"] = first + i
            yield first + i, d, dumps(d)

    def locations(self, rows: Rows) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO locations (id, kind, version, body) VALUES (?, ?, ?, ?)",
            [(d["id"], d["kind"], v, body) for v, d, body in self._stamp(rows)])

    def associates(self, rows: Rows) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO associates (id, store_id, username, role, version, body) VALUES (?, ?, ?, ?, ?, ?)",
            [(d["id"], d["store_id"], d["username"], d["role"], v, body) for v, d, body in self._stamp(rows)])

    def products(self, rows: Rows) -> None:
        stamped = list(self._stamp(rows))
        self.conn.executemany(
            "INSERT OR REPLACE INTO products (style_id, search, version, body) VALUES (?, ?, ?, ?)",
            [(d["style_id"], db.fold(f"{d['name']} {d['brand']} {d['category']}"), v, body) for v, d, body in stamped])
        self.conn.executemany(
            "INSERT OR REPLACE INTO variants (sku, gtin, style_id, name, price_minor, currency) VALUES (?, ?, ?, ?, ?, ?)",
            [(var["sku"], var["gtin"], d["style_id"], d["name"], var["price"]["amount_minor"], var["price"]["currency"])
             for _, d, _ in stamped for var in d["variants"]])

    def stock(self, rows: Rows) -> None:
        for d in rows:
            d["available"] = max(0, d["on_hand"] - d["reserved"])
        self.conn.executemany(
            "INSERT OR REPLACE INTO stock (sku, location_id, on_hand, reserved, version, body) VALUES (?, ?, ?, ?, ?, ?)",
            [(d["sku"], d["location_id"], d["on_hand"], d["reserved"], v, body) for v, d, body in self._stamp(rows)])

    def customers(self, rows: Rows) -> None:
        fold = db.fold
        (n,) = self.conn.execute("SELECT COALESCE(MAX(n), 0) FROM customers").fetchone()
        params, bodies = [], []
        for v, d, body in self._stamp(rows):
            n += 1
            self.home[d["id"]] = d.get("home_store_id")
            digits, national = db.phone_keys(d.get("phone"))
            email = d.get("email")
            params.append((n, d["id"], d.get("home_store_id"), fold(d["first_name"]), fold(d["last_name"]),
                           email.lower() if email else None, digits, national, d.get("loyalty_card"), v))
            bodies.append((n, body))
        self.conn.executemany(
            "INSERT INTO customers (n, id, home_store_id, first_n, last_n, email, phone_digits, phone_national,"
            " loyalty_card, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", params)
        self.conn.executemany("INSERT INTO customer_bodies (n, body) VALUES (?, ?)", bodies)

    def _home_of(self, customer_id: str) -> str | None:
        if customer_id in self.home:
            return self.home[customer_id]
        row = self.conn.execute("SELECT home_store_id FROM customers WHERE id = ?", (customer_id,)).fetchone()
        self.home[customer_id] = row[0] if row else None
        return self.home[customer_id]

    def purchases(self, rows: Rows) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO purchases (id, customer_id, home_store_id, purchased_at, version, body)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(d["id"], d["customer_id"], self._home_of(d["customer_id"]), d["purchased_at"], v, body)
             for v, d, body in self._stamp(rows)])

    def notes(self, rows: Rows) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO notes (id, customer_id, home_store_id, created_at, version, body)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(d["id"], d["customer_id"], self._home_of(d["customer_id"]), d["created_at"], v, body)
             for v, d, body in self._stamp(rows)])

    def wishlists(self, rows: Rows) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO wishlists (customer_id, sku, home_store_id, version, body) VALUES (?, ?, ?, ?, ?)",
            [(d["customer_id"], d["sku"], self._home_of(d["customer_id"]), v, body)
             for v, d, body in self._stamp(rows)])

    def carts(self, rows: Rows) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO carts (id, customer_id, home_store_id, status, updated_at, version, body)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(d["id"], d["customer_id"], self._home_of(d["customer_id"]), d["status"], d["updated_at"], v, body)
             for v, d, body in self._stamp(rows)])

    def _link(self, pairs: Iterable[tuple[str, str | None]]) -> None:
        """Customers with a pickup or order in a store other than their home join its clientele."""
        self.conn.executemany(
            "INSERT OR IGNORE INTO customer_stores (store_id, customer_id) VALUES (?, ?)",
            [(store, cid) for store, cid in pairs if cid and self._home_of(cid) != store])

    def pickups(self, rows: Rows) -> None:
        for d in rows:
            d.pop("pickup_code", None)
        self.conn.executemany(
            "INSERT OR REPLACE INTO pickups (id, store_id, customer_id, status, version, body) VALUES (?, ?, ?, ?, ?, ?)",
            [(d["id"], d["store_id"], d["customer_id"], d["status"], v, body) for v, d, body in self._stamp(rows)])
        self._link((d["store_id"], d["customer_id"]) for d in rows)

    def orders(self, rows: Rows) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO orders (id, store_id, associate_id, customer_id, client_id, status, created_at,"
            " version, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(d["id"], d["store_id"], d["associate_id"], d.get("customer_id"), d["client_order_id"], d["status"],
              d["created_at"], v, body) for v, d, body in self._stamp(rows)])
        self._link((d["store_id"], d.get("customer_id")) for d in rows)
        for d in rows:  # the loaded stock is the best evidence of what the store had
            dashboard.record_stockouts(self.conn, d)

    def credentials(self, rows: Rows) -> None:
        # hashlib.scrypt holds the GIL, so this is serial: ~80 ms per associate.
        params = [(d["associate_id"], hash_secret(d["password"]), hash_secret(d["pin"], n=PIN_SCRYPT_N))
                  for d in rows]
        self.conn.executemany(
            "INSERT OR REPLACE INTO credentials (associate_id, password_hash, pin_hash) VALUES (?, ?, ?)", params)


def load_demo(target: str | Path | sqlite3.Connection, batches: Iterable[tuple[str, Rows]]) -> dict[str, int]:
    """Insert batches of `(kind, [model_dump(mode="json") dicts])` in one transaction; returns counts.

    The dicts are trusted (they come from the generator or an import already validated by
    the models) and are consumed: the loader sets their `version` in place. Clear pickup
    codes and passwords never reach the database.
    """
    own = not isinstance(target, sqlite3.Connection)
    conn = db.connect(target) if own else target  # type: ignore[arg-type]
    db.init_schema(conn)
    loader = _Loader(conn)
    handlers: dict[str, Callable[[Rows], None]] = {kind: getattr(loader, kind) for kind in KINDS}
    counts: dict[str, int] = {}
    seconds: dict[str, float] = {}
    started = time.monotonic()
    empty = conn.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()[0] == 0
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-262144")  # 256 MiB for this connection while it loads
    conn.execute("PRAGMA threads=2")  # helper threads for the index sorts
    try:
        with db.write(conn):
            # Into an empty database, building the indexes once at the end is several times faster.
            indexes = db.secondary_indexes(conn) if empty else []
            for name, _ in indexes:
                conn.execute(f'DROP INDEX "{name}"')
            for kind, rows in batches:
                if kind not in handlers:
                    raise ValueError(f"unknown kind of demo data: {kind!r}")
                rows = list(rows)
                t0 = time.monotonic()
                handlers[kind](rows)
                seconds[kind] = seconds.get(kind, 0.0) + time.monotonic() - t0
                counts[kind] = counts.get(kind, 0) + len(rows)
            t0 = time.monotonic()
            for _, sql in indexes:
                conn.execute(sql)
            seconds["indexes"] = time.monotonic() - t0
    finally:
        conn.execute("PRAGMA synchronous=NORMAL")
        if own:
            conn.close()
    logger.info("loaded %s in %.1f s", json.dumps(counts), time.monotonic() - started)
    logger.debug("seconds per kind: %s", json.dumps({k: round(v, 2) for k, v in seconds.items()}))
    return counts
