"""The store manager's dashboard: pickups, collection times, endless-aisle attribution, carts, stock-outs, devices.

Every figure is computed from the live tables when asked (a store's rows are few); periods
are the store's local calendar (see clienteling.models.dashboard).
"""
from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter

from clienteling.models import (
    OPEN_PICKUP_STATUSES, STOCKOUT_DAYS, STOCKOUT_TOP, TREND_DAYS, AssociateSales, Attribution, CartTakeovers,
    CollectionDay, Dashboard, DeviceState, EndlessAisleOrder, Money, PickupStatus, ReportedConflict, StockOut,
)

from . import db
from .context import Config, Conn, Manager
from .errors import responses

router = APIRouter(prefix="/v1", tags=["dashboard"])

DEVICE_DAYS = 30
"""A device shows on the dashboard while it signed in or reported within this many days."""


# --- stock-outs: recorded when an order is placed (and when history is loaded) ----------------------

def record_stockouts(conn: sqlite3.Connection, order: EndlessAisleOrder | dict[str, Any]) -> int:
    """Record which lines of an endless-aisle order were stock-outs of the selling store; returns how many.

    Definition. A line of an endless-aisle order is a *stock-out that sent the customer to
    endless aisle* when, at the moment the order is recorded, the store the sale is
    attributed to (`store_id`) had fewer units of the line's SKU available (on hand minus
    reserved; no stock row counts as 0) than the order asks for that SKU (its lines summed).
    Every endless-aisle line is sourced elsewhere by construction (a source can never be the
    selling store), so the store's own availability is what tells a stock-out apart from a
    sale made elsewhere for another reason (home delivery of an item the store had).

    Call it in the transaction that records the order, before anything changes the store's
    stock: `POST /v1/orders` does, and so does the loader for imported history (whose stock
    snapshot is then the best evidence of what the store had).
    """
    data = order.model_dump(mode="json") if isinstance(order, EndlessAisleOrder) else order
    wanted: dict[str, list[Any]] = {}
    for line in data["lines"]:
        entry = wanted.setdefault(line["sku"], [0, 0, line["name"]])
        entry[0] += int(line["quantity"])
        entry[1] += int(line["quantity"]) * int(line["unit_price"]["amount_minor"])
    recorded = 0
    for sku, (quantity, revenue, name) in wanted.items():
        row = conn.execute("SELECT on_hand - reserved FROM stock WHERE sku = ? AND location_id = ?",
                           (sku, data["store_id"])).fetchone()
        available = max(0, int(row[0])) if row else 0
        if available < quantity:
            conn.execute("INSERT OR REPLACE INTO stockouts (order_id, sku, store_id, quantity, revenue_minor, name,"
                         " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (data["id"], sku, data["store_id"], quantity, revenue, name,
                          db.iso(datetime.fromisoformat(data["created_at"]))))
            recorded += 1
    return recorded


# --- the aggregates -----------------------------------------------------------------------------

def _periods(now: datetime, zone: ZoneInfo) -> tuple[datetime, datetime, date]:
    today = now.astimezone(zone).date()
    day_start = datetime.combine(today, time(0), zone)
    week_start = datetime.combine(today - timedelta(days=today.weekday()), time(0), zone)
    return day_start, week_start, today


def _pickups(conn: sqlite3.Connection, store: str, now: datetime, zone: ZoneInfo, day_start: datetime,
             today: date) -> tuple[dict[PickupStatus, int], int, int, list[CollectionDay], float | None]:
    by_status = {status: 0 for status in PickupStatus}
    overdue = collected_today = 0
    first_day = today - timedelta(days=TREND_DAYS - 1)
    waits: dict[date, list[float]] = defaultdict(list)
    for status_text, body in conn.execute("SELECT status, body FROM pickups WHERE store_id = ?", (store,)):
        status = PickupStatus(status_text)
        by_status[status] += 1
        data = json.loads(body)
        if status in OPEN_PICKUP_STATUSES:
            collect_by = data.get("collect_by")
            if collect_by and datetime.fromisoformat(collect_by) < now:
                overdue += 1
        elif status == PickupStatus.COLLECTED and data.get("collected_at"):
            collected = datetime.fromisoformat(data["collected_at"])
            if collected >= day_start:
                collected_today += 1
            day = collected.astimezone(zone).date()
            if first_day <= day <= today and data.get("ready_at"):
                ready = datetime.fromisoformat(data["ready_at"])
                waits[day].append(max(0.0, (collected - ready).total_seconds() / 60))
    trend = []
    for n in range(TREND_DAYS):
        day = first_day + timedelta(days=n)
        values = waits.get(day, [])
        trend.append(CollectionDay(day=day, collected=len(values),
                                   average_minutes=round(sum(values) / len(values), 1) if values else None))
    every = [w for values in waits.values() for w in values]
    average = round(sum(every) / len(every), 1) if every else None
    return by_status, overdue, collected_today, trend, average


def _attribution(conn: sqlite3.Connection, store: str, day_start: datetime, week_start: datetime,
                 end: datetime) -> list[Attribution]:
    names = {a: json.loads(b)["display_name"] for a, b in conn.execute(
        "SELECT id, body FROM associates WHERE store_id = ?", (store,))}
    figures: dict[str, list[int]] = {}
    for associate_id, created_at, body in conn.execute(
            "SELECT associate_id, created_at, body FROM orders WHERE store_id = ? AND created_at >= ?"
            " AND created_at < ? AND status != 'cancelled'", (store, db.iso(week_start), db.iso(end))):
        amount = int(json.loads(body)["total"]["amount_minor"])
        entry = figures.setdefault(associate_id, [0, 0, 0, 0])
        entry[2] += 1
        entry[3] += amount
        if datetime.fromisoformat(created_at) >= day_start:
            entry[0] += 1
            entry[1] += amount
    rows = [Attribution(associate_id=a, display_name=names.get(a, a), orders_today=f[0],
                        revenue_today=Money(amount_minor=f[1]), orders_week=f[2], revenue_week=Money(amount_minor=f[3]))
            for a, f in figures.items()]
    return sorted(rows, key=lambda r: (-r.revenue_week.amount_minor, -r.orders_week, r.display_name))


def _carts(conn: sqlite3.Connection, store: str, day_start: datetime, week_start: datetime) -> CartTakeovers:
    counts = [0, 0, 0, 0]
    for status, taken_at in conn.execute(
            "SELECT status, json_extract(body, '$.taken_over_at') FROM carts"
            " WHERE json_extract(body, '$.taken_over_by') IN (SELECT id FROM associates WHERE store_id = ?)",
            (store,)):
        if not taken_at:
            continue
        at = datetime.fromisoformat(taken_at)
        ordered = status == "ordered"
        if at >= week_start:
            counts[2] += 1
            counts[3] += ordered
        if at >= day_start:
            counts[0] += 1
            counts[1] += ordered
    return CartTakeovers(taken_over_today=counts[0], ordered_today=counts[1], taken_over_week=counts[2],
                         ordered_week=counts[3])


def _stockouts(conn: sqlite3.Connection, store: str, now: datetime) -> list[StockOut]:
    since = db.iso(now - timedelta(days=STOCKOUT_DAYS))
    rows = conn.execute(
        "SELECT s.sku, max(s.name), count(*), sum(s.quantity), sum(s.revenue_minor), max(s.created_at)"
        " FROM stockouts s JOIN orders o ON o.id = s.order_id"
        " WHERE s.store_id = ? AND s.created_at >= ? AND o.status != 'cancelled'"
        " GROUP BY s.sku ORDER BY count(*) DESC, sum(s.quantity) DESC, sum(s.revenue_minor) DESC, s.sku LIMIT ?",
        (store, since, STOCKOUT_TOP))
    return [StockOut(sku=sku, name=name, orders=n, quantity=q, revenue=Money(amount_minor=r),
                     last_at=datetime.fromisoformat(last)) for sku, name, n, q, r, last in rows]


def _devices(conn: sqlite3.Connection, store: str, now: datetime) -> list[DeviceState]:
    """Devices seen through their sessions (who signed in, when) and their last heartbeat."""
    names = {a: json.loads(b)["display_name"] for a, b in conn.execute(
        "SELECT id, body FROM associates WHERE store_id = ?", (store,))}
    horizon = now - timedelta(days=DEVICE_DAYS)
    devices: dict[str, DeviceState] = {}
    for device_id, associate_id, created_at in conn.execute(
            "SELECT s.device_id, s.associate_id, s.created_at FROM sessions s"
            " WHERE s.associate_id IN (SELECT id FROM associates WHERE store_id = ?) ORDER BY s.created_at",
            (store,)):
        signed_in = datetime.fromisoformat(created_at)
        if signed_in < horizon:
            continue
        devices[device_id] = DeviceState(device_id=device_id, associate_id=associate_id,
                                         associate_name=names.get(associate_id), signed_in_at=signed_in)
    for device_id, associate_id, queued, conflicts, last_sync, reported in conn.execute(
            "SELECT device_id, associate_id, queued_commands, conflicts, last_sync_at, reported_at FROM devices"
            " WHERE store_id = ?", (store,)):
        reported_at = datetime.fromisoformat(reported)
        state = devices.get(device_id)
        if state is None:
            if reported_at < horizon:
                continue
            state = devices[device_id] = DeviceState(device_id=device_id, associate_id=associate_id,
                                                     associate_name=names.get(associate_id))
        if state.signed_in_at is None or reported_at >= state.signed_in_at:  # whoever used it last
            state.associate_id, state.associate_name = associate_id, names.get(associate_id)
        state.reported_at = reported_at
        state.last_sync_at = datetime.fromisoformat(last_sync) if last_sync else None
        state.queued_commands = int(queued)
        state.conflicts = [ReportedConflict.model_validate(c) for c in json.loads(conflicts)]
    # Devices needing attention first (waiting commands, conflicts), then the most recently active.
    def order(d: DeviceState) -> tuple[Any, ...]:
        seen = max((t for t in (d.reported_at, d.signed_in_at) if t is not None), default=horizon)
        return (not (d.queued_commands or d.conflicts), -seen.timestamp(), d.device_id)
    return sorted(devices.values(), key=order)


def compute(conn: sqlite3.Connection, store_id: str, timezone: str, now: datetime) -> Dashboard:
    """The dashboard of one store at `now` (also what the contract tests compare with)."""
    zone = ZoneInfo(timezone)
    day_start, week_start, today = _periods(now, zone)
    end = day_start + timedelta(days=1)
    by_status, overdue, collected_today, trend, average = _pickups(conn, store_id, now, zone, day_start, today)
    attribution = _attribution(conn, store_id, day_start, week_start, end)
    today_sales = sorted((AssociateSales(associate_id=a.associate_id, orders=a.orders_today, revenue=a.revenue_today)
                          for a in attribution if a.orders_today),
                         key=lambda s: (-s.revenue.amount_minor, s.associate_id))
    return Dashboard(
        store_id=store_id, as_of=now, timezone=timezone, day_start=day_start, week_start=week_start,
        pickups_by_status=by_status, pickups_overdue=overdue, pickups_collected_today=collected_today,
        average_ready_to_collected_minutes=average, collection_trend=trend,
        orders_today=sum(a.orders_today for a in attribution),
        revenue_today=Money(amount_minor=sum(a.revenue_today.amount_minor for a in attribution)),
        orders_week=sum(a.orders_week for a in attribution),
        revenue_week=Money(amount_minor=sum(a.revenue_week.amount_minor for a in attribution)),
        sales_by_associate=today_sales, attribution=attribution, carts=_carts(conn, store_id, day_start, week_start),
        stockouts=_stockouts(conn, store_id, now), devices=_devices(conn, store_id, now))


@router.get("/dashboard", response_model=Dashboard, responses=responses(401, 403))
def dashboard(caller: Manager, conn: Conn, config: Config) -> Dashboard:
    """Store aggregates for managers, computed from the live tables."""
    return compute(conn, caller.store.id, caller.store.timezone, config.now())
