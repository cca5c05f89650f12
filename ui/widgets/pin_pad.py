"""A big-button PIN pad: digits 0-9, backspace, OK. Also accepts a hardware keyboard."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.icons import icon

PIN_MIN, PIN_MAX = 4, 8
"""PIN lengths the backend accepts (PinUnlockRequest: 4 to 8 digits)."""


class PinPad(QWidget):
    """Emits ``pinEntered(pin)`` on OK (or Enter) once at least PIN_MIN digits are typed.

    The PIN is cleared after each submission and never kept elsewhere.
    """

    pinEntered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PinPad")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.display = QLineEdit()
        self.display.setObjectName("PinDisplay")
        self.display.setEchoMode(QLineEdit.EchoMode.Password)
        self.display.setReadOnly(True)
        self.display.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.display.setMaxLength(PIN_MAX)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.digit_buttons: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            self._add_digit(grid, digit, index // 3, index % 3)
        self.backspace_button = QPushButton()
        self.backspace_button.setProperty("role", "pinkey")
        self.backspace_button.setIcon(icon("backspace"))
        self.backspace_button.setIconSize(QSize(32, 32))
        self.backspace_button.setAutoRepeat(True)
        self.backspace_button.clicked.connect(self.backspace)
        grid.addWidget(self.backspace_button, 3, 0)
        self._add_digit(grid, "0", 3, 1)
        self.ok_button = QPushButton()
        self.ok_button.setProperty("role", "pinok")
        self.ok_button.clicked.connect(self.submit)
        grid.addWidget(self.ok_button, 3, 2)
        for button in [*self.digit_buttons.values(), self.backspace_button, self.ok_button]:
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus stays on the pad for keyboards

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.display)
        layout.addLayout(grid, 1)
        self.display.textChanged.connect(self._update_ok)
        self._update_ok()
        self.retranslate()

    def _add_digit(self, grid: QGridLayout, digit: str, row: int, col: int) -> None:
        button = QPushButton(digit)
        button.setProperty("role", "pinkey")
        button.setObjectName(f"PinKey{digit}")
        button.clicked.connect(lambda _=False, d=digit: self.press(d))
        grid.addWidget(button, row, col)
        self.digit_buttons[digit] = button

    @property
    def pin(self) -> str:
        return self.display.text()

    def press(self, digit: str) -> None:
        if len(self.display.text()) < PIN_MAX:
            self.display.setText(self.display.text() + digit)

    def backspace(self) -> None:
        self.display.setText(self.display.text()[:-1])

    def clear(self) -> None:
        self.display.clear()

    def submit(self) -> None:
        pin = self.display.text()
        if len(pin) < PIN_MIN:
            return
        self.display.clear()
        self.pinEntered.emit(pin)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(len(self.display.text()) >= PIN_MIN)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and text.isascii():
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.backspace()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        else:
            super().keyPressEvent(event)

    def retranslate(self) -> None:
        self.ok_button.setText(self.tr("OK"))
        self.backspace_button.setToolTip(self.tr("Erase the last digit"))
        self.backspace_button.setAccessibleName(self.tr("Erase the last digit"))
        self.display.setPlaceholderText(self.tr("PIN"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
