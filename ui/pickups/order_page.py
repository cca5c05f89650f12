"""One order at the counter: its lines, state, sync and conflict in plain words, audit, manager actions."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from clienteling.models import HandoverRecord, PickupStatus
from clienteling.services.pickups import OrderView, is_overdue
from ui.i18n import format_datetime, format_money
from ui.pickups.text import line_status_text, reason_text, status_text, waiting_to_sync_text
from ui.widgets.touch import MIN_TOUCH_TARGET, enable_kinetic_scrolling


def _label(role: str | None = None, *, wrap: bool = True) -> QLabel:
    label = QLabel()
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class OrderPage(QScrollArea):
    """Signals: ``backRequested``, ``handOverRequested``, ``resendRequested``,
    ``extendRequested(days, reason)``, ``cancelRequested(reason)``, ``conflictDismissed(seq)``."""

    backRequested = Signal()
    handOverRequested = Signal()
    resendRequested = Signal()
    extendRequested = Signal(int, str)
    cancelRequested = Signal(str)
    conflictDismissed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PickupOrderPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        content.setObjectName("PickupOrderContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(12)
        self.view: OrderView | None = None
        self.timezone = "UTC"
        self.now: datetime | None = None
        self._manager = False
        self._online = True
        self._resend_busy = False

        top = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.setMinimumHeight(MIN_TOUCH_TARGET)
        self.back_button.clicked.connect(self.backRequested)
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout.addLayout(top)

        self.title_label = _label("title")
        self.customer_label = _label("subtitle")
        self.state_label = _label("subtitle")
        self.dates_label = _label("hint")
        for w in (self.title_label, self.customer_label, self.state_label, self.dates_label):
            layout.addWidget(w)
        self.sync_label = _label("subtitle")
        self.sync_label.setObjectName("PickupSyncState")
        self.problem_label = _label("error")
        self.overdue_label = _label("error")
        layout.addWidget(self.sync_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.overdue_label)

        conflict_box = QHBoxLayout()
        self.conflict_label = _label("error")
        self.conflict_label.setObjectName("PickupConflict")
        self.conflict_ok_button = QPushButton()
        self.conflict_ok_button.setMinimumHeight(MIN_TOUCH_TARGET)
        self.conflict_ok_button.clicked.connect(self._dismiss_conflict)
        conflict_box.addWidget(self.conflict_label, 1)
        conflict_box.addWidget(self.conflict_ok_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(conflict_box)

        self.lines_title = _label("subtitle")
        layout.addWidget(self.lines_title)
        self.lines_grid = QGridLayout()
        self.lines_grid.setHorizontalSpacing(16)
        self.lines_grid.setVerticalSpacing(8)
        layout.addLayout(self.lines_grid)
        self.total_label = _label("subtitle")
        layout.addWidget(self.total_label)

        actions = QHBoxLayout()
        self.hand_over_button = QPushButton()
        self.hand_over_button.setProperty("role", "primary")
        self.hand_over_button.setMinimumHeight(MIN_TOUCH_TARGET + 12)
        self.hand_over_button.clicked.connect(self.handOverRequested)
        self.resend_button = QPushButton()
        self.resend_button.setMinimumHeight(MIN_TOUCH_TARGET + 12)
        self.resend_button.clicked.connect(self._on_resend)
        actions.addWidget(self.hand_over_button, 1)
        actions.addWidget(self.resend_button, 1)
        layout.addLayout(actions)
        self.action_note = _label("hint")
        self.action_note.setObjectName("PickupActionNote")
        layout.addWidget(self.action_note)
        self.offline_label = _label("hint")
        self.offline_label.setObjectName("PickupOfflineNote")
        layout.addWidget(self.offline_label)

        self.manager_box = QFrame()
        self.manager_box.setObjectName("Card")
        manager = QVBoxLayout(self.manager_box)
        self.manager_title = _label("subtitle")
        manager.addWidget(self.manager_title)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMinimumHeight(MIN_TOUCH_TARGET)
        self.reason_edit.setMaxLength(500)
        manager.addWidget(self.reason_edit)
        row = QHBoxLayout()
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, 30)
        self.days_spin.setValue(3)
        self.days_spin.setMinimumHeight(MIN_TOUCH_TARGET)
        self.extend_button = QPushButton()
        self.extend_button.setMinimumHeight(MIN_TOUCH_TARGET)
        self.extend_button.clicked.connect(self._on_extend)
        self.cancel_button = QPushButton()
        self.cancel_button.setMinimumHeight(MIN_TOUCH_TARGET)
        self.cancel_button.clicked.connect(self._on_cancel)
        row.addWidget(self.days_spin)
        row.addWidget(self.extend_button, 1)
        row.addWidget(self.cancel_button, 1)
        manager.addLayout(row)
        self.manager_note = _label("hint")
        manager.addWidget(self.manager_note)
        layout.addWidget(self.manager_box)

        self.audit_title = _label("subtitle")
        self.audit_label = _label("hint")
        self.audit_label.setObjectName("PickupAudit")
        layout.addWidget(self.audit_title)
        layout.addWidget(self.audit_label)
        layout.addStretch(1)
        self.setWidget(content)
        enable_kinetic_scrolling(self)
        self._audit_text: str | None = None
        self.retranslate()

    # --- filling ------------------------------------------------------------------------------

    def set_context(self, *, manager: bool, online: bool, timezone: str, now: datetime) -> None:
        self._manager, self._online, self.timezone, self.now = manager, online, timezone, now
        self._refresh()

    def show_order(self, view: OrderView) -> None:
        if self.view is None or self.view.order.id != view.order.id:
            self._audit_text = None
            self.action_note.clear()
        self.view = view
        self._refresh()

    def set_audit(self, records: list[HandoverRecord] | None, error: str | None = None) -> None:
        if error is not None:
            self._audit_text = error
        elif not records:
            self._audit_text = self.tr("No handover recorded yet.")
        else:
            lines = []
            for r in records:
                how = {"code": self.tr("code typed"), "qr": self.tr("QR code scanned"),
                       "manager_override": self.tr("manager override")}[r.method.value]
                handed = sum(1 for d in r.decisions if d.action.value == "handed_over")
                refused = len(r.decisions) - handed
                text = self.tr("%1 — by %2 on device %3, %4; %5 handed over, %6 refused").replace(
                    "%1", format_datetime(r.handed_over_at, self.timezone)).replace("%2", r.associate_id).replace(
                    "%3", r.device_id[:12]).replace("%4", how).replace("%5", str(handed)).replace("%6", str(refused))
                if r.collector_name:
                    text += " · " + self.tr("collected by %1").replace("%1", r.collector_name)
                lines.append(text)
            self._audit_text = "\n".join(lines)
        self.audit_label.setText(self._audit_text)

    def say(self, text: str) -> None:
        self.action_note.setText(text)

    def _refresh(self) -> None:
        self.retranslate()

    def _dismiss_conflict(self) -> None:
        if self.view is not None and self.view.conflict is not None:
            self.conflictDismissed.emit(self.view.conflict.seq)

    def _on_resend(self) -> None:
        self._resend_busy = True
        self.resend_button.setEnabled(False)
        self.resendRequested.emit()

    def resend_done(self, text: str) -> None:
        self._resend_busy = False
        self.say(text)
        self._refresh()

    def _on_extend(self) -> None:
        reason = self.reason_edit.text().strip()
        if not reason:
            self.manager_note.setText(self.tr("Give a reason first: it is kept with the order."))
            return
        self.extendRequested.emit(self.days_spin.value(), reason)

    def _on_cancel(self) -> None:
        reason = self.reason_edit.text().strip()
        if not reason:
            self.manager_note.setText(self.tr("Give a reason first: it is kept with the order."))
            return
        self.cancelRequested.emit(reason)

    # --- language and state ----------------------------------------------------------------------

    def _clear_lines(self) -> None:
        while self.lines_grid.count():
            item = self.lines_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Queue"))
        self.hand_over_button.setText(self.tr("Hand over…"))
        self.resend_button.setText(self.tr("Resend the ready notice"))
        self.conflict_ok_button.setText(self.tr("Understood"))
        self.lines_title.setText(self.tr("Items"))
        self.manager_title.setText(self.tr("Manager"))
        self.reason_edit.setPlaceholderText(self.tr("Reason (kept with the order)"))
        self.days_spin.setSuffix(self.tr(" days"))
        self.extend_button.setText(self.tr("Extend the collect-by date"))
        self.cancel_button.setText(self.tr("Cancel the order"))
        self.audit_title.setText(self.tr("Handover records"))
        if self._audit_text is None:
            self.audit_label.setText(self.tr("Loading…") if self._online else
                                     self.tr("The handover records are shown when the store is online."))
        self.manager_box.setVisible(self._manager)
        view = self.view
        if view is None:
            return
        order, now = view.order, self.now or datetime.now(order.created_at.tzinfo)
        self.title_label.setText(self.tr("Order %1").replace("%1", order.number))
        self.customer_label.setText(order.customer_name)
        parcels = self.tr("%n parcel(s)", "", order.parcels)
        self.state_label.setText(f"{status_text(order.status)} · {parcels}")
        dates = []
        if order.ready_at:
            dates.append(self.tr("Ready since %1").replace("%1", format_datetime(order.ready_at, self.timezone)))
        if order.collect_by and order.status not in (PickupStatus.COLLECTED, PickupStatus.CANCELLED):
            dates.append(self.tr("collect by %1").replace("%1", format_datetime(order.collect_by, self.timezone)))
        if order.collected_at:
            dates.append(self.tr("collected %1").replace("%1", format_datetime(order.collected_at, self.timezone)))
        if order.cancelled_at:
            dates.append(self.tr("cancelled %1").replace("%1", format_datetime(order.cancelled_at, self.timezone)))
        self.dates_label.setText(" · ".join(dates))
        if view.pending_since is not None:
            handed = order.status in (PickupStatus.COLLECTED, PickupStatus.PARTLY_COLLECTED)
            self.sync_label.setText(waiting_to_sync_text(handed, view.pending_since, now))
        self.sync_label.setVisible(view.pending_since is not None)
        self.conflict_label.setText(view.conflict_text or "")
        self.conflict_label.setVisible(view.conflict_text is not None)
        self.conflict_ok_button.setVisible(view.conflict_text is not None)
        self.problem_label.setText(self.tr("Problem: %1").replace("%1", order.problem or ""))
        self.problem_label.setVisible(bool(order.problem) and order.status != PickupStatus.CANCELLED)
        overdue = is_overdue(order, now)
        self.overdue_label.setText(self.tr("Overdue: the collect-by date has passed. Call the customer or "
                                           "ask a manager to extend it."))
        self.overdue_label.setVisible(overdue)

        self._clear_lines()
        for n, line in enumerate(order.lines):
            name = _label(wrap=True)
            name.setText(f"{line.name}\n{line.sku} × {line.quantity}")
            price = _label()
            price.setText(format_money(line.unit_price))
            state = _label()
            state_text = line_status_text(line.status)
            if line.refusal_reason:
                state_text += f" — {reason_text(line.refusal_reason)}"
            state.setText(state_text)
            self.lines_grid.addWidget(name, n, 0)
            self.lines_grid.addWidget(price, n, 1)
            self.lines_grid.addWidget(state, n, 2)
        self.lines_grid.setColumnStretch(0, 1)
        self.total_label.setText(self.tr("Total %1").replace("%1", format_money(order.total)))

        is_open = order.status in (PickupStatus.READY, PickupStatus.PARTLY_COLLECTED)
        blocked = view.pending_since is not None or view.conflict is not None
        self.hand_over_button.setEnabled(is_open and not blocked)
        self.hand_over_button.setVisible(order.status not in (PickupStatus.COLLECTED, PickupStatus.CANCELLED)
                                         or view.pending_since is not None)
        self.resend_button.setVisible(is_open or order.status == PickupStatus.PREPARING)
        self.resend_button.setEnabled(is_open and self._online and not self._resend_busy)
        self.offline_label.setText(self.tr("Resending the ready notice needs the store to be online."))
        self.offline_label.setVisible(is_open and not self._online)
        self.extend_button.setEnabled(is_open or order.status == PickupStatus.PREPARING)
        self.cancel_button.setEnabled(order.status not in (PickupStatus.COLLECTED, PickupStatus.CANCELLED))
        if order.status == PickupStatus.PREPARING:
            self.offline_label.setText(self.tr("This order is still being prepared."))
            self.offline_label.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
