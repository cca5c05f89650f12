"""Wrong pickup codes typed on this device, per order: the count and the lock survive a restart.

Offline, the cached code hash is the only check; a counter kept in memory would let anyone
restart the app for five more guesses. One row per order with failures; it goes when the
right code is typed, and retention drops rows untouched for a day.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import NamedTuple

from .database import Connection, transaction
from .timestamps import iso, parse


class Attempts(NamedTuple):
    failures: int
    locked_until: datetime | None


def get(conn: Connection, pickup_id: str) -> Attempts:
    row = conn.execute("SELECT failures, locked_until FROM code_attempts WHERE pickup_id = ?",
                       (pickup_id,)).fetchone()
    return Attempts(row[0], parse(row[1])) if row else Attempts(0, None)


def record_failure(conn: Connection, pickup_id: str, limit: int, lock_for: timedelta, now: datetime,
                   exhausted: bool = False) -> Attempts:
    """One more wrong code (or, `exhausted`, as many as the limit); the limit reached locks the order."""
    with transaction(conn):
        failures = limit if exhausted else get(conn, pickup_id).failures + 1
        locked_until = now + lock_for if failures >= limit else None
        conn.execute(
            "INSERT INTO code_attempts (pickup_id, failures, locked_until, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(pickup_id) DO UPDATE SET failures = excluded.failures,"
            " locked_until = excluded.locked_until, updated_at = excluded.updated_at",
            (pickup_id, failures, iso(locked_until), iso(now)))
    return Attempts(failures, locked_until)


def clear(conn: Connection, pickup_id: str) -> None:
    """The right code, or a lock that has passed: the order starts afresh."""
    with transaction(conn):
        conn.execute("DELETE FROM code_attempts WHERE pickup_id = ?", (pickup_id,))


def purge(conn: Connection, before: datetime) -> int:
    with transaction(conn):
        return conn.execute("DELETE FROM code_attempts WHERE updated_at < ? AND (locked_until IS NULL"
                            " OR locked_until < ?)", (iso(before), iso(before))).rowcount
