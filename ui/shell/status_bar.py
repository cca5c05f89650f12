"""The always-visible sync status strip: connection, sync progress, outbox, conflicts, age.

It only renders a ``SyncStatus``; the sync engine publishes those through a ``StatusHub``.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone, tzinfo

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from clienteling.services.status import StatusHub, SyncStatus
from ui.i18n import format_time
from ui.icons import icon
from ui.widgets.touch import set_style_state

def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


class SyncStatusBar(QWidget):
    """Renders a SyncStatus; ``conflictsClicked`` asks the shell to open the conflict inbox."""

    conflictsClicked = Signal()
    _statusArrived = Signal(object)  # hop from the publisher's thread to the GUI thread

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = _utcnow,
        timezone_: tzinfo | str | None = None,
        refresh_ms: int = 30_000,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SyncStatusBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._clock = clock
        self._tz = timezone_
        self._status = SyncStatus()
        self._unsubscribe: Callable[[], None] | None = None

        self.connection_icon = QLabel()
        self.connection_label = QLabel()
        self.connection_label.setObjectName("StatusConnection")
        self.sync_label = QLabel()
        self.sync_label.setObjectName("StatusSync")
        self.progress = QProgressBar()
        self.progress.setObjectName("StatusProgress")
        self.progress.setFixedWidth(220)
        self.queue_label = QLabel()
        self.queue_label.setObjectName("StatusQueue")
        self.conflicts_button = QPushButton()
        self.conflicts_button.setObjectName("StatusConflicts")
        self.conflicts_button.setIcon(icon("conflict"))
        self.conflicts_button.setIconSize(QSize(22, 22))
        self.conflicts_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.conflicts_button.clicked.connect(self.conflictsClicked)
        self.age_label = QLabel()
        self.age_label.setObjectName("StatusAge")

        # Row 0: connection, sync progress, (queue, conflicts when wide), age.
        # Row 1 (compact only): queue and conflicts.
        self._row0 = QHBoxLayout()
        self._row0.setSpacing(10)
        self._row0.addWidget(self.connection_icon)
        self._row0.addWidget(self.connection_label)
        self._row0.addSpacing(8)
        self._row0.addWidget(self.sync_label)
        self._row0.addWidget(self.progress)
        self._row0.addStretch(1)
        self._row0.addWidget(self.queue_label)
        self._row0.addWidget(self.conflicts_button)
        self._row0.addWidget(self.age_label)
        self._row1 = QHBoxLayout()
        self._row1.setSpacing(12)
        self._compact = False
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(16, 6, 16, 6)
        self._rows.setSpacing(4)
        self._rows.addLayout(self._row0)
        self._rows.addLayout(self._row1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(52)

        self._statusArrived.connect(self.set_status)
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(refresh_ms)
        self._age_timer.timeout.connect(self.refresh_age)
        self._age_timer.start()
        self._render()

    # ---- wiring ---------------------------------------------------------------------------
    def bind(self, hub: StatusHub) -> None:
        """Follow ``hub`` (safe from any thread); unbinds from a previous hub."""
        self.unbind()
        emit = self._statusArrived.emit
        self._unsubscribe = hub.subscribe(lambda status: emit(status))
        self.destroyed.connect(self._unsubscribe)

    def unbind(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    @property
    def status(self) -> SyncStatus:
        return self._status

    @Slot(object)
    def set_status(self, status: SyncStatus) -> None:
        self._status = status
        self._render()

    def set_timezone(self, tz: tzinfo | str | None) -> None:
        """Show times in the store's zone (IANA name); None = the device's zone."""
        self._tz = tz
        self._render()

    @Slot()
    def refresh_age(self) -> None:
        self.age_label.setText(self._age_text())

    # ---- rendering ------------------------------------------------------------------------
    def _render(self) -> None:
        s = self._status
        state = "online" if s.online else "offline"
        set_style_state(self, "state", state)
        set_style_state(self.connection_label, "state", state)
        self.connection_icon.setPixmap(icon("online" if s.online else "offline").pixmap(QSize(24, 24)))
        if s.online:
            self.connection_label.setText(self.tr("Online"))
        elif s.offline_since is not None:
            self.connection_label.setText(self.tr("Offline since %1").replace("%1", format_time(s.offline_since, self._tz)))
        else:
            self.connection_label.setText(self.tr("Offline"))

        # Known progress: "Syncing… 40%" inside the bar; unknown: a label and a busy bar.
        self.sync_label.setVisible(s.syncing and s.progress is None)
        self.sync_label.setText(self.tr("Syncing…"))
        self.progress.setVisible(s.syncing)
        self.progress.setFormat(self.tr("Syncing… %p%"))
        if s.progress is None:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 100)
            self.progress.setValue(round(s.progress * 100))

        self.queue_label.setVisible(s.queued_commands > 0)
        self.queue_label.setText(self.tr("%n command(s) waiting to sync", "", s.queued_commands))
        self.conflicts_button.setVisible(s.conflicts > 0)
        self.conflicts_button.setText(self.tr("%n conflict(s) need attention", "", s.conflicts))
        self.conflicts_button.setToolTip(self.tr("Open the list of changes the server refused"))
        self.refresh_age()
        self._reflow()

    def _reflow(self) -> None:
        """One row when everything fits, else queue and conflicts move to a second row."""
        margins = self._rows.contentsMargins()
        needed = self._row0.sizeHint().width() + margins.left() + margins.right()
        if self._compact:  # row 0 lacks the movable widgets right now: add what they would take
            for widget in (self.queue_label, self.conflicts_button):
                if not widget.isHidden():
                    needed += widget.sizeHint().width() + self._row0.spacing()
        compact = self.width() < needed
        if compact == self._compact:
            return
        self._compact = compact
        if compact:
            for widget in (self.queue_label, self.conflicts_button):
                self._row0.removeWidget(widget)
            self._row1.addWidget(self.queue_label)
            self._row1.addStretch(1)
            self._row1.addWidget(self.conflicts_button)
        else:
            while self._row1.count():
                self._row1.takeAt(0)
            index = self._row0.indexOf(self.age_label)
            self._row0.insertWidget(index, self.conflicts_button)
            self._row0.insertWidget(index, self.queue_label)
        self.updateGeometry()

    @property
    def compact(self) -> bool:
        return self._compact

    def _age_text(self) -> str:
        last = self._status.last_sync_at
        if last is None:
            return self.tr("Not synced yet")
        seconds = max(0, int((self._clock() - last).total_seconds()))
        if seconds < 60:
            return self.tr("Synced just now")
        if seconds < 3600:
            return self.tr("Synced %n minute(s) ago", "", seconds // 60)
        if seconds < 86400:
            return self.tr("Synced %n hour(s) ago", "", seconds // 3600)
        return self.tr("Synced %n day(s) ago", "", seconds // 86400)

    # ---- Qt events ------------------------------------------------------------------------
    def resizeEvent(self, event: object) -> None:
        self._reflow()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
