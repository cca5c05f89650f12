"""Handover line by line: each waiting line handed over or refused with a reason, a summary, one confirm."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from clienteling.models import PickupOrder
from clienteling.models.pickup import LineDecision, PickupLine, PickupLineStatus, RefusalReason
from clienteling.services.pickups import waiting_lines
from ui.i18n import format_money
from ui.pickups.text import reason_text, refused_goes
from ui.widgets.touch import MIN_TOUCH_TARGET, enable_kinetic_scrolling

REASONS = (RefusalReason.WRONG_SIZE, RefusalReason.DAMAGED, RefusalReason.CHANGED_MIND,
           RefusalReason.NOT_FOUND_IN_STORE)


def _label(role: str | None = None) -> QLabel:
    label = QLabel()
    if role:
        label.setProperty("role", role)
    label.setWordWrap(True)
    return label


class LineRow(QFrame):
    """One waiting line: hand over / refuse (with its reason) / leave waiting."""

    changed = Signal()

    def __init__(self, line: PickupLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.line = line
        grid = QGridLayout(self)
        self.name_label = _label("subtitle")
        self.detail_label = _label("hint")
        self.hand_button = QPushButton()
        self.refuse_button = QPushButton()
        self.group = QButtonGroup(self)
        for b in (self.hand_button, self.refuse_button):
            b.setCheckable(True)
            b.setMinimumHeight(MIN_TOUCH_TARGET)
            self.group.addButton(b)
        self.refuse_button.setProperty("refuse", True)
        self.hand_button.setChecked(True)
        self.reason_combo = QComboBox()
        self.reason_combo.setMinimumHeight(MIN_TOUCH_TARGET)
        self.reason_combo.addItem("", None)
        for reason in REASONS:
            self.reason_combo.addItem("", reason.value)
        self.group.buttonToggled.connect(lambda *_: self._changed())
        self.reason_combo.currentIndexChanged.connect(lambda *_: self._changed())
        grid.addWidget(self.name_label, 0, 0, 1, 2)
        grid.addWidget(self.detail_label, 1, 0, 1, 2)
        grid.addWidget(self.hand_button, 0, 2)
        grid.addWidget(self.refuse_button, 0, 3)
        grid.addWidget(self.reason_combo, 1, 2, 1, 2)
        grid.setColumnStretch(0, 1)
        self.retranslate()

    def _changed(self) -> None:
        self.reason_combo.setVisible(self.refuse_button.isChecked())
        self.changed.emit()

    def refuse(self, reason: RefusalReason) -> None:
        self.refuse_button.setChecked(True)
        self.reason_combo.setCurrentIndex(self.reason_combo.findData(reason.value))

    def decision(self) -> LineDecision | None:
        """None while a refusal has no reason yet."""
        if self.hand_button.isChecked():
            return LineDecision(line_id=self.line.line_id, action=PickupLineStatus.HANDED_OVER)
        reason = self.reason_combo.currentData()
        if not reason:
            return None
        return LineDecision(line_id=self.line.line_id, action=PickupLineStatus.REFUSED, reason=RefusalReason(reason))

    def retranslate(self) -> None:
        self.name_label.setText(self.line.name)
        self.detail_label.setText(f"{self.line.sku} × {self.line.quantity} · {format_money(self.line.unit_price)}")
        self.hand_button.setText(self.tr("Hand over"))
        self.refuse_button.setText(self.tr("Refused"))
        self.reason_combo.setItemText(0, self.tr("Why refused?"))
        for n, reason in enumerate(REASONS, start=1):
            self.reason_combo.setItemText(n, reason_text(reason))
        self.reason_combo.setVisible(self.refuse_button.isChecked())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class HandoverPage(QScrollArea):
    """Signals: ``backRequested``, ``confirmed(list[LineDecision])`` — emitted once per screen."""

    backRequested = Signal()
    confirmed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PickupHandoverPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(12)
        self.order: PickupOrder | None = None
        self.rows: list[LineRow] = []
        self._confirmed = False

        top = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.setMinimumHeight(MIN_TOUCH_TARGET)
        self.back_button.clicked.connect(self._back)
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.title_label = _label("title")
        self.hint_label = _label("hint")
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)
        self.lines_box = QVBoxLayout()
        self.lines_box.setSpacing(8)
        layout.addLayout(self.lines_box)
        self.review_button = QPushButton()
        self.review_button.setProperty("role", "primary")
        self.review_button.setMinimumHeight(MIN_TOUCH_TARGET + 12)
        self.review_button.clicked.connect(self._review)
        layout.addWidget(self.review_button)

        self.summary_box = QFrame()
        self.summary_box.setObjectName("Card")
        summary = QVBoxLayout(self.summary_box)
        self.summary_title = _label("subtitle")
        self.summary_label = _label()
        self.summary_label.setObjectName("PickupHandoverSummary")
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("PickupConfirm")
        self.confirm_button.setProperty("role", "primary")
        self.confirm_button.setMinimumHeight(MIN_TOUCH_TARGET + 16)
        self.confirm_button.clicked.connect(self._confirm)
        self.change_button = QPushButton()
        self.change_button.setMinimumHeight(MIN_TOUCH_TARGET)
        self.change_button.clicked.connect(self._edit)
        summary.addWidget(self.summary_title)
        summary.addWidget(self.summary_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button, 1)
        buttons.addWidget(self.confirm_button, 2)
        summary.addLayout(buttons)
        layout.addWidget(self.summary_box)
        self.summary_box.hide()
        self.error_label = _label("error")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.setWidget(content)
        enable_kinetic_scrolling(self)
        self.retranslate()

    def start(self, order: PickupOrder) -> None:
        self.order = order
        self._confirmed = False
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = [LineRow(line) for line in waiting_lines(order)]
        for row in self.rows:
            row.changed.connect(self._edit)
            self.lines_box.addWidget(row)
        self.summary_box.hide()
        self.error_label.hide()
        self.confirm_button.setEnabled(True)
        self.retranslate()

    def decisions(self) -> list[LineDecision] | None:
        out = [row.decision() for row in self.rows]
        return None if any(d is None for d in out) else out  # type: ignore[return-value]

    def summary_text(self, decisions: list[LineDecision]) -> str:
        by_id = {row.line.line_id: row.line for row in self.rows}
        handed = [by_id[d.line_id] for d in decisions if d.action == PickupLineStatus.HANDED_OVER]
        refused = [(by_id[d.line_id], d.reason) for d in decisions if d.action == PickupLineStatus.REFUSED]
        parts = [self.tr("Handing over %n item(s):", "", sum(line.quantity for line in handed))]
        parts += [f"  ✓ {line.name} ({line.sku})" for line in handed]
        if refused:
            parts.append(self.tr("Refused %n item(s):", "", sum(line.quantity for line, _ in refused)))
            parts += [f"  ✗ {line.name} — {reason_text(reason)}: {refused_goes(reason)}"  # type: ignore[arg-type]
                      for line, reason in refused]
        still_waiting = self.order is not None and any(
            line.status == PickupLineStatus.WAITING and line.line_id not in by_id for line in self.order.lines)
        parts.append(self.tr("The order will then be partly collected.") if still_waiting else
                     self.tr("The order will then be collected."))
        return "\n".join(parts)

    def _review(self) -> None:
        decisions = self.decisions()
        if decisions is None:
            self.error_label.setText(self.tr("Choose why each refused item was refused."))
            self.error_label.show()
            return
        self.error_label.hide()
        self.summary_label.setText(self.summary_text(decisions))
        self.summary_box.show()
        self.review_button.hide()
        self.ensureWidgetVisible(self.confirm_button)

    def _edit(self) -> None:
        if self._confirmed:
            return
        self.summary_box.hide()
        self.review_button.show()

    def _confirm(self) -> None:
        """The first tap wins: the button is disabled before anything else happens."""
        if self._confirmed:
            return
        decisions = self.decisions()
        if decisions is None:
            return
        self._confirmed = True
        self.confirm_button.setEnabled(False)
        self.change_button.setEnabled(False)
        self.confirmed.emit(decisions)

    def failed(self, text: str) -> None:
        """The command could not even be queued (e.g. signed out): allow another try."""
        self._confirmed = False
        self.confirm_button.setEnabled(True)
        self.change_button.setEnabled(True)
        self.error_label.setText(text)
        self.error_label.show()

    def _back(self) -> None:
        if not self._confirmed:
            self.backRequested.emit()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Verification"))
        number = self.order.number if self.order else ""
        self.title_label.setText(self.tr("Hand over order %1").replace("%1", number))
        self.hint_label.setText(self.tr("Give each item and mark it handed over, or refused with the reason. "
                                        "Items you cannot find: refuse them as “Not found in store”."))
        self.review_button.setText(self.tr("Review the handover"))
        self.summary_title.setText(self.tr("Summary"))
        self.confirm_button.setText(self.tr("Confirm the handover"))
        self.change_button.setText(self.tr("Change"))
        decisions = self.decisions() if self.rows else None
        if decisions is not None and not self.summary_box.isHidden():
            self.summary_label.setText(self.summary_text(decisions))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
