"""Outbox replay: every accepted command reaches the backend exactly once.

Commands are claimed in batches (the oldest unsettled command of each entity only, so
replay is FIFO per entity), sent concurrently across entities with their idempotency keys —
as many at once as the round trips show to be worth it (ConcurrencyLimit) — and settled in
one cache transaction per batch. Network faults, timeouts, 5xx and malformed
answers are retried with exponential backoff and jitter — the same key makes a retry after a
lost answer harmless. Any other refusal lands in the conflict inbox with the server's reason
and current state, and the cache is put back to the server's truth.
"""
from __future__ import annotations

import asyncio
import logging
import math
import random
import statistics
import time
from collections.abc import Callable, Sequence
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
class ConcurrencyLimit:
    """How many commands are on the wire at once: a gradient limiter on the round trip.

    Over a slow link the round trip is the network's, and each command more in flight drains
    the outbox proportionally faster. Over a fast one (loopback, a store LAN) the replay is
    bound by this process's CPU: commands beyond a few only wait in the event loop — the
    screen's loop too — which lengthens every round trip without adding throughput, and costs
    CPU as well, since httpcore polls every idle pooled connection (for 5 s after its last use)
    each time it hands one out. So, comparing a batch's median round trip with the fastest seen
    (the lowest decile of a batch, so that one lucky answer does not set it), the limit doubles
    while the median stays within `flat` of it, grows by one within `tolerance`, and beyond
    that shrinks in proportion, by half at most per batch.
    """

    value: int = 4
    low: int = 2
    high: int = 16
    flat: float = 1.25
    tolerance: float = 1.5
    fastest: float = math.inf

    def update(self, rtts: Sequence[float]) -> int:
        """Adapt to one batch's round trips (seconds); returns the new limit."""
        if len(rtts) >= 2:
            deciles = statistics.quantiles(rtts, n=10, method="inclusive")
            self.fastest = min(self.fastest, deciles[0])
            median = deciles[4]
            queued = median / self.fastest if self.fastest > 0 else 1.0
            if queued <= self.flat:
                limit = 2.0 * self.value
            elif queued <= self.tolerance:
                limit = self.value + 1.0
            else:
                limit = self.value * max(0.5, self.tolerance / queued) + 1
            self.value = max(self.low, min(self.high, int(limit)))
            log.debug("replay: %d in flight next (round trip %.1f ms, fastest %.1f ms)",
                      self.value, median * 1000, self.fastest * 1000)
        return self.value

    def batch(self, most: int) -> int:
        """How many commands to claim: a few rounds' worth, so the limit adapts early in a run."""
        return max(1, min(most, 16 * self.value))


@dataclass
class Outcome:
    command: outbox.Command
    seq: int
    kind: str
    entity_key: str
    state: str  # done | retry | conflict | stop | unsent
    status: int | None = None
    body: Any = None
    error: str | None = None
    reason: str | None = None
    retry_at: datetime | None = None
    seconds: float | None = None
    """The round trip of a command the backend accepted (what the concurrency limit adapts to)."""


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
        """The most commands on the wire at once; each run adapts below it (ConcurrencyLimit)."""
        self.last_limit: int | None = None
        """Where the last run's limit ended (the bench sends its direct baseline alike)."""
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
        limit = ConcurrencyLimit(value=min(4, self.concurrency), low=min(2, self.concurrency), high=self.concurrency)
        async with self._lock:
            if not self._recovered:
                # Commands claimed by a run that crashed never got their answer: resend them
                # (same keys, so the backend answers what it answered the first time).
                await self.store.write(outbox.release_all_sent)
                self._recovered = True
            settling: asyncio.Future[None] | None = None
            prefetch: asyncio.Future[list[outbox.Command]] | None = None
            try:
                rows = await self.store.write(outbox.claim_batch, self.clock(), limit.batch(self.batch))
                while rows:
                    sending = asyncio.ensure_future(self._send_all(rows, limit.value))
                    prefetch = asyncio.ensure_future(self.store.write(outbox.claim_batch, self.clock(),
                                                                      limit.batch(self.batch)))
                    outcomes = await sending
                    self.last_limit = limit.update([o.seconds for o in outcomes if o.seconds is not None])
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
                        rows = await self.store.write(outbox.claim_batch, self.clock(), limit.batch(self.batch))
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

    async def _send_all(self, rows: list[outbox.Command], limit: int) -> list[Outcome]:
        """Send a batch with `limit` workers; none takes another command once one had to stop.

        A worker sends its next command as soon as it has read the last answer: no hand-over
        through a semaphore, during which its pooled connection would sit idle (and be polled).
        Commands left untaken go back to pending untried.
        """
        outcomes = [Outcome(command=r, seq=r.seq, kind=r.kind, entity_key=r.entity_key, state="unsent") for r in rows]
        todo = iter(range(len(rows)))
        halted = False

        async def worker() -> None:
            nonlocal halted
            for i in todo:
                if halted:
                    return
                outcomes[i] = outcome = await self._send(rows[i])
                if outcome.state in ("stop", "retry"):
                    halted = True

        async with asyncio.TaskGroup() as workers:
            for _ in range(min(limit, len(rows))):
                workers.create_task(worker())
        return outcomes

    async def _send(self, row: outbox.Command) -> Outcome:
        base = dict(command=row, seq=row.seq, kind=row.kind, entity_key=row.entity_key)
        started = time.perf_counter()
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
        return Outcome(**base, state="done", status=answer.status, body=answer.body,
                       seconds=time.perf_counter() - started)


def _release(conn: Any, seqs: list[int]) -> None:
    with outbox.transaction(conn):
        for seq in seqs:
            outbox.release(conn, seq)


def _settle(conn: Any, outcomes: list[Outcome], now: datetime) -> None:
    """Record every outcome of a batch, and its effect on the cache, in one transaction."""
    with outbox.transaction(conn):
        done = [o for o in outcomes if o.state == "done"]
        outbox.mark_done_many(conn, [(o.seq, o.status, o.body) for o in done], now)
        for o in done:
            settle_answer(conn, o.command, o.body)
        for o in outcomes:
            if o.state == "retry":
                outbox.mark_retry(conn, o.seq, o.error or "", o.retry_at or now)
            elif o.state == "conflict":
                outbox.mark_conflict(conn, o.seq, o.status or 0, o.body, now)
                settle_conflict(conn, o.command, o.body)
            elif o.state != "done":  # stopped (signed out) or never sent: back to pending, untried
                outbox.release(conn, o.seq)
