"""What the sync engine tells the screens: one immutable status value and a tiny observer hub.

Pure Python on purpose: the sync engine (no Qt) publishes, the UI status bar subscribes, and
tests drive either side without the other.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

log = logging.getLogger(__name__)

StatusCallback = Callable[["SyncStatus"], None]


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """A snapshot of connectivity, sync progress, the outbox and the conflict inbox."""

    online: bool = True
    offline_since: datetime | None = None
    """When the device lost the backend; None while online (or not known)."""
    syncing: bool = False
    progress: float | None = None
    """0..1 while a sync of known size runs; None when the size is unknown (busy indicator)."""
    queued_commands: int = 0
    """Commands accepted offline and not yet acknowledged by the backend."""
    last_push_at: datetime | None = None
    conflicts: int = 0
    """Commands the backend refused (409/4xx) that an associate has to look at."""
    last_pull_at: datetime | None = None

    def __post_init__(self) -> None:
        if self.progress is not None and not 0.0 <= self.progress <= 1.0:
            raise ValueError(f"progress must be within 0..1, got {self.progress}")
        if self.queued_commands < 0 or self.conflicts < 0:
            raise ValueError("counts cannot be negative")
        for name in ("offline_since", "last_push_at", "last_pull_at"):
            value = getattr(self, name)
            if value is not None and value.tzinfo is None:
                raise ValueError(f"{name} must be timezone-aware")

    @property
    def last_sync_at(self) -> datetime | None:
        """The latest moment the device exchanged data with the backend, either way."""
        stamps = [t for t in (self.last_pull_at, self.last_push_at) if t is not None]
        return max(stamps) if stamps else None

    def evolve(self, **changes: object) -> SyncStatus:
        """A copy with some fields changed (the status is immutable)."""
        return replace(self, **changes)  # type: ignore[arg-type]


class StatusHub:
    """Fan-out of SyncStatus snapshots; remembers the latest so late subscribers start right.

    Callbacks run synchronously in the publisher's thread; a Qt subscriber that may be fed
    from another thread should hop to the GUI thread itself (the status bar does, through a
    queued signal). A failing subscriber is logged and does not stop the others.
    """

    def __init__(self, initial: SyncStatus | None = None) -> None:
        self._lock = threading.Lock()
        self._subscribers: list[StatusCallback] = []
        self._current = initial or SyncStatus()

    @property
    def current(self) -> SyncStatus:
        return self._current

    def subscribe(self, callback: StatusCallback, *, replay: bool = True) -> Callable[[], None]:
        """Register callback; returns a function that unsubscribes it (idempotent)."""
        with self._lock:
            self._subscribers.append(callback)
        if replay:
            callback(self._current)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    def publish(self, status: SyncStatus) -> None:
        with self._lock:
            self._current = status
            subscribers = list(self._subscribers)
        for callback in subscribers:
            try:
                callback(status)
            except Exception:  # a broken screen must not break the sync engine
                log.exception("status subscriber failed")

    def update(self, **changes: object) -> SyncStatus:
        """Publish the current status with some fields changed; returns the new status."""
        status = self._current.evolve(**changes)
        self.publish(status)
        return status
