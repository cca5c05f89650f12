"""Click-and-collect at the counter: the queue, verifying the collector, the handover, manager actions.

Plain async use cases over AppServices (no Qt): the screens, the CLI and the tests call them.

- The queue and an order come from the cache only (same online and offline).
- The pickup code is checked OFFLINE against the cached order's ``code_salt``/``code_hash``
  (``sha256(salt + code)``, compared in constant time) and, when the backend is reachable,
  ONLINE too (the backend counts wrong codes and answers 423 after five). Wrong codes are
  also counted on this device: after ``MAX_WRONG_CODES`` the order is locked here for
  ``DEVICE_LOCK`` (15 minutes, like the backend), online or not. The count is kept in the
  cache (``offline_cache.code_attempts``): restarting the app does not buy more guesses.
- The handover, extend and cancel are commands (optimistic effect + outbox row in one
  transaction); one ``HandoverSession`` holds one idempotency key, so a double tap or a retry
  on the same screen never makes a second command, and the backend never a second handover.
- A refusal by the backend lands in the conflict inbox; ``explain_pickup_conflict`` says
  what happened in plain words (English source text, marked for translation; the UI
  translates it in the ``PickupConflicts`` context).
"""
from __future__ import annotations

import dataclasses
import hashlib
import hmac
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, timezone
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from offline_cache import code_attempts, outbox, pickup_queue, repositories
from offline_cache.pickup_queue import QueueRow

from .. import commands, errors
from ..models import Feed, HandoverRecord, HandoverRequest, PickupOrder, PickupStatus, utcnow
from ..models.pickup import (
    CancelPickupRequest, ExtendPickupRequest, LineDecision, PickupLineStatus, ProofOfPickup, RefusalReason,
    Verification, VerificationMethod,
)

if TYPE_CHECKING:
    from .app_services import AppServices

MAX_WRONG_CODES = 5
DEVICE_LOCK = timedelta(minutes=15)
PAGE_SIZE = 50


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks a string for translation without importing Qt here; the UI translates it."""
    return text


CONFLICT_CONTEXT = "PickupConflicts"

CONFLICT_WORDS: dict[str, str] = {
    "order_cancelled": QT_TRANSLATE_NOOP(
        "PickupConflicts",
        "This order was cancelled before your handover reached the server. Nothing was recorded as collected: "
        "ask the customer to contact customer service, and put the items back where cancelled orders go."),
    "already_collected": QT_TRANSLATE_NOOP(
        "PickupConflicts",
        "This order had already been collected (on another device or at another counter) before your handover "
        "reached the server. Check with the customer and your manager what they actually took."),
    "line_not_waiting": QT_TRANSLATE_NOOP(
        "PickupConflicts",
        "Some of these items had already been handed over or refused elsewhere, so your handover was not "
        "recorded. Open the order again to see what is still waiting."),
    "wrong_code": QT_TRANSLATE_NOOP(
        "PickupConflicts",
        "The server did not accept the pickup code given at the counter, so the handover was not recorded. "
        "Ask the customer for the code again, or ask a manager."),
    "proof_required": QT_TRANSLATE_NOOP(
        "PickupConflicts",
        "This order needs the collector's identity (name, relation, last ID digits) and it was missing, "
        "so the handover was not recorded. Hand it over again with the proof of pickup."),
    "forbidden": QT_TRANSLATE_NOOP(
        "PickupConflicts",
        "Only a store manager can hand over without the customer's code, so the server refused this handover. "
        "Ask a manager to do it."),
    "not_ready": QT_TRANSLATE_NOOP(
        "PickupConflicts",
        "This order is still being prepared on the server, so it could not be handed over yet."),
    "not_open": QT_TRANSLATE_NOOP(
        "PickupConflicts",
        "This order is no longer open on the server (collected or cancelled), so the change was not made."),
    "other": QT_TRANSLATE_NOOP(
        "PickupConflicts",
        "The server refused this change to the order. Open the order to see its current state, or ask a manager."),
}


def conflict_reason(command: outbox.Command) -> str:
    """The reason code of a refused pickup command (the server's, or 'forbidden'/'other')."""
    body = command.response_body if isinstance(command.response_body, dict) else {}
    reason = body.get("reason")
    if reason in CONFLICT_WORDS:
        return str(reason)
    if command.response_status == 403:
        return "forbidden"
    return "other"


def explain_pickup_conflict(command: outbox.Command, translate: Callable[[str, str], str] | None = None) -> str:
    """Plain words for the associate (and the manager) about a refused pickup command."""
    text = CONFLICT_WORDS[conflict_reason(command)]
    return translate(CONFLICT_CONTEXT, text) if translate else text


# --- the code ------------------------------------------------------------------------------------

def normalise_code(text: str) -> str:
    return "".join(text.split()).upper()


def code_matches(order: PickupOrder, code: str) -> bool:
    """Offline check: the cache keeps only the salted hash, never the code."""
    digest = hashlib.sha256((order.code_salt + code).encode()).hexdigest()
    return hmac.compare_digest(digest, order.code_hash.lower())


@dataclass(frozen=True)
class CodeCheck:
    valid: bool
    attempts_left: int
    locked_until: datetime | None = None
    online: bool = False
    """True when the backend confirmed the answer; False when only the cached hash was used."""


# --- the queue -----------------------------------------------------------------------------------

def start_of_day(now: datetime, tz: str) -> datetime:
    local = now.astimezone(ZoneInfo(tz))
    return datetime.combine(local.date(), time(0), tzinfo=ZoneInfo(tz)).astimezone(timezone.utc)


def is_overdue(order: PickupOrder, now: datetime) -> bool:
    return (order.status in (PickupStatus.READY, PickupStatus.PARTLY_COLLECTED) and order.collect_by is not None
            and order.collect_by < now)


def waiting_lines(order: PickupOrder) -> list[Any]:
    return [line for line in order.lines if line.status == PickupLineStatus.WAITING]


# --- optimistic effects of the manager's commands (pure) ----------------------------------------

def extended(pickup: dict[str, Any], request: dict[str, Any]) -> dict[str, Any]:
    return {**pickup, "collect_by": request["collect_by"]}


def cancelled(pickup: dict[str, Any], request: dict[str, Any], now: datetime) -> dict[str, Any]:
    return {**pickup, "status": PickupStatus.CANCELLED.value, "cancelled_at": now.isoformat(),
            "problem": request["reason"][:200]}


def _effect(pickup_id: str, change: Callable[[dict[str, Any]], dict[str, Any]]) -> Callable[[Any], None]:
    def apply(conn: Any) -> None:
        cached = repositories.get_item(conn, Feed.PICKUPS, pickup_id)
        if cached is not None:
            repositories.write_local(conn, Feed.PICKUPS, change(cached))
    return apply


@dataclass
class HandoverSession:
    """One handover screen: one idempotency key, whatever the taps and retries."""

    pickup_id: str
    idempotency_key: str = field(default_factory=lambda: str(uuid.uuid4()))
    submitted: outbox.Command | None = None


@dataclass(frozen=True)
class OrderView:
    """An order as the order page shows it."""

    order: PickupOrder
    pending_since: datetime | None
    conflict: outbox.Command | None
    conflict_text: str | None


class PickupDesk:
    """The pickup counter's use cases over the app's services (one per app instance)."""

    def __init__(self, services: AppServices, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.services = services
        self.clock = clock

    # --- reads ----------------------------------------------------------------------------

    @property
    def timezone(self) -> str:
        session = self.services.session
        return session.store.timezone if session is not None else "UTC"

    @property
    def is_manager(self) -> bool:
        return bool(self.services.is_manager)

    @property
    def online(self) -> bool:
        return bool(self.services.status_hub.current.online)

    def _since(self) -> datetime:
        return start_of_day(self.clock(), self.timezone)

    async def queue_page(self, view: str, text: str | None, offset: int, limit: int = PAGE_SIZE) -> list[QueueRow]:
        return await self.services.store.read(pickup_queue.queue_page, view, text, self.clock(), self._since(),
                                              limit, offset)

    async def queue_counts(self, text: str | None = None) -> dict[str, int]:
        return await self.services.store.read(pickup_queue.queue_counts, text, self.clock(), self._since())

    async def ready_ids(self) -> set[str]:
        return await self.services.store.read(pickup_queue.ready_ids)

    async def find(self, reference: str) -> PickupOrder | None:
        """An order by id or receipt number: the cache first, else the backend (written to the cache first)."""
        row = await self.services.store.read(pickup_queue.find_pickup, reference)
        if row is not None:
            return row.order
        try:
            order = await self.services.client.pickup(reference.strip())
        except (errors.NotFound, errors.Unreachable, errors.Rejected):
            return None
        await self.services.store.write(repositories.upsert_lookup, Feed.PICKUPS, order.model_dump(mode="json"))
        return order

    async def order_view(self, pickup_id: str, translate: Callable[[str, str], str] | None = None) -> OrderView | None:
        row = await self.services.store.read(pickup_queue.pickup_row, pickup_id)
        if row is None:
            return None
        conflict = await self.conflict_for(pickup_id)
        return OrderView(row.order, row.pending_since, conflict,
                         explain_pickup_conflict(conflict, translate) if conflict else None)

    async def conflict_for(self, pickup_id: str) -> outbox.Command | None:
        key = commands.entity_key(Feed.PICKUPS, pickup_id)
        found = [c for c in await self.services.store.read(outbox.conflicts) if c.entity_key == key]
        return found[-1] if found else None

    async def conflicts(self) -> list[outbox.Command]:
        """The pickup commands in the conflict inbox."""
        prefix = f"{Feed.PICKUPS.value}:"
        return [c for c in await self.services.store.read(outbox.conflicts) if c.entity_key.startswith(prefix)]

    async def dismiss_conflict(self, seq: int) -> None:
        await self.services.store.write(outbox.discard_conflict, seq, "seen at the pickup counter")
        await self.services.engine.refresh_counts()

    async def handovers(self, pickup_id: str) -> list[HandoverRecord]:
        """The audit of an order (online only: raises Unreachable offline)."""
        return await self.services.client.pickup_handovers(pickup_id)

    # --- verifying the collector ----------------------------------------------------------------

    async def device_lock(self, pickup_id: str) -> datetime | None:
        """Until when this device refuses codes for the order (None when it does not)."""
        state = await self.services.store.read(code_attempts.get, pickup_id)
        if state.locked_until is None:
            return None
        if state.locked_until <= self.clock():
            await self.services.store.write(code_attempts.clear, pickup_id)
            return None
        return state.locked_until

    async def _fail(self, pickup_id: str, server_left: int | None = None) -> CodeCheck:
        state = await self.services.store.write(code_attempts.record_failure, pickup_id, MAX_WRONG_CODES,
                                                DEVICE_LOCK, self.clock(), server_left == 0)
        left = max(0, MAX_WRONG_CODES - state.failures)
        if server_left is not None:
            left = min(left, server_left)
        return CodeCheck(False, left, state.locked_until, online=server_left is not None)

    async def _lock(self, pickup_id: str) -> CodeCheck:
        state = await self.services.store.write(code_attempts.record_failure, pickup_id, MAX_WRONG_CODES,
                                                DEVICE_LOCK, self.clock(), True)
        return CodeCheck(False, 0, state.locked_until, online=True)

    async def verify_code(self, order: PickupOrder, code: str) -> CodeCheck:
        """Check the collector's code: on the device, then with the backend when reachable."""
        locked = await self.device_lock(order.id)
        if locked is not None:
            return CodeCheck(False, 0, locked)
        code = normalise_code(code)
        valid_here = len(code) == 6 and code.isalnum() and code_matches(order, code)
        if len(code) != 6 or not code.isalnum():
            return await self._fail(order.id)
        try:
            answer = await self.services.client.verify_pickup_code(order.id, code)
        except errors.Locked:
            return await self._lock(order.id)
        except (errors.Unreachable, errors.AuthExpired, errors.ServerError, errors.InvalidResponse):
            answer = None
        if answer is None:  # offline: the cached hash decides
            if valid_here:
                await self.services.store.write(code_attempts.clear, order.id)
                return CodeCheck(True, MAX_WRONG_CODES)
            return await self._fail(order.id)
        if answer.valid:
            await self.services.store.write(code_attempts.clear, order.id)
            return CodeCheck(True, answer.attempts_left, online=True)
        return await self._fail(order.id, answer.attempts_left)

    # --- the handover -------------------------------------------------------------------------

    def new_session(self, pickup_id: str) -> HandoverSession:
        return HandoverSession(pickup_id)

    @staticmethod
    def verification(method: VerificationMethod, *, code: str | None = None, override_reason: str | None = None,
                     proof: ProofOfPickup | None = None) -> Verification:
        return Verification(method=method, code=normalise_code(code) if code else None,
                            override_reason=override_reason, proof=proof)

    async def hand_over(self, session: HandoverSession, decisions: list[LineDecision],
                        verification: Verification) -> outbox.Command:
        """Queue the handover (works offline); the same session never queues twice."""
        if session.submitted is not None:
            return session.submitted
        request = HandoverRequest(decisions=decisions, verification=verification,
                                  device_id=self.services.device_id, handed_over_at=self.clock())
        command = dataclasses.replace(commands.handover(session.pickup_id, request),
                                      idempotency_key=session.idempotency_key)
        body = request.model_dump(mode="json")
        row = await self.services.submit(command, local_effect=_effect(
            session.pickup_id, lambda cached: commands.handed_over(cached, body)))
        session.submitted = row
        return row

    # --- manager actions ------------------------------------------------------------------------

    async def extend(self, pickup_id: str, collect_by: datetime, reason: str) -> outbox.Command:
        request = ExtendPickupRequest(collect_by=collect_by, reason=reason)
        body = request.model_dump(mode="json")
        return await self.services.submit(commands.extend_pickup(pickup_id, request),
                                          local_effect=_effect(pickup_id, lambda cached: extended(cached, body)))

    async def cancel(self, pickup_id: str, reason: str) -> outbox.Command:
        request = CancelPickupRequest(reason=reason)
        body, now = request.model_dump(mode="json"), self.clock()
        return await self.services.submit(commands.cancel_pickup(pickup_id, request),
                                          local_effect=_effect(pickup_id, lambda cached: cancelled(cached, body, now)))

    async def resend_notice(self, pickup_id: str, idempotency_key: str) -> str:
        """Send the "ready for pickup" notice again (online only; transactional, no marketing)."""
        answer = await self.services.client.send_command("POST", f"/pickups/{pickup_id}/resend-notice", None,
                                                         idempotency_key)
        return str(answer.body.get("sent", "")) if isinstance(answer.body, dict) else ""


def refusal(line_id: str, reason: RefusalReason) -> LineDecision:
    return LineDecision(line_id=line_id, action=PickupLineStatus.REFUSED, reason=reason)


def handed(line_id: str) -> LineDecision:
    return LineDecision(line_id=line_id, action=PickupLineStatus.HANDED_OVER)
