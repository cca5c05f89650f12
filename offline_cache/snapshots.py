"""Server answers kept for offline viewing (migration 3): one JSON value per key, with its fetch time.

Not a feed: nothing is merged or versioned. The latest answer replaces the previous one, and
readers show its age ("figures from 14:05, 2 hours ago") when they cannot fetch a newer one.
"""
from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from .database import Connection, transaction
from .timestamps import iso, parse


def put(conn: Connection, key: str, body: Any, fetched_at: datetime) -> None:
    with transaction(conn):
        conn.execute("INSERT INTO snapshots (key, fetched_at, body) VALUES (?, ?, ?)"
                     " ON CONFLICT(key) DO UPDATE SET fetched_at = excluded.fetched_at, body = excluded.body",
                     (key, iso(fetched_at), json.dumps(body, separators=(",", ":"), ensure_ascii=False)))


def get(conn: Connection, key: str) -> tuple[Any, datetime] | None:
    """(value, fetched_at) of `key`, or None when it was never fetched on this device."""
    row = conn.execute("SELECT body, fetched_at FROM snapshots WHERE key = ?", (key,)).fetchone()
    if row is None:
        return None
    return json.loads(row[0]), parse(row[1])  # type: ignore[return-value]


def delete(conn: Connection, key: str) -> None:
    with transaction(conn):
        conn.execute("DELETE FROM snapshots WHERE key = ?", (key,))
