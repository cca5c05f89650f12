"""Auto-lock: ``idle`` fires after N seconds without a touch, click, wheel or key press."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

USER_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """An application-wide event filter restarting a single-shot timer on user input.

    ``timeout_s`` of 0 disables it. It fires once per idle period; the next input re-arms it.
    """

    idle = Signal()

    def __init__(self, timeout_s: float, parent: QObject | None = None, *, app: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._app = app or QCoreApplication.instance()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._running = False
        self.set_timeout(timeout_s)

    @property
    def timeout_s(self) -> float:
        return self._timeout_s

    def set_timeout(self, timeout_s: float) -> None:
        if timeout_s < 0:
            raise ValueError("timeout cannot be negative")
        self._timeout_s = timeout_s
        self._timer.setInterval(round(timeout_s * 1000))
        if self._running:
            self._rearm()

    def start(self) -> None:
        if not self._running:
            self._app.installEventFilter(self)
            self._running = True
        self._rearm()

    def stop(self) -> None:
        if self._running:
            self._app.removeEventFilter(self)
            self._running = False
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._running

    def poke(self) -> None:
        """Count as user activity (e.g. a scan arrived through another path)."""
        if self._running:
            self._rearm()

    def _rearm(self) -> None:
        if self._timeout_s > 0:
            self._timer.start()
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in USER_INPUT_EVENTS:
            self._rearm()
        return False
