"""The background sync loop: pull the feeds, push the outbox, tell the screens how fresh things are.

Going offline and back is just the loop noticing: an Unreachable error flips the status to
offline (once, with the time it happened) and the loop retries with a growing delay; the first
success flips it back. Nothing here opens a dialog.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import AsyncIterator, Callable
from datetime import datetime, timedelta

from offline_cache import outbox, repositories, retention

from .. import errors
from ..client import BackendClient
from ..models import DeviceHeartbeat, Feed, ReportedConflict, utcnow
from ..services.status import StatusHub
from ..storage import LocalStore
from .pull import FEED_ORDER, FeedProgress, PullReport, pull_all
from .push import PushReport, Replayer

log = logging.getLogger(__name__)

HOUSEKEEPING_INTERVAL = timedelta(hours=24)
"""How often retention runs (the first round of a process runs it too)."""

HEARTBEAT_CONFLICTS = 50
"""At most this many conflicts are listed in a heartbeat (the oldest first); the count is the outbox's."""


def heartbeat_report(conn: object, device_id: str, last_sync_at: datetime | None) -> DeviceHeartbeat:
    """This device's outbox as the backend's dashboard shows it (runs in the cache's reader thread)."""
    counts = outbox.counts(conn)  # type: ignore[arg-type]
    listed = [ReportedConflict(kind=c.kind, entity_key=c.entity_key[:140], reason=conflict_reason_code(c),
                               created_at=c.created_at)
              for c in outbox.conflicts(conn)[:HEARTBEAT_CONFLICTS]]  # type: ignore[arg-type]
    return DeviceHeartbeat(device_id=device_id, queued_commands=counts["pending"] + counts["sent"],
                           conflicts=listed, last_sync_at=last_sync_at)


def conflict_reason_code(command: outbox.Command) -> str:
    """The backend's reason for refusing a command (its `reason`, else its `code`, else the status)."""
    body = command.response_body if isinstance(command.response_body, dict) else {}
    reason = body.get("reason") or body.get("code") or f"http_{command.response_status or 0}"
    return str(reason)[:200]


class SyncEngine:
    """One per signed-in app instance. `wake()` asks for an early round (a new command, a push event)."""

    def __init__(self, client: BackendClient, store: LocalStore, hub: StatusHub, *, page_size: int = 2000,
                 poll_interval_s: float = 30.0, clock: Callable[[], datetime] = utcnow,
                 device_id: str | None = None, retention_days: int = retention.DEFAULT_DAYS) -> None:
        self.client = client
        self.store = store
        self.hub = hub
        self.page_size = page_size
        self.poll_interval_s = poll_interval_s
        self.retention_days = retention_days
        self._housekept_at: datetime | None = None
        self.clock = clock
        self.device_id = device_id
        """Set: after each round the engine reports its outbox to the backend (the store's dashboard)."""
        self.replayer = Replayer(client, store, clock=clock)
        self._wake = asyncio.Event()
        self._round = asyncio.Lock()
        self._offline_delay = 2.0

    def wake(self) -> None:
        self._wake.set()

    @contextlib.asynccontextmanager
    async def paused(self) -> AsyncIterator[None]:
        """No sync round runs inside (one in progress is waited for): for a cache rebuild, or a test
        that changes the backend between two rounds."""
        async with self._round:
            yield

    async def refresh_counts(self) -> None:
        """Publish the outbox figures (after a command was queued, for instance)."""
        counts = await self.store.read(outbox.counts)
        self.hub.update(queued_commands=counts["pending"] + counts["sent"], conflicts=counts["conflict"])

    async def sync_once(self, *, pull: bool = True, push: bool = True,
                        feeds: tuple[Feed, ...] = FEED_ORDER) -> tuple[PullReport | None, PushReport | None]:
        """One round: push first (local intent reaches the backend), then pull (the backend's truth)."""
        async with self._round:
            await self._housekeeping()
            self.hub.update(syncing=True, progress=None)
            pushed: PushReport | None = None
            pulled: PullReport | None = None
            try:
                if push:
                    pushed = await self.replayer.push_once()
                    if pushed.last_success_at is not None:
                        self.hub.update(last_push_at=pushed.last_success_at)
                if pull:
                    total = len(feeds)

                    def progress(p: FeedProgress) -> None:
                        done = feeds.index(p.feed) + (1 if p.done else 0.5)
                        self.hub.update(progress=min(1.0, done / total))

                    pulled = await pull_all(self.client, self.store, page_size=self.page_size, feeds=feeds,
                                            progress=progress)
                    self.hub.update(last_pull_at=self.clock())
                came_back = not self.hub.current.online
                self._mark_online()
                if came_back and push:
                    # Back online: what waited out a backoff during the outage goes now.
                    await self.store.write(outbox.retry_now, self.clock())
                    pushed = await self.replayer.push_once()
                    if pushed.last_success_at is not None:
                        self.hub.update(last_push_at=pushed.last_success_at)
                await self._heartbeat()
            except errors.Unreachable:
                self._mark_offline()
                raise
            finally:
                self.hub.update(syncing=False, progress=None)
                await self.refresh_counts()
            return pulled, pushed

    async def pull(self, *, feeds: tuple[Feed, ...] = FEED_ORDER,
                   progress: Callable[[FeedProgress], None] | None = None) -> PullReport:
        """One pull of the feeds, outside the background loop (headless sync, first sync)."""
        async with self._round:
            report = await pull_all(self.client, self.store, page_size=self.page_size, feeds=feeds,
                                    progress=progress)
            self.hub.update(last_pull_at=self.clock())
            return report

    async def _housekeeping(self) -> None:
        """Retention (and a crashed first sync's indexes), online or not, once a day: a failure is
        logged and never breaks the round."""
        now = self.clock()
        if self._housekept_at is not None and now - self._housekept_at < HOUSEKEEPING_INTERVAL:
            return
        self._housekept_at = now
        try:
            # A first sync killed mid-feed left its indexes unbuilt: built now, online or not.
            await self.store.write(repositories.finish_bulk_load)
            await self.store.write(retention.housekeeping, self.retention_days, now)
        except Exception:
            log.exception("housekeeping failed; the next round tries again tomorrow")

    async def _heartbeat(self) -> None:
        """Report queued commands and unresolved conflicts; a failed report waits for the next round."""
        if self.device_id is None:
            return
        try:
            report = await self.store.read(heartbeat_report, self.device_id, self.hub.current.last_sync_at)
            await self.client.heartbeat(report)
        except errors.BackendError as exc:
            log.info("heartbeat not delivered: %s", exc.message)
        except Exception:  # a report must never break the sync round it follows
            log.exception("heartbeat failed")

    def _mark_online(self) -> None:
        self._offline_delay = 2.0
        if not self.hub.current.online:
            log.info("backend reachable again")
        self.hub.update(online=True, offline_since=None)

    def _mark_offline(self) -> None:
        if self.hub.current.online:
            log.warning("backend unreachable; working offline")
            self.hub.update(online=False, offline_since=self.clock())

    async def run_forever(self) -> None:
        """The loop the app runs in the background until cancelled."""
        while True:
            delay = self.poll_interval_s
            try:
                await self.sync_once()
            except errors.Unreachable:
                delay = self._offline_delay
                self._offline_delay = min(60.0, self._offline_delay * 2)
            except errors.AuthExpired:
                log.warning("session expired; sync paused until the associate signs in again")
                delay = self.poll_interval_s
            except errors.BackendError as exc:
                log.error("sync round failed: %s", exc.message)
            except Exception:
                log.exception("sync round failed")
            delay *= 0.8 + 0.4 * random.random()
            if self.hub.current.online:
                due = await self.store.read(outbox.next_due)
                if due is not None:  # a command's backoff ends before the next poll: wake for it
                    delay = max(0.05, min(delay, (due - self.clock()).total_seconds()))
            try:
                # asyncio.timeout, not wait_for: on Python 3.11 wait_for swallows a cancellation that
                # arrives as the wake-up completes, and the loop would then outlive aclose().
                async with asyncio.timeout(delay):
                    await self._wake.wait()
            except TimeoutError:
                pass
            self._wake.clear()
