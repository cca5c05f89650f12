"""Exactly once through a hostile network: a real socket with faults between the app and the server.

Each scenario queues commands, lets the replayer meet the fault, and keeps pushing until the
outbox is drained; the server must then hold each command's effect exactly once.
"""
import asyncio
import sqlite3
import uuid

import pytest

from clienteling import commands
from clienteling.models import NewNoteRequest
from clienteling.services.app_services import AppServices
from offline_cache import outbox
from tests.faultproxy import FaultProxy

SCENARIOS = ["reset_mid_request", "reset_before", "drop_answer", "slow", "status_500", "malformed", "refused"]


@pytest.fixture
def anyio_backend():
    return "asyncio"


def server_note_counts(db_path, marker: str) -> dict[str, int]:
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute("SELECT body FROM notes WHERE body LIKE ?", (f"%{marker}%",)).fetchall()
    finally:
        conn.close()
    counts: dict[str, int] = {}
    import json
    for (body,) in rows:
        text = json.loads(body)["text"]
        counts[text] = counts.get(text, 0) + 1
    return counts


async def drain(services: AppServices, rounds: int = 40) -> None:
    """Push until nothing is pending; each round makes backoffs due at once (no sleeping)."""
    for _ in range(rounds):
        await services.store.write(outbox.retry_now)
        await services.engine.replayer.push_once()
        counts = await services.store.read(outbox.counts)
        if counts["pending"] == counts["sent"] == 0:
            return
    raise AssertionError(f"outbox not drained: {counts}")


@pytest.mark.anyio
@pytest.mark.parametrize("mode", SCENARIOS)
async def test_each_command_reaches_the_server_exactly_once(demo_backend, mode):
    proxy = FaultProxy(demo_backend.server.port)
    proxy.start()
    services = AppServices(demo_backend.settings(backend_url=proxy.url, request_timeout_s=1.0))
    services.open()
    try:
        await services.sign_in(*demo_backend.login())
        services._sync_task.cancel()  # the test drives the replayer itself
        await services.engine.sync_once(push=False)
        customer_ids = await services.store.read(
            lambda conn: [r[0] for r in conn.execute("SELECT key FROM customers ORDER BY key LIMIT 3")])
        marker = f"fault-{mode}-{uuid.uuid4().hex[:6]}"
        texts = []
        for i, cid in enumerate(customer_ids * 2):  # two commands per customer: FIFO per entity too
            text = f"{marker} #{i}"
            texts.append(text)
            await services.submit(commands.add_note(cid, NewNoteRequest(client_note_id=str(uuid.uuid4()), text=text)))

        if mode == "refused":
            proxy.stop()
            report = await services.engine.replayer.push_once()
            assert report.done == 0 and report.retried > 0
            proxy = FaultProxy(demo_backend.server.port)
            proxy.port = int(services.settings.backend_url.rsplit(":", 1)[1])
            proxy.start()
        else:
            proxy.inject(mode, count=3, path_contains="/notes")
        await drain(services)

        counts = server_note_counts(demo_backend.db_path, marker)
        assert counts == {text: 1 for text in texts}
        final = await services.store.read(outbox.counts)
        assert final["done"] == len(texts) and final["conflict"] == 0
        if mode != "refused":
            assert proxy.faulted == 3
    finally:
        await services.aclose()
        proxy.stop()


@pytest.mark.anyio
async def test_a_dead_backend_stops_the_batch_instead_of_trying_every_command(demo_backend):
    """Once the backend is unreachable no worker takes another command: the untried ones go back to
    pending as they were (no attempt counted, no backoff), and all of them land later, once each."""
    proxy = FaultProxy(demo_backend.server.port)
    proxy.start()
    services = AppServices(demo_backend.settings(backend_url=proxy.url, request_timeout_s=1.0))
    services.open()
    try:
        await services.sign_in(*demo_backend.login())
        services._sync_task.cancel()
        await services.engine.sync_once(push=False)
        customer_ids = await services.store.read(
            lambda conn: [r[0] for r in conn.execute("SELECT key FROM customers ORDER BY key LIMIT 40")])
        marker = f"dead-{uuid.uuid4().hex[:6]}"
        texts = [f"{marker} #{i}" for i in range(len(customer_ids))]
        for cid, text in zip(customer_ids, texts):
            await services.submit(commands.add_note(cid, NewNoteRequest(client_note_id=str(uuid.uuid4()), text=text)))
        port = proxy.port
        proxy.stop()

        report = await services.engine.replayer.push_once()

        assert report.done == 0 and 0 < report.retried < len(texts)
        rows = await services.store.read(outbox.unsettled)
        assert len(rows) == len(texts) and {r.state for r in rows} == {"pending"}
        assert sum(r.attempts for r in rows) == report.retried
        assert sum(1 for r in rows if r.attempts == 0) == len(texts) - report.retried

        proxy = FaultProxy(demo_backend.server.port)
        proxy.port = port
        proxy.start()
        await drain(services)
        assert server_note_counts(demo_backend.db_path, marker) == {text: 1 for text in texts}
    finally:
        await services.aclose()
        proxy.stop()
