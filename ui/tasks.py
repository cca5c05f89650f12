"""Fire-and-forget tasks started from Qt slots, kept alive and reported.

asyncio holds only weak references to tasks, so a task nobody keeps can be garbage
collected mid-flight; and an exception in a task nobody awaits is lost. The registry keeps
every task until it ends, logs failures, and cancels the rest when the app quits.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)


class TaskRegistry:
    """A small TaskGroup for the UI: spawn() from any slot, cancel_all() on quit."""

    def __init__(self, *, on_error: Callable[[BaseException], None] | None = None) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._on_error = on_error

    def __len__(self) -> int:
        return len(self._tasks)

    def spawn(self, coro: Coroutine[Any, Any, Any], *, name: str | None = None) -> asyncio.Task[Any]:
        """Schedule coro on the running (qasync) loop and keep a reference until it ends."""
        task = asyncio.get_event_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            log.error("background task %s failed", task.get_name(), exc_info=error)
            if self._on_error is not None:
                self._on_error(error)

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    async def wait_all(self) -> None:
        """Wait for the tasks running now (cancelled ones included) to finish."""
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
