"""Arrange a click-and-collect order on the real test backend with a code the test knows.

The demo chain never publishes pickup codes (the loader drops them, as a real order system
only prints them for the customer), so a test that plays the customer gives one ready order
of the signed-in store a known code and three waiting lines, the way the OMS would have
prepared it. Written through the backend's own records (new version), so the next pull sees it.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

from clienteling.models import PickupLine, PickupLineStatus, PickupOrder, PickupStatus
from clienteling.server import db, records

CODE = "K7M2Q9"
WRONG_CODE = "AAAAAA"


def counter_order(backend, *, code: str = CODE, lines: int = 3, requires_proof: bool = False,
                  index: int = 0) -> PickupOrder:
    """A ready order of the backend's first demo store, collect-by in two days, `lines` waiting lines."""
    conn = db.connect(backend.db_path)
    try:
        with db.write(conn):
            ids = [r[0] for r in conn.execute(
                "SELECT id FROM pickups WHERE store_id = ? AND status = 'ready' ORDER BY id", (backend.store_id,))]
            order = records.pickup(conn, ids[index])
            assert order is not None
            skus = [r[0] for r in conn.execute(
                "SELECT sku FROM stock WHERE location_id = ? AND on_hand > 0 ORDER BY sku LIMIT ?",
                (backend.store_id, lines))]
            template = order.lines[0]
            order.lines = [PickupLine(line_id=str(n + 1), sku=sku, name=f"{template.name} {n + 1}", quantity=1,
                                      unit_price=template.unit_price, status=PickupLineStatus.WAITING)
                           for n, sku in enumerate(skus)]
            order.total = template.unit_price.model_copy(
                update={"amount_minor": template.unit_price.amount_minor * len(skus)})
            for sku in skus:
                records.adjust_stock(conn, sku, backend.store_id, datetime.now(timezone.utc), reserved=1)
            salt = f"salt-{order.id}"
            order.code_salt, order.code_hash = salt, hashlib.sha256((salt + code).encode()).hexdigest()
            order.status, order.requires_proof, order.problem = PickupStatus.READY, requires_proof, None
            order.collect_by = datetime.now(timezone.utc) + timedelta(days=2)
            order.collected_at = order.cancelled_at = None
            records.save_pickup(conn, order)
            return order
    finally:
        conn.close()


def handover_count(backend, pickup_id: str) -> int:
    conn = db.connect(backend.db_path)
    try:
        return int(conn.execute("SELECT count(*) FROM handovers WHERE pickup_id = ?", (pickup_id,)).fetchone()[0])
    finally:
        conn.close()


def finish_preparing(backend) -> PickupOrder:
    """The warehouse team finishes preparing an order: it becomes ready (a new version to pull)."""
    conn = db.connect(backend.db_path)
    try:
        with db.write(conn):
            pickup_id = conn.execute("SELECT id FROM pickups WHERE store_id = ? AND status = 'preparing' ORDER BY id",
                                     (backend.store_id,)).fetchone()[0]
            order = records.pickup(conn, pickup_id)
            assert order is not None
            now = datetime.now(timezone.utc)
            order.status, order.ready_at, order.collect_by = PickupStatus.READY, now, now + timedelta(days=5)
            records.save_pickup(conn, order)
            return order
    finally:
        conn.close()
