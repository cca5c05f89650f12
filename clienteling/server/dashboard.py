"""The store manager's dashboard: pickups by status, overdue collections, today's endless-aisle sales."""
from __future__ import annotations

import json
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from fastapi import APIRouter
from pydantic import Field

from clienteling.models import OPEN_PICKUP_STATUSES, Money, PickupStatus
from clienteling.models.common import Id, Model, UtcDatetime

from . import db
from .context import Config, Conn, Manager
from .errors import responses

router = APIRouter(prefix="/v1", tags=["dashboard"])


class AssociateSales(Model):
    associate_id: Id
    orders: int = Field(ge=0)
    revenue: Money


class Dashboard(Model):
    """Aggregates of the caller's store; "today" is the store's local calendar day."""

    store_id: Id
    as_of: UtcDatetime
    pickups_by_status: dict[PickupStatus, int]
    pickups_overdue: int = Field(ge=0, description="open orders whose collect_by has passed")
    orders_today: int = Field(ge=0)
    revenue_today: Money
    sales_by_associate: list[AssociateSales]


@router.get("/dashboard", response_model=Dashboard, responses=responses(401, 403))
def dashboard(caller: Manager, conn: Conn, config: Config) -> Dashboard:
    """Store aggregates for managers, computed from the live tables."""
    now = config.now()
    store = caller.store.id
    by_status = {status: 0 for status in PickupStatus}
    overdue = 0
    for status, body in conn.execute("SELECT status, body FROM pickups WHERE store_id = ?", (store,)):
        by_status[PickupStatus(status)] += 1
        if PickupStatus(status) in OPEN_PICKUP_STATUSES:
            collect_by = json.loads(body).get("collect_by")
            if collect_by and datetime.fromisoformat(collect_by) < now:
                overdue += 1
    zone = ZoneInfo(caller.store.timezone)
    day_start = datetime.combine(now.astimezone(zone).date(), time(0), zone)
    start, end = db.iso(day_start), db.iso(day_start + timedelta(days=1))
    sales: dict[str, list[int]] = {}
    for associate_id, status, body in conn.execute(
            "SELECT associate_id, status, body FROM orders WHERE store_id = ? AND created_at >= ? AND created_at < ?",
            (store, start, end)):
        if status == "cancelled":
            continue
        entry = sales.setdefault(associate_id, [0, 0])
        entry[0] += 1
        entry[1] += int(json.loads(body)["total"]["amount_minor"])
    per_associate = [AssociateSales(associate_id=a, orders=n, revenue=Money(amount_minor=r))
                     for a, (n, r) in sorted(sales.items(), key=lambda kv: -kv[1][1])]
    return Dashboard(store_id=store, as_of=now, pickups_by_status=by_status, pickups_overdue=overdue,
                     orders_today=sum(s.orders for s in per_associate),
                     revenue_today=Money(amount_minor=sum(s.revenue.amount_minor for s in per_associate)),
                     sales_by_associate=per_associate)
