"""Click-and-collect orders and the handover command."""
from __future__ import annotations

from enum import StrEnum

from pydantic import Field, model_validator

from .common import Id, Model, Money, Sku, UtcDatetime


class PickupStatus(StrEnum):
    PREPARING = "preparing"
    READY = "ready"
    PARTLY_COLLECTED = "partly_collected"
    COLLECTED = "collected"
    CANCELLED = "cancelled"


OPEN_PICKUP_STATUSES = frozenset({PickupStatus.PREPARING, PickupStatus.READY, PickupStatus.PARTLY_COLLECTED})


class PickupLineStatus(StrEnum):
    WAITING = "waiting"
    HANDED_OVER = "handed_over"
    REFUSED = "refused"


class PickupLine(Model):
    line_id: Id
    sku: Sku
    name: str
    quantity: int = Field(ge=1, le=99)
    unit_price: Money
    status: PickupLineStatus = PickupLineStatus.WAITING
    refusal_reason: str | None = None


class PickupOrder(Model):
    id: Id
    number: str = Field(min_length=1, max_length=32, description="printed on the customer's receipt")
    store_id: Id
    customer_id: Id
    customer_name: str
    status: PickupStatus
    lines: list[PickupLine] = Field(min_length=1)
    parcels: int = Field(ge=1, le=50)
    total: Money
    created_at: UtcDatetime
    ready_at: UtcDatetime | None = None
    collect_by: UtcDatetime | None = None
    collected_at: UtcDatetime | None = None
    cancelled_at: UtcDatetime | None = None
    requires_proof: bool = Field(description="high value: the collector's identity must be recorded")
    code_salt: str = Field(description="salt of code_hash; lets a device verify a code offline")
    code_hash: str = Field(description="sha256(salt + code) hex; the code itself is never sent")
    problem: str | None = Field(default=None, description="why it cannot be handed over as promised")
    version: int = Field(default=0, ge=0)


class RefusalReason(StrEnum):
    WRONG_SIZE = "wrong_size"
    DAMAGED = "damaged"
    CHANGED_MIND = "changed_mind"
    NOT_FOUND_IN_STORE = "not_found_in_store"


class LineDecision(Model):
    line_id: Id
    action: PickupLineStatus = Field(description="handed_over or refused")
    reason: RefusalReason | None = None

    @model_validator(mode="after")
    def _reason_iff_refused(self) -> LineDecision:
        if self.action == PickupLineStatus.WAITING:
            raise ValueError("a decision is handed_over or refused")
        if (self.action == PickupLineStatus.REFUSED) != (self.reason is not None):
            raise ValueError("a refused line needs a reason, a handed-over line has none")
        return self


class VerificationMethod(StrEnum):
    CODE = "code"
    QR = "qr"
    MANAGER_OVERRIDE = "manager_override"


class ProofOfPickup(Model):
    collector_name: str = Field(min_length=1, max_length=120)
    relation: str = Field(min_length=1, max_length=60, description="self, spouse, colleague…")
    id_last_digits: str = Field(pattern=r"^[0-9A-Za-z]{3,4}$")


class Verification(Model):
    method: VerificationMethod
    code: str | None = Field(default=None, pattern=r"^[0-9A-Z]{6}$")
    override_reason: str | None = Field(default=None, max_length=500)
    proof: ProofOfPickup | None = None

    @model_validator(mode="after")
    def _complete(self) -> Verification:
        if self.method == VerificationMethod.MANAGER_OVERRIDE:
            if not self.override_reason:
                raise ValueError("a manager override needs a reason")
        elif not self.code:
            raise ValueError("code or QR verification needs the code")
        return self


class HandoverRequest(Model):
    """The handover command: what happened at the counter, line by line."""

    decisions: list[LineDecision] = Field(min_length=1)
    verification: Verification
    device_id: Id
    handed_over_at: UtcDatetime


class VerifyCodeRequest(Model):
    code: str = Field(pattern=r"^[0-9A-Z]{6}$")


class VerifyCodeResult(Model):
    valid: bool
    attempts_left: int = Field(ge=0)


class ExtendPickupRequest(Model):
    collect_by: UtcDatetime
    reason: str = Field(min_length=1, max_length=500)


class CancelPickupRequest(Model):
    reason: str = Field(min_length=1, max_length=500)


class HandoverRecord(Model):
    """Audit: who handed over what, when, on which device, how the customer was verified."""

    id: Id
    pickup_id: Id
    associate_id: Id
    device_id: Id
    handed_over_at: UtcDatetime
    method: VerificationMethod
    collector_name: str | None = None
    decisions: list[LineDecision]
