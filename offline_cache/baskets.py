"""Endless-aisle drafts and order lookups: the basket rows (migration 2) and orders by client id."""
from __future__ import annotations

import json
from typing import Any

from clienteling.models import EndlessAisleOrder

from .database import Connection, transaction
from .timestamps import iso, now as utcnow

CURRENT = "current"
"""The key of the basket the associate is building on this device."""


def load(conn: Connection, key: str = CURRENT) -> dict[str, Any] | None:
    row = conn.execute("SELECT body FROM baskets WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else None


def save(conn: Connection, body: dict[str, Any], key: str = CURRENT) -> None:
    with transaction(conn):
        conn.execute("INSERT INTO baskets (key, updated_at, body) VALUES (?, ?, ?)"
                     " ON CONFLICT(key) DO UPDATE SET updated_at = excluded.updated_at, body = excluded.body",
                     (key, iso(utcnow()), json.dumps(body, separators=(",", ":"), ensure_ascii=False)))


def delete(conn: Connection, key: str = CURRENT) -> None:
    with transaction(conn):
        conn.execute("DELETE FROM baskets WHERE key = ?", (key,))


def order_by_client_id(conn: Connection, client_order_id: str) -> EndlessAisleOrder | None:
    """The order a basket became: the optimistic row, then the server's under its own id."""
    row = conn.execute("SELECT body FROM orders WHERE client_order_id = ? ORDER BY version DESC LIMIT 1",
                       (client_order_id,)).fetchone()
    return EndlessAisleOrder.model_validate_json(row[0]) if row else None


def orders_of_customer(conn: Connection, customer_id: str, limit: int = 50) -> list[EndlessAisleOrder]:
    return [EndlessAisleOrder.model_validate_json(r[0]) for r in conn.execute(
        "SELECT body FROM orders WHERE customer_id = ? ORDER BY created_at DESC LIMIT ?", (customer_id, limit))]
