"""Words and small formatting the pickup screens share (translated in the "Pickups" context)."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from clienteling.models import PickupStatus
from clienteling.models.pickup import PickupLineStatus, RefusalReason

CONTEXT = "Pickups"


def status_text(status: PickupStatus | str) -> str:
    return {
        PickupStatus.PREPARING: QCoreApplication.translate("Pickups", "Being prepared"),
        PickupStatus.READY: QCoreApplication.translate("Pickups", "Ready"),
        PickupStatus.PARTLY_COLLECTED: QCoreApplication.translate("Pickups", "Partly collected"),
        PickupStatus.COLLECTED: QCoreApplication.translate("Pickups", "Collected"),
        PickupStatus.CANCELLED: QCoreApplication.translate("Pickups", "Cancelled"),
    }[PickupStatus(status)]


def line_status_text(status: PickupLineStatus | str) -> str:
    return {
        PickupLineStatus.WAITING: QCoreApplication.translate("Pickups", "Waiting"),
        PickupLineStatus.HANDED_OVER: QCoreApplication.translate("Pickups", "Handed over"),
        PickupLineStatus.REFUSED: QCoreApplication.translate("Pickups", "Refused"),
    }[PickupLineStatus(status)]


def reason_text(reason: RefusalReason | str) -> str:
    return {
        RefusalReason.WRONG_SIZE: QCoreApplication.translate("Pickups", "Wrong size"),
        RefusalReason.DAMAGED: QCoreApplication.translate("Pickups", "Damaged"),
        RefusalReason.CHANGED_MIND: QCoreApplication.translate("Pickups", "Changed mind"),
        RefusalReason.NOT_FOUND_IN_STORE: QCoreApplication.translate("Pickups", "Not found in store"),
    }[RefusalReason(reason)]


def refused_goes(reason: RefusalReason | str) -> str:
    """Where a refused item goes, so the associate puts it in the right place."""
    return {
        RefusalReason.WRONG_SIZE: QCoreApplication.translate("Pickups", "back on the shelf"),
        RefusalReason.CHANGED_MIND: QCoreApplication.translate("Pickups", "back on the shelf"),
        RefusalReason.DAMAGED: QCoreApplication.translate("Pickups", "to returns (written off)"),
        RefusalReason.NOT_FOUND_IN_STORE: QCoreApplication.translate("Pickups", "stock corrected to 0; other orders needing it are flagged"),
    }[RefusalReason(reason)]


def duration_text(delta: timedelta) -> str:
    """A short age: 5 min, 3 h, 2 d."""
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes < 60:
        return QCoreApplication.translate("Pickups", "%n min", None, minutes)
    if minutes < 48 * 60:
        return QCoreApplication.translate("Pickups", "%n h", None, minutes // 60)
    return QCoreApplication.translate("Pickups", "%n d", None, minutes // (24 * 60))


def waiting_to_sync_text(handed_over: bool, since: datetime, now: datetime) -> str:
    """The order's sync state in words, with how long it has waited."""
    age = duration_text(now - since)
    if handed_over:
        return QCoreApplication.translate("Pickups", "Handed over — waiting to sync (%1)").replace("%1", age)
    return QCoreApplication.translate("Pickups", "Change waiting to sync (%1)").replace("%1", age)
