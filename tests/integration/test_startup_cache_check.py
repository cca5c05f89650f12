"""The app opens its cache without the full check and checks it once the first screen is up:
damage found then — or met by a read before that — ends in the same rebuild as at open, with
the unsent commands carried over and sent, against the real reference server."""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from clienteling import commands
from clienteling.models import NewNoteRequest
from clienteling.services.app_services import AppServices
from offline_cache import database, outbox

NOTE = "Kept through the rebuild"


async def _until(predicate: Callable[[], Awaitable[bool]], what: str, timeout: float = 30.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await predicate():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


def _damage_table(path: Path, profile: str, table: str) -> None:
    """Overwrite the root page of `table` (SQLCipher's page check then fails there, and only there)."""
    with database.open_cache(path, profile) as handle:
        conn = handle.connect()
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * database.PAGE_SIZE)
        f.write(b"\0" * database.PAGE_SIZE)


async def _note_queued_offline_then_damage(demo_backend) -> tuple[str, outbox.Command]:
    """A synced device queues a note offline and closes; then its customers table is damaged."""
    services = AppServices(demo_backend.settings())
    services.open()
    try:
        await services.sign_in(*demo_backend.login())
        await services.engine.sync_once()
        customer_id = await services.store.read(
            lambda conn: conn.execute("SELECT key FROM customers ORDER BY key LIMIT 1").fetchone()[0])
        demo_backend.server.stop()
        await services.submit(commands.add_note(customer_id, NewNoteRequest(client_note_id="n-kept", text=NOTE)))
        (queued,) = await services.store.read(outbox.unsettled)
    finally:
        await services.aclose()
    demo_backend.server.start()
    _damage_table(services.settings.cache_path, services.settings.profile, "customers")
    return customer_id, queued


async def _customers(services: AppServices) -> int:
    return await services.store.read(lambda conn: conn.execute("SELECT count(*) FROM customers").fetchone()[0])


@pytest.mark.anyio
async def test_damage_found_by_the_background_check_is_rebuilt_and_the_unsent_note_still_sent(demo_backend):
    customer_id, queued = await _note_queued_offline_then_damage(demo_backend)
    services = AppServices(demo_backend.settings())
    services.open(check_later=True)
    try:
        assert not services.store.report.rebuilt  # opened at once: the damage is not looked for yet
        told: list[database.OpenReport] = []
        services.watch_cache(told.append)  # the first screen is up: the check starts

        async def rebuilt() -> bool:
            return bool(told)
        await _until(rebuilt, "the background check to rebuild the cache")
        (report,) = told
        assert report.reason.startswith("corrupt") and report.moved_to is not None and report.moved_to.exists()
        assert report.rescued_outbox == 1 and report.outbox_lost_file is None
        (kept,) = await services.store.read(outbox.unsettled)
        assert (kept.seq, kept.idempotency_key, kept.state) == (queued.seq, queued.idempotency_key, "pending")
        assert services.status_hub.current.queued_commands == 1  # the status bar counts it at once
        assert await _customers(services) == 0  # a fresh file...

        assert await services.current_session() is not None  # ...that the restored session's sync refills

        async def sent_and_refilled() -> bool:
            return not await services.store.read(outbox.unsettled) and await _customers(services) > 0
        await _until(sent_and_refilled, "the note to be sent and the customers pulled again")
        profile = await services.client.customer_profile(customer_id)
        assert [n.text for n in profile.notes].count(NOTE) == 1
    finally:
        await services.aclose()


@pytest.mark.anyio
async def test_a_read_meeting_the_damage_before_the_check_ends_in_the_same_rebuild(demo_backend):
    _, queued = await _note_queued_offline_then_damage(demo_backend)
    services = AppServices(demo_backend.settings())
    services.open(check_later=True)
    try:
        # The screen asking for its rows gets an error (it says so and offers a retry); the
        # services rebuild the cache behind it, before the background check has even started.
        with pytest.raises(database.DatabaseError):
            await services.store.read(
                lambda conn: conn.execute("SELECT sum(length(body)) FROM customers").fetchone())

        async def rebuilt() -> bool:
            return services.store.report is not None and services.store.report.rebuilt
        await _until(rebuilt, "the read's damage to rebuild the cache")
        told: list[database.OpenReport] = []
        services.watch_cache(told.append)
        assert told == [services.store.report] and told[0].rescued_outbox == 1
        (kept,) = await services.store.read(outbox.unsettled)
        assert (kept.seq, kept.idempotency_key) == (queued.seq, queued.idempotency_key)
        assert await _customers(services) == 0  # the same read now works, on the new file
        assert len(list(services.settings.cache_path.parent.glob("*.corrupt-*"))) == 1  # rebuilt once
    finally:
        await services.aclose()
