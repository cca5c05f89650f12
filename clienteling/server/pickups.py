"""Click-and-collect: code verification with lockout, the handover, its audit, extend, cancel, notices.

Stock model for pickup lines: a prepared pickup's items are still counted in the store's
`on_hand` and held by `reserved` until the counter settles them:
  handed over                  -> on_hand -q, reserved -q (the item left the store)
  refused wrong_size/changed_mind -> reserved -q (back on the shelf: available +q)
  refused damaged              -> on_hand -q, reserved -q (written off)
  refused not_found_in_store   -> on_hand = 0, reserved -q, other open pickups needing it flagged
  cancelled (waiting lines)    -> reserved -q (reservation released)
"""
from __future__ import annotations

import secrets
import sqlite3
from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import Response

from clienteling.models import (
    OPEN_PICKUP_STATUSES,
    CancelPickupRequest,
    ErrorCode,
    ExtendPickupRequest,
    HandoverRecord,
    HandoverRequest,
    PickupLineStatus,
    PickupOrder,
    PickupStatus,
    RefusalReason,
    VerificationMethod,
    VerifyCodeRequest,
    VerifyCodeResult,
)
from clienteling.models.common import Model

from . import db, idempotency, records
from .context import AnyCaller, Caller, Config, Conn, Manager
from .errors import ApiError, conflict, forbidden, invalid, not_found, responses
from .idempotency import IdempotencyKey
from .security import pickup_code_matches

router = APIRouter(prefix="/v1", tags=["pickups"])

PathId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
MAX_CODE_FAILURES = 5
LOCK_DURATION = timedelta(minutes=15)


class NoticeSent(Model):
    """Answer of resend-notice: the channel the transactional notice went out on."""

    sent: str


def _pickup_here(conn: sqlite3.Connection, pickup_id: str, caller: Caller) -> PickupOrder:
    pickup = records.pickup(conn, pickup_id)
    if pickup is None or pickup.store_id != caller.store.id:
        raise not_found("pickup order")
    return pickup


# --- wrong-code lockout (per order) -----------------------------------------------------

def _failures(conn: sqlite3.Connection, pickup_id: str, now: datetime) -> int:
    """Wrong codes so far; 423 while locked, and a fresh count once the lock has passed."""
    row = conn.execute("SELECT failures, locked_until FROM pickup_attempts WHERE pickup_id = ?",
                       (pickup_id,)).fetchone()
    if row is None:
        return 0
    failures, locked_until = row
    if locked_until is not None:
        until = datetime.fromisoformat(locked_until)
        if until > now:
            raise ApiError(423, ErrorCode.LOCKED, "too many wrong codes: try again later or ask a manager",
                           reason="too_many_wrong_codes", headers={"Retry-After": str(int((until - now).total_seconds()) + 1)})
        conn.execute("DELETE FROM pickup_attempts WHERE pickup_id = ?", (pickup_id,))
        return 0
    return int(failures)


def _count_failure(conn: sqlite3.Connection, pickup_id: str, failures: int, now: datetime) -> int:
    """Record one more wrong code; the fifth locks the order for 15 minutes. Returns attempts left."""
    failures += 1
    locked = db.iso(now + LOCK_DURATION) if failures >= MAX_CODE_FAILURES else None
    conn.execute("INSERT OR REPLACE INTO pickup_attempts (pickup_id, failures, locked_until) VALUES (?, ?, ?)",
                 (pickup_id, failures, locked))
    return max(0, MAX_CODE_FAILURES - failures)


def _reset_failures(conn: sqlite3.Connection, pickup_id: str) -> None:
    conn.execute("DELETE FROM pickup_attempts WHERE pickup_id = ?", (pickup_id,))


# --- reads ------------------------------------------------------------------------------

@router.get("/pickups/{pickup_id}", response_model=PickupOrder, responses=responses(401, 404))
def get_pickup(pickup_id: PathId, caller: AnyCaller, conn: Conn) -> PickupOrder:
    """A pickup order of the caller's store."""
    return _pickup_here(conn, pickup_id, caller)


@router.get("/pickups/{pickup_id}/handovers", response_model=list[HandoverRecord], responses=responses(401, 404))
def handovers(pickup_id: PathId, caller: AnyCaller, conn: Conn) -> list[HandoverRecord]:
    """Audit trail: who handed over what, when, on which device, verified how."""
    _pickup_here(conn, pickup_id, caller)
    return [HandoverRecord.model_validate_json(r[0]) for r in conn.execute(
        "SELECT body FROM handovers WHERE pickup_id = ? ORDER BY handed_over_at, id", (pickup_id,))]


@router.post("/pickups/{pickup_id}/verify", response_model=VerifyCodeResult, responses=responses(401, 404, 423))
def verify(pickup_id: PathId, body: VerifyCodeRequest, caller: AnyCaller, conn: Conn,
           config: Config) -> VerifyCodeResult:
    """Check the customer's code before the handover; five wrong codes lock the order."""
    now = config.now()
    with db.write(conn):
        pickup = _pickup_here(conn, pickup_id, caller)
        failures = _failures(conn, pickup_id, now)
        if pickup_code_matches(pickup.code_salt, pickup.code_hash, body.code):
            _reset_failures(conn, pickup_id)
            return VerifyCodeResult(valid=True, attempts_left=MAX_CODE_FAILURES)
        left = _count_failure(conn, pickup_id, failures, now)
    return VerifyCodeResult(valid=False, attempts_left=left)


# --- the handover -------------------------------------------------------------------------

def _apply_line_stock(conn: sqlite3.Connection, pickup: PickupOrder, sku: str, quantity: int,
                      action: PickupLineStatus, reason: RefusalReason | None, now: datetime) -> None:
    store = pickup.store_id
    if action == PickupLineStatus.HANDED_OVER or reason == RefusalReason.DAMAGED:
        records.adjust_stock(conn, sku, store, now, on_hand=-quantity, reserved=-quantity)
    elif reason == RefusalReason.NOT_FOUND_IN_STORE:
        level = records.stock(conn, sku, store)
        records.save_stock(conn, sku, store, 0, (level.reserved if level else 0) - quantity, now)
        _flag_pickups_needing(conn, store, sku, exclude=pickup.id)
    else:
        records.adjust_stock(conn, sku, store, now, reserved=-quantity)


def _flag_pickups_needing(conn: sqlite3.Connection, store_id: str, sku: str, exclude: str) -> None:
    """Other open orders of the store waiting for a SKU that is not on the shelf get a `problem`."""
    statuses = tuple(s.value for s in OPEN_PICKUP_STATUSES)
    rows = conn.execute(f"SELECT body FROM pickups WHERE store_id = ? AND status IN ({','.join('?' * len(statuses))})"
                        " AND id != ?", (store_id, *statuses, exclude)).fetchall()
    for (body,) in rows:
        other = PickupOrder.model_validate_json(body)
        if any(line.sku == sku and line.status == PickupLineStatus.WAITING for line in other.lines):
            other.problem = f"{sku} was not found in store during another handover"
            records.save_pickup(conn, other)


def _hand_over(conn: sqlite3.Connection, pickup_id: str, body: HandoverRequest, caller: Caller,
               now: datetime) -> PickupOrder:
    pickup = _pickup_here(conn, pickup_id, caller)
    method = body.verification.method
    if method == VerificationMethod.MANAGER_OVERRIDE and not caller.is_manager:
        raise forbidden("only a store manager can hand over without the customer's code")
    current = pickup.model_dump(mode="json")
    if pickup.status == PickupStatus.CANCELLED:
        raise conflict("order_cancelled", "this order was cancelled", current=current)
    if pickup.status == PickupStatus.COLLECTED:
        raise conflict("already_collected", "this order was already collected", current=current)
    if pickup.status == PickupStatus.PREPARING:
        raise conflict("not_ready", "this order is still being prepared", current=current)
    lines = {line.line_id: line for line in pickup.lines}
    seen: set[str] = set()
    for decision in body.decisions:
        if decision.line_id in seen:
            raise invalid("duplicate_line", f"line {decision.line_id} is decided twice")
        seen.add(decision.line_id)
        if decision.line_id not in lines:
            raise invalid("unknown_line", f"this order has no line {decision.line_id}")
        if lines[decision.line_id].status != PickupLineStatus.WAITING:
            raise conflict("line_not_waiting", f"line {decision.line_id} is already settled", current=current)
    if pickup.requires_proof and body.verification.proof is None:
        raise invalid("proof_required", "this order needs the collector's identity recorded")
    if method != VerificationMethod.MANAGER_OVERRIDE:
        failures = _failures(conn, pickup.id, now)
        if not pickup_code_matches(pickup.code_salt, pickup.code_hash, body.verification.code or ""):
            left = _count_failure(conn, pickup.id, failures, now)
            raise ApiError(422, ErrorCode.VALIDATION, f"wrong code ({left} attempts left)", reason="wrong_code",
                           details=[{"attempts_left": left}], keep_effects=True)
        _reset_failures(conn, pickup.id)
    for decision in body.decisions:
        line = lines[decision.line_id]
        line.status = decision.action
        line.refusal_reason = decision.reason.value if decision.reason else None
        _apply_line_stock(conn, pickup, line.sku, line.quantity, decision.action, decision.reason, now)
    if all(line.status != PickupLineStatus.WAITING for line in pickup.lines):
        pickup.status, pickup.collected_at = PickupStatus.COLLECTED, body.handed_over_at
    else:
        pickup.status = PickupStatus.PARTLY_COLLECTED
    saved = records.save_pickup(conn, pickup)
    proof = body.verification.proof
    record = HandoverRecord(id=f"H-{secrets.token_hex(8).upper()}", pickup_id=pickup.id,
                            associate_id=caller.associate.id, device_id=body.device_id,
                            handed_over_at=body.handed_over_at, method=method,
                            collector_name=proof.collector_name if proof else None, decisions=body.decisions)
    conn.execute("INSERT INTO handovers (id, pickup_id, handed_over_at, body) VALUES (?, ?, ?, ?)",
                 (record.id, record.pickup_id, db.iso(record.handed_over_at), record.model_dump_json()))
    return saved


@router.post("/pickups/{pickup_id}/handover", response_model=PickupOrder, responses=responses(401, 403, 404, 409, 423))
def hand_over(pickup_id: PathId, body: HandoverRequest, request: Request, caller: AnyCaller, conn: Conn,
              config: Config, key: IdempotencyKey) -> Response:
    """What happened at the counter, line by line: handed over, or refused with a reason."""
    return idempotency.run(conn, request, caller, key, body,
                           lambda c: (200, _hand_over(c, pickup_id, body, caller, config.now())))


# --- manager actions and notices ---------------------------------------------------------------

@router.post("/pickups/{pickup_id}/extend", response_model=PickupOrder, responses=responses(401, 403, 404, 409))
def extend(pickup_id: PathId, body: ExtendPickupRequest, request: Request, caller: Manager, conn: Conn,
           config: Config, key: IdempotencyKey) -> Response:
    """Give the customer more time to collect (managers only)."""
    def effect(conn: sqlite3.Connection) -> tuple[int, PickupOrder]:
        pickup = _pickup_here(conn, pickup_id, caller)
        if pickup.status not in OPEN_PICKUP_STATUSES:
            raise conflict("not_open", f"this order is {pickup.status.value}", current=pickup.model_dump(mode="json"))
        if body.collect_by <= config.now():
            raise invalid("collect_by_in_past", "the new collection date must be in the future")
        pickup.collect_by = body.collect_by
        return 200, records.save_pickup(conn, pickup)

    return idempotency.run(conn, request, caller, key, body, effect)


@router.post("/pickups/{pickup_id}/cancel", response_model=PickupOrder, responses=responses(401, 403, 404, 409))
def cancel(pickup_id: PathId, body: CancelPickupRequest, request: Request, caller: Manager, conn: Conn,
           config: Config, key: IdempotencyKey) -> Response:
    """Cancel what is still waiting and release its reservations (managers only)."""
    def effect(conn: sqlite3.Connection) -> tuple[int, PickupOrder]:
        pickup = _pickup_here(conn, pickup_id, caller)
        current = pickup.model_dump(mode="json")
        if pickup.status == PickupStatus.CANCELLED:
            raise conflict("order_cancelled", "this order is already cancelled", current=current)
        if pickup.status == PickupStatus.COLLECTED:
            raise conflict("already_collected", "this order was already collected", current=current)
        now = config.now()
        for line in pickup.lines:
            if line.status == PickupLineStatus.WAITING:
                records.adjust_stock(conn, line.sku, pickup.store_id, now, reserved=-line.quantity)
        pickup.status, pickup.cancelled_at = PickupStatus.CANCELLED, now
        pickup.problem = body.reason[:200]
        return 200, records.save_pickup(conn, pickup)

    return idempotency.run(conn, request, caller, key, body, effect)


@router.post("/pickups/{pickup_id}/resend-notice", status_code=202, response_model=NoticeSent,
             responses=responses(401, 404, 409))
def resend_notice(pickup_id: PathId, request: Request, caller: AnyCaller, conn: Conn, config: Config,
                  key: IdempotencyKey) -> Response:
    """Send the "ready for pickup" notice again: transactional, so e-mail first, else SMS."""
    def effect(conn: sqlite3.Connection) -> tuple[int, NoticeSent]:
        pickup = _pickup_here(conn, pickup_id, caller)
        if pickup.status not in OPEN_PICKUP_STATUSES:
            raise conflict("not_open", f"this order is {pickup.status.value}", current=pickup.model_dump(mode="json"))
        customer = records.customer(conn, pickup.customer_id)
        channel = "email" if customer and customer.email else "sms" if customer and customer.phone else None
        if channel is None:
            raise conflict("no_contact", "the customer has neither e-mail nor phone",
                           current=pickup.model_dump(mode="json"))
        conn.execute("INSERT INTO notices (pickup_id, channel, associate_id, sent_at) VALUES (?, ?, ?, ?)",
                     (pickup.id, channel, caller.associate.id, db.iso(config.now())))
        return 202, NoticeSent(sent=channel)

    return idempotency.run(conn, request, caller, key, None, effect)
