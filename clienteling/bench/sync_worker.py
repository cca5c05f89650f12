"""One first sync from a backend, in a process of its own; prints a JSON line with the figures."""
from __future__ import annotations

import asyncio
import json
import os
import secrets
import sys
import time
from pathlib import Path
from typing import Any

import keyring

from clienteling.bench.table import peak_rss_mb, rss_mb
from clienteling.config import Settings
from clienteling.keychain import MemoryKeyring
from clienteling.models import Feed
from clienteling.services.app_services import AppServices
from clienteling.sync.pull import FEED_ORDER, FeedProgress, fewer_collections


def _raw_insert_rate(src: Any, target_path: Path) -> float:
    """Rows/s of a plain executemany of the synced rows into a fresh encrypted database.

    The same rows, the same page-sized transactions, the same SQLCipher build: what SQLite
    alone can do with them, without the network, JSON decoding, validation, FTS or guards.
    """
    from offline_cache.database import connect
    from offline_cache.schema import TABLES

    rows = {spec.table: src.execute(f"SELECT key, version, body FROM {spec.table}").fetchall()
            for spec in TABLES.values()}
    target = connect(target_path, secrets.token_hex(32))
    target.execute("PRAGMA journal_mode=WAL")
    started = time.perf_counter()
    total = 0
    for table, data in rows.items():
        target.execute(f"CREATE TABLE raw_{table} (key TEXT PRIMARY KEY, version INTEGER, body TEXT)")
        for i in range(0, len(data), 2000):
            target.execute("BEGIN")
            target.executemany(f"INSERT INTO raw_{table} VALUES (?, ?, ?)", data[i:i + 2000])
            target.execute("COMMIT")
        total += len(data)
    seconds = time.perf_counter() - started
    target.close()
    return total / seconds


async def _fetch_only_rate(services: AppServices, page_size: int) -> float:
    """Rows/s of fetching, parsing and validating every feed again, writing nothing.

    The ceiling of the sync on this machine: what the network, the server and the contract's
    validation leave for the cache to use.
    """
    rows = 0
    started = time.perf_counter()
    with fewer_collections():
        for feed in FEED_ORDER:
            cursor = None
            while True:
                page = await services.client.feed_page_raw(feed, cursor, page_size)
                rows += len(page["items"]) + len(page["tombstones"])
                cursor = page["next_cursor"]
                if not page["has_more"]:
                    break
    return rows / (time.perf_counter() - started)


async def _sync(url: str, data_dir: Path, store_id: str, username: str, page_size: int) -> dict:
    services = AppServices(Settings(backend_url=url, data_dir=data_dir, profile="bench", sync_page_size=page_size,
                                    poll_interval_s=3600, request_timeout_s=120))
    services.open()
    try:
        await services.client.login(store_id, username, os.environ["CLIENTELING_BENCH_PASSWORD"],
                                    services.device_id)
        services.session = services.client.session
        # RSS after each page, to tell memory that follows the page size from memory that grows
        # with the rows already synced.
        samples: list[tuple[int, float]] = []
        done_before: dict[Feed, int] = {}

        def progress(p: FeedProgress) -> None:
            done_before[p.feed] = p.upserts + p.tombstones
            now = rss_mb()
            if now is not None:
                samples.append((sum(done_before.values()), now))

        before = rss_mb()
        started, cpu_started = time.perf_counter(), time.process_time()
        pulled = await services.engine.pull(progress=progress)
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
        peak = peak_rss_mb()  # before the baseline below reads every row into memory
        raw_rate = await services.store.read(_raw_insert_rate, data_dir / "raw-baseline.db")
        fetch_rate = await _fetch_only_rate(services, page_size)
        half = pulled.rows / 2
        return {"rows": pulled.rows, "seconds": seconds, "cpu_seconds": cpu_seconds, "peak_rss_mb": peak, "rss_before_mb": before,
                "rss_first_half_mb": max((mb for rows, mb in samples if rows <= half), default=None),
                "rss_second_half_mb": max((mb for rows, mb in samples if rows > half), default=None),
                "raw_rows_per_s": raw_rate, "fetch_only_rows_per_s": fetch_rate, "by_feed": {f.value: p.upserts for f, p in pulled.feeds.items()}}
    finally:
        await services.aclose()


def main() -> None:
    keyring.set_keyring(MemoryKeyring())  # a benchmark's throwaway cache key
    url, data_dir, store_id, username, page_size = sys.argv[1:6]
    print(json.dumps(asyncio.run(_sync(url, Path(data_dir), store_id, username, int(page_size)))))


if __name__ == "__main__":
    main()
