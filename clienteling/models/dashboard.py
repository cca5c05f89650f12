"""The store manager's dashboard (GET /v1/dashboard) and the devices' heartbeat (POST /v1/devices/heartbeat).

Periods are the store's local calendar: "today" starts at 00:00 in the store's time zone,
"this week" at 00:00 on the Monday of the current ISO week, and the collection trend covers
the 14 local days ending today.
"""
from __future__ import annotations

from datetime import date

from pydantic import Field

from .common import Id, Model, Money, Sku, UtcDatetime
from .pickup import PickupStatus

TREND_DAYS = 14
STOCKOUT_DAYS = 30
STOCKOUT_TOP = 10


class AssociateSales(Model):
    """Today's endless-aisle sales of one associate (kept for older clients; see `attribution`)."""

    associate_id: Id
    orders: int = Field(ge=0)
    revenue: Money


class Attribution(Model):
    """Endless-aisle orders attributed to one associate of the store (cancelled orders excluded)."""

    associate_id: Id
    display_name: str
    orders_today: int = Field(ge=0)
    revenue_today: Money
    orders_week: int = Field(ge=0)
    revenue_week: Money


class CollectionDay(Model):
    """Pickups fully collected on one local day and their mean wait from ready to collected."""

    day: date
    collected: int = Field(ge=0)
    average_minutes: float | None = Field(default=None, ge=0, description="None when nothing was collected")


class CartTakeovers(Model):
    """Online carts taken over by this store's associates, and how many of those became orders.

    A cart counts in a period by its `taken_over_at`; it "became an order" when its status is
    now `ordered` (an endless-aisle order was placed from it).
    """

    taken_over_today: int = Field(ge=0)
    ordered_today: int = Field(ge=0)
    taken_over_week: int = Field(ge=0)
    ordered_week: int = Field(ge=0)


class StockOut(Model):
    """An item the store had no stock of when a customer wanted it, so it was sold via endless aisle."""

    sku: Sku
    name: str
    orders: int = Field(ge=1)
    quantity: int = Field(ge=1)
    revenue: Money
    last_at: UtcDatetime


class ReportedConflict(Model):
    """A command of a device that the backend refused and nobody has resolved yet (as the device reports it)."""

    kind: str = Field(min_length=1, max_length=40)
    entity_key: str = Field(min_length=1, max_length=140)
    reason: str = Field(min_length=1, max_length=200)
    created_at: UtcDatetime


class DeviceHeartbeat(Model):
    """What a device reports after each sync round: its outbox and its conflict inbox."""

    device_id: Id
    queued_commands: int = Field(ge=0, le=1_000_000)
    conflicts: list[ReportedConflict] = Field(default_factory=list, max_length=100)
    last_sync_at: UtcDatetime | None = None


class DeviceState(Model):
    """A device of the store as the backend knows it: from its sessions and its last heartbeat."""

    device_id: Id
    associate_id: Id | None = Field(default=None, description="who signed in on it last")
    associate_name: str | None = None
    signed_in_at: UtcDatetime | None = None
    reported_at: UtcDatetime | None = Field(default=None, description="its last heartbeat; None if it never sent one")
    last_sync_at: UtcDatetime | None = None
    queued_commands: int = Field(default=0, ge=0)
    conflicts: list[ReportedConflict] = Field(default_factory=list)


class Dashboard(Model):
    """Aggregates of the caller's store, computed from the live tables at `as_of`."""

    store_id: Id
    as_of: UtcDatetime
    timezone: str
    day_start: UtcDatetime
    week_start: UtcDatetime
    pickups_by_status: dict[PickupStatus, int]
    pickups_overdue: int = Field(ge=0, description="open orders whose collect_by has passed")
    pickups_collected_today: int = Field(ge=0)
    average_ready_to_collected_minutes: float | None = Field(
        default=None, ge=0, description="over the orders collected in the trend's 14 days")
    collection_trend: list[CollectionDay] = Field(description="the 14 local days ending today, oldest first")
    orders_today: int = Field(ge=0)
    revenue_today: Money
    orders_week: int = Field(ge=0)
    revenue_week: Money
    sales_by_associate: list[AssociateSales] = Field(description="today, highest revenue first")
    attribution: list[Attribution] = Field(description="today and this week, highest weekly revenue first")
    carts: CartTakeovers
    stockouts: list[StockOut] = Field(description="top items over the last 30 days, most orders first")
    devices: list[DeviceState]


__all__ = ["STOCKOUT_DAYS", "STOCKOUT_TOP", "TREND_DAYS", "AssociateSales", "Attribution", "CartTakeovers",
           "CollectionDay", "Dashboard", "DeviceHeartbeat", "DeviceState", "ReportedConflict", "StockOut"]
