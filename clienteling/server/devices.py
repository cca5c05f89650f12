"""Devices report their outbox and conflict inbox after each sync round (the dashboard's end-of-day view)."""
from __future__ import annotations

import json

from fastapi import APIRouter
from fastapi.responses import Response

from clienteling.models import DeviceHeartbeat

from . import db
from .context import AnyCaller, Config, Conn
from .errors import invalid, responses

router = APIRouter(prefix="/v1", tags=["devices"])


@router.post("/devices/heartbeat", status_code=204, response_class=Response, responses=responses(401))
def heartbeat(body: DeviceHeartbeat, caller: AnyCaller, conn: Conn, config: Config) -> Response:
    """Replace this device's last report (a state, not an event: repeating it is harmless).

    A device reports only itself: `device_id` must be the one its session was opened with.
    """
    (session_device,) = conn.execute("SELECT device_id FROM sessions WHERE id = ?", (caller.session_id,)).fetchone()
    if body.device_id != session_device:
        raise invalid("device_mismatch", "a device reports only for itself (the device it signed in on)")
    conflicts = json.dumps([c.model_dump(mode="json") for c in body.conflicts], separators=(",", ":"))
    with db.write(conn):
        conn.execute(
            "INSERT OR REPLACE INTO devices (device_id, store_id, associate_id, queued_commands, conflicts,"
            " last_sync_at, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (body.device_id, caller.store.id, caller.associate.id, body.queued_commands, conflicts,
             db.iso(body.last_sync_at) if body.last_sync_at else None, db.iso(config.now())))
    return Response(status_code=204)
