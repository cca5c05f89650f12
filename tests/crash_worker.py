"""A device process for the crash test: it queues notes and replays them until it is killed.

    python -m tests.crash_worker URL DATA_DIR KEYRING_FILE ACCEPTED_LOG MARKER (work|drain) STORE USER

The password comes from CRASH_PASSWORD. A note's text is appended to ACCEPTED_LOG only after
`submit` returned (the command is durable): what the log holds must reach the server exactly once.
"""
from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

import keyring

from clienteling import commands
from clienteling.config import Settings
from clienteling.models import NewNoteRequest
from clienteling.services.app_services import AppServices
from offline_cache import outbox
from tests.keyring_file import TestOnlyFileKeyring


async def main(url: str, data_dir: str, accepted_log: str, marker: str, mode: str, store: str, user: str) -> None:
    services = AppServices(Settings(backend_url=url, data_dir=Path(data_dir), profile="crash",
                                    poll_interval_s=3600, request_timeout_s=5, connect_timeout_s=1))
    services.open()
    await services.sign_in(store, user, os.environ["CRASH_PASSWORD"])
    if services._sync_task is not None:
        services._sync_task.cancel()
    customers = [c.id for c in await services.client.search_customers("a", limit=5)]
    log_path = Path(accepted_log)
    done = log_path.read_text().count("\n") if log_path.exists() else 0
    if mode == "drain":
        for _ in range(100):
            await services.store.write(outbox.retry_now)
            await services.engine.replayer.push_once()
            counts = await services.store.read(outbox.counts)
            if counts["pending"] == counts["sent"] == 0:
                print(json.dumps({"drained": True, "counts": counts, "rebuilt": services.store.report.rebuilt}))
                await services.aclose()
                return
        raise SystemExit("could not drain")

    async def pusher() -> None:
        while True:
            await services.engine.replayer.push_once()
            await asyncio.sleep(0)

    task = asyncio.ensure_future(pusher())
    n = done
    with log_path.open("a") as log:
        while True:
            text = f"{marker} #{n}"
            await services.submit(commands.add_note(customers[n % len(customers)],
                                                    NewNoteRequest(client_note_id=f"crash-{n}", text=text)))
            log.write(text + "\n")
            log.flush()
            os.fsync(log.fileno())
            n += 1
            if task.done():
                task.result()


if __name__ == "__main__":
    url, data_dir, keyring_file, accepted, marker, mode, store, user = sys.argv[1:9]
    keyring.set_keyring(TestOnlyFileKeyring(keyring_file))
    asyncio.run(main(url, data_dir, accepted, marker, mode, store, user))
