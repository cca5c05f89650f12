"""Kiosk mode for store terminals: full screen, frameless, on top; leaving needs a manager PIN.

The window cannot be closed (Alt+F4, the window manager, ``close()``) until a manager PIN
has been verified by the ``verify_manager_pin`` coroutine the lead provides. The PIN dialog
is opened with ``open()`` — never ``exec()`` — so the asyncio loop keeps running.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.icons import icon
from ui.tasks import TaskRegistry
from ui.widgets.pin_pad import PinPad

VerifyPin = Callable[[str], Awaitable[bool]]


class ManagerPinDialog(QDialog):
    """Window-modal PIN pad; emits ``pinEntered`` and stays open until told the answer."""

    pinEntered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ManagerPinDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.title_label = QLabel()
        self.title_label.setProperty("role", "title")
        self.title_label.setWordWrap(True)
        self.hint_label = QLabel()
        self.hint_label.setProperty("role", "hint")
        self.hint_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.pin_pad = PinPad()
        self.pin_pad.setMinimumHeight(380)
        self.pin_pad.pinEntered.connect(self._on_pin)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.pin_pad, 1)
        layout.addWidget(self.cancel_button)
        self.setMinimumWidth(400)
        self.setFocusProxy(self.pin_pad)
        self._checking = False
        self.retranslate()

    def set_checking(self, checking: bool) -> None:
        self._checking = checking
        self.pin_pad.setEnabled(not checking)
        self.retranslate()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    @Slot(str)
    def _on_pin(self, pin: str) -> None:
        self.error_label.hide()
        self.pinEntered.emit(pin)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exit kiosk"))
        self.title_label.setText(self.tr("Exit kiosk"))
        self.hint_label.setText(self.tr("Checking the PIN…") if self._checking else self.tr("A store manager's PIN is needed."))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class KioskMode(QObject):
    """Locks ``window`` into kiosk mode. Signals: ``exitGranted`` (then the window closes),
    ``exitDenied`` (wrong PIN), ``closeRefused`` (a close attempt without a PIN)."""

    exitGranted = Signal()
    exitDenied = Signal()
    closeRefused = Signal()

    def __init__(
        self,
        window: QWidget,
        verify_manager_pin: VerifyPin,
        tasks: TaskRegistry,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or window)
        self._window = window
        self._verify = verify_manager_pin
        self._tasks = tasks
        self._enabled = False
        self._exit_allowed = False
        self._dialog: ManagerPinDialog | None = None
        self.exit_action = QAction(icon("exit"), "", window)
        self.exit_action.setObjectName("ExitKioskAction")
        self.exit_action.setShortcut("Ctrl+Shift+Q")
        self.exit_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.exit_action.triggered.connect(self.request_exit)
        window.addAction(self.exit_action)
        self._retranslate_action()
        window.installEventFilter(self)

    @property
    def enabled(self) -> bool:
        return self._enabled

    @property
    def dialog(self) -> ManagerPinDialog | None:
        return self._dialog

    def enable(self, *, show: bool = True) -> None:
        """Frameless, stays on top, full screen."""
        self._enabled = True
        self._exit_allowed = False
        self._window.setWindowFlags(
            self._window.windowFlags() | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        if show:
            self._window.showFullScreen()

    @Slot()
    def request_exit(self) -> None:
        """Ask for a manager PIN (non-blocking: the dialog is opened with open())."""
        if self._dialog is None:
            self._dialog = ManagerPinDialog(self._window)
            self._dialog.pinEntered.connect(self._on_pin)
            self._dialog.finished.connect(self._on_dialog_finished)
        self._dialog.error_label.hide()
        self._dialog.pin_pad.clear()
        self._dialog.open()

    @Slot(str)
    def _on_pin(self, pin: str) -> None:
        self._tasks.spawn(self._check(pin), name="kiosk-exit-pin")

    async def _check(self, pin: str) -> None:
        dialog = self._dialog
        if dialog is not None:
            dialog.set_checking(True)
        try:
            ok = await self._verify(pin)
        finally:
            if dialog is not None:
                dialog.set_checking(False)
        if not ok:
            if dialog is not None:
                dialog.show_error(self.tr("That PIN is not a manager's PIN. Try again."))
            self.exitDenied.emit()
            return
        self._exit_allowed = True
        if dialog is not None:
            dialog.accept()
        self.exitGranted.emit()
        self._window.close()

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        if self._dialog is not None:
            self._dialog.pin_pad.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            if event.type() == QEvent.Type.Close and self._enabled and not self._exit_allowed:
                event.ignore()
                self.closeRefused.emit()
                self.request_exit()
                return True
            if event.type() == QEvent.Type.LanguageChange:
                self._retranslate_action()
        return False

    def _retranslate_action(self) -> None:
        self.exit_action.setText(self.tr("Exit kiosk"))
