"""The backend's SQLite store: schema, connections, the version counter and tombstones.

Document-style: each entity table keeps the model's JSON in `body` (with its current
`version` inside) next to the indexed columns the queries need. Every versioned row gets
its own version from one server-wide counter, so a feed page never splits a tie.
"""
from __future__ import annotations

import os
import queue
import sqlite3
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pydantic_core import to_json

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT OR IGNORE INTO meta (name, value) VALUES ('version', 0), ('order_number', 0), ('loyalty_card', 0);

CREATE TABLE IF NOT EXISTS locations (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS locations_version ON locations (version);

CREATE TABLE IF NOT EXISTS associates (
    id TEXT PRIMARY KEY, store_id TEXT NOT NULL, username TEXT NOT NULL, role TEXT NOT NULL,
    version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS associates_login ON associates (store_id, username);
CREATE INDEX IF NOT EXISTS associates_store_version ON associates (store_id, version);

CREATE TABLE IF NOT EXISTS credentials (
    associate_id TEXT PRIMARY KEY, password_hash TEXT NOT NULL, pin_hash TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS products (
    style_id TEXT PRIMARY KEY, search TEXT NOT NULL, version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS products_version ON products (version);
CREATE TABLE IF NOT EXISTS variants (
    sku TEXT PRIMARY KEY, gtin TEXT NOT NULL, style_id TEXT NOT NULL, name TEXT NOT NULL,
    price_minor INTEGER NOT NULL, currency TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS variants_gtin ON variants (gtin);
CREATE INDEX IF NOT EXISTS variants_style ON variants (style_id);

CREATE TABLE IF NOT EXISTS stock (
    sku TEXT NOT NULL, location_id TEXT NOT NULL, on_hand INTEGER NOT NULL, reserved INTEGER NOT NULL,
    version INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (sku, location_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS stock_version ON stock (version);

-- customers: a narrow indexed table (cheap index builds over a million rows) and the JSON apart
CREATE TABLE IF NOT EXISTS customers (
    n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, home_store_id TEXT, first_n TEXT NOT NULL, last_n TEXT NOT NULL,
    email TEXT, phone_digits TEXT, phone_national TEXT, loyalty_card TEXT, client_id TEXT, version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS customer_bodies (n INTEGER PRIMARY KEY, body TEXT NOT NULL);
CREATE VIEW IF NOT EXISTS customer_docs AS
    SELECT c.id, c.home_store_id, c.first_n, c.last_n, c.email, c.phone_digits, c.phone_national, c.loyalty_card,
           c.client_id, c.version, b.body
    FROM customers c JOIN customer_bodies b ON b.n = c.n;
CREATE INDEX IF NOT EXISTS customers_home_version ON customers (home_store_id, version);
CREATE INDEX IF NOT EXISTS customers_first ON customers (first_n);
CREATE INDEX IF NOT EXISTS customers_last ON customers (last_n);
CREATE INDEX IF NOT EXISTS customers_email ON customers (email);
CREATE INDEX IF NOT EXISTS customers_phone ON customers (phone_digits);
CREATE INDEX IF NOT EXISTS customers_phone_national ON customers (phone_national);
CREATE INDEX IF NOT EXISTS customers_card ON customers (loyalty_card);
CREATE INDEX IF NOT EXISTS customers_client_id ON customers (client_id) WHERE client_id IS NOT NULL;

-- stores other than the home store whose clientele a customer belongs to (a pickup or order there)
CREATE TABLE IF NOT EXISTS customer_stores (
    store_id TEXT NOT NULL, customer_id TEXT NOT NULL, PRIMARY KEY (store_id, customer_id)) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS purchases (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, home_store_id TEXT, purchased_at TEXT NOT NULL,
    version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS purchases_customer ON purchases (customer_id, purchased_at);
CREATE INDEX IF NOT EXISTS purchases_home_version ON purchases (home_store_id, version);

CREATE TABLE IF NOT EXISTS notes (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, home_store_id TEXT, created_at TEXT NOT NULL,
    client_id TEXT, version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS notes_customer ON notes (customer_id, created_at);
CREATE INDEX IF NOT EXISTS notes_home_version ON notes (home_store_id, version);
CREATE INDEX IF NOT EXISTS notes_client_id ON notes (client_id);

CREATE TABLE IF NOT EXISTS wishlists (
    customer_id TEXT NOT NULL, sku TEXT NOT NULL, home_store_id TEXT, version INTEGER NOT NULL,
    body TEXT NOT NULL, PRIMARY KEY (customer_id, sku)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS wishlists_home_version ON wishlists (home_store_id, version);

CREATE TABLE IF NOT EXISTS carts (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, home_store_id TEXT, status TEXT NOT NULL,
    updated_at TEXT NOT NULL, version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS carts_customer ON carts (customer_id, updated_at);
CREATE INDEX IF NOT EXISTS carts_home_version ON carts (home_store_id, version);

CREATE TABLE IF NOT EXISTS pickups (
    id TEXT PRIMARY KEY, store_id TEXT NOT NULL, customer_id TEXT NOT NULL, status TEXT NOT NULL,
    version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS pickups_store_version ON pickups (store_id, version);
CREATE INDEX IF NOT EXISTS pickups_store_status ON pickups (store_id, status);

CREATE TABLE IF NOT EXISTS orders (
    id TEXT PRIMARY KEY, store_id TEXT NOT NULL, associate_id TEXT NOT NULL, customer_id TEXT,
    client_id TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL,
    version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS orders_store_version ON orders (store_id, version);
CREATE INDEX IF NOT EXISTS orders_store_created ON orders (store_id, created_at);
CREATE INDEX IF NOT EXISTS orders_client_id ON orders (client_id);

CREATE TABLE IF NOT EXISTS tombstones (
    feed TEXT NOT NULL, key TEXT NOT NULL, store_id TEXT, version INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS tombstones_feed_version ON tombstones (feed, version);

CREATE TABLE IF NOT EXISTS idempotency (
    key TEXT PRIMARY KEY, associate_id TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL,
    request_hash TEXT NOT NULL, status INTEGER NOT NULL, response_body TEXT, created_at TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY, associate_id TEXT NOT NULL, device_id TEXT NOT NULL,
    access_hash TEXT NOT NULL, access_expires_at TEXT NOT NULL,
    refresh_hash TEXT NOT NULL, refresh_expires_at TEXT NOT NULL,
    pin_failures INTEGER NOT NULL DEFAULT 0, revoked INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS sessions_access ON sessions (access_hash);
CREATE UNIQUE INDEX IF NOT EXISTS sessions_refresh ON sessions (refresh_hash);

CREATE TABLE IF NOT EXISTS pickup_attempts (
    pickup_id TEXT PRIMARY KEY, failures INTEGER NOT NULL, locked_until TEXT);

CREATE TABLE IF NOT EXISTS handovers (
    id TEXT PRIMARY KEY, pickup_id TEXT NOT NULL, handed_over_at TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS handovers_pickup ON handovers (pickup_id, handed_over_at);

-- endless-aisle order lines the selling store had no stock of when the order was placed (dashboard)
CREATE TABLE IF NOT EXISTS stockouts (
    order_id TEXT NOT NULL, sku TEXT NOT NULL, store_id TEXT NOT NULL, quantity INTEGER NOT NULL,
    revenue_minor INTEGER NOT NULL, name TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (order_id, sku));
CREATE INDEX IF NOT EXISTS stockouts_store_created ON stockouts (store_id, created_at);

-- the last heartbeat of each device: its outbox and conflict inbox as it reported them
CREATE TABLE IF NOT EXISTS devices (
    device_id TEXT PRIMARY KEY, store_id TEXT NOT NULL, associate_id TEXT NOT NULL, queued_commands INTEGER NOT NULL,
    conflicts TEXT NOT NULL, last_sync_at TEXT, reported_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS devices_store ON devices (store_id);

CREATE TABLE IF NOT EXISTS notices (
    id INTEGER PRIMARY KEY, pickup_id TEXT NOT NULL, channel TEXT NOT NULL, associate_id TEXT NOT NULL,
    sent_at TEXT NOT NULL);
"""


class ServerConnection(sqlite3.Connection):
    """A connection that knows the in-process writer lock of its database file."""

    write_lock: threading.RLock


_WRITE_LOCKS: dict[str, threading.RLock] = {}
_WRITE_LOCKS_GUARD = threading.Lock()


def _write_lock(db_path: str | Path) -> threading.RLock:
    """Re-entrant: a caller may take it first to learn whether writing now would wait."""
    key = os.path.realpath(db_path)
    with _WRITE_LOCKS_GUARD:
        return _WRITE_LOCKS.setdefault(key, threading.RLock())


def connect(db_path: str | Path) -> sqlite3.Connection:
    """A connection in autocommit mode; transactions are explicit (see `write`).

    WAL with synchronous=NORMAL: a commit is durable against a crash of the server process
    and commits stay in order; on power loss the last transactions before the crash may be
    rolled back (never torn or reordered). That is the reference server's chosen trade-off:
    no fsync per command. A deployment that needs power-loss durability of every command
    sets synchronous=FULL (about one fsync per write).
    """
    conn = sqlite3.connect(str(db_path), isolation_level=None, check_same_thread=False, timeout=30.0,
                           factory=ServerConnection)
    conn.write_lock = _write_lock(db_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA busy_timeout=30000")
    return conn


class ConnectionPool:
    """Reused connections of one database: no open/PRAGMA/close (and WAL checkpoint) per request."""

    def __init__(self, db_path: str | Path, *, keep: int = 32) -> None:
        self.db_path = db_path
        self.keep = keep
        self._idle: queue.SimpleQueue[sqlite3.Connection] = queue.SimpleQueue()

    def get(self) -> sqlite3.Connection:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            return connect(self.db_path)

    def put(self, conn: sqlite3.Connection) -> None:
        if conn.in_transaction:  # never hand over a half-done transaction
            conn.rollback()
        if self._idle.qsize() >= self.keep:
            conn.close()
        else:
            self._idle.put(conn)

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return


def init_schema(conn: sqlite3.Connection) -> None:
    """Create what is missing; safe on an existing database."""
    conn.executescript(SCHEMA)


@contextmanager
def write(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One writer at a time (BEGIN IMMEDIATE): versions are committed in the order they are issued.

    Writers of this process queue on a lock first: SQLite's busy handler would otherwise
    sleep-poll (up to 100 ms a try) and serialise concurrent commands far below the disk's pace.
    Other processes (the loader, a second server) still meet the busy timeout.
    """
    lock: threading.RLock | None = getattr(conn, "write_lock", None)
    if lock is not None:
        lock.acquire()
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")
    finally:
        if lock is not None:
            lock.release()


@contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A consistent read across several statements (a feed page's items and tombstones)."""
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        conn.execute("COMMIT")


def next_versions(conn: sqlite3.Connection, count: int = 1) -> int:
    """Reserve `count` consecutive versions; returns the first. Call inside `write`."""
    (last,) = conn.execute("UPDATE meta SET value = value + ? WHERE name = 'version' RETURNING value",
                           (count,)).fetchone()
    return int(last) - count + 1


def next_number(conn: sqlite3.Connection, name: str) -> int:
    """The next value of a named sequence (order numbers, loyalty cards)."""
    (value,) = conn.execute("UPDATE meta SET value = value + 1 WHERE name = ? RETURNING value", (name,)).fetchone()
    return int(value)


def current_version(conn: sqlite3.Connection) -> int:
    (value,) = conn.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
    return int(value)


def add_tombstone(conn: sqlite3.Connection, feed: str, key: str, store_id: str | None = None) -> int:
    """Record that `key` left `feed` (for every store, or only for `store_id`)."""
    version = next_versions(conn)
    conn.execute("INSERT INTO tombstones (feed, key, store_id, version) VALUES (?, ?, ?, ?)",
                 (feed, key, store_id, version))
    return version


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, accent-free form used for accent-insensitive prefix search."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def phone_keys(phone: str | None) -> tuple[str | None, str | None]:
    """All digits, and the national number without country code or trunk zero, for prefix search."""
    if not phone:
        return None, None
    digits = "".join(c for c in phone if c.isdigit())
    national = digits
    if phone.startswith("+"):
        for code in ("33", "39", "34", "49", "41", "32", "44", "1"):
            if digits.startswith(code):
                national = digits[len(code):]
                break
    return digits, national.lstrip("0")


def iso(moment: datetime) -> str:
    """UTC instant in the same text form pydantic dumps (`...Z`), so stored strings sort alike."""
    return moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


def dumps(body: Any) -> str:
    """Compact UTF-8 JSON as stored and served (pydantic-core's encoder: fast for bulk loads)."""
    return to_json(body).decode()


def secondary_indexes(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(name, CREATE statement) of every index we declared, for dropping around a bulk load."""
    return [(name, sql) for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")]
