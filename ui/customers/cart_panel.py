"""The customer's live online cart: lines with the web shop's prices, availability, actions.

Prices and totals are the backend's (same prices and promotions as online): the panel never
computes one. While a change waits to sync, totals say they are being re-priced.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from clienteling.models import CartStatus, Channel, OnlineCart, TakeoverMode
from clienteling.services.customers import CartLineView
from ui.i18n import format_datetime, format_money


def _clear(layout: QVBoxLayout | QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()  # gone from the screen now; deleted on the next event loop turn
            widget.deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())  # type: ignore[arg-type]


class CartPanel(QFrame):
    """Signals: ``takeOverRequested(TakeoverMode)``, ``lineChangeRequested(line_id, quantity)``,
    ``refreshRequested()``."""

    takeOverRequested = Signal(object)
    lineChangeRequested = Signal(str, int)
    refreshRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CartPanel")
        self.setProperty("card", True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 16, 16, 16)
        self._layout.setSpacing(10)
        header = QHBoxLayout()
        self.title = QLabel(self.tr("Online cart"))
        self.title.setProperty("role", "section")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("CartRefresh")
        self.refresh_button.clicked.connect(self.refreshRequested)
        header.addWidget(self.title, 1)
        header.addWidget(self.refresh_button)
        self._layout.addLayout(header)
        self.status_label = QLabel()
        self.status_label.setObjectName("CartStatus")
        self.status_label.setWordWrap(True)
        self._layout.addWidget(self.status_label)
        self._lines = QVBoxLayout()
        self._lines.setSpacing(8)
        self._layout.addLayout(self._lines)
        self.total_label = QLabel()
        self.total_label.setObjectName("CartTotal")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._layout.addWidget(self.total_label)
        actions = QHBoxLayout()
        self.take_over_button = QPushButton(self.tr("Take over the cart"))
        self.take_over_button.setObjectName("TakeOverCart")
        self.take_over_button.setProperty("role", "primary")
        self.served_button = QPushButton(self.tr("Mark as served in store"))
        self.served_button.setObjectName("ServedInStore")
        self.take_over_button.clicked.connect(lambda: self.takeOverRequested.emit(TakeoverMode.BASKET))
        self.served_button.clicked.connect(lambda: self.takeOverRequested.emit(TakeoverMode.SERVED_IN_STORE))
        actions.addWidget(self.take_over_button)
        actions.addWidget(self.served_button)
        actions.addStretch(1)
        self._layout.addLayout(actions)
        self.cart: OnlineCart | None = None

    def set_cart(self, cart: OnlineCart | None, lines: list[CartLineView], *, pending: bool, timezone: str,
                 associate_id: str | None = None) -> None:
        self.cart = cart
        _clear(self._lines)
        if cart is None:
            self.status_label.setText(self.tr("No online cart in progress."))
            self.total_label.hide()
            self.take_over_button.hide()
            self.served_button.hide()
            return
        channel = self.tr("web shop") if cart.channel == Channel.WEB else self.tr("app")
        updated = format_datetime(cart.updated_at, timezone)
        status = {
            CartStatus.ACTIVE: self.tr("In the %1, updated %2").replace("%1", channel).replace("%2", updated),
            CartStatus.TAKEN_OVER: self.tr("Taken over in store: it is this visit's basket"),
            CartStatus.SERVED_IN_STORE: self.tr("Served in store: no reminder will be sent"),
            CartStatus.ORDERED: self.tr("Ordered"),
        }[cart.status]
        if pending:
            status += " — " + self.tr("waiting to sync")
        self.status_label.setText(status)
        editable = cart.status in (CartStatus.ACTIVE, CartStatus.TAKEN_OVER)
        for view in lines:
            row = self._line_widget(view, editable=editable, pending=pending)
            self._lines.addWidget(row)
            row.show()
        if not lines:
            empty = QLabel(self.tr("The cart is empty."))
            self._lines.addWidget(empty)
            empty.show()
        self.total_label.show()
        self.total_label.setText(self.tr("Being re-priced by the web shop…") if pending
                                 else self.tr("Total %1").replace("%1", format_money(cart.total)))
        active = cart.status == CartStatus.ACTIVE
        self.take_over_button.setVisible(active)
        self.served_button.setVisible(active)

    def _line_widget(self, view: CartLineView, *, editable: bool, pending: bool) -> QWidget:
        line = view.line
        box = QFrame()
        box.setObjectName("CartLine")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 6, 0, 6)
        name = QLabel(f"<b>{escape(line.name)}</b> · {escape(line.sku)}")
        name.setTextFormat(Qt.TextFormat.RichText)
        name.setWordWrap(True)
        price = self.tr("%1 × %2").replace("%1", str(line.quantity)).replace("%2", format_money(line.unit_price))
        if line.promotion:
            price += f" · {line.promotion}"
        if not pending:
            price += " = " + format_money(line.line_total)
        price_label = QLabel(price)
        here = view.here or 0
        elsewhere = view.elsewhere or 0
        if here:
            stock = self.tr("%1 here").replace("%1", str(here))
        else:
            stock = self.tr("Not in stock here")
        stock += " · " + (self.tr("%1 in the network").replace("%1", str(elsewhere)) if elsewhere
                          else self.tr("none in the network"))
        stock_label = QLabel(stock)
        stock_label.setWordWrap(True)  # wraps before it squeezes the line's buttons
        stock_label.setProperty("role", "hint")
        stock_label.setProperty("stock", "here" if here else "none")
        grid.addWidget(name, 0, 0, 1, 4)
        grid.addWidget(price_label, 1, 0)
        grid.addWidget(stock_label, 2, 0)
        if editable:
            minus = QPushButton("−")
            minus.setObjectName("LineMinus")
            minus.setAccessibleName(self.tr("One less"))
            plus = QPushButton("+")
            plus.setObjectName("LinePlus")
            plus.setAccessibleName(self.tr("One more"))
            remove = QPushButton(self.tr("Remove"))
            remove.setObjectName("LineRemove")
            remove.setMinimumWidth(remove.sizeHint().width())  # never clipped ("emov") in a narrow panel
            minus.setEnabled(line.quantity > 1)
            plus.setEnabled(line.quantity < 99)
            minus.clicked.connect(lambda: self.lineChangeRequested.emit(line.line_id, line.quantity - 1))
            plus.clicked.connect(lambda: self.lineChangeRequested.emit(line.line_id, line.quantity + 1))
            remove.clicked.connect(lambda: self.lineChangeRequested.emit(line.line_id, 0))
            grid.addWidget(minus, 1, 1, 2, 1)
            grid.addWidget(plus, 1, 2, 2, 1)
            grid.addWidget(remove, 1, 3, 2, 1)
        grid.setColumnStretch(0, 1)
        return box
