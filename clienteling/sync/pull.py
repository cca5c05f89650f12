"""Pull sync: every store-scoped feed through its cursor, one page per cache transaction.

A page is fetched while the previous one is applied, so the network and SQLite overlap. A
crash leaves the cache at the last whole page and its cursor; the next run resumes there.
"""
from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from offline_cache import repositories

from ..client import BackendClient
from ..models import Feed
from ..storage import LocalStore

log = logging.getLogger(__name__)

FEED_ORDER: tuple[Feed, ...] = tuple(Feed)
"""Locations and products before stock and customers before their history."""


@dataclass
class FeedProgress:
    feed: Feed
    pages: int = 0
    upserts: int = 0
    tombstones: int = 0
    done: bool = False


@dataclass
class PullReport:
    feeds: dict[Feed, FeedProgress] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(p.upserts + p.tombstones for p in self.feeds.values())


ProgressCallback = Callable[[FeedProgress], None]


async def pull_feed(client: BackendClient, store: LocalStore, feed: Feed, *, page_size: int,
                    progress: ProgressCallback | None = None) -> FeedProgress:
    """Bring one feed up to date; returns what was applied."""
    state = FeedProgress(feed)
    cursor = await store.read(repositories.feed_cursor, feed)
    pending: asyncio.Task[None] | None = None
    try:
        while True:
            page = await client.feed_page_raw(feed, cursor, page_size)
            if pending is not None:
                await pending
            items: list[dict[str, Any]] = page["items"]
            tombstones: list[dict[str, Any]] = page["tombstones"]
            pending = asyncio.ensure_future(store.write(
                repositories.apply_page, feed, items, tombstones, page["next_cursor"], page["server_time"]))
            state.pages += 1
            state.upserts += len(items)
            state.tombstones += len(tombstones)
            cursor = page["next_cursor"]
            if progress:
                progress(state)
            if not page["has_more"]:
                break
        await pending
        pending = None
    finally:
        if pending is not None:
            # Let the page in flight finish (it is one transaction); the error propagates after.
            await asyncio.gather(pending, return_exceptions=True)
    state.done = True
    if progress:
        progress(state)
    return state


async def pull_all(client: BackendClient, store: LocalStore, *, page_size: int = 2000,
                   feeds: tuple[Feed, ...] = FEED_ORDER, progress: ProgressCallback | None = None) -> PullReport:
    """Pull every feed in dependency order; the first failure stops the run (cursors are kept)."""
    report = PullReport()
    started = time.perf_counter()
    for feed in feeds:
        report.feeds[feed] = await pull_feed(client, store, feed, page_size=page_size, progress=progress)
    report.seconds = time.perf_counter() - started
    log.info("pull finished: %d rows in %.1fs", report.rows, report.seconds)
    return report
