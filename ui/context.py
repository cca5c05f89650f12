"""What the app shell needs from the rest of the app — implemented by the lead's wiring.

The shell never talks HTTP or SQL; it awaits these coroutines (services in clienteling/)
and renders their answers. Errors are the typed ones of ``clienteling.errors``.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from clienteling.models.location import Associate, Location
from clienteling.services.status import StatusHub


class AppContext(Protocol):
    """Everything ``run_app`` needs; ``context_factory`` builds one (sync or async)."""

    status_hub: StatusHub
    start_unlocked: bool
    """True when the session was opened by the launcher itself (the demo): no lock screen first."""
    """The sync engine publishes SyncStatus here; the status bar follows it."""

    async def list_stores(self) -> Sequence[tuple[str, str]]:
        """(store_id, name) for the sign-in picker: cached locations, else /v1/locations."""

    async def current_session(self) -> tuple[Associate, Location] | None:
        """A session restored from the keyring (the app then opens locked), or None."""

    async def sign_in(self, store_id: str, username: str, password: str) -> tuple[Associate, Location]:
        """Password sign-in; raises clienteling.errors.BackendError subclasses."""

    async def unlock(self, pin: str) -> bool:
        """Quick unlock of the current session with the associate's PIN; False = wrong PIN."""

    async def verify_manager_pin(self, pin: str) -> bool:
        """True when ``pin`` is a manager's PIN of this store (kiosk exit)."""

    async def sign_out(self) -> None:
        """Revoke the session (switch associate)."""

    async def sign_out_device(self, *, manager_confirmed: bool = False) -> None:
        """Push what waits, then wipe the cache, its key and the tokens; raises
        clienteling.services.app_services.PendingCommands (with ``.commands``) when changes are
        still unsent, unless a manager confirmed dropping them."""

    def open(self) -> None:
        """Open (or, after sign_out_device, create anew) the local cache."""

    def watch_cache(self, on_rebuilt: Callable[[Any], None]) -> None:
        """Start the cache's deferred consistency check once the first screen is up; call
        ``on_rebuilt(report)`` for every rebuild of a damaged cache (at open or later)."""

    async def aclose(self) -> None:
        """Stop the sync engine and close the cache; called once when the app quits."""
