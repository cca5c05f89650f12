"""Forward-only schema migrations, numbered by PRAGMA user_version, each in one transaction."""
from __future__ import annotations

import logging
from typing import Any

from . import schema
from .errors import SchemaTooNew

log = logging.getLogger(__name__)

MIGRATIONS: tuple[str, ...] = (
    schema.MIGRATION_1,
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
