"""`clienteling bench`: the performance targets of the app, each beside a same-run baseline.

Rows (issue targets in brackets):
- initial sync of a large store over loopback, rows/s vs raw SQLite bulk insert of the same rows [≥ 0.5]
- peak RSS of the sync process [bounded by the page size, not the data set]
- customer search p50/p95/p99 at 1,000,000 cached customers [p95 ≤ 10 ms, p99 ≤ 25 ms]
- outbox replay of 10,000 commands vs the same requests sent directly with httpx [≥ 500/s]
"""
from __future__ import annotations

import asyncio
import json
import logging
import random
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import keyring

from ..keychain import MemoryKeyring
from .table import Row, peak_rss_mb, percentile, render, write_json

log = logging.getLogger(__name__)

BENCH_STORE_INDEX = 0


def _rehomed(batches: Iterator[tuple[str, list[dict]]], store_id: str) -> Iterator[tuple[str, list[dict]]]:
    """Every generated customer homed at one store: a large store's clientele."""
    for kind, rows in batches:
        if kind == "customers":
            rows = [{**r, "home_store_id": store_id} for r in rows]
        yield kind, rows


def _build_server_db(path: Path, customers: int, styles: int, *, rehome: bool) -> tuple[str, str, str]:
    from ..server.demo_data import DEMO_PASSWORD, demo_logins, generate
    from ..server.loader import load_demo

    login = demo_logins()[BENCH_STORE_INDEX]
    batches = generate(seed=11, customers=customers, styles=styles)
    load_demo(path, _rehomed(batches, login["store_id"]) if rehome else batches)
    return login["store_id"], login["associate"], DEMO_PASSWORD


# --- initial sync ------------------------------------------------------------------------------

def bench_initial_sync(workdir: Path, customers: int, styles: int) -> list[Row]:
    from .processes import run_sync_worker, server_process

    db = workdir / "sync-server.sqlite3"
    store_id, username, password = _build_server_db(db, customers, styles, rehome=True)
    with server_process(db) as url:
        result = run_sync_worker(url, workdir / "sync-device", store_id, username, password)
        small = run_sync_worker(url, workdir / "sync-device-small-pages", store_id, username, password,
                                page_size=500)
    rate = result["rows"] / result["seconds"]
    raw_rate = result["raw_rows_per_s"]
    by_feed = result["by_feed"]
    note = f"{by_feed['customers']:,} customers, {by_feed['products']:,} products, {by_feed['stock']:,} stock rows"
    return [
        Row("initial sync (rows/s, loopback)", rate, "rows/s", raw_rate, "raw SQLite bulk insert",
            "ratio ≥ 0.50", rate / raw_rate >= 0.5, note),
        Row("  the same pages fetched and validated, nothing written", result["fetch_only_rows_per_s"], "rows/s",
            raw_rate, "raw SQLite bulk insert", "—", None, "the sync's ceiling: network, JSON, validation"),
        _rss_row(result, small),
    ]


def _rss_row(result: dict, small: dict) -> Row:
    """Bounded by the page size: smaller pages, lower peak; the second half of the rows adds nothing."""
    first, second = result["rss_first_half_mb"], result["rss_second_half_mb"]
    bounded = None
    if first is not None and second is not None:
        bounded = small["peak_rss_mb"] < result["peak_rss_mb"] and second <= first * 1.05
    note = (f"{result['rows']:,} rows; before the sync {result['rss_before_mb']:.0f} MB, "
            f"peak over the first half of the rows {first:.0f} MB, over the second half {second:.0f} MB"
            if first is not None and second is not None else f"{result['rows']:,} rows")
    return Row("sync peak RSS, page 2000", result["peak_rss_mb"], "MB", small["peak_rss_mb"], "page 500",
               "bounded by page size", bounded, note)


# --- customer search ----------------------------------------------------------------------------

def _search_queries(sample: list[dict], rng: random.Random) -> list[str]:
    queries: list[str] = []
    for c in sample:
        first, last = c["first_name"], c["last_name"]
        queries += [first[:1], first[:2], last[:3], f"{first} {last}", last]
        if c.get("email"):
            queries.append(c["email"][:6])
        if c.get("phone"):
            digits = c["phone"].removeprefix("+33").removeprefix("+39")
            queries.append(rng.choice([c["phone"], "0" + digits, " ".join(digits[i:i + 2] for i in range(0, len(digits), 2))]))
        if c.get("loyalty_card"):
            queries.append(c["loyalty_card"][:9])
    rng.shuffle(queries)
    return queries


SearchHook = Callable[[Any, list[str]], list[Row]]


def bench_search(workdir: Path, customers: int, queries: int, hooks: list[SearchHook] | None = None) -> list[Row]:
    from offline_cache import repositories, search
    from offline_cache.database import open_cache

    from ..models import Feed
    from ..server.demo_data import generate

    handle = open_cache(workdir / "search.cache.db", "bench-search")
    conn = handle.connect()
    rng = random.Random(5)
    sample: list[dict] = []
    started = time.perf_counter()
    loaded = 0
    for kind, rows in generate(seed=3, customers=customers, styles=20, history_customers=0):
        if kind != "customers":
            continue
        repositories.apply_page(conn, Feed.CUSTOMERS, rows, [], f"bench-{loaded}", None)
        loaded += len(rows)
        sample += rng.sample(rows, min(len(rows), 3))
    repositories.finish_bulk_load(conn)  # as the pull does when the feed's first sync ends
    load_s = time.perf_counter() - started
    texts = _search_queries(sample, rng)[:queries]
    for q in texts[:50]:  # warm the page cache as an app in use would have it
        search.search_customers(conn, q, limit=50)
    timings: list[float] = []
    found = 0
    for q in texts:
        t0 = time.perf_counter()
        found += bool(search.search_customers(conn, q, limit=50))
        timings.append((time.perf_counter() - t0) * 1000)
    if found < len(texts) * 0.9:  # every query is made from a cached customer: an empty index is a broken run
        raise RuntimeError(f"only {found} of {len(texts)} search queries found their customer")
    extra: list[Row] = []
    for hook in hooks or []:  # the UI's measurements over the same million-customer cache
        extra += hook(conn, texts)
    keys = [r[0] for r in conn.execute("SELECT key FROM customers ORDER BY random() LIMIT 2000")]
    pk: list[float] = []
    for key in keys:
        t0 = time.perf_counter()
        conn.execute("SELECT body FROM customers WHERE key = ?", (key,)).fetchone()
        pk.append((time.perf_counter() - t0) * 1000)
    conn.close()
    handle.close()
    base = percentile(pk, 50)
    p50, p95, p99 = (percentile(timings, p) for p in (50, 95, 99))
    label = f"{loaded:,} customers"
    return [
        Row("customer search p50", p50, "ms", base, "PK lookup p50", "—", None, label),
        Row("customer search p95", p95, "ms", base, "PK lookup p50", "≤ 10 ms", p95 <= 10,
            f"{len(texts)} queries, {found} with results"),
        Row("customer search p99", p99, "ms", base, "PK lookup p50", "≤ 25 ms", p99 <= 25),
        Row("cache fill (first sync's pages + index build)", loaded / load_s, "rows/s", None, "", "—", None, label),
        *extra,
    ]


# --- outbox replay -------------------------------------------------------------------------------

async def _replay(url: str, workdir: Path, store_id: str, username: str, password: str,
                  customer_ids: list[str]) -> tuple[float, float, int]:
    """Seconds to replay one queued note per customer id, seconds to send the same requests
    directly with httpx (as many at once as the replay ended with), and that concurrency."""
    from .. import commands
    from ..config import Settings
    from ..models import NewNoteRequest
    from ..services.app_services import AppServices
    from offline_cache import outbox

    services = AppServices(Settings(backend_url=url, data_dir=workdir / "replay-device", profile="bench-replay",
                                    poll_interval_s=3600, request_timeout_s=30))
    services.open()
    try:
        await services.sign_in(store_id, username, password)
        if services._sync_task is not None:  # measure the replay alone, not a concurrent pull
            services._sync_task.cancel()
        def enqueue_all(conn: Any) -> None:
            for cid in customer_ids:
                cmd = commands.add_note(cid, NewNoteRequest(client_note_id=str(uuid.uuid4()), text="bench note"))
                outbox.enqueue(conn, kind=cmd.kind.value, method=cmd.method, path=cmd.path, body=cmd.body,
                               entity_key=cmd.entity_key, idempotency_key=cmd.idempotency_key)
        await services.store.write(enqueue_all)
        replayer = services.engine.replayer
        started = time.perf_counter()
        report = await replayer.push_once()
        replay_s = time.perf_counter() - started
        assert report.done == len(customer_ids), report

        # The same requests, each worker sending its next one as soon as it has its answer.
        concurrency = replayer.last_limit or replayer.concurrency
        headers = {"Authorization": f"Bearer {services.client.session.access_token}"}  # type: ignore[union-attr]
        async with httpx.AsyncClient(base_url=url, headers=headers, timeout=30) as http:
            todo = iter(customer_ids)

            async def worker() -> None:
                for cid in todo:
                    r = await http.post(f"/v1/customers/{cid}/notes",
                                        json={"client_note_id": str(uuid.uuid4()), "text": "direct note"},
                                        headers={"Idempotency-Key": str(uuid.uuid4())})
                    r.raise_for_status()
            started = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
            direct_s = time.perf_counter() - started
        return replay_s, direct_s, concurrency
    finally:
        await services.aclose()


def bench_replay(workdir: Path, commands_count: int) -> list[Row]:
    from .processes import server_process

    db = workdir / "replay-server.sqlite3"
    store_id, username, password = _build_server_db(db, max(commands_count, 2000), 50, rehome=False)
    conn = sqlite3.connect(db)
    ids = [r[0] for r in conn.execute("SELECT id FROM customers ORDER BY id LIMIT ?", (commands_count,))]
    conn.close()
    ids = (ids * (commands_count // len(ids) + 1))[:commands_count]
    with server_process(db) as url:
        replay_s, direct_s, concurrency = asyncio.run(_replay(url, workdir, store_id, username, password, ids))
    conn = sqlite3.connect(db)
    notes = conn.execute("SELECT count(*) FROM notes WHERE body LIKE '%bench note%'").fetchone()[0]
    conn.close()
    rate, direct = commands_count / replay_s, commands_count / direct_s
    return [
        Row(f"outbox replay of {commands_count:,} commands", rate, "cmd/s", direct,
            f"direct httpx, same requests, {concurrency} at once", "≥ 500 cmd/s", rate >= 500,
            f"server effects: {notes:,} (exactly once: {notes == commands_count})"),
    ]


# --- the suite -------------------------------------------------------------------------------------

SIZES = {
    "full": {"sync_customers": 200_000, "sync_styles": 5_000, "search_customers": 1_000_000, "queries": 2_000,
             "replay": 10_000, "ui_customers": 50_000,
             "scan_styles": 6_600, "scan_locations": 500, "scans": 300},
    "quick": {"sync_customers": 20_000, "sync_styles": 500, "search_customers": 100_000, "queries": 500,
              "replay": 1_000, "ui_customers": 10_000,
              "scan_styles": 600, "scan_locations": 100, "scans": 100},
}


def bench_scan(workdir: Path, styles: int, locations: int, scans: int) -> list[Row]:
    """Scan-to-availability at the scale of a real network, from the cache and from the backend."""
    from ..config import Settings
    from ..server.demo_data import DEMO_PASSWORD, demo_logins, generate
    from ..server.loader import load_demo
    from ..services.app_services import AppServices
    from ..services.stock import bench_scan_to_availability
    from .chain import with_extra_stores
    from .processes import server_process

    db = workdir / "scan-server.sqlite3"
    load_demo(db, with_extra_stores(generate(seed=5, customers=2000, styles=styles, history_customers=500), locations))
    conn = sqlite3.connect(db)
    sku_count = conn.execute("SELECT count(*) FROM variants").fetchone()[0] if conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'variants'").fetchone() else None
    location_count = conn.execute("SELECT count(*) FROM locations").fetchone()[0]
    conn.close()
    login = demo_logins()[BENCH_STORE_INDEX]

    async def run(url: str) -> tuple[dict, float]:
        services = AppServices(Settings(backend_url=url, data_dir=workdir / "scan-device", profile="bench-scan",
                                        poll_interval_s=3600, request_timeout_s=60))
        services.open()
        try:
            await services.sign_in(login["store_id"], login["associate"], DEMO_PASSWORD)
            if services._sync_task is not None:
                services._sync_task.cancel()
            await services.engine.pull()
            gtins = await services.store.read(lambda c: [r[0] for r in c.execute(
                "SELECT gtin FROM variants ORDER BY random() LIMIT ?", (scans,))])
            result = await bench_scan_to_availability(services, gtins)
            started = time.perf_counter()
            for _ in range(50):
                await services.client.health()
            return result, (time.perf_counter() - started) * 1000 / 50
        finally:
            await services.aclose()

    with server_process(db) as url:
        result, health_ms = asyncio.run(run(url))
    scale = f"{location_count} locations, {sku_count or '?'} SKUs"
    cache, backend = result["cache"], result["backend"]
    return [
        Row("scan → availability, from the cache (p95)", cache["p95_ms"], "ms", backend["p95_ms"],
            "same scans from the backend", "—", None, scale),
        Row("scan → availability, from the backend (p95)", backend["p95_ms"], "ms", health_ms,
            "GET /v1/health round trip", "—", None, f"{int(backend['n'])} scans over loopback"),
    ]


UiRows = Callable[[str, Path, tuple[str, str, str]], list[Row]]


def bench_ui(workdir: Path, customers: int, styles: int, ui_rows: list[UiRows]) -> list[Row]:
    """UI rows (event-loop stall, start-up) against a server over a store of `customers` customers."""
    from .processes import server_process

    db = workdir / "ui-server.sqlite3"
    login = _build_server_db(db, customers, styles, rehome=True)
    rows: list[Row] = []
    with server_process(db) as url:
        for measure in ui_rows:
            rows += measure(url, workdir, login)
    return rows


def run_bench(*, quick: bool = False, json_path: str = "bench-results/latest.json", only: list[str] | None = None,
              ui_rows: list[UiRows] | None = None, search_hooks: list[SearchHook] | None = None) -> int:
    """Run the suite; `ui_rows` are the UI's measurements, handed in by the CLI (no Qt in clienteling/)."""
    keyring.set_keyring(MemoryKeyring())  # benchmark caches are throwaway
    logging.getLogger("httpx").setLevel(logging.WARNING)  # a line per request would be measured too
    size = SIZES["quick" if quick else "full"]
    rows: list[Row] = []
    wanted = set(only or ["sync", "search", "replay", "scan", "ui"])
    with tempfile.TemporaryDirectory(prefix="clienteling-bench-") as tmp:
        work = Path(tmp)

        def section(name: str, what: str, run: Callable[[], list[Row]]) -> None:
            """One section's rows; a section that fails is reported as such and the others still run."""
            if name not in wanted:
                return
            log.info("bench: %s", what)
            try:
                rows.extend(run())
            except Exception as exc:  # noqa: BLE001 - a broken section must not hide the others' figures
                log.exception("bench section %s failed", name)
                rows.append(Row(f"{name}: FAILED", float("nan"), "", note=f"{type(exc).__name__}: {exc}"[:120]))

        section("sync", f"initial sync of {size['sync_customers']} customers",
                lambda: bench_initial_sync(work, size["sync_customers"], size["sync_styles"]))
        section("search", f"search over {size['search_customers']} customers",
                lambda: bench_search(work, size["search_customers"], size["queries"], search_hooks))
        section("replay", f"replay of {size['replay']} commands", lambda: bench_replay(work, size["replay"]))
        section("scan", f"scan to availability at {size['scan_locations']} locations",
                lambda: bench_scan(work, size["scan_styles"], size["scan_locations"], size["scans"]))
        if ui_rows:
            section("ui", "UI stall and start-up",
                    lambda: bench_ui(work, size["ui_customers"], size["sync_styles"], ui_rows))
    print(render(rows))
    print(f"\npeak RSS of the bench process: {peak_rss_mb():.0f} MB")
    path = write_json(rows, json_path)
    print(f"written to {path}")
    return 0
