"""Forward-only schema migrations, numbered by PRAGMA user_version, each in one transaction."""
from __future__ import annotations

import logging
from typing import Any

from . import schema
from .errors import SchemaTooNew

log = logging.getLogger(__name__)

MIGRATION_2 = """
-- The endless-aisle basket being built on this device (one per key; "current" today): a
-- draft, not a command — it survives a restart and is deleted in the transaction that
-- queues the order it became.
CREATE TABLE baskets (key TEXT PRIMARY KEY, updated_at TEXT NOT NULL, body TEXT NOT NULL);
"""

MIGRATION_3 = """
-- Server answers kept for offline viewing, with when they were fetched (the dashboard's
-- figures): a small key/value table, one JSON value per key, replaced on each fetch.
CREATE TABLE snapshots (key TEXT PRIMARY KEY, fetched_at TEXT NOT NULL, body TEXT NOT NULL);
"""

MIGRATIONS: tuple[str, ...] = (
    schema.MIGRATION_1,
    MIGRATION_2,
    MIGRATION_3,
    schema.MIGRATION_4,
    schema.MIGRATION_5,
    schema.MIGRATION_6,
    schema.MIGRATION_7,
    schema.MIGRATION_8,
)
"""MIGRATIONS[n - 1] brings a cache from user_version n - 1 to n. Append only; never edit one."""

LATEST = len(MIGRATIONS)


def current_version(conn: Any) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Any) -> int:
    """Bring the cache to LATEST; returns the version it started from."""
    start = current_version(conn)
    if start > LATEST:
        raise SchemaTooNew(f"This cache has schema {start}, newer than this app's {LATEST}: "
                           "update the app (the cache is kept as is, with its outbox).")
    for number in range(start + 1, LATEST + 1):
        script = f"BEGIN IMMEDIATE;\n{MIGRATIONS[number - 1]}\nPRAGMA user_version = {number};\nCOMMIT;"
        try:
            conn.executescript(script)
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        log.info("cache schema migrated to %d", number)
    return start
