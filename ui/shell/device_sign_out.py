"""Taking a tablet out of its store: a manager's action that never drops a change silently.

The services push what waits first; when changes are still unsent (offline, or refused and
waiting in the conflict inbox) they refuse with the list. The dialog then says what would be
lost, in plain words (what, how long ago), and only a manager's PIN — checked by the server
when it can be reached — lets them go.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from clienteling.services.app_services import PendingCommands
from ui.errors import explain_error
from ui.icons import icon
from ui.tasks import TaskRegistry
from ui.widgets.pin_pad import PinPad
from ui.widgets.touch import set_style_state


SignOutDevice = Callable[..., Awaitable[None]]
VerifyPin = Callable[[str], Awaitable[bool]]


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


class DeviceSignOutDialog(QDialog):
    """Confirm → working → (pending list + manager PIN) → done. Opened with open(), never exec()."""

    confirmed = Signal()
    pinEntered = Signal(str)

    CONFIRM, WORKING, PENDING = "confirm", "working", "pending"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DeviceSignOutDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._state = self.CONFIRM
        self._pending: list[str] = []
        self.title_label = QLabel()
        self.title_label.setProperty("role", "title")
        self.title_label.setWordWrap(True)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.pending_label = QLabel()
        self.pending_label.setObjectName("PendingCommands")
        self.pending_label.setWordWrap(True)
        self.pending_label.setTextFormat(Qt.TextFormat.PlainText)
        self.pin_hint_label = QLabel()
        self.pin_hint_label.setProperty("role", "hint")
        self.pin_hint_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.pin_pad = PinPad()
        self.pin_pad.setMinimumHeight(400)  # four rows of 56 px keys, the display and their spacing
        self.pin_pad.pinEntered.connect(self._on_pin)
        self.confirm_button = QPushButton()
        self.confirm_button.setProperty("role", "danger")
        self.confirm_button.setMinimumHeight(52)
        self.confirm_button.clicked.connect(self._on_confirm)
        self.cancel_button = QPushButton()
        self.cancel_button.setMinimumHeight(52)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.pending_label)
        layout.addWidget(self.pin_hint_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.pin_pad, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self.set_state(self.CONFIRM)

    @property
    def state(self) -> str:
        return self._state

    def set_state(self, state: str, pending: Sequence[str] = ()) -> None:
        self._state = state
        if state == self.PENDING:
            self._pending = list(pending)
        self.pending_label.setVisible(state == self.PENDING)
        self.pin_hint_label.setVisible(state == self.PENDING)
        self.pin_pad.setVisible(state == self.PENDING)
        self.pin_pad.setEnabled(state == self.PENDING)
        self.pin_pad.clear()
        self.confirm_button.setEnabled(state != self.WORKING)
        # Dropping data is the dangerous step; sending again is not.
        set_style_state(self.confirm_button, "role", "primary" if state == self.PENDING else "danger")
        if state != self.PENDING:
            self.error_label.hide()
        self.retranslate()
        self._fit()

    def _fit(self) -> None:
        """Follow the content as the PIN pad comes and goes (wrapped texts need their height for the width)."""
        layout = self.layout()
        layout.activate()
        self.adjustSize()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    @Slot()
    def _on_confirm(self) -> None:
        self.error_label.hide()
        self.confirmed.emit()

    @Slot(str)
    def _on_pin(self, pin: str) -> None:
        self.error_label.hide()
        self.pinEntered.emit(pin)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign out of this device"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self._state == self.PENDING:
            self.title_label.setText(self.tr("Changes not sent yet"))
            self.message_label.setText(self.tr(
                "These changes have not reached the server. If this device is signed out now, they are lost:"))
            self.pending_label.setText("\n".join(f"• {line}" for line in self._pending))
            self.pin_hint_label.setText(self.tr("A store manager's PIN drops them and signs the device out."))
            self.confirm_button.setText(self.tr("Try sending again"))
        else:
            self.title_label.setText(self.tr("Sign out of this device?"))
            self.message_label.setText(
                self.tr("Sending changes that are waiting…") if self._state == self.WORKING else self.tr(
                    "Changes waiting on this device are sent first. Then everything it keeps for this store "
                    "(customers, orders, stock) is deleted from it, and anyone must sign in again."))
            self.confirm_button.setText(self.tr("Sign out of this device"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DeviceSignOut(QObject):
    """The rail's "Sign out of this device" (managers only) and the flow behind it.

    Signals: ``signedOut`` once the cache, its key and the tokens are gone; ``refused(list)``
    with the plain-words lines when unsent changes stopped it.
    """

    signedOut = Signal()
    refused = Signal(list)

    def __init__(self, window: Any, sign_out_device: SignOutDevice, verify_manager_pin: VerifyPin,
                 tasks: TaskRegistry, *, clock: Callable[[], datetime] = _utcnow,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self._sign_out_device = sign_out_device
        self._verify = verify_manager_pin
        self._tasks = tasks
        self._clock = clock
        self.dialog: DeviceSignOutDialog | None = None
        self.action = QAction(icon("exit"), "", window)
        self.action.setObjectName("DeviceSignOutAction")
        self.action.triggered.connect(self.request)
        self.button = window.rail.add_action(self.action, before_lock=True)
        self.set_allowed(False)
        window.installEventFilter(self)
        self._retranslate()

    def set_allowed(self, allowed: bool) -> None:
        """Shown to managers only (the services do not check roles for a local wipe)."""
        self.button.setVisible(allowed)
        self.action.setEnabled(allowed)

    @Slot()
    def request(self) -> None:
        if self.dialog is None:
            self.dialog = DeviceSignOutDialog(self._window)
            self.dialog.confirmed.connect(self._on_confirmed)
            self.dialog.pinEntered.connect(self._on_pin)
        self.dialog.set_state(DeviceSignOutDialog.CONFIRM)
        self.dialog.open()

    @Slot()
    def _on_confirmed(self) -> None:
        self._tasks.spawn(self._run(manager_confirmed=False), name="device-sign-out")

    @Slot(str)
    def _on_pin(self, pin: str) -> None:
        self._tasks.spawn(self._drop_with_pin(pin), name="device-sign-out-pin")

    async def _drop_with_pin(self, pin: str) -> None:
        dialog = self.dialog
        assert dialog is not None
        dialog.pin_pad.setEnabled(False)
        try:
            ok = await self._verify(pin)
        except Exception as error:
            dialog.pin_pad.setEnabled(True)
            dialog.show_error(explain_error(error))
            return
        if not ok:
            dialog.pin_pad.setEnabled(True)
            dialog.show_error(self.tr("That PIN is not a manager's PIN. Try again."))
            return
        await self._run(manager_confirmed=True)

    async def _run(self, *, manager_confirmed: bool) -> None:
        dialog = self.dialog
        assert dialog is not None
        previous = dialog.state
        dialog.set_state(DeviceSignOutDialog.WORKING)
        try:
            await self._sign_out_device(manager_confirmed=manager_confirmed)
        except PendingCommands as refusal:
            lines = self.pending_lines(refusal.commands, self._clock())
            dialog.set_state(DeviceSignOutDialog.PENDING, lines)
            self.refused.emit(lines)
            return
        except Exception as error:
            dialog.set_state(previous if previous != DeviceSignOutDialog.WORKING else DeviceSignOutDialog.CONFIRM)
            dialog.show_error(explain_error(error))
            return
        dialog.accept()
        self.signedOut.emit()

    # ---- plain words ----------------------------------------------------------------------------
    def command_in_words(self, kind: str) -> str:
        """What a queued command does, as a person would say it."""
        words = {
            "handover": self.tr("Pickup handover"),
            "extend_pickup": self.tr("Pickup extension"),
            "cancel_pickup": self.tr("Pickup cancellation"),
            "place_order": self.tr("Endless-aisle order"),
            "create_customer": self.tr("New customer"),
            "add_note": self.tr("Customer note"),
            "update_preferences": self.tr("Customer preferences"),
            "take_over_cart": self.tr("Online cart takeover"),
            "change_cart_line": self.tr("Online cart change"),
        }
        return words.get(kind, kind.replace("_", " "))

    def age_in_words(self, created_at: datetime, now: datetime) -> str:
        seconds = max(0, int((now - created_at).total_seconds()))
        if seconds < 60:
            return self.tr("just now")
        if seconds < 3600:
            return self.tr("%n minute(s) ago", "", seconds // 60)
        if seconds < 86400:
            return self.tr("%n hour(s) ago", "", seconds // 3600)
        return self.tr("%n day(s) ago", "", seconds // 86400)

    def pending_lines(self, commands: Sequence[Any], now: datetime) -> list[str]:
        """One line per unsent command: "Customer note — 5 minutes ago" (refused ones say so)."""
        lines = []
        for command in commands:
            line = f"{self.command_in_words(command.kind)} — {self.age_in_words(command.created_at, now)}"
            if command.state == "conflict":
                line += " " + self.tr("(refused by the server, in the conflict list)")
            lines.append(line)
        return lines

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.action.setText(self.tr("Sign out device"))
        self.action.setToolTip(self.tr("Sign out of this device: delete this store's data from it"))
