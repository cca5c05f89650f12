"""Push from the backend: a server-sent-events listener that wakes the sync engine.

The backend announces committed changes of the store's pickups and followed stock on
``GET /v1/events`` (``event: stock|pickup``, ``data: {feed, key, version}``). The listener
only *wakes* the sync engine, which pulls the feeds as usual: the cache stays the one thing
screens read, and polling remains the fallback whenever the stream is down. Screens that want
to react to one key (the SKU on screen) subscribe to the events themselves.
"""
from __future__ import annotations

import asyncio
import json
import logging
import random
from collections.abc import Callable
from typing import Any

import httpx

from .. import errors
from ..client import BackendClient

log = logging.getLogger(__name__)

EventCallback = Callable[[str, dict[str, Any]], None]

WAKING_EVENTS = frozenset({"stock", "pickup"})
"""Events after which the sync engine pulls at once."""


class SseParser:
    """Incremental text/event-stream parser (WHATWG rules for the fields the backend sends)."""

    def __init__(self) -> None:
        self.last_event_id: str | None = None
        self.retry_ms: int | None = None
        self._event = ""
        self._data: list[str] = []

    def feed_line(self, line: str) -> tuple[str, str] | None:
        """Take one line (without its end); returns (event, data) when a blank line ends an event."""
        if line == "":
            if not self._data:
                self._event = ""
                return None
            event, data = self._event or "message", "\n".join(self._data)
            self._event, self._data = "", []
            return event, data
        if line.startswith(":"):
            return None  # comment (keep-alive)
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "event":
            self._event = value
        elif name == "data":
            self._data.append(value)
        elif name == "id" and "\0" not in value:
            self.last_event_id = value
        elif name == "retry" and value.isdigit():
            self.retry_ms = int(value)
        return None


class EventListener:
    """One per signed-in app; ``run_forever()`` until cancelled, reconnecting with backoff."""

    def __init__(self, client: BackendClient, *, wake: Callable[[], None] | None = None,
                 min_backoff_s: float = 1.0, max_backoff_s: float = 60.0, read_timeout_s: float = 45.0) -> None:
        self.client = client
        self._wake = wake
        self._subscribers: list[EventCallback] = []
        self.min_backoff_s = min_backoff_s
        self.max_backoff_s = max_backoff_s
        self.read_timeout_s = read_timeout_s
        """The backend sends a keep-alive every 15 s; silence longer than this is a dead link."""
        self.last_event_id: str | None = None
        self.connected = False
        self._reached = False

    def subscribe(self, callback: EventCallback) -> Callable[[], None]:
        """Call ``callback(event, data)`` for every event; returns the unsubscribe function."""
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

        return unsubscribe

    def dispatch(self, event: str, data: dict[str, Any]) -> None:
        if event in WAKING_EVENTS and self._wake is not None:
            self._wake()
        for callback in list(self._subscribers):
            try:
                callback(event, data)
            except Exception:  # a broken screen must not stop the push
                log.exception("event subscriber failed")

    async def listen_once(self) -> None:
        """One connection: read events until the stream ends; raises on transport faults."""
        headers = {"Accept": "text/event-stream"}
        if self.last_event_id:
            headers["Last-Event-ID"] = self.last_event_id
        parser = SseParser()
        async with self.client.stream("/events", headers=headers, read_timeout=self.read_timeout_s) as response:
            if response.status_code == 401 and self.client.tokens.load():
                await self.client.refresh()  # the next connection carries the new token
                return
            if response.status_code != 200:
                raise errors.ServerError(f"events stream answered HTTP {response.status_code}",
                                         status=response.status_code)
            self.connected = self._reached = True
            try:
                async for line in response.aiter_lines():
                    done = parser.feed_line(line)
                    if parser.last_event_id:
                        self.last_event_id = parser.last_event_id
                    if done is None:
                        continue
                    event, raw = done
                    try:
                        data = json.loads(raw)
                    except ValueError:
                        log.warning("events: ignored a malformed %s event", event)
                        continue
                    self.dispatch(event, data if isinstance(data, dict) else {"data": data})
            finally:
                self.connected = False

    async def run_forever(self) -> None:
        """Listen, and reconnect after any fault with a growing, jittered delay."""
        delay = self.min_backoff_s
        while True:
            if not self.client.signed_in:
                await asyncio.sleep(delay)
                continue
            try:
                await self.listen_once()
                delay = self.min_backoff_s  # a clean end (stream lifetime): reconnect at once
                continue
            except asyncio.CancelledError:
                raise
            except (httpx.HTTPError, errors.BackendError) as exc:
                log.info("events stream down (%s); retrying in %.0f s", type(exc).__name__, delay)
            except Exception:
                log.exception("events stream failed")
            if self._reached:  # it worked until now: the first retry comes quickly
                self._reached, delay = False, self.min_backoff_s
            await asyncio.sleep(delay * (0.75 + 0.5 * random.random()))
            delay = min(self.max_backoff_s, delay * 2)
