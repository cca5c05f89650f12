"""The composition root of a running app: settings, cache, client, sync engine, session.

It implements what the UI shell awaits (ui.context.AppContext) with plain coroutines, so the
CLI and the tests drive the same code the screens do.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import secrets
import time
from collections.abc import Callable, Sequence
from typing import Any

from offline_cache import keys, outbox, repositories
from offline_cache.database import OpenReport
from offline_cache.errors import PendingCommands  # re-exported: the UI catches it without importing offline_cache

from .. import errors
from ..client import BackendClient, TokenStore
from ..commands import Command
from ..config import Settings
from ..device import device_id
from ..keychain import SERVICE, KeyringTokenStore
from ..models import Associate, Feed, Location, Role, Session
from ..storage import LocalStore
from ..sync.engine import SyncEngine
from ..sync.events import EventListener
from .status import StatusHub

log = logging.getLogger(__name__)


def _pin_verifier(pin: str, salt: bytes) -> str:
    return hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1).hex()


class AppServices:
    """One per app instance; owns the cache file lock while open."""

    def __init__(self, settings: Settings, *, token_store: TokenStore | None = None,
                 transport: object | None = None) -> None:
        self.settings = settings
        self.status_hub = StatusHub()
        self.device_id = device_id(settings.data_dir, settings.profile)
        self.store = LocalStore(settings.cache_path, settings.profile)
        verify: str | bool = settings.ca_bundle or True
        self.client = BackendClient(settings.backend_url, token_store=token_store or KeyringTokenStore(settings.profile),
                                    timeout=settings.request_timeout_s, connect_timeout=settings.connect_timeout_s,
                                    read_retries=settings.read_retries, verify=verify,
                                    transport=transport)  # type: ignore[arg-type]
        self.engine = SyncEngine(self.client, self.store, self.status_hub, page_size=settings.sync_page_size,
                                 poll_interval_s=settings.poll_interval_s, device_id=self.device_id,
                                 retention_days=settings.retention_days)
        self.events = EventListener(self.client, wake=self.engine.wake)
        """Server-sent events: wakes the engine on stock/pickup changes; screens may subscribe."""
        self.session: Session | None = None
        self.start_unlocked = False
        self._sync_task: asyncio.Task[None] | None = None
        self._events_task: asyncio.Task[None] | None = None
        self._verify_pending = False
        self._verify_task: asyncio.Task[None] | None = None
        self._recovery_task: asyncio.Task[None] | None = None
        self._on_rebuilt: Callable[[OpenReport], None] | None = None
        self._untold_rebuilds: list[OpenReport] = []
        self._closing = False

    # --- life cycle ---------------------------------------------------------------------

    def open(self, *, check_later: bool = False) -> None:
        """Open the encrypted cache (may raise CacheInUse / KeyringUnavailable with clear messages).

        `check_later`: only the cheap checks now (whole pages, the key, the schema, the outbox);
        the full consistency check — seconds on a large cache — runs in the background once
        `watch_cache` is called, when the first screen is up. The app passes it; the CLI does not.
        """
        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        report = self.store.open(check="header" if check_later else "auto")
        self.store.on_corruption = self._corruption_met
        self._verify_pending = check_later and not report.created and not report.rebuilt
        self._closing = False
        if report.rebuilt:
            log.warning("the local cache was rebuilt: %s", report.reason)
            self._tell_rebuilt(report)

    def watch_cache(self, on_rebuilt: Callable[[OpenReport], None]) -> None:
        """Report every rebuild of the cache to `on_rebuilt` (on the loop) and start the deferred check.

        A rebuild at open is reported at once; later ones come from the background check or
        from a read that met a damaged page. Either way the file was moved aside and replaced
        under the running app, unsent commands carried over, and the sync refills the rest.
        """
        self._on_rebuilt = on_rebuilt
        untold, self._untold_rebuilds = self._untold_rebuilds, []
        for report in untold:
            on_rebuilt(report)
        if self._verify_pending:
            self._verify_pending = False
            self._verify_task = asyncio.ensure_future(self._verify_in_background())

    async def _verify_in_background(self) -> None:
        started = time.perf_counter()
        report = self.store.report
        try:
            reason = await asyncio.to_thread(self.store.verify)
        except Exception:  # the check must never take the app down; reads still catch damage
            log.exception("the cache check could not run")
            return
        log.info("cache check done in %.1f s: %s", time.perf_counter() - started, reason or "ok")
        if reason is not None and self.store.report is report:  # not already rebuilt meanwhile
            self._schedule_recovery(reason)

    def _corruption_met(self, exc: BaseException) -> None:
        log.error("a damaged page was met in the cache (%s); rebuilding it", exc)
        self._schedule_recovery(f"corrupt: {exc} (met while the app was running)")

    def _schedule_recovery(self, reason: str) -> None:
        if self._closing or (self._recovery_task is not None and not self._recovery_task.done()):
            return
        self._recovery_task = asyncio.ensure_future(self._recover(reason))

    async def _recover(self, reason: str) -> None:
        """Rebuild the damaged cache under the running app, as `open` would have done."""
        self.store.stop_verify()  # a check still reading the old file has nothing left to say
        syncing = self._sync_task is not None and not self._sync_task.done()
        if syncing:
            assert self._sync_task is not None
            self._sync_task.cancel()
            await asyncio.gather(self._sync_task, return_exceptions=True)
            self._sync_task = None
        try:
            # No pull may straddle the rebuild: it holds its feed's cursor in memory and would
            # write it, without the rows before it, into the new file.
            async with self.engine.paused():
                report = await asyncio.to_thread(self.store.rebuild, reason)
        except Exception:
            log.exception("the damaged cache could not be rebuilt")
            return
        finally:
            if syncing and not self._closing:
                self.start_sync()  # refills the new file from the backend
        await self.engine.refresh_counts()
        self._tell_rebuilt(report)

    def _tell_rebuilt(self, report: OpenReport) -> None:
        if self._on_rebuilt is None:
            self._untold_rebuilds.append(report)
            return
        try:
            self._on_rebuilt(report)
        except Exception:  # the notice must not undo the recovery
            log.exception("telling the cache rebuild failed")

    async def _settle_cache_check(self) -> None:
        """Interrupt the background check and let a rebuild in progress finish (the file must be whole)."""
        self.store.stop_verify()
        tasks = [t for t in (self._verify_task, self._recovery_task) if t is not None]
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        self._verify_task = self._recovery_task = None

    def start_sync(self) -> None:
        if self._sync_task is None or self._sync_task.done():
            self._sync_task = asyncio.ensure_future(self.engine.run_forever())

    def start_events(self) -> None:
        if self._events_task is None or self._events_task.done():
            self._events_task = asyncio.ensure_future(self.events.run_forever())

    async def aclose(self) -> None:
        self._closing = True
        self.store.stop_verify()
        if self._events_task is not None:
            self._events_task.cancel()
            await asyncio.gather(self._events_task, return_exceptions=True)
            self._events_task = None
        if self._sync_task is not None:
            self._sync_task.cancel()
            await asyncio.gather(self._sync_task, return_exceptions=True)
            self._sync_task = None
        await self._settle_cache_check()
        await self.client.aclose()
        self.store.close()

    # --- what the shell awaits ----------------------------------------------------------

    async def list_stores(self) -> Sequence[tuple[str, str]]:
        cached = await self.store.read(repositories.locations)
        locations = [loc for loc in cached if loc.kind == "store"]
        if not locations:
            try:
                locations = [loc for loc in await self.client.locations() if loc.kind == "store"]
            except errors.BackendError as exc:
                log.warning("store list unavailable: %s", exc.message)
                return []
        return [(loc.id, loc.name) for loc in sorted(locations, key=lambda loc: loc.name)]

    async def current_session(self) -> tuple[Associate, Location] | None:
        """A device signed in earlier opens locked: the associate unlocks with the PIN."""
        if self.session is not None:  # signed in by the launcher (the demo)
            return self.session.associate, self.session.store
        if not self.client.tokens.load():
            return None
        try:
            session = await self.client.refresh()
        except errors.AuthExpired:
            return None
        except errors.BackendError:
            return None  # offline: the password screen says so on submit
        self._adopt(session)
        return session.associate, session.store

    async def sign_in(self, store_id: str, username: str, password: str) -> tuple[Associate, Location]:
        session = await self.client.login(store_id, username, password, self.device_id)
        self._adopt(session)
        return session.associate, session.store

    async def unlock(self, pin: str) -> bool:
        try:
            session = await self.client.unlock(pin)
        except errors.AuthExpired:
            return False
        self._adopt(session)
        return True

    async def verify_manager_pin(self, pin: str) -> bool:
        """Kiosk exit: the backend checks the PIN; offline, the verifier of the last good check is used."""
        try:
            ok = await self.client.verify_manager_pin(pin)
        except errors.Unreachable:
            return self._check_cached_manager_pin(pin)
        if ok:
            self._cache_manager_pin(pin)
        return ok

    def _cache_manager_pin(self, pin: str) -> None:
        salt = secrets.token_bytes(16)
        keys.backend().set_password(SERVICE, f"manager-pin:{self.settings.profile}",
                             f"{salt.hex()}:{_pin_verifier(pin, salt)}")

    def _check_cached_manager_pin(self, pin: str) -> bool:
        stored = keys.backend().get_password(SERVICE, f"manager-pin:{self.settings.profile}")
        if not stored:
            return False
        salt_hex, _, digest = stored.partition(":")
        return hmac.compare_digest(_pin_verifier(pin, bytes.fromhex(salt_hex)), digest)

    async def sign_out(self) -> None:
        try:
            await self.client.logout()
        except errors.BackendError as exc:
            log.warning("logout not confirmed by the backend: %s", exc.message)
        self.session = None

    async def sign_out_device(self, *, manager_confirmed: bool = False) -> None:
        """Take this device out of the store: push what waits, then wipe the cache, its key and the tokens.

        Never loses a command silently: when something is still unsent (backend unreachable, or
        conflicts unresolved) this raises PendingCommands listing them, unless a manager
        confirmed that they may be dropped.
        """
        from offline_cache.wipe import wipe

        try:
            await self.store.write(outbox.retry_now)  # asked for now: no backoff to wait out
            await self.engine.replayer.push_once()
        except errors.BackendError as exc:
            log.warning("push before device sign-out failed: %s", exc.message)
        waiting = await self.store.read(outbox.unsettled)
        if waiting and not manager_confirmed:
            raise PendingCommands(f"{len(waiting)} commands have not reached the backend", waiting)
        await self._settle_cache_check()  # no check or rebuild may run on the files being wiped
        await self.sign_out()
        if self._sync_task is not None:
            self._sync_task.cancel()
            await asyncio.gather(self._sync_task, return_exceptions=True)
            self._sync_task = None
        self.store.close()
        wipe(self.settings.cache_path, self.settings.profile, force=True)
        log.warning("device signed out of its store%s", " with unsent commands dropped" if waiting else "")

    def _adopt(self, session: Session) -> None:
        self.session = session
        self.start_sync()
        self.start_events()

    @property
    def is_manager(self) -> bool:
        return self.session is not None and self.session.associate.role == Role.MANAGER

    async def submit(self, command: Command, local_effect: Callable[[Any], None] | None = None) -> outbox.Command:
        """Accept a command: its optimistic effect and outbox row in one durable transaction.

        Returns once the row is on disk (fsync'd), so the screen may say "queued"; the sync
        engine is woken to send it at once when the backend is reachable.
        """
        if self.session is None:
            raise errors.AuthExpired("sign in to make changes")
        row = await self.store.write(lambda conn: outbox.enqueue(
            conn, kind=command.kind.value, method=command.method, path=command.path, body=command.body,
            entity_key=command.entity_key, idempotency_key=command.idempotency_key,
            associate_id=self.session.associate.id if self.session else None, device_id=self.device_id,
            local_effect=local_effect, after_entity=command.after))
        await self.engine.refresh_counts()
        self.engine.wake()
        return row

    async def is_pending(self, entity_key: str) -> bool:
        """True while a command on this entity waits to sync (the screens say so)."""
        return await self.store.read(outbox.has_pending, entity_key)

    async def sync_now(self, feeds: tuple[Feed, ...] | None = None) -> None:
        await self.engine.sync_once(**({"feeds": feeds} if feeds else {}))
        self.engine.wake()
