"""The pickup queue: views by status (overdue and collected today included), search, new-order notice."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton, QStyle, QStyledItemDelegate,
    QStyleOptionViewItem, QVBoxLayout, QWidget,
)

from clienteling.models import PickupOrder, PickupStatus
from clienteling.services.pickups import waiting_lines
from ui.i18n import format_datetime
from ui.pickups.model import PickupQueueModel
from ui.pickups.text import duration_text, status_text
from ui.widgets.touch import MIN_TOUCH_TARGET, enable_kinetic_scrolling

VIEW_TITLES = (
    ("open", "All open"),
    ("ready", "Ready"),
    ("preparing", "Being prepared"),
    ("partly_collected", "Partly collected"),
    ("overdue", "Overdue"),
    ("collected_today", "Collected today"),
    ("cancelled", "Cancelled"),
    ("problems", "Problem orders"),
)

_RED, _AMBER, _GREY, _BLUE = QColor("#b42318"), QColor("#92400e"), QColor("#4b5563"), QColor("#1d4ed8")


class QueueDelegate(QStyledItemDelegate):
    """Two lines per order, readable at arm's length: who and what, then when and its state."""

    ROW_HEIGHT = 92

    def __init__(self, timezone: callable, now: callable, parent: QWidget | None = None) -> None:  # type: ignore[valid-type]
        super().__init__(parent)
        self._tz = timezone
        self._now = now

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(option.rect.width(), self.ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        order: PickupOrder | None = index.data(PickupQueueModel.OrderRole)
        if order is None:
            return
        painter.save()
        rect = option.rect.adjusted(16, 8, -16, -8)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(option.rect, QColor("#e8eefc") if selected else QColor("#ffffff"))
        overdue = bool(index.data(PickupQueueModel.OverdueRole))
        if overdue:
            painter.fillRect(QRect(option.rect.left(), option.rect.top(), 6, option.rect.height()), _RED)
        painter.setPen(QPen(QColor("#e5e7eb")))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())

        big = QFont(option.font)
        big.setPixelSize(20)
        big.setWeight(QFont.Weight.DemiBold)
        small = QFont(option.font)
        small.setPixelSize(16)
        half = rect.height() // 2

        # Right column: the status, in words (overdue and sync state stand out).
        pending = index.data(PickupQueueModel.PendingSinceRole)
        conflict = index.data(PickupQueueModel.ConflictRole)
        if conflict:
            badge, colour = self.tr("Needs attention"), _RED
        elif pending is not None:
            badge, colour = self.tr("Waiting to sync"), _AMBER
        elif overdue:
            badge, colour = self.tr("Overdue"), _RED
        else:
            badge, colour = status_text(order.status), _BLUE if order.status == PickupStatus.READY else _GREY
        painter.setFont(big)
        painter.setPen(colour)
        badge_width = min(rect.width() // 3, painter.fontMetrics().horizontalAdvance(badge) + 8)
        painter.drawText(QRect(rect.right() - badge_width, rect.top(), badge_width, half),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, badge)

        left = QRect(rect.left() + (8 if overdue else 0), rect.top(), rect.width() - badge_width - 16, half)
        painter.setPen(QColor("#111827"))
        title = f"{order.number}   {order.customer_name}"
        painter.drawText(left, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, left.width()))

        painter.setFont(small)
        painter.setPen(_RED if overdue else _GREY)
        painter.drawText(QRect(left.left(), rect.top() + half, rect.width() - 16, half),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(self.details(order, overdue), Qt.TextElideMode.ElideRight,
                                                          rect.width() - 16))
        painter.restore()

    def details(self, order: PickupOrder, overdue: bool) -> str:
        now: datetime = self._now()
        tz: str = self._tz()
        parts = [self.tr("%n item(s)", "", sum(line.quantity for line in order.lines)),
                 self.tr("%n parcel(s)", "", order.parcels)]
        waiting = len(waiting_lines(order))
        if order.status == PickupStatus.PARTLY_COLLECTED:
            parts.append(self.tr("%n line(s) still waiting", "", waiting))
        if order.status in (PickupStatus.READY, PickupStatus.PARTLY_COLLECTED) and order.ready_at:
            parts.append(self.tr("ready for %1").replace("%1", duration_text(now - order.ready_at)))
        if order.status == PickupStatus.COLLECTED and order.collected_at:
            parts.append(self.tr("collected %1").replace("%1", format_datetime(order.collected_at, tz)))
        elif order.status == PickupStatus.CANCELLED and order.cancelled_at:
            parts.append(self.tr("cancelled %1").replace("%1", format_datetime(order.cancelled_at, tz)))
        elif order.collect_by:
            when = format_datetime(order.collect_by, tz)
            parts.append(self.tr("overdue since %1").replace("%1", when) if overdue else
                         self.tr("collect by %1").replace("%1", when))
        if order.problem and order.status != PickupStatus.CANCELLED:
            parts.append(self.tr("problem: %1").replace("%1", order.problem))
        return "  ·  ".join(parts)


class QueuePage(QWidget):
    """Signals: ``orderActivated(pickup_id)``, ``viewChanged(view)``, ``searchChanged(text)``,
    ``searchSubmitted(text)`` (Return: open the one match or a scanned code), ``retryRequested``."""

    orderActivated = Signal(str)
    viewChanged = Signal(str)
    searchChanged = Signal(str)
    searchSubmitted = Signal(str)
    retryRequested = Signal()
    newOrdersClicked = Signal()

    def __init__(self, model: PickupQueueModel, delegate: QueueDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PickupQueuePage")
        self.model = model
        self.view = "open"
        self._counts: dict[str, int] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(12)

        header = QHBoxLayout()
        self.title_label = QLabel()
        self.title_label.setProperty("role", "title")
        header.addWidget(self.title_label, 1)
        self.new_orders_button = QPushButton()
        self.new_orders_button.setObjectName("PickupNewOrders")
        self.new_orders_button.setMinimumHeight(MIN_TOUCH_TARGET)
        self.new_orders_button.hide()
        self.new_orders_button.clicked.connect(self._on_new_orders_clicked)
        header.addWidget(self.new_orders_button)
        layout.addLayout(header)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("PickupSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumHeight(MIN_TOUCH_TARGET + 8)
        self.search_edit.textChanged.connect(self.searchChanged)
        self.search_edit.returnPressed.connect(lambda: self.searchSubmitted.emit(self.search_edit.text()))
        layout.addWidget(self.search_edit)

        grid = QGridLayout()
        grid.setSpacing(8)
        self.view_group = QButtonGroup(self)
        self.view_group.setExclusive(True)
        self.view_buttons: dict[str, QPushButton] = {}
        for n, (view, _title) in enumerate(VIEW_TITLES):
            button = QPushButton()
            button.setCheckable(True)
            button.setMinimumHeight(MIN_TOUCH_TARGET)
            button.setProperty("view", view)
            button.clicked.connect(lambda _=False, v=view: self.set_view(v))
            self.view_group.addButton(button)
            self.view_buttons[view] = button
        self.view_grid = grid
        self._columns = 0
        self._reflow(4)
        self.view_buttons["open"].setChecked(True)
        layout.addLayout(grid)

        self.list_view = QListView()
        self.list_view.setObjectName("PickupQueueList")
        self.list_view.setModel(model)
        self.list_view.setItemDelegate(delegate)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.list_view.clicked.connect(self._on_clicked)
        self.list_view.activated.connect(self._on_clicked)
        enable_kinetic_scrolling(self.list_view)
        layout.addWidget(self.list_view, 1)

        self.empty_label = QLabel()
        self.empty_label.setProperty("role", "hint")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        error_row = QHBoxLayout()
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.retry_button = QPushButton()
        self.retry_button.setMinimumHeight(MIN_TOUCH_TARGET)
        self.retry_button.clicked.connect(self.retryRequested)
        error_row.addWidget(self.error_label, 1)
        error_row.addWidget(self.retry_button)
        layout.addLayout(error_row)
        self.error_label.hide()
        self.retry_button.hide()
        self.loading = True
        self._new_count = 0
        model.loaded.connect(self._on_loaded)
        model.modelReset.connect(self._on_loaded)
        self.retranslate()

    def _reflow(self, columns: int) -> None:
        """Four view buttons a row when they fit, fewer in portrait or in longer languages."""
        if columns == self._columns:
            return
        self._columns = columns
        for button in self.view_buttons.values():
            self.view_grid.removeWidget(button)
        for n, button in enumerate(self.view_buttons.values()):
            self.view_grid.addWidget(button, n // columns, n % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        needed = max(b.sizeHint().width() for b in self.view_buttons.values()) + 8
        available = self.width() - 48
        self._reflow(max(2, min(4, available // max(1, needed))))

    # --- state ------------------------------------------------------------------------------

    def set_view(self, view: str) -> None:
        self.view_buttons[view].setChecked(True)
        if view != self.view:
            self.view = view
            self.viewChanged.emit(view)

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        self.retranslate()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.retry_button.show()

    def clear_error(self) -> None:
        self.error_label.hide()
        self.retry_button.hide()

    def notify_new_orders(self, count: int) -> None:
        """Unobtrusive: a button in the header, no dialog, no sound."""
        self._new_count += count
        self.retranslate()
        self.new_orders_button.show()

    def _on_new_orders_clicked(self) -> None:
        self._new_count = 0
        self.new_orders_button.hide()
        self.newOrdersClicked.emit()

    def _on_loaded(self) -> None:
        self.loading = False
        self.clear_error()
        self.retranslate()
        self.empty_label.setVisible(self.model.rowCount() == 0)

    def _on_clicked(self, index: QModelIndex) -> None:
        pickup_id = index.data(PickupQueueModel.IdRole)
        if pickup_id:
            self.orderActivated.emit(pickup_id)

    # --- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Pickups"))
        self.search_edit.setPlaceholderText(self.tr("Order number or customer name — or scan the QR code"))
        titles = {
            "open": self.tr("All open"), "ready": self.tr("Ready"), "preparing": self.tr("Being prepared"),
            "partly_collected": self.tr("Partly collected"), "overdue": self.tr("Overdue"),
            "collected_today": self.tr("Collected today"), "cancelled": self.tr("Cancelled"),
            "problems": self.tr("Problem orders"),
        }
        for view, button in self.view_buttons.items():
            count = self._counts.get(view)
            button.setText(titles[view] if count is None else f"{titles[view]} ({count})")
        self.new_orders_button.setText(self.tr("%n new order(s) ready — show", "", self._new_count))
        self._fit_columns()
        self.retry_button.setText(self.tr("Try again"))
        self.empty_label.setText(self.tr("Loading…") if self.loading else self.tr("No orders here."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
