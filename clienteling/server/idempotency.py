"""Idempotent commands: the key, the answer and the effect are committed in one transaction."""
from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Header, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from pydantic import BaseModel

from clienteling.models import IDEMPOTENCY_HEADER, ErrorCode

from . import db
from .context import Caller
from .errors import ApiError

logger = logging.getLogger(__name__)

REPLAY_HEADER = "Idempotent-Replay"

IdempotencyKey = Annotated[str, Header(
    alias=IDEMPOTENCY_HEADER, min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$",
    description="client-chosen key of this command; a replay returns the first answer and has no second effect")]

Effect = Callable[[sqlite3.Connection], tuple[int, BaseModel | dict[str, Any]]]


def _request_hash(method: str, path: str, body: BaseModel | None) -> str:
    canonical = json.dumps(body.model_dump(mode="json") if body is not None else None, sort_keys=True,
                           separators=(",", ":"))
    return hashlib.sha256(f"{method} {path}\n{canonical}".encode()).hexdigest()


def run(conn: sqlite3.Connection, request: Request, caller: Caller, key: str, body: BaseModel | None,
        effect: Effect) -> Response:
    """Answer a replayed key from the record, or apply `effect` and record its answer atomically.

    Recorded answers: every 2xx and the business refusals (409, 422) raised by the effect,
    undoing what the effect wrote unless the refusal keeps it (a counted wrong pickup code).
    Refusals that time may lift (404, 423) are not recorded and leave no trace.
    """
    method, path = request.method, request.url.path
    request_hash = _request_hash(method, path, body)
    with db.write(conn):
        row = conn.execute("SELECT method, path, request_hash, status, response_body FROM idempotency WHERE key = ?",
                           (key,)).fetchone()
        if row is not None:
            if (row[0], row[1], row[2]) != (method, path, request_hash):
                raise ApiError(422, ErrorCode.IDEMPOTENCY_MISMATCH,
                               "this Idempotency-Key was already used for a different request")
            return Response(content=row[4] or b"", status_code=row[3], media_type="application/json",
                            headers={REPLAY_HEADER: "true"})
        conn.execute("SAVEPOINT effect")
        try:
            status, result = effect(conn)
            # Encoded once (pydantic-core): the same bytes are recorded and sent.
            content = result.model_dump_json() if isinstance(result, BaseModel) else db.dumps(result)
        except ApiError as exc:
            if not exc.recordable:
                raise
            if not exc.keep_effects:
                conn.execute("ROLLBACK TO effect")
            status, content = exc.status, db.dumps(exc.payload())
        conn.execute("RELEASE effect")
        conn.execute("INSERT INTO idempotency (key, associate_id, method, path, request_hash, status, response_body,"
                     " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (key, caller.associate.id, method, path, request_hash, status, content,
                      db.iso(request.app.state.settings.now())))
    return Response(content=content.encode(), status_code=status, media_type="application/json")


async def run_async(conn: sqlite3.Connection, request: Request, caller: Caller, key: str, body: BaseModel | None,
                    effect: Effect) -> Response:
    """`run` for async endpoints: on the event loop when no other writer of this process holds
    the database, else in the thread pool so that the loop never waits.

    A command's transaction is a few hundred microseconds (WAL, synchronous=NORMAL: no fsync),
    less than the thread-pool hop a sync endpoint pays on every request.
    """
    lock = getattr(conn, "write_lock", None)
    if lock is not None and lock.acquire(blocking=False):
        try:
            return run(conn, request, caller, key, body, effect)
        finally:
            lock.release()
    return await run_in_threadpool(run, conn, request, caller, key, body, effect)
