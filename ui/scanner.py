"""Keyboard-wedge barcode scanners: tell a scanner's burst of keystrokes from a person typing.

A wedge scanner "types" its code very fast and ends with Enter. The detector, installed as
an application-wide event filter, holds printable keystrokes back from the focused widget
while they arrive faster than ``max_interval_ms`` apart. A burst of at least ``min_length``
characters ended by Enter becomes ``scanned(code)`` and the widget never sees it; anything
slower is a person, and the held keystrokes are replayed to the widget that should have had
them, in order (a person sees a delay of at most ``max_interval_ms``).

The clock is injectable so tests decide what "fast" means without sleeping.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_POINTER_PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.TabletPress)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)


def _monotonic_ms() -> float:
    return time.monotonic() * 1000.0


@dataclass(frozen=True, slots=True)
class _HeldKey:
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class ScannerDetector(QObject):
    """Emits ``scanned(code)`` for a scanner burst; see the module docstring."""

    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        max_interval_ms: float = 30,
        min_length: int = 6,
        clock: Callable[[], float] = _monotonic_ms,
    ) -> None:
        super().__init__(parent)
        self.max_interval_ms = max_interval_ms
        self.min_length = min_length
        self._clock = clock
        self._held: list[_HeldKey] = []
        self._target: QWidget | None = None
        self._last_ms = 0.0
        self._replaying = False
        self._installed_on: QCoreApplication | None = None
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self.flush)

    # ---- lifecycle --------------------------------------------------------------------------
    def install(self, app: QCoreApplication | None = None) -> None:
        """Watch every key press of the application."""
        target = app or QCoreApplication.instance()
        if self._installed_on is None and target is not None:
            target.installEventFilter(self)
            self._installed_on = target

    def uninstall(self) -> None:
        self.flush()
        if self._installed_on is not None:
            self._installed_on.removeEventFilter(self)
            self._installed_on = None

    @property
    def pending(self) -> str:
        """Characters held back right now (for tests and diagnostics)."""
        return "".join(k.text for k in self._held)

    # ---- the filter --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying:
            return False
        if event.type() in _POINTER_PRESSES:
            if self._held:
                self.flush()  # a tap after typing: the text must be in place before the tap acts
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False  # QWindow-level copies are skipped: the widget-level delivery is what we hold
        assert isinstance(event, QKeyEvent)
        now = self._clock()
        if self._held and (now - self._last_ms >= self.max_interval_ms or watched is not self._target):
            self.flush()  # too slow to be a scanner, or focus moved: give the keystrokes back

        if event.key() in _ENTER_KEYS and not event.isAutoRepeat():
            if len(self._held) >= self.min_length:
                code = self.pending
                self._discard()
                self.scanned.emit(code)
                return True
            self.flush()
            return False

        if self._holdable(event):
            if not self._held:
                self._target = watched
            self._held.append(_HeldKey(event.key(), event.modifiers(), event.text()))
            self._last_ms = now
            self._flush_timer.start(max(1, round(self.max_interval_ms)))
            return True

        self.flush()  # an arrow, Backspace, a shortcut…: release what was held, then let it pass
        return False

    @staticmethod
    def _holdable(event: QKeyEvent) -> bool:
        text = event.text()
        return (
            len(text) == 1
            and text.isprintable()
            and not event.isAutoRepeat()
            and not (event.modifiers() & _COMMAND_MODIFIERS)
        )

    # ---- replay --------------------------------------------------------------------------------
    @Slot()
    def flush(self) -> None:
        """Replay held keystrokes to the widget that received the first of them."""
        held, target = self._held, self._target
        self._discard()
        if not held or target is None or not shiboken6.isValid(target):
            return
        self._replaying = True
        try:
            for key in held:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QCoreApplication.sendEvent(target, QKeyEvent(kind, key.key, key.modifiers, key.text))
        finally:
            self._replaying = False

    def _discard(self) -> None:
        self._flush_timer.stop()
        self._held = []
        self._target = None
