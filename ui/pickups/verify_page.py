"""Verifying the person collecting: the pickup code (typed or scanned), proof of pickup, manager override."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from clienteling.models import PickupOrder
from clienteling.models.pickup import ProofOfPickup
from clienteling.services.pickups import DEVICE_LOCK, CodeCheck
from ui.i18n import format_time
from ui.widgets.touch import MIN_TOUCH_TARGET, enable_kinetic_scrolling


def _label(role: str | None = None) -> QLabel:
    label = QLabel()
    if role:
        label.setProperty("role", role)
    label.setWordWrap(True)
    return label


class VerifyPage(QScrollArea):
    """Signals: ``backRequested``, ``codeSubmitted(code)``, ``continueRequested`` (verified),
    ``overrideRequested(reason)`` (managers only; the server refuses it for anyone else)."""

    backRequested = Signal()
    codeSubmitted = Signal(str)
    continueRequested = Signal()
    overrideRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PickupVerifyPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(14)
        self.order: PickupOrder | None = None
        self.verified = False
        self.timezone = "UTC"
        self._manager = False
        self._last: CodeCheck | None = None
        self._busy = False
        self._error: str | None = None

        top = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.setMinimumHeight(MIN_TOUCH_TARGET)
        self.back_button.clicked.connect(self.backRequested)
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.title_label = _label("title")
        self.hint_label = _label("hint")
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)

        code_row = QHBoxLayout()
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("PickupCode")
        self.code_edit.setMaxLength(6)
        self.code_edit.setMinimumHeight(MIN_TOUCH_TARGET + 16)
        self.code_edit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9A-Za-z]{0,6}"), self))
        self.code_edit.textEdited.connect(self._upper)
        self.code_edit.returnPressed.connect(self._submit)
        self.check_button = QPushButton()
        self.check_button.setProperty("role", "primary")
        self.check_button.setMinimumHeight(MIN_TOUCH_TARGET + 16)
        self.check_button.clicked.connect(self._submit)
        code_row.addWidget(self.code_edit, 2)
        code_row.addWidget(self.check_button, 1)
        layout.addLayout(code_row)
        self.result_label = _label("subtitle")
        self.result_label.setObjectName("PickupCodeResult")
        self.error_label = _label("error")
        self.error_label.setObjectName("PickupCodeError")
        layout.addWidget(self.result_label)
        layout.addWidget(self.error_label)

        self.proof_box = QFrame()
        self.proof_box.setObjectName("Card")
        proof = QGridLayout(self.proof_box)
        self.someone_else_check = QCheckBox()
        self.someone_else_check.setMinimumHeight(MIN_TOUCH_TARGET)
        self.someone_else_check.toggled.connect(self._update)
        self.proof_hint = _label("hint")
        self.collector_edit = QLineEdit()
        self.relation_edit = QLineEdit()
        self.id_digits_edit = QLineEdit()
        self.id_digits_edit.setMaxLength(4)
        self.id_digits_edit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9A-Za-z]{0,4}"), self))
        for edit in (self.collector_edit, self.relation_edit, self.id_digits_edit):
            edit.setMinimumHeight(MIN_TOUCH_TARGET)
            edit.textChanged.connect(self._update)
        self.collector_edit.setMaxLength(120)
        self.relation_edit.setMaxLength(60)
        proof.addWidget(self.someone_else_check, 0, 0, 1, 2)
        proof.addWidget(self.proof_hint, 1, 0, 1, 2)
        proof.addWidget(self.collector_edit, 2, 0, 1, 2)
        proof.addWidget(self.relation_edit, 3, 0)
        proof.addWidget(self.id_digits_edit, 3, 1)
        proof.setColumnStretch(0, 3)
        proof.setColumnStretch(1, 2)
        layout.addWidget(self.proof_box)

        self.override_box = QFrame()
        self.override_box.setObjectName("Card")
        override = QVBoxLayout(self.override_box)
        self.override_title = _label("subtitle")
        self.override_edit = QLineEdit()
        self.override_edit.setMinimumHeight(MIN_TOUCH_TARGET)
        self.override_edit.setMaxLength(500)
        self.override_edit.textChanged.connect(self._update)
        self.override_button = QPushButton()
        self.override_button.setMinimumHeight(MIN_TOUCH_TARGET)
        self.override_button.clicked.connect(self._override)
        override.addWidget(self.override_title)
        override.addWidget(self.override_edit)
        override.addWidget(self.override_button)
        layout.addWidget(self.override_box)

        self.continue_button = QPushButton()
        self.continue_button.setProperty("role", "primary")
        self.continue_button.setMinimumHeight(MIN_TOUCH_TARGET + 12)
        self.continue_button.clicked.connect(self.continueRequested)
        layout.addWidget(self.continue_button)
        self.missing_label = _label("hint")
        layout.addWidget(self.missing_label)
        layout.addStretch(1)
        self.setWidget(content)
        enable_kinetic_scrolling(self)
        self.retranslate()

    # --- state ----------------------------------------------------------------------------------

    def start(self, order: PickupOrder, *, manager: bool, timezone: str) -> None:
        """A fresh verification for this order (nothing carried over from another one)."""
        self.order, self._manager, self.timezone = order, manager, timezone
        self.verified = False
        self._last = None
        self._error = None
        for edit in (self.code_edit, self.collector_edit, self.relation_edit, self.id_digits_edit, self.override_edit):
            edit.clear()
        self.someone_else_check.setChecked(order.requires_proof)
        self.someone_else_check.setEnabled(not order.requires_proof)
        self._busy = False
        self.retranslate()
        self.code_edit.setFocus()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.retranslate()

    def show_check(self, check: CodeCheck) -> None:
        self._last = check
        self._error = None
        self.verified = check.valid
        self._busy = False
        self.retranslate()
        self.code_edit.selectAll()

    def show_error(self, text: str) -> None:
        self._error = text
        self._busy = False
        self.retranslate()

    def proof(self) -> ProofOfPickup | None:
        if not self.someone_else_check.isChecked():
            return None
        try:
            return ProofOfPickup(collector_name=self.collector_edit.text().strip(),
                                 relation=self.relation_edit.text().strip(),
                                 id_last_digits=self.id_digits_edit.text().strip())
        except ValueError:
            return None

    def proof_complete(self) -> bool:
        return not self.someone_else_check.isChecked() or self.proof() is not None

    def _upper(self, text: str) -> None:
        if text != text.upper():
            pos = self.code_edit.cursorPosition()
            self.code_edit.setText(text.upper())
            self.code_edit.setCursorPosition(pos)

    def _submit(self) -> None:
        code = self.code_edit.text().strip().upper()
        if len(code) != 6:
            self.show_error(self.tr("The pickup code has 6 letters and digits."))
            return
        self.set_busy(True)
        self.codeSubmitted.emit(code)

    def _override(self) -> None:
        reason = self.override_edit.text().strip()
        if not reason or not self.proof_complete():
            self._update()
            return
        self.overrideRequested.emit(reason)

    def _update(self) -> None:
        self.retranslate()

    # --- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Order"))
        number = self.order.number if self.order else ""
        name = self.order.customer_name if self.order else ""
        self.title_label.setText(self.tr("Who is collecting order %1?").replace("%1", number))
        self.hint_label.setText(self.tr("Scan the QR code on the customer's phone, or type the 6-character "
                                        "pickup code from their message. Order for %1.").replace("%1", name))
        self.code_edit.setPlaceholderText(self.tr("Pickup code"))
        self.check_button.setText(self.tr("Check the code"))
        self.someone_else_check.setText(self.tr("Someone else is collecting (or the order needs proof)"))
        required = self.order is not None and self.order.requires_proof
        self.proof_hint.setText(self.tr("This order is high value: record who collects it.") if required else
                                self.tr("Record who collects it for the customer."))
        self.proof_hint.setVisible(self.someone_else_check.isChecked())
        for edit in (self.collector_edit, self.relation_edit, self.id_digits_edit):
            edit.setVisible(self.someone_else_check.isChecked())
        self.collector_edit.setPlaceholderText(self.tr("Collector's full name"))
        self.relation_edit.setPlaceholderText(self.tr("Relation (spouse, colleague…)"))
        self.id_digits_edit.setPlaceholderText(self.tr("Last ID digits"))
        self.override_title.setText(self.tr("Manager override (the customer has no code)"))
        self.override_edit.setPlaceholderText(self.tr("Reason, e.g. phone lost; ID checked"))
        self.override_button.setText(self.tr("Override and continue"))
        self.override_box.setVisible(self._manager)
        self.override_button.setEnabled(bool(self.override_edit.text().strip()) and self.proof_complete())
        self.continue_button.setText(self.tr("Continue to the handover"))

        check = self._last
        self.error_label.hide()
        self.result_label.hide()
        if check is not None and check.valid:
            self.result_label.setText(self.tr("Code accepted.") if check.online else
                                      self.tr("Code accepted (checked on this device: the store is offline)."))
            self.result_label.show()
        elif check is not None and check.locked_until is not None:
            minutes = int(DEVICE_LOCK.total_seconds() // 60)
            self.error_label.setText(self.tr(
                "Too many wrong codes: this order is locked for %1 minutes, until %2. Ask a manager.").replace(
                "%1", str(minutes)).replace("%2", format_time(check.locked_until, self.timezone)))
            self.error_label.show()
        elif check is not None:
            self.error_label.setText(self.tr("Wrong code. %n try(ies) left.", "", check.attempts_left))
            self.error_label.show()
        if self._error:
            self.error_label.setText(self._error)
            self.error_label.show()
        locked = check is not None and check.locked_until is not None and not check.valid
        self.check_button.setEnabled(not self.verified and not locked and not self._busy)
        self.code_edit.setEnabled(not self.verified and not locked and not self._busy)
        self.continue_button.setEnabled(self.verified and self.proof_complete())
        if self.verified and not self.proof_complete():
            self.missing_label.setText(self.tr("Fill in the collector's name, relation and the last ID digits."))
            self.missing_label.show()
        else:
            self.missing_label.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
