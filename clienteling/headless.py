"""`clienteling sync` and `clienteling outbox`: the sync engine and the outbox without a screen.

For kiosk scripts, support staff and tests: exit code 0 means everything was pulled and every
queued command was acknowledged; non-zero says why on stderr.
"""
from __future__ import annotations

import asyncio
import getpass
import os
import sys
from datetime import datetime, timezone

from offline_cache import outbox
from offline_cache.errors import CacheError

from . import errors
from .config import Settings
from .models import Feed
from .services.app_services import AppServices
from .sync.pull import FeedProgress

EXIT_OK, EXIT_PENDING, EXIT_OFFLINE, EXIT_AUTH, EXIT_CACHE = 0, 1, 2, 3, 4


def _bar(done: int, total: int, width: int = 24) -> str:
    filled = int(width * done / total) if total else width
    return "[" + "#" * filled + "." * (width - filled) + "]"


class _Progress:
    """One line per feed, redrawn in place on a terminal."""

    def __init__(self, stream=sys.stderr) -> None:  # noqa: ANN001
        self.stream = stream
        self.tty = stream.isatty()
        self.feeds = list(Feed)

    def __call__(self, p: FeedProgress) -> None:
        index = self.feeds.index(p.feed) + (1 if p.done else 0)
        line = f"{_bar(index, len(self.feeds))} {p.feed.value:<10} {p.upserts + p.tombstones:>9,} rows"
        if self.tty:
            self.stream.write("\r" + line)
            if p.done:
                self.stream.write("\n")
        elif p.done:
            self.stream.write(line + "\n")
        self.stream.flush()


async def _sync(settings: Settings, store_id: str | None, username: str | None, password_env: str) -> int:
    services = AppServices(settings)
    try:
        services.open()
    except CacheError as exc:
        print(f"cannot open the local cache: {exc}", file=sys.stderr)
        return EXIT_CACHE
    try:
        try:
            if store_id and username:
                password = os.environ.get(password_env) or getpass.getpass(f"password for {username}: ")
                await services.client.login(store_id, username, password, services.device_id)
            else:
                await services.client.refresh()
            services.session = services.client.session
        except errors.AuthExpired as exc:
            print(f"not signed in: {exc.message} (use --store and --username)", file=sys.stderr)
            return EXIT_AUTH
        except errors.Unreachable as exc:
            print(f"backend unreachable: {exc.message}", file=sys.stderr)
            return EXIT_OFFLINE
        progress = _Progress()
        try:
            pushed = await services.engine.replayer.push_once()
            pulled = await services.engine.pull(progress=progress)
        except errors.Unreachable as exc:
            print(f"backend unreachable: {exc.message}", file=sys.stderr)
            return EXIT_OFFLINE
        counts = await services.store.read(outbox.counts)
        print(f"pulled {pulled.rows:,} rows in {pulled.seconds:.1f}s; pushed {pushed.done} commands, "
              f"{pushed.conflicts} conflicts; waiting: {counts['pending'] + counts['sent']}, "
              f"conflicts to resolve: {counts['conflict']}")
        return EXIT_OK if counts["pending"] + counts["sent"] + counts["conflict"] == 0 else EXIT_PENDING
    finally:
        await services.aclose()


def run_sync(settings: Settings, *, store_id: str | None, username: str | None, password_env: str) -> int:
    return asyncio.run(_sync(settings, store_id, username, password_env))


def _age(created: datetime) -> str:
    minutes = int((datetime.now(timezone.utc) - created).total_seconds() // 60)
    return f"{minutes // 60}h{minutes % 60:02d}" if minutes >= 60 else f"{minutes} min"


def print_outbox(settings: Settings) -> int:
    """Pending and conflicted commands: kind, entity, age, attempts, last error (no bodies: personal data)."""
    from offline_cache.database import open_cache

    try:
        handle = open_cache(settings.cache_path, settings.profile)
    except CacheError as exc:
        print(f"cannot open the local cache: {exc}", file=sys.stderr)
        return EXIT_CACHE
    conn = handle.connect()
    try:
        rows = outbox.unsettled(conn)
    finally:
        conn.close()
        handle.close()
    if not rows:
        print("outbox empty: every command has been acknowledged by the backend")
        return EXIT_OK
    print(f"{'#':>6}  {'state':<9} {'kind':<20} {'entity':<28} {'age':>7} {'tries':>5}  last error / reason")
    for c in rows:
        reason = c.last_error or ""
        if c.state == "conflict" and isinstance(c.response_body, dict):
            reason = c.response_body.get("reason") or c.response_body.get("message") or reason
        print(f"{c.seq:>6}  {c.state:<9} {c.kind:<20} {c.entity_key:<28} {_age(c.created_at):>7} {c.attempts:>5}  {reason}")
    return EXIT_PENDING
