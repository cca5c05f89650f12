"""Outbox replay: every accepted command reaches the backend exactly once.

Commands are claimed in batches (the oldest unsettled command of each entity only, so
replay is FIFO per entity), sent concurrently across entities with their idempotency keys,
and settled in one cache transaction per batch. Network faults, timeouts, 5xx and malformed
answers are retried with exponential backoff and jitter — the same key makes a retry after a
lost answer harmless. Any other refusal lands in the conflict inbox with the server's reason
and current state, and the cache is put back to the server's truth.
"""
from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from offline_cache import outbox

from .. import errors
from ..client import BackendClient
from ..commands import settle_answer, settle_conflict
from ..models import utcnow
from ..storage import LocalStore

log = logging.getLogger(__name__)

MAX_BACKOFF_S = 300.0

ALREADY_DONE = frozenset({"duplicate_note", "duplicate_customer", "duplicate_order"})
"""409 reasons that mean "this create was already applied" (same client id, another key)."""


def backoff_delay(attempts: int, rng: random.Random) -> float:
    """Exponential backoff with full jitter: 1 s, 2 s, 4 s … capped at five minutes."""
    return min(MAX_BACKOFF_S, 2.0 ** max(0, attempts - 1)) * (0.5 + rng.random())


@dataclass
class Outcome:
    command: outbox.Command
    seq: int
    kind: str
    entity_key: str
    state: str  # done | retry | conflict | stop
    status: int | None = None
    body: Any = None
    error: str | None = None
    reason: str | None = None
    retry_at: datetime | None = None


@dataclass
class PushReport:
    done: int = 0
    conflicts: int = 0
    retried: int = 0
    stopped: str | None = None
    last_success_at: datetime | None = None
    outcomes: list[Outcome] = field(default_factory=list)


class Replayer:
    """Drains the outbox; one instance per open LocalStore (the cache file lock makes it unique)."""

    def __init__(self, client: BackendClient, store: LocalStore, *, concurrency: int = 16, batch: int = 256,
                 clock: Callable[[], datetime] = utcnow, rng: random.Random | None = None) -> None:
        self.client = client
        self.store = store
        self.concurrency = concurrency
        self.batch = batch
        self.clock = clock
        self.rng = rng or random.Random()
        self._lock = asyncio.Lock()
        self._recovered = False

    async def push_once(self, *, progress: Callable[[PushReport], None] | None = None) -> PushReport:
        """Send everything that is due now; stops early when the backend is unreachable.

        Pipelined: the next batch is claimed while the current one is on the wire, and a
        batch is settled (one cache transaction) while the next one is sent. FIFO per entity
        holds: a claimed batch's entities are 'sent' until settled, so their next commands
        wait for a later batch.
        """
        report = PushReport()
        async with self._lock:
            if not self._recovered:
                # Commands claimed by a run that crashed never got their answer: resend them
                # (same keys, so the backend answers what it answered the first time).
                await self.store.write(outbox.release_all_sent)
                self._recovered = True
            settling: asyncio.Future[None] | None = None
            prefetch: asyncio.Future[list[outbox.Command]] | None = None
            try:
                rows = await self.store.write(outbox.claim_batch, self.clock(), self.batch)
                while rows:
                    sending = asyncio.ensure_future(self._send_all(rows))
                    prefetch = asyncio.ensure_future(self.store.write(outbox.claim_batch, self.clock(), self.batch))
                    outcomes = await sending
                    if settling is not None:
                        await settling
                    settling = asyncio.ensure_future(self.store.write(_settle, outcomes, self.clock()))
                    self._count(report, outcomes)
                    if progress:
                        progress(report)
                    stop = next((o for o in outcomes if o.state in ("stop", "retry")), None)
                    if stop is not None:
                        report.stopped = stop.error
                        break
                    rows, prefetch = await prefetch, None
                    if not rows:
                        # The batch being settled may have been holding back its entities' next commands.
                        await settling
                        settling = None
                        rows = await self.store.write(outbox.claim_batch, self.clock(), self.batch)
                if settling is not None:
                    await settling  # its failure is the run's failure
                    settling = None
            finally:
                if settling is not None:  # only when another exception is on its way out
                    await asyncio.gather(settling, return_exceptions=True)
                if prefetch is not None:
                    # Claimed but never sent: back to pending, untried.
                    unsent = (await asyncio.gather(prefetch, return_exceptions=True))[0]
                    if isinstance(unsent, list) and unsent:
                        await self.store.write(_release, [r.seq for r in unsent])
        return report

    def _count(self, report: PushReport, outcomes: list[Outcome]) -> None:
        for o in outcomes:
            if o.state == "done":
                report.done += 1
                report.last_success_at = self.clock()
            elif o.state == "conflict":
                report.conflicts += 1
            elif o.state == "retry":
                report.retried += 1
        report.outcomes.extend(o for o in outcomes if o.state == "conflict")

    async def _send_all(self, rows: list[outbox.Command]) -> list[Outcome]:
        gate = asyncio.Semaphore(self.concurrency)

        async def one(row: outbox.Command) -> Outcome:
            async with gate:
                return await self._send(row)

        return list(await asyncio.gather(*(one(r) for r in rows)))

    async def _send(self, row: outbox.Command) -> Outcome:
        base = dict(command=row, seq=row.seq, kind=row.kind, entity_key=row.entity_key)
        try:
            answer = await self.client.send_command(row.method, row.path, row.body, row.idempotency_key)
        except errors.AuthExpired as exc:
            return Outcome(**base, state="stop", error=f"signed out: {exc.message}")
        except errors.Conflict as exc:
            if exc.reason in ALREADY_DONE and isinstance(exc.current, dict):
                # The same create (same client id) arrived earlier under another key: it is
                # done, exactly once, and `current` is its answer.
                return Outcome(**base, state="done", status=exc.status, body=exc.current)
            body = {"code": exc.code, "message": exc.message, "reason": exc.reason, "current": exc.current,
                    "details": exc.details}
            return Outcome(**base, state="conflict", status=exc.status, body=body, error=exc.message,
                           reason=exc.reason)
        except errors.BackendError as exc:
            if exc.transient:
                delay = backoff_delay(row.attempts + 1, self.rng)
                return Outcome(**base, state="retry", error=exc.message, status=exc.status,
                               retry_at=self.clock() + timedelta(seconds=delay))
            body = {"code": exc.code, "message": exc.message, "reason": exc.reason, "current": exc.current,
                    "details": exc.details}
            return Outcome(**base, state="conflict", status=exc.status, body=body, error=exc.message,
                           reason=exc.reason)
        return Outcome(**base, state="done", status=answer.status, body=answer.body)


def _release(conn: Any, seqs: list[int]) -> None:
    with outbox.transaction(conn):
        for seq in seqs:
            outbox.release(conn, seq)


def _settle(conn: Any, outcomes: list[Outcome], now: datetime) -> None:
    """Record every outcome of a batch, and its effect on the cache, in one transaction."""
    with outbox.transaction(conn):
        for o in outcomes:
            if o.state == "done":
                outbox.mark_done(conn, o.seq, o.status, o.body, now)
                settle_answer(conn, o.command, o.body)
            elif o.state == "retry":
                outbox.mark_retry(conn, o.seq, o.error or "", o.retry_at or now)
            elif o.state == "conflict":
                outbox.mark_conflict(conn, o.seq, o.status or 0, o.body, now)
                settle_conflict(conn, o.command, o.body)
            else:
                outbox.release(conn, o.seq)
