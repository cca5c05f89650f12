"""Server-sent events: new or changed pickups of the store and stock it follows, as they commit."""
from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections.abc import AsyncIterator
from typing import Annotated

import anyio.to_thread
from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import StreamingResponse

from . import db
from .context import AnyCaller
from .errors import responses
from .feeds import stock_scope

router = APIRouter(prefix="/v1", tags=["events"])

KEEPALIVE_SECONDS = 15.0


def _changes(db_path: str, store_id: str, scope: list[str], after: int) -> tuple[int, list[tuple[str, str, int]]]:
    """(newest version, [(feed, key, version)]) committed after `after`."""
    conn = db.connect(db_path)
    try:
        with db.snapshot(conn):
            newest = db.current_version(conn)
            if newest <= after:
                return newest, []
            events = [("pickup", pid, v) for pid, v in conn.execute(
                "SELECT id, version FROM pickups WHERE store_id = ? AND version > ? ORDER BY version LIMIT 500",
                (store_id, after))]
            marks = ",".join("?" * len(scope))
            events += [("stock", f"{sku}@{loc}", v) for sku, loc, v in conn.execute(
                f"SELECT sku, location_id, version FROM stock WHERE version > ? AND location_id IN ({marks})"
                " ORDER BY version LIMIT 500", (after, *scope))]
    finally:
        conn.close()
    events.sort(key=lambda e: e[2])
    return newest, events


async def _stream(request: Request, store_id: str, after: int | None, max_seconds: float) -> AsyncIterator[bytes]:
    settings = request.app.state.settings
    conn = db.connect(settings.db_path)
    try:
        scope = stock_scope(conn, store_id)
        position = db.current_version(conn) if after is None else after
    finally:
        conn.close()
    yield b"retry: 3000\n\n"
    started = last_sent = time.monotonic()
    while time.monotonic() - started < max_seconds:
        if await request.is_disconnected() or getattr(request.app.state, "stopping", False):
            return
        newest, events = await anyio.to_thread.run_sync(_changes, settings.db_path, store_id, scope, position)
        for feed, key, version in events:
            payload = json.dumps({"feed": "pickups" if feed == "pickup" else "stock", "key": key, "version": version})
            yield f"id: {version}\nevent: {feed}\ndata: {payload}\n\n".encode()
            last_sent = time.monotonic()
        position = events[-1][2] if len(events) >= 500 else newest
        if time.monotonic() - last_sent > KEEPALIVE_SECONDS:
            yield b": keep-alive\n\n"
            last_sent = time.monotonic()
        await asyncio.sleep(settings.events_poll_seconds)


@router.get("/events", response_class=StreamingResponse, responses={
    200: {"description": "text/event-stream of `pickup` and `stock` events, data {feed, key, version}",
          "content": {"text/event-stream": {"schema": {"type": "string"}}}}, **responses(401)})
async def events(request: Request, caller: AnyCaller,
                 last_event_id: Annotated[str | None, Header(alias="Last-Event-ID", max_length=20)] = None,
                 max_seconds: Annotated[float, Query(gt=0, le=3600, description="stream lifetime")] = 600.0,
                 ) -> StreamingResponse:
    """Push for the store's pickups and followed stock; polling the feeds remains the fallback."""
    after = int(last_event_id) if last_event_id and last_event_id.isdigit() else None
    return StreamingResponse(_stream(request, caller.store.id, after, max_seconds), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
