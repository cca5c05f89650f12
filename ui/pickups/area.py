"""The pickups section: queue → order → verification → handover, driven by the PickupDesk use cases.

Slots stay thin: each spawns (shell.tasks) one coroutine that awaits the desk and renders
its answer. The queue and the open order refresh after every sync round (the status hub),
and a sync that brings new ready orders shows an unobtrusive notice.
"""
from __future__ import annotations

import logging
import uuid
from collections.abc import Coroutine
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal, Slot
from PySide6.QtWidgets import QStackedWidget, QWidget

from clienteling import errors
from resources import read_style
from clienteling.models import PickupOrder, PickupStatus
from clienteling.models.pickup import LineDecision, VerificationMethod
from clienteling.services.pickups import CONFLICT_CONTEXT, CodeCheck, HandoverSession, PickupDesk
from clienteling.services.status import SyncStatus
from ui.errors import explain_error
from ui.pickups.handover_page import HandoverPage
from ui.pickups.model import PickupQueueModel
from ui.pickups.order_page import OrderPage
from ui.pickups.queue_page import QueueDelegate, QueuePage
from ui.pickups.verify_page import VerifyPage

log = logging.getLogger(__name__)


def _translate_conflict(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class PickupsArea(QStackedWidget):
    """Owns the four pages; ``desk`` is the use cases, ``tasks`` the shell's TaskRegistry."""

    _statusArrived = Signal(object)  # hop from the publisher to the GUI thread

    def __init__(self, desk: PickupDesk, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PickupsArea")
        self.setStyleSheet(read_style("pickups"))
        self.desk = desk
        self.tasks = tasks
        self.search_text = ""
        self.order: PickupOrder | None = None
        self.session: HandoverSession | None = None
        self.method = VerificationMethod.CODE
        self.code: str | None = None
        self.override_reason: str | None = None
        self._known_ready: set[str] | None = None
        self._last_key: tuple[Any, ...] | None = None
        self._resend_key: str | None = None

        self.model = PickupQueueModel(self._fetch, self._spawn, clock=lambda: self.desk.clock())
        self.delegate = QueueDelegate(lambda: self.desk.timezone, lambda: self.desk.clock())
        self.queue = QueuePage(self.model, self.delegate)
        self.order_page = OrderPage()
        self.verify_page = VerifyPage()
        self.handover_page = HandoverPage()
        for page in (self.queue, self.order_page, self.verify_page, self.handover_page):
            self.addWidget(page)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.refresh_queue)
        self.queue.searchChanged.connect(self._on_search_changed)
        self.queue.searchSubmitted.connect(self._on_search_submitted)
        self.queue.viewChanged.connect(lambda _v: self.refresh_queue())
        self.queue.orderActivated.connect(self.open_order)
        self.queue.retryRequested.connect(self.refresh_queue)
        self.queue.newOrdersClicked.connect(lambda: self.queue.set_view("ready"))
        self.model.failed.connect(lambda error: self.queue.show_error(explain_error(error)))

        self.order_page.backRequested.connect(self.show_queue)
        self.order_page.handOverRequested.connect(self._start_verification)
        self.order_page.resendRequested.connect(self._on_resend)
        self.order_page.extendRequested.connect(self._on_extend)
        self.order_page.cancelRequested.connect(self._on_cancel)
        self.order_page.conflictDismissed.connect(self._on_dismiss)
        self.verify_page.backRequested.connect(lambda: self.setCurrentWidget(self.order_page))
        self.verify_page.codeSubmitted.connect(self._on_code)
        self.verify_page.continueRequested.connect(self._on_verified)
        self.verify_page.overrideRequested.connect(self._on_override)
        self.handover_page.backRequested.connect(lambda: self.setCurrentWidget(self.verify_page))
        self.handover_page.confirmed.connect(self._on_confirmed)

        self._statusArrived.connect(self._on_status)
        self._unsubscribe = desk.services.status_hub.subscribe(self._statusArrived.emit, replay=False)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    # --- plumbing ----------------------------------------------------------------------------

    def _spawn(self, coro: Coroutine[Any, Any, Any], name: str = "pickups") -> Any:
        return self.tasks.spawn(coro, name=name)

    async def _fetch(self, offset: int, limit: int) -> list[Any]:
        return await self.desk.queue_page(self.queue.view, self.search_text or None, offset, limit)

    def _context(self) -> dict[str, Any]:
        return dict(manager=self.desk.is_manager, online=self.desk.online, timezone=self.desk.timezone,
                    now=self.desk.clock())

    # --- the queue ----------------------------------------------------------------------------

    @Slot()
    def refresh_queue(self) -> None:
        self._spawn(self._refresh_queue(), "pickups-queue")

    async def _refresh_queue(self) -> None:
        try:
            counts = await self.desk.queue_counts(self.search_text or None)
        except Exception as error:
            self.queue.show_error(explain_error(error))
            return
        self.queue.set_counts(counts)
        await self.model.reload()

    def _on_search_changed(self, text: str) -> None:
        self.search_text = text.strip()
        self._search_timer.start()

    def _on_search_submitted(self, text: str) -> None:
        """Return in the search box: a scanned QR code (wedge into the box) or a full order number."""
        from clienteling.services.scan import ScanKind, classify_scan

        scan = classify_scan(text)
        if scan.kind is ScanKind.PICKUP:
            self.open_scan(scan.value, scan.code or "")
        elif self.model.rowCount() == 1 and self.model.order_at(0) is not None:
            self.open_order(self.model.order_at(0).id)  # type: ignore[union-attr]

    @Slot()
    def show_queue(self) -> None:
        self.setCurrentWidget(self.queue)
        self.refresh_queue()

    # --- scans ----------------------------------------------------------------------------------

    @Slot(str, str)
    def open_scan(self, reference: str, code: str) -> None:
        """A pickup QR code (order id + code) or a printed order number was scanned."""
        self._spawn(self._open_scan(reference, code), "pickups-scan")

    async def _open_scan(self, reference: str, code: str) -> None:
        order = await self.desk.find(reference)
        if order is None:
            self.setCurrentWidget(self.queue)
            self.queue.show_error(self.tr("No order %1 in this store.").replace("%1", reference))
            return
        await self._show_order(order.id)
        if order.status not in (PickupStatus.READY, PickupStatus.PARTLY_COLLECTED):
            return
        if not self.order_page.hand_over_button.isEnabled():
            return
        self._start_verification()
        if code:
            self.method = VerificationMethod.QR
            self.verify_page.code_edit.setText(code)
            self.verify_page.set_busy(True)
            await self._check(code, VerificationMethod.QR)

    # --- the order --------------------------------------------------------------------------------

    @Slot(str)
    def open_order(self, pickup_id: str) -> None:
        self._spawn(self._show_order(pickup_id), "pickups-order")

    async def _show_order(self, pickup_id: str) -> None:
        view = await self.desk.order_view(pickup_id, _translate_conflict)
        if view is None:
            self.queue.show_error(self.tr("This order is no longer on this device."))
            return
        first = self.order is None or self.order.id != pickup_id or self.currentWidget() is not self.order_page
        self.order = view.order
        self.order_page.set_context(**self._context())
        self.order_page.show_order(view)
        self.setCurrentWidget(self.order_page)
        if first:
            self._resend_key = None
            self._spawn(self._load_audit(pickup_id), "pickups-audit")

    async def _load_audit(self, pickup_id: str) -> None:
        if not self.desk.online:
            self.order_page.set_audit(None, self.tr("The handover records are shown when the store is online."))
            return
        try:
            records = await self.desk.handovers(pickup_id)
        except errors.BackendError as error:
            self.order_page.set_audit(None, explain_error(error))
            return
        if self.order is not None and self.order.id == pickup_id:
            self.order_page.set_audit(records)

    async def _refresh_order(self) -> None:
        if self.order is None:
            return
        view = await self.desk.order_view(self.order.id, _translate_conflict)
        if view is None:
            return
        self.order = view.order
        self.order_page.set_context(**self._context())
        self.order_page.show_order(view)

    # --- verification -----------------------------------------------------------------------------

    def _start_verification(self) -> None:
        if self.order is None:
            return
        self.method, self.code, self.override_reason = VerificationMethod.CODE, None, None
        self.session = self.desk.new_session(self.order.id)
        self.verify_page.start(self.order, manager=self.desk.is_manager, timezone=self.desk.timezone)
        self._spawn(self._show_device_lock(self.order.id), "pickups-lock")
        self.setCurrentWidget(self.verify_page)

    async def _show_device_lock(self, pickup_id: str) -> None:
        """An order locked on this device (too many wrong codes, even before a restart) says so at once."""
        lock = await self.desk.device_lock(pickup_id)
        if lock is not None and self.order is not None and self.order.id == pickup_id:
            self.verify_page.show_check(CodeCheck(False, 0, lock))

    def _on_code(self, code: str) -> None:
        self._spawn(self._check(code, VerificationMethod.CODE), "pickups-verify")

    async def _check(self, code: str, method: VerificationMethod) -> None:
        if self.order is None:
            return
        try:
            check = await self.desk.verify_code(self.order, code)
        except Exception as error:
            self.verify_page.show_error(explain_error(error))
            return
        if check.valid:
            self.method, self.code = method, code
        self.verify_page.show_check(check)

    def _on_override(self, reason: str) -> None:
        self.method, self.code, self.override_reason = VerificationMethod.MANAGER_OVERRIDE, None, reason
        self._on_verified()

    def _on_verified(self) -> None:
        if self.order is None:
            return
        self.handover_page.start(self.order)
        self.setCurrentWidget(self.handover_page)

    # --- the handover -----------------------------------------------------------------------------

    def _on_confirmed(self, decisions: list[LineDecision]) -> None:
        self._spawn(self._hand_over(decisions), "pickups-handover")

    async def _hand_over(self, decisions: list[LineDecision]) -> None:
        if self.order is None or self.session is None:
            return
        try:
            verification = self.desk.verification(self.method, code=self.code, override_reason=self.override_reason,
                                                  proof=self.verify_page.proof())
            await self.desk.hand_over(self.session, decisions, verification)
        except Exception as error:
            log.warning("handover not queued: %s", type(error).__name__)
            self.handover_page.failed(explain_error(error))
            return
        await self._show_order(self.order.id)

    # --- order actions -----------------------------------------------------------------------------

    def _on_resend(self) -> None:
        if self.order is not None:
            self._resend_key = self._resend_key or str(uuid.uuid4())
            self._spawn(self._resend(self.order.id, self._resend_key), "pickups-resend")

    async def _resend(self, pickup_id: str, key: str) -> None:
        try:
            channel = await self.desk.resend_notice(pickup_id, key)
        except errors.Conflict as error:
            text = (self.tr("The customer has neither e-mail nor phone: call them another way.")
                    if error.reason == "no_contact" else explain_error(error))
            self.order_page.resend_done(text)
            return
        except Exception as error:
            self.order_page.resend_done(explain_error(error))
            return
        words = {"email": self.tr("by e-mail"), "sms": self.tr("by text message")}.get(channel, channel)
        self.order_page.resend_done(self.tr("The ready notice was sent again %1.").replace("%1", words))

    def _on_extend(self, days: int, reason: str) -> None:
        if self.order is not None:
            base = max(self.order.collect_by or self.desk.clock(), self.desk.clock())
            self._spawn(self._manager_action(self.desk.extend(self.order.id, base + timedelta(days=days), reason)))

    def _on_cancel(self, reason: str) -> None:
        if self.order is not None:
            self._spawn(self._manager_action(self.desk.cancel(self.order.id, reason)))

    async def _manager_action(self, action: Coroutine[Any, Any, Any]) -> None:
        try:
            await action
        except Exception as error:
            self.order_page.say(explain_error(error))
            return
        self.order_page.reason_edit.clear()
        await self._refresh_order()

    def _on_dismiss(self, seq: int) -> None:
        self._spawn(self._dismiss(seq), "pickups-dismiss")

    async def _dismiss(self, seq: int) -> None:
        await self.desk.dismiss_conflict(seq)
        await self._refresh_order()

    # --- sync: refresh, and tell about new ready orders ----------------------------------------------

    @Slot(object)
    def _on_status(self, status: SyncStatus) -> None:
        """After each sync round (or an outbox change): refresh what is shown, look for new ready orders."""
        if status.syncing:
            return
        key = (status.last_pull_at, status.conflicts, status.queued_commands, status.online)
        if key != self._last_key:
            self._last_key = key
            self._spawn(self._after_sync(), "pickups-sync")

    async def _after_sync(self) -> None:
        ids = await self.desk.ready_ids()
        if self._known_ready is not None:
            new = ids - self._known_ready
            if new:
                self.queue.notify_new_orders(len(new))
        self._known_ready = ids
        if self.currentWidget() is self.queue:
            await self._refresh_queue()
        elif self.currentWidget() is self.order_page and self.order is not None:
            await self._refresh_order()
            await self._load_audit(self.order.id)  # a synced handover now has its record

    async def start(self) -> None:
        """After sign-in: remember what is ready now (only later arrivals are announced), fill the queue."""
        self._known_ready = await self.desk.ready_ids()
        await self._refresh_queue()


_ = CONFLICT_CONTEXT  # the conflict texts are translated in this context (see clienteling.services.pickups)
