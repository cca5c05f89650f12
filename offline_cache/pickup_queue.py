"""The pickup queue as the counter sees it: cached pickups by view, paged, with their sync state.

Views are computed from the cached rows alone (so the queue is the same online and offline):
open ones by status, overdue (collect-by passed), collected since a given instant (today in the
store's zone), cancelled, and problem orders. Each row says whether a command on it still
waits to sync, and since when.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from clienteling.models import PickupOrder

from .database import Connection
from .timestamps import iso, parse

VIEWS = ("open", "preparing", "ready", "partly_collected", "overdue", "collected_today", "cancelled", "problems")

_OPEN = "status IN ('preparing', 'ready', 'partly_collected')"
_PENDING = ("(SELECT min(created_at) FROM outbox WHERE entity_key = 'pickups:' || pickups.key"
            " AND state IN ('pending', 'sent'))")
_CONFLICT = ("(SELECT max(seq) FROM outbox WHERE entity_key = 'pickups:' || pickups.key AND state = 'conflict')")


@dataclass(frozen=True)
class QueueRow:
    order: PickupOrder
    pending_since: datetime | None
    """When the oldest command on this order still waiting to sync was accepted; None if none."""
    conflict_seq: int | None
    """The outbox row of an unresolved conflict on this order (the inbox explains it)."""


def _where(view: str, text: str | None, now: datetime, since: datetime) -> tuple[str, list[Any], str]:
    params: list[Any] = []
    if view == "open":
        clause, order = _OPEN, "collect_by IS NULL, collect_by, created_at"
    elif view in ("preparing", "ready", "partly_collected"):
        clause, order = "status = ?", "collect_by IS NULL, collect_by, created_at"
        params.append(view)
    elif view == "overdue":
        clause = "status IN ('ready', 'partly_collected') AND collect_by IS NOT NULL AND collect_by < ?"
        order = "collect_by, created_at"
        params.append(iso(now))
    elif view == "collected_today":
        clause = "status = 'collected' AND julianday(json_extract(body, '$.collected_at')) >= julianday(?)"
        order = "json_extract(body, '$.collected_at') DESC, created_at DESC"
        params.append(iso(since))
    elif view == "cancelled":
        clause, order = "status = 'cancelled'", "json_extract(body, '$.cancelled_at') DESC, created_at DESC"
    elif view == "problems":
        clause = f"{_OPEN} AND json_extract(body, '$.problem') IS NOT NULL"
        order = "collect_by IS NULL, collect_by, created_at"
    else:
        raise ValueError(f"unknown pickup view {view!r}")
    if text and text.strip():
        pattern = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clause += " AND (number LIKE ? ESCAPE '\\' OR customer_name LIKE ? ESCAPE '\\' OR key = ?)"
        params += [pattern, pattern, text.strip()]
    return clause, params, order


def queue_page(conn: Connection, view: str, text: str | None, now: datetime, since: datetime,
               limit: int = 50, offset: int = 0) -> list[QueueRow]:
    """One page of a view, in the order the counter works through it."""
    clause, params, order = _where(view, text, now, since)
    rows = conn.execute(f"SELECT body, {_PENDING}, {_CONFLICT} FROM pickups WHERE {clause} ORDER BY {order}"
                        " LIMIT ? OFFSET ?", (*params, limit, offset)).fetchall()
    return [QueueRow(PickupOrder.model_validate_json(r[0]), parse(r[1]), r[2]) for r in rows]


def queue_count(conn: Connection, view: str, text: str | None, now: datetime, since: datetime) -> int:
    clause, params, _ = _where(view, text, now, since)
    return int(conn.execute(f"SELECT count(*) FROM pickups WHERE {clause}", params).fetchone()[0])


def queue_counts(conn: Connection, text: str | None, now: datetime, since: datetime) -> dict[str, int]:
    """How many orders each view holds (the filter buttons show them)."""
    return {view: queue_count(conn, view, text, now, since) for view in VIEWS}


def ready_ids(conn: Connection) -> set[str]:
    """Orders ready at the counter: a sync that adds one tells the associate."""
    return {r[0] for r in conn.execute("SELECT key FROM pickups WHERE status = 'ready'")}


def pickup_row(conn: Connection, pickup_id: str) -> QueueRow | None:
    row = conn.execute(f"SELECT body, {_PENDING}, {_CONFLICT} FROM pickups WHERE key = ?", (pickup_id,)).fetchone()
    return QueueRow(PickupOrder.model_validate_json(row[0]), parse(row[1]), row[2]) if row else None


def find_pickup(conn: Connection, reference: str) -> QueueRow | None:
    """By order id, or by the number printed on the receipt."""
    ref = reference.strip()
    row = conn.execute(f"SELECT body, {_PENDING}, {_CONFLICT} FROM pickups WHERE key = ? OR number = ?"
                       " ORDER BY key = ? DESC LIMIT 1", (ref, ref.upper(), ref)).fetchone()
    return QueueRow(PickupOrder.model_validate_json(row[0]), parse(row[1]), row[2]) if row else None
