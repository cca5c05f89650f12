"""The lock screen: the signed-in associate unlocks with a PIN, or hands the device over."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.icons import icon
from ui.widgets.pin_pad import PinPad


class LockScreen(QWidget):
    """Emits ``pinEntered(pin)`` and ``switchAssociateRequested``; shows errors it is given."""

    pinEntered = Signal(str)
    switchAssociateRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._associate = ""

        card = QFrame()
        card.setObjectName("Card")
        card.setMaximumWidth(520)
        self.lock_icon = QLabel()
        self.lock_icon.setPixmap(icon("lock").pixmap(QSize(40, 40)))
        self.lock_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = QLabel()
        self.title_label.setProperty("role", "title")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.hint_label = QLabel()
        self.hint_label.setProperty("role", "hint")
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error_label.hide()
        self.pin_pad = PinPad()
        self.pin_pad.pinEntered.connect(self._on_pin)
        self.switch_button = QPushButton()
        self.switch_button.setIcon(icon("switch_user"))
        self.switch_button.setIconSize(QSize(24, 24))
        self.switch_button.clicked.connect(self.switchAssociateRequested)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 24, 32, 24)
        inner.setSpacing(10)
        inner.addWidget(self.lock_icon)
        inner.addWidget(self.title_label)
        inner.addWidget(self.hint_label)
        inner.addWidget(self.error_label)
        inner.addWidget(self.pin_pad, 1)
        inner.addWidget(self.switch_button)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.setFocusProxy(self.pin_pad)
        self.retranslate()

    def set_associate(self, display_name: str) -> None:
        """Who is signed in (shown so a colleague knows whose session this is)."""
        self._associate = display_name
        self.retranslate()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def reset(self) -> None:
        """Forget any typed digits and error (called each time the screen locks)."""
        self.pin_pad.clear()
        self.clear_error()

    @Slot(str)
    def _on_pin(self, pin: str) -> None:
        self.clear_error()
        self.pinEntered.emit(pin)

    def retranslate(self) -> None:
        if self._associate:
            self.title_label.setText(self.tr("Locked — %1").replace("%1", self._associate))
        else:
            self.title_label.setText(self.tr("Screen locked"))
        self.hint_label.setText(self.tr("Enter your PIN to continue."))
        self.switch_button.setText(self.tr("Switch associate"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
