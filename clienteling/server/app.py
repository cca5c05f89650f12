"""The reference backend: the /v1 contract over SQLite, as a FastAPI application."""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from fastapi import FastAPI

from . import (auth, carts, customers, dashboard, db, devices, directory, errors, events, feeds, orders, pickups,
               products, sourcing, stock)
from .context import Settings

logger = logging.getLogger(__name__)

ROUTERS = (directory.router, auth.router, feeds.router, customers.router, carts.router, products.router,
           stock.router, pickups.router, sourcing.router, orders.router, dashboard.router, devices.router,
           events.router)


def create_app(db_path: str, *, now: Callable[[], datetime] | None = None,
               access_ttl: timedelta = timedelta(minutes=15), refresh_ttl: timedelta = timedelta(days=30),
               events_poll_seconds: float = 0.5) -> FastAPI:
    """Build the app over the database at `db_path` (schema created if missing)."""
    conn = db.connect(db_path)
    try:
        db.init_schema(conn)
    finally:
        conn.close()
    settings = Settings(db_path=str(db_path), access_ttl=access_ttl, refresh_ttl=refresh_ttl,
                        events_poll_seconds=events_poll_seconds)
    if now is not None:
        settings.now = now
    app = FastAPI(title="Clienteling backend", version=directory.SERVER_VERSION,
                  description="The /v1 contract of the clienteling app (reference implementation).")
    app.state.settings = settings
    errors.install(app)
    for router in ROUTERS:
        app.include_router(router)
    return app
