"""Retention: customers nobody opened for a while leave the device, with their history.

The cache holds personal data; keeping only what the store uses limits what a lost tablet
exposes. A customer with an unsettled command stays until it settles. Stock levels looked up
across the network and settled commands are dropped once old, so the cache does not grow
with every SKU ever scanned. `housekeeping` runs them all; the sync engine calls it daily.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from . import code_attempts
from .database import Connection, transaction
from .schema import CUSTOMER_CHILD_FEEDS, TABLES
from .timestamps import iso, now as utcnow

log = logging.getLogger(__name__)

DEFAULT_DAYS = 90
STOCK_LOOKUP_DAYS = 7
"""A network stock level looked up this long ago says little about the shelf today."""
COMMAND_DAYS = 30


@dataclass(frozen=True)
class Housekeeping:
    customers: int
    stock_levels: int
    commands: int


def purge_customers(conn: Connection, days: int = DEFAULT_DAYS, now: datetime | None = None,
                    *, include_synced: bool = False) -> int:
    """Delete customers unused for `days` (and their purchases, notes, wishlist, carts, FTS rows).

    Only customers that came from online lookups by default: the store's own clientele comes
    from its feed, whose cursor has moved past them, so purging them would lose them offline
    until they change. `include_synced` purges those too (then reset the customer feeds).
    """
    cutoff = iso((now or utcnow()) - timedelta(days=days))
    with transaction(conn):
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS purge_keys (key TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM temp.purge_keys")
        conn.execute(
            "INSERT INTO temp.purge_keys SELECT c.key FROM customers c WHERE c.last_used_at < ? AND c.synced <= ?"
            " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.state IN ('pending', 'sent', 'conflict')"
            "   AND (o.entity_key = 'customers:' || c.key"
            "        OR o.entity_key IN (SELECT 'carts:' || k.key FROM carts k WHERE k.customer_id = c.key)))",
            (cutoff, int(include_synced)))
        for feed in CUSTOMER_CHILD_FEEDS:
            table = TABLES[feed].table
            conn.execute(f"DELETE FROM {table} WHERE customer_id IN (SELECT key FROM temp.purge_keys)")
        purged = conn.execute("DELETE FROM customers WHERE key IN (SELECT key FROM temp.purge_keys)").rowcount
        conn.execute("DELETE FROM deferred WHERE feed = 'customers' AND key IN (SELECT key FROM temp.purge_keys)")
        conn.execute("DELETE FROM temp.purge_keys")
    if purged:
        log.info("retention: %d customers unused for %d days removed from the cache", purged, days)
    return purged


def purge_settled_commands(conn: Connection, days: int = COMMAND_DAYS, now: datetime | None = None) -> int:
    """Drop done/failed outbox rows settled more than `days` ago (their answer is in the cache)."""
    cutoff = iso((now or utcnow()) - timedelta(days=days))
    with transaction(conn):
        return conn.execute("DELETE FROM outbox WHERE state IN ('done', 'failed') AND settled_at < ?",
                            (cutoff,)).rowcount


def purge_stale_stock(conn: Connection, days: int = STOCK_LOOKUP_DAYS, now: datetime | None = None) -> int:
    """Drop stock levels that came from online lookups (not the store's feed) fetched `days` ago or more."""
    cutoff = iso((now or utcnow()) - timedelta(days=days))
    with transaction(conn):
        return conn.execute(
            "DELETE FROM stock WHERE synced = 0 AND fetched_at < ? AND NOT EXISTS (SELECT 1 FROM outbox o"
            " WHERE o.entity_key = 'stock:' || stock.key AND o.state IN ('pending', 'sent', 'conflict'))",
            (cutoff,)).rowcount


def housekeeping(conn: Connection, customer_days: int = DEFAULT_DAYS, now: datetime | None = None) -> Housekeeping:
    """Every retention rule once, each in its own transaction."""
    now = now or utcnow()
    done = Housekeeping(customers=purge_customers(conn, customer_days, now),
                        stock_levels=purge_stale_stock(conn, now=now),
                        commands=purge_settled_commands(conn, COMMAND_DAYS, now))
    code_attempts.purge(conn, now - timedelta(days=1))
    if done.stock_levels or done.commands:
        log.info("retention: %d looked-up stock levels and %d settled commands removed",
                 done.stock_levels, done.commands)
    return done
