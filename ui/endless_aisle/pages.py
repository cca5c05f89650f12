"""The endless-aisle screens: basket, sourcing, fulfilment & payment, confirmation, store orders, refused order.

Pages only show what they are given and emit what the associate did; EndlessAisleArea awaits
the use cases (clienteling.services.endless_aisle) and renders their answers.
"""
from __future__ import annotations

import io
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSize, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListView, QListWidget,
    QListWidgetItem, QPushButton, QRadioButton, QScrollArea, QVBoxLayout, QWidget,
)

from clienteling.models import (
    Address, EndlessAisleOrder, Fulfilment, OrderStatus, Payment, PaymentMode, Product, SourcingMethod,
    SourcingOption,
)
from clienteling.services.basket import Basket, BasketLine
from clienteling.sourcing import ANY_FULFILMENT, FulfilmentOptions
from ui.i18n import format_money
from ui.widgets.touch import enable_kinetic_scrolling, set_style_state

CONTEXT = "EndlessAisle"

METHOD_WORDS = {
    SourcingMethod.SHIP_FROM_WAREHOUSE: QT_TRANSLATE_NOOP("EndlessAisle", "Sent from the warehouse"),
    SourcingMethod.SHIP_FROM_STORE: QT_TRANSLATE_NOOP("EndlessAisle", "Sent from another store"),
    SourcingMethod.TRANSFER_TO_STORE: QT_TRANSLATE_NOOP("EndlessAisle", "Transferred here for pickup"),
    SourcingMethod.PICKUP_OTHER_STORE: QT_TRANSLATE_NOOP("EndlessAisle", "Pickup in the other store"),
}
STATUS_WORDS = {
    OrderStatus.PLACED: QT_TRANSLATE_NOOP("EndlessAisle", "Placed"),
    OrderStatus.AWAITING_PAYMENT: QT_TRANSLATE_NOOP("EndlessAisle", "Awaiting payment"),
    OrderStatus.IN_PREPARATION: QT_TRANSLATE_NOOP("EndlessAisle", "In preparation"),
    OrderStatus.SHIPPED: QT_TRANSLATE_NOOP("EndlessAisle", "Shipped"),
    OrderStatus.READY_FOR_PICKUP: QT_TRANSLATE_NOOP("EndlessAisle", "Ready for pickup"),
    OrderStatus.DELIVERED: QT_TRANSLATE_NOOP("EndlessAisle", "Delivered"),
    OrderStatus.CANCELLED: QT_TRANSLATE_NOOP("EndlessAisle", "Cancelled"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def method_text(method: SourcingMethod) -> str:
    return tr(METHOD_WORDS[method])


def status_text(status: OrderStatus) -> str:
    return tr(STATUS_WORDS[status])


def date_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def option_text(option: SourcingOption) -> str:
    cost = format_money(option.cost) if option.cost.amount_minor else QCoreApplication.translate("EndlessAisle", "free")
    return (QCoreApplication.translate("EndlessAisle", "%1 · %2 · by %3 · %4").replace("%1", method_text(option.method))
            .replace("%2", option.location_name).replace("%3", date_text(option.promise_date)).replace("%4", cost))


def qr_pixmap(payload: str, scale: int = 6) -> QPixmap:
    """The order's QR code (segno), as a pixmap the confirmation shows and the customer photographs."""
    import segno

    buffer = io.BytesIO()
    segno.make(payload, error="m").save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def _label(text: str = "", role: str | None = None, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    return label


def _button(text: str, role: str | None = None, name: str | None = None) -> QPushButton:
    button = QPushButton(text)
    button.setMinimumHeight(48)
    if role:
        button.setProperty("role", role)
    if name:
        button.setObjectName(name)
    return button


def _scroll(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    enable_kinetic_scrolling(area)
    return area


def _clear(layout: Any) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())


class _Page(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = QVBoxLayout(self)
        self.root.setContentsMargins(24, 20, 24, 16)
        self.root.setSpacing(12)
        header = QHBoxLayout()
        self.title = _label(title, "title", wrap=False)
        header.addWidget(self.title, 1)
        self.header = header
        self.root.addLayout(header)
        self.error_label = _label("", "error")
        self.error_label.hide()
        self.root.addWidget(self.error_label)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))


# --- the basket ------------------------------------------------------------------------------------

class BasketLineRow(QFrame):
    """One line: name, size and colour pickers, − quantity +, price, remove."""

    quantityChanged = Signal(str, int)
    variantChanged = Signal(str, str, str)  # line_id, size, colour
    removeRequested = Signal(str)

    def __init__(self, line: BasketLine, product: Product | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BasketLine")
        self.line = line
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 8)
        name = _label(f"<b>{line.name}</b> · {line.brand}" if line.brand else f"<b>{line.name}</b>")
        grid.addWidget(name, 0, 0, 1, 4)
        self.size_combo, self.colour_combo = QComboBox(), QComboBox()
        for combo in (self.size_combo, self.colour_combo):
            combo.setMinimumHeight(44)
        sizes = list(dict.fromkeys(v.size for v in product.variants)) if product else [line.size]
        colours = list(dict.fromkeys(v.colour for v in product.variants)) if product else [line.colour]
        self.size_combo.addItems(sizes)
        self.colour_combo.addItems(colours)
        self.size_combo.setCurrentText(line.size)
        self.colour_combo.setCurrentText(line.colour)
        self.size_combo.currentTextChanged.connect(lambda s: self.variantChanged.emit(line.line_id, s, ""))
        self.colour_combo.currentTextChanged.connect(lambda c: self.variantChanged.emit(line.line_id, "", c))
        grid.addWidget(self.size_combo, 1, 0)
        grid.addWidget(self.colour_combo, 1, 1)
        quantity = QHBoxLayout()
        self.minus = _button("−", name="QuantityMinus")
        self.plus = _button("+", name="QuantityPlus")
        for b in (self.minus, self.plus):
            b.setFixedWidth(48)
        self.quantity_label = _label(str(line.quantity), wrap=False)
        self.quantity_label.setObjectName("BasketQuantity")
        self.quantity_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.quantity_label.setMinimumWidth(36)
        self.minus.clicked.connect(lambda: self.quantityChanged.emit(line.line_id, line.quantity - 1))
        self.plus.clicked.connect(lambda: self.quantityChanged.emit(line.line_id, line.quantity + 1))
        quantity.addWidget(self.minus)
        quantity.addWidget(self.quantity_label)
        quantity.addWidget(self.plus)
        grid.addLayout(quantity, 1, 2)
        price = format_money(line.line_total)
        if line.promotion:
            price += f"  ({line.promotion})"
        self.price_label = _label(price, wrap=False)
        self.price_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.price_label, 1, 3)
        self.remove = _button(self.tr("Remove"), name="BasketRemove")
        self.remove.clicked.connect(lambda: self.removeRequested.emit(line.line_id))
        grid.addWidget(self.remove, 1, 4)
        grid.setColumnStretch(3, 1)


class BasketPage(_Page):
    """Signals name what the associate asked for; the area does it and calls `show_basket` again."""

    productSearchChanged = Signal(str)
    productSearchSubmitted = Signal(str)
    productChosen = Signal(str)  # sku
    customerSearchChanged = Signal(str)
    customerChosen = Signal(str)
    customerDetached = Signal()
    cartTakeoverRequested = Signal()
    recommendationChosen = Signal(str)  # sku
    quantityChanged = Signal(str, int)
    variantChanged = Signal(str, str, str)
    removeRequested = Signal(str)
    clearRequested = Signal()
    sourcingRequested = Signal()
    ordersRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("BasketPage")
        self.orders_button = _button("", name="StoreOrdersButton")
        self.orders_button.clicked.connect(self.ordersRequested)
        self.header.addWidget(self.orders_button)

        # the customer
        customer_box = QFrame()
        customer_box.setObjectName("BasketCustomer")
        customer = QVBoxLayout(customer_box)
        row = QHBoxLayout()
        self.customer_label = _label("", "subtitle")
        self.customer_label.setObjectName("BasketCustomerName")
        self.detach_button = _button("", name="DetachCustomer")
        self.detach_button.clicked.connect(self.customerDetached)
        row.addWidget(self.customer_label, 1)
        row.addWidget(self.detach_button)
        customer.addLayout(row)
        self.customer_search = QLineEdit()
        self.customer_search.setObjectName("BasketCustomerSearch")
        self.customer_search.setMinimumHeight(48)
        self.customer_search.textChanged.connect(self.customerSearchChanged)
        customer.addWidget(self.customer_search)
        self.customer_results = QListWidget()
        self.customer_results.setObjectName("BasketCustomerResults")
        self.customer_results.setMaximumHeight(170)
        self.customer_results.hide()
        self.customer_results.itemClicked.connect(
            lambda item: self.customerChosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        customer.addWidget(self.customer_results)
        cart_row = QHBoxLayout()
        self.cart_label = _label("", "hint")
        self.cart_button = _button("", "primary", "TakeOverCartToBasket")
        self.cart_button.clicked.connect(self.cartTakeoverRequested)
        cart_row.addWidget(self.cart_label, 1)
        cart_row.addWidget(self.cart_button)
        self.cart_row = QWidget()
        self.cart_row.setLayout(cart_row)
        self.cart_row.hide()
        customer.addWidget(self.cart_row)
        self.recommendations = QWidget()
        self.recommendations_layout = QHBoxLayout(self.recommendations)
        self.recommendations_layout.setContentsMargins(0, 0, 0, 0)
        self.recommendations.hide()
        customer.addWidget(self.recommendations)
        self.root.addWidget(customer_box)

        # adding products
        self.product_search = QLineEdit()
        self.product_search.setObjectName("BasketProductSearch")
        self.product_search.setMinimumHeight(48)
        self.product_search.textChanged.connect(self.productSearchChanged)
        self.product_search.returnPressed.connect(lambda: self.productSearchSubmitted.emit(self.product_search.text()))
        self.root.addWidget(self.product_search)
        self.product_results = QListWidget()
        self.product_results.setObjectName("BasketProductResults")
        self.product_results.setMaximumHeight(220)
        self.product_results.hide()
        self.product_results.itemClicked.connect(
            lambda item: self.productChosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.root.addWidget(self.product_results)

        # the lines
        self.lines_widget = QWidget()
        self.lines_layout = QVBoxLayout(self.lines_widget)
        self.lines_layout.setContentsMargins(0, 0, 0, 0)
        self.lines_layout.addStretch(1)
        self.root.addWidget(_scroll(self.lines_widget), 1)
        self.empty_label = _label("", "hint")
        self.root.addWidget(self.empty_label)

        footer = QHBoxLayout()
        self.total_label = _label("", "subtitle", wrap=False)
        self.total_label.setObjectName("BasketTotal")
        self.clear_button = _button("", name="ClearBasket")
        self.clear_button.clicked.connect(self.clearRequested)
        self.next_button = _button("", "primary", "ChooseSourcing")
        self.next_button.clicked.connect(self.sourcingRequested)
        footer.addWidget(self.total_label, 1)
        footer.addWidget(self.clear_button)
        footer.addWidget(self.next_button)
        self.root.addLayout(footer)
        self.rows: list[BasketLineRow] = []
        self.basket = Basket()
        self.retranslate()
        self.show_basket(Basket(), {})

    def retranslate(self) -> None:
        self.title.setText(self.tr("Basket"))
        self.orders_button.setText(self.tr("Store orders"))
        self.detach_button.setText(self.tr("Remove customer"))
        self.customer_search.setPlaceholderText(self.tr("Attach a customer: name, phone, email or card"))
        self.product_search.setPlaceholderText(self.tr("Scan or search a product: name, reference, barcode"))
        self.cart_button.setText(self.tr("Take over the online cart"))
        self.clear_button.setText(self.tr("Empty the basket"))
        self.next_button.setText(self.tr("Choose where it comes from"))
        self.empty_label.setText(self.tr("Scan a product, search for one, or order it from the stock page."))

    def show_basket(self, basket: Basket, products: dict[str, Product]) -> None:
        self.basket = basket
        if basket.customer_name:
            self.customer_label.setText(self.tr("For %1").replace("%1", basket.customer_name))
        else:
            self.customer_label.setText(self.tr("No customer attached"))
        self.detach_button.setVisible(basket.customer_id is not None)
        self.customer_search.setVisible(basket.customer_id is None)
        if basket.customer_id is not None:
            self.customer_results.hide()
        _clear(self.lines_layout)
        self.rows = []
        for line in basket.lines:
            row = BasketLineRow(line, products.get(line.style_id))
            row.quantityChanged.connect(self.quantityChanged)
            row.variantChanged.connect(self.variantChanged)
            row.removeRequested.connect(self.removeRequested)
            self.lines_layout.addWidget(row)
            self.rows.append(row)
        self.lines_layout.addStretch(1)
        self.empty_label.setVisible(basket.is_empty)
        count = basket.item_count
        self.total_label.setText(self.tr("%n item(s) · %1", "", count).replace("%1", format_money(basket.subtotal)))
        self.next_button.setEnabled(not basket.is_empty)
        self.clear_button.setEnabled(not basket.is_empty or basket.customer_id is not None)

    def show_cart_offer(self, item_count: int | None) -> None:
        """The attached customer's live online cart (None: none, or already taken over)."""
        self.cart_row.setVisible(item_count is not None)
        if item_count is not None:
            self.cart_label.setText(self.tr("Their online cart has %n item(s).", "", item_count))

    def show_recommendations(self, items: list[tuple[str, str]]) -> None:
        """(sku, label) suggestions for the attached customer, each a button that adds it."""
        _clear(self.recommendations_layout)
        if items:
            self.recommendations_layout.addWidget(_label(self.tr("Suggested:"), "hint", wrap=False))
        for sku, text in items[:3]:
            button = _button(text, name="Recommendation")
            button.clicked.connect(lambda _=False, s=sku: self.recommendationChosen.emit(s))
            self.recommendations_layout.addWidget(button)
        self.recommendations_layout.addStretch(1)
        self.recommendations.setVisible(bool(items))

    def show_customer_results(self, hits: list[tuple[str, str]]) -> None:
        self.customer_results.clear()
        for customer_id, text in hits:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, customer_id)
            item.setSizeHint(QSize(100, 48))
            self.customer_results.addItem(item)
        self.customer_results.setVisible(bool(hits))

    def show_product_results(self, hits: list[tuple[str, str]]) -> None:
        self.product_results.clear()
        for sku, text in hits:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, sku)
            item.setSizeHint(QSize(100, 48))
            self.product_results.addItem(item)
        self.product_results.setVisible(bool(hits))


# --- sourcing -----------------------------------------------------------------------------------------

class SourcingPage(_Page):
    optionChosen = Signal(str, object)  # line_id, SourcingOption
    removeRequested = Signal(str)
    backRequested = Signal()
    continueRequested = Signal()
    retryRequested = Signal()

    MAX_OPTIONS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("SourcingPage")
        self.offline_label = _label("", "hint")
        self.offline_label.setObjectName("SourcingOffline")
        self.offline_label.hide()
        self.root.addWidget(self.offline_label)
        self.loading_label = _label("", "hint")
        self.root.addWidget(self.loading_label)
        self.retry_button = _button("", name="SourcingRetry")
        self.retry_button.clicked.connect(self.retryRequested)
        self.retry_button.hide()
        self.root.addWidget(self.retry_button)
        self.lines_widget = QWidget()
        self.lines_layout = QVBoxLayout(self.lines_widget)
        self.lines_layout.setContentsMargins(0, 0, 0, 0)
        self.root.addWidget(_scroll(self.lines_widget), 1)
        footer = QHBoxLayout()
        self.back_button = _button("", name="SourcingBack")
        self.back_button.clicked.connect(self.backRequested)
        self.total_label = _label("", "subtitle", wrap=False)
        self.next_button = _button("", "primary", "SourcingContinue")
        self.next_button.clicked.connect(self.continueRequested)
        footer.addWidget(self.back_button)
        footer.addWidget(self.total_label, 1)
        footer.addWidget(self.next_button)
        self.root.addLayout(footer)
        self.groups: dict[str, QButtonGroup] = {}
        self.option_buttons: dict[str, list[tuple[QRadioButton, SourcingOption]]] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Where it comes from"))
        self.offline_label.setText(self.tr(
            "Offline: these options are estimated from the last known stock. "
            "Stock will be confirmed when back online."))
        self.loading_label.setText(self.tr("Asking the network for stock, dates and costs…"))
        self.retry_button.setText(self.tr("Try again"))
        self.back_button.setText(self.tr("Back to the basket"))
        self.next_button.setText(self.tr("Delivery and payment"))

    def set_loading(self) -> None:
        self.show_error("")
        self.retry_button.hide()
        self.loading_label.show()
        self.next_button.setEnabled(False)

    def show_failure(self, text: str) -> None:
        self.loading_label.hide()
        self.show_error(text)
        self.retry_button.show()

    def show_plan(self, plan: Any) -> None:
        """A clienteling.services.endless_aisle.SourcingPlan."""
        self.loading_label.hide()
        self.retry_button.hide()
        self.show_error("")
        self.offline_label.setVisible(not plan.confirmed)
        _clear(self.lines_layout)
        self.groups, self.option_buttons = {}, {}
        for sourcing in plan.lines:
            line = plan.basket.line(sourcing.line_id)
            box = QFrame()
            box.setObjectName("SourcingLine")
            column = QVBoxLayout(box)
            column.addWidget(_label(self.tr("<b>%1</b> · %2 / %3 · × %4").replace("%1", line.name)
                                    .replace("%2", line.size).replace("%3", line.colour)
                                    .replace("%4", str(line.quantity))))
            group = QButtonGroup(box)
            buttons = []
            for option in sourcing.options[:self.MAX_OPTIONS]:
                radio = QRadioButton(option_text(option))
                radio.setMinimumHeight(44)
                radio.setChecked(sourcing.chosen is not None and sourcing.chosen.same_source(option))
                radio.toggled.connect(lambda on, lid=sourcing.line_id, o=option: on and self.optionChosen.emit(lid, o))
                group.addButton(radio)
                column.addWidget(radio)
                buttons.append((radio, option))
            if not sourcing.options:
                column.addWidget(_label(self.tr("No store or warehouse has enough of this one. "
                                                "Lower the quantity or remove it from the basket."), "error"))
                remove = _button(self.tr("Remove it"), name="SourcingRemove")
                remove.clicked.connect(lambda _=False, lid=sourcing.line_id: self.removeRequested.emit(lid))
                column.addWidget(remove)
            self.groups[sourcing.line_id] = group
            self.option_buttons[sourcing.line_id] = buttons
            self.lines_layout.addWidget(box)
        self.lines_layout.addStretch(1)
        self.set_total(plan.basket, plan.complete)

    def set_total(self, basket: Basket, complete: bool) -> None:
        self.total_label.setText(self.tr("Total %1 (delivery %2)").replace("%1", format_money(basket.total))
                                 .replace("%2", format_money(basket.shipping)))
        self.next_button.setEnabled(complete)


# --- fulfilment and payment -------------------------------------------------------------------------------

class CheckoutPage(_Page):
    backRequested = Signal()
    placeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("CheckoutPage")
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        self.fulfilment_title = _label("", "subtitle")
        column.addWidget(self.fulfilment_title)
        self.fulfilment_hint = _label("", "hint")
        self.fulfilment_hint.setObjectName("FulfilmentHint")
        column.addWidget(self.fulfilment_hint)
        self._options = ANY_FULFILMENT
        self.delivery_radio, self.pickup_radio = QRadioButton(), QRadioButton()
        self.fulfilment_group = QButtonGroup(self)
        for radio in (self.delivery_radio, self.pickup_radio):
            radio.setMinimumHeight(44)
            self.fulfilment_group.addButton(radio)
        self.address = QWidget()
        form = QGridLayout(self.address)
        self.name_edit, self.street_edit, self.postcode_edit, self.city_edit, self.country_edit = (
            QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit())
        for i, edit in enumerate((self.name_edit, self.street_edit, self.postcode_edit, self.city_edit,
                                  self.country_edit)):
            edit.setMinimumHeight(44)
            form.addWidget(edit, i // 2, i % 2)
        self.country_edit.setMaxLength(2)
        self.store_combo = QComboBox()
        self.store_combo.setMinimumHeight(44)
        column.addWidget(self.delivery_radio)
        column.addWidget(self.address)
        column.addWidget(self.pickup_radio)
        column.addWidget(self.store_combo)

        self.payment_title = _label("", "subtitle")
        column.addWidget(self.payment_title)
        self.in_store_radio, self.link_radio = QRadioButton(), QRadioButton()
        self.payment_group = QButtonGroup(self)
        for radio in (self.in_store_radio, self.link_radio):
            radio.setMinimumHeight(44)
            self.payment_group.addButton(radio)
        self.till_edit = QLineEdit()
        self.till_edit.setObjectName("TillReference")
        self.till_edit.setMinimumHeight(44)
        self.till_edit.setMaxLength(64)
        self.channel_combo = QComboBox()
        self.channel_combo.setMinimumHeight(44)
        self.link_hint = _label("", "hint")
        column.addWidget(self.in_store_radio)
        column.addWidget(self.till_edit)
        column.addWidget(self.link_radio)
        column.addWidget(self.channel_combo)
        column.addWidget(self.link_hint)
        column.addStretch(1)
        self.root.addWidget(_scroll(inner), 1)
        footer = QHBoxLayout()
        self.back_button = _button("", name="CheckoutBack")
        self.back_button.clicked.connect(self.backRequested)
        self.total_label = _label("", "subtitle", wrap=False)
        self.place_button = _button("", "primary", "PlaceOrder")
        self.place_button.clicked.connect(self.placeRequested)
        footer.addWidget(self.back_button)
        footer.addWidget(self.total_label, 1)
        footer.addWidget(self.place_button)
        self.root.addLayout(footer)
        for radio in (self.delivery_radio, self.pickup_radio, self.in_store_radio, self.link_radio):
            radio.toggled.connect(self._sync_enabled)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Delivery and payment"))
        self.fulfilment_title.setText(self.tr("How the customer gets it"))
        self.delivery_radio.setText(self.tr("Home delivery"))
        self.pickup_radio.setText(self.tr("Pickup at a store"))
        for edit, text in ((self.name_edit, self.tr("Name")), (self.street_edit, self.tr("Street and number")),
                           (self.postcode_edit, self.tr("Postcode")), (self.city_edit, self.tr("City")),
                           (self.country_edit, self.tr("Country (FR, IT…)"))):
            edit.setPlaceholderText(text)
        self.payment_title.setText(self.tr("Payment"))
        self.in_store_radio.setText(self.tr("Paid here at the till"))
        self.till_edit.setPlaceholderText(self.tr("Till receipt reference"))
        self.link_radio.setText(self.tr("Send the customer a payment link"))
        self.link_hint.setText(self.tr("A payment link is a service message about this order: it is sent even "
                                       "without marketing consent."))
        self.back_button.setText(self.tr("Back"))
        self.place_button.setText(self.tr("Place the order"))
        self._show_hint()

    def _show_hint(self) -> None:
        """Why a way of getting the items is not offered (the lines' sourcing decides it)."""
        if not self._options.possible:
            text = self.tr("These items are to be collected in different stores: go back and change where some "
                           "of them come from.")
        elif not self._options.delivery:
            text = self.tr("Home delivery is not possible: some items are collected in a store.")
        else:
            text = ""
        self.fulfilment_hint.setText(text)
        self.fulfilment_hint.setVisible(bool(text))

    def _sync_enabled(self) -> None:
        self.address.setEnabled(self.delivery_radio.isChecked())
        self.store_combo.setEnabled(self.pickup_radio.isChecked())
        self.till_edit.setEnabled(self.in_store_radio.isChecked())
        self.channel_combo.setEnabled(self.link_radio.isChecked())

    def prepare(self, basket: Basket, address: Address | None, stores: list[tuple[str, str]],
                channels: tuple[str, ...], options: FulfilmentOptions | None = None) -> None:
        """Fill the form from the basket (what was chosen before), else from the profile's address.

        Only the ways the lines can reach the customer are offered (`options`, from their sourcing).
        """
        self.show_error("")
        self._options = options or ANY_FULFILMENT
        self.store_combo.clear()
        for store_id, name in stores:
            if self._options.pickup_stores is None or store_id in self._options.pickup_stores:
                self.store_combo.addItem(name, store_id)
        if basket.pickup_store_id:
            self.store_combo.setCurrentIndex(max(0, self.store_combo.findData(basket.pickup_store_id)))
        shown = basket.delivery_address or address
        for edit, value in ((self.name_edit, shown.name if shown else basket.customer_name or ""),
                            (self.street_edit, shown.street if shown else ""),
                            (self.postcode_edit, shown.postcode if shown else ""),
                            (self.city_edit, shown.city if shown else ""),
                            (self.country_edit, shown.country if shown else "")):
            edit.setText(value)
        self.delivery_radio.setEnabled(self._options.delivery)
        self.pickup_radio.setEnabled(self.store_combo.count() > 0)
        delivery = self._options.delivery and (basket.fulfilment == Fulfilment.DELIVERY or not self.store_combo.count())
        (self.delivery_radio if delivery else self.pickup_radio).setChecked(True)
        self._show_hint()
        self.channel_combo.clear()
        for channel in channels:
            self.channel_combo.addItem(self.tr("By email") if channel == "email" else self.tr("By SMS"), channel)
        self.link_radio.setEnabled(bool(channels))
        link = basket.payment is not None and basket.payment.mode == PaymentMode.PAYMENT_LINK and bool(channels)
        (self.link_radio if link else self.in_store_radio).setChecked(True)
        self.till_edit.setText(basket.payment.till_reference or "" if basket.payment else "")
        self.total_label.setText(self.tr("Total %1").replace("%1", format_money(basket.total)))
        self.place_button.setEnabled(self._options.possible)
        self._sync_enabled()

    def choices(self) -> tuple[Fulfilment, Address | None, str | None, Payment]:
        """What was entered; ValueError (with the words to show) when something is missing."""
        if self.delivery_radio.isChecked():
            try:
                address = Address(name=self.name_edit.text().strip(), street=self.street_edit.text().strip(),
                                  postcode=self.postcode_edit.text().strip(), city=self.city_edit.text().strip(),
                                  country=self.country_edit.text().strip().upper())
            except ValueError:
                raise ValueError(self.tr("Complete the delivery address: name, street, postcode, city and the "
                                         "two-letter country.")) from None
            fulfilment, store_id = Fulfilment.DELIVERY, None
        else:
            address, fulfilment, store_id = None, Fulfilment.PICKUP, self.store_combo.currentData()
            if not store_id:
                raise ValueError(self.tr("Choose the store where the customer will collect it."))
        if self.in_store_radio.isChecked():
            till = self.till_edit.text().strip()
            if not till:
                raise ValueError(self.tr("Type the till receipt's reference of the payment."))
            payment = Payment(mode=PaymentMode.IN_STORE, till_reference=till)
        else:
            channel = self.channel_combo.currentData()
            if not channel:
                raise ValueError(self.tr("The customer has no email or phone number for a payment link."))
            payment = Payment(mode=PaymentMode.PAYMENT_LINK, link_channel=channel)
        return fulfilment, address, store_id, payment

    def set_busy(self, busy: bool) -> None:
        self.place_button.setEnabled(not busy and self._options.possible)


# --- confirmation ---------------------------------------------------------------------------------------------

class ConfirmationPage(_Page):
    newBasketRequested = Signal()
    ordersRequested = Signal()
    resolveRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("ConfirmationPage")
        body = QHBoxLayout()
        left = QVBoxLayout()
        self.number_label = _label("", "title")
        self.number_label.setObjectName("OrderNumber")
        self.state_label = _label("", "subtitle")
        self.state_label.setObjectName("OrderSyncState")
        self.summary_label = _label("")
        self.summary_label.setObjectName("OrderSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        left.addWidget(self.number_label)
        left.addWidget(self.state_label)
        left.addWidget(self.summary_label)
        self.resolve_button = _button("", "primary", "ResolveRefused")
        self.resolve_button.hide()
        left.addWidget(self.resolve_button)
        left.addStretch(1)
        body.addLayout(left, 1)
        right = QVBoxLayout()
        self.qr_label = QLabel()
        self.qr_label.setObjectName("OrderQr")
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_hint = _label("", "hint")
        self.qr_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.qr_label)
        right.addWidget(self.qr_hint)
        right.addStretch(1)
        body.addLayout(right)
        self.root.addLayout(body, 1)
        footer = QHBoxLayout()
        self.orders_button = _button("", name="ConfirmationOrders")
        self.orders_button.clicked.connect(self.ordersRequested)
        self.new_button = _button("", "primary", "NewBasket")
        self.new_button.clicked.connect(self.newBasketRequested)
        footer.addStretch(1)
        footer.addWidget(self.orders_button)
        footer.addWidget(self.new_button)
        self.root.addLayout(footer)
        self._seq: int | None = None
        self.resolve_button.clicked.connect(lambda: self._seq is not None and self.resolveRequested.emit(self._seq))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Order"))
        self.qr_hint.setText(self.tr("The customer can photograph this code to keep the order."))
        self.orders_button.setText(self.tr("Store orders"))
        self.new_button.setText(self.tr("New basket"))
        self.resolve_button.setText(self.tr("Choose another source"))

    def show_order(self, view: Any, places: dict[str, str], qr_payload: str, pending_age: str = "") -> None:
        """An endless_aisle.OrderView: the server's order, or the optimistic one while it waits to sync."""
        order: EndlessAisleOrder = view.order
        self._seq = view.refused.seq if view.refused else None
        self.resolve_button.setVisible(view.refused is not None)
        if view.refused is not None:
            self.title.setText(self.tr("Order refused"))
            self.number_label.setText(self.tr("Not placed"))
            self.state_label.setText(self.tr("Stock changed before this order reached the server."))
            state = "conflict"
        elif view.pending:
            self.title.setText(self.tr("Order queued"))
            self.number_label.setText(self.tr("Number given when the store is back online"))
            text = self.tr("Waiting to sync: stock will be confirmed when back online.")
            self.state_label.setText(f"{text} {pending_age}".strip())
            state = "pending"
        else:
            self.title.setText(self.tr("Order placed"))
            self.number_label.setText(self.tr("Order %1").replace("%1", order.number))
            self.state_label.setText(status_text(order.status))
            state = "done"
        set_style_state(self.state_label, "state", state)
        rows = []
        for line in order.lines:
            place = places.get(line.source_location_id, line.source_location_id)
            rows.append(self.tr("%1 × %2 — %3, %4 — by %5").replace("%1", str(line.quantity))
                        .replace("%2", line.name).replace("%3", method_text(line.method)).replace("%4", place)
                        .replace("%5", date_text(line.promise_date)))
        if order.fulfilment == Fulfilment.DELIVERY and order.delivery_address:
            a = order.delivery_address
            rows.append(self.tr("Delivered to %1, %2 %3").replace("%1", a.street).replace("%2", a.postcode)
                        .replace("%3", a.city))
        elif order.pickup_store_id:
            rows.append(self.tr("Collected at %1").replace("%1", places.get(order.pickup_store_id,
                                                                            order.pickup_store_id)))
        if order.payment.mode == PaymentMode.IN_STORE:
            rows.append(self.tr("Paid in store (till %1)").replace("%1", order.payment.till_reference or ""))
        else:
            rows.append(self.tr("Payment link sent by %1").replace(
                "%1", self.tr("email") if order.payment.link_channel == "email" else self.tr("SMS")))
        if view.refused is None:
            rows.append(self.tr("<b>Total %1</b> (delivery %2)").replace("%1", format_money(order.total))
                        .replace("%2", format_money(order.shipping)))
        self.summary_label.setText("<br>".join(rows))
        self.qr_label.setPixmap(qr_pixmap(qr_payload) if view.refused is None else QPixmap())
        self.qr_label.setVisible(view.refused is None)
        self.qr_hint.setVisible(view.refused is None)


# --- the store's orders and refused orders ------------------------------------------------------------------

class OrdersPage(_Page):
    filterChanged = Signal()
    orderActivated = Signal(str)  # client order id
    conflictActivated = Signal(int)
    backRequested = Signal()
    retryRequested = Signal()

    def __init__(self, model: Any, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("OrdersPage")
        self.back_button = _button("", name="OrdersBack")
        self.back_button.clicked.connect(self.backRequested)
        self.header.insertWidget(0, self.back_button)
        self.conflicts_box = QFrame()
        self.conflicts_box.setObjectName("OrderConflicts")
        self.conflicts_layout = QVBoxLayout(self.conflicts_box)
        self.conflicts_box.hide()
        self.root.addWidget(self.conflicts_box)
        filters = QHBoxLayout()
        self.associate_combo, self.status_combo = QComboBox(), QComboBox()
        for combo in (self.associate_combo, self.status_combo):
            combo.setMinimumHeight(44)
            combo.currentIndexChanged.connect(lambda _i: self.filterChanged.emit())
            filters.addWidget(combo, 1)
        self.root.addLayout(filters)
        self.list = QListView()
        self.list.setObjectName("StoreOrdersList")
        self.list.setModel(model)
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(True)
        enable_kinetic_scrolling(self.list)
        self.list.clicked.connect(lambda index: self.orderActivated.emit(
            index.data(model.RowRole).order.client_order_id))
        self.root.addWidget(self.list, 1)
        self.empty_label = _label("", "hint")
        self.root.addWidget(self.empty_label)
        self.retry_button = _button("", name="OrdersRetry")
        self.retry_button.clicked.connect(self.retryRequested)
        self.retry_button.hide()
        self.root.addWidget(self.retry_button)
        self._associates: list[tuple[str, str]] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Store orders"))
        self.back_button.setText(self.tr("Basket"))
        self.empty_label.setText(self.tr("No endless-aisle order matches."))
        self.retry_button.setText(self.tr("Try again"))
        self.set_filters(self._associates if hasattr(self, "_associates") else [])

    def set_filters(self, associates: list[tuple[str, str]], me: str | None = None) -> None:
        self._associates = associates
        current_a, current_s = self.associate_combo.currentData(), self.status_combo.currentData()
        for combo in (self.associate_combo, self.status_combo):
            combo.blockSignals(True)
            combo.clear()
        self.associate_combo.addItem(self.tr("Everyone"), None)
        for associate_id, name in associates:
            self.associate_combo.addItem(name, associate_id)
        self.status_combo.addItem(self.tr("Every status"), None)
        for status in OrderStatus:
            self.status_combo.addItem(status_text(status), status.value)
        self.associate_combo.setCurrentIndex(max(0, self.associate_combo.findData(current_a)))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(current_s)))
        for combo in (self.associate_combo, self.status_combo):
            combo.blockSignals(False)

    def associate_filter(self) -> str | None:
        return self.associate_combo.currentData()

    def status_filter(self) -> str | None:
        return self.status_combo.currentData()

    def show_conflicts(self, items: list[tuple[int, str]]) -> None:
        _clear(self.conflicts_layout)
        if items:
            self.conflicts_layout.addWidget(_label(self.tr("%n refused order(s) need you", "", len(items)),
                                                   "subtitle"))
        for seq, text in items:
            button = _button(text, name="OrderConflict")
            button.clicked.connect(lambda _=False, s=seq: self.conflictActivated.emit(s))
            self.conflicts_layout.addWidget(button)
        self.conflicts_box.setVisible(bool(items))

    def show_loaded(self, rows: int) -> None:
        self.show_error("")
        self.retry_button.hide()
        self.empty_label.setVisible(rows == 0)

    def show_failure(self, text: str) -> None:
        self.show_error(text)
        self.retry_button.show()


class ConflictPage(_Page):
    """A refused order in plain words, and the backend's alternatives to retry with."""

    retryRequested = Signal(int, dict)  # seq, sku -> SourcingOption
    cancelRequested = Signal(int)
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("ConflictPage")
        self.explanation = QWidget()
        self.explanation_layout = QVBoxLayout(self.explanation)
        self.explanation_layout.setContentsMargins(0, 0, 0, 0)
        self.root.addWidget(self.explanation)
        self.options_widget = QWidget()
        self.options_layout = QVBoxLayout(self.options_widget)
        self.options_layout.setContentsMargins(0, 0, 0, 0)
        self.root.addWidget(_scroll(self.options_widget), 1)
        footer = QHBoxLayout()
        self.back_button = _button("", name="ConflictBack")
        self.back_button.clicked.connect(self.backRequested)
        self.cancel_button = _button("", name="CancelRefused")
        self.cancel_button.clicked.connect(lambda: self._seq is not None and self.cancelRequested.emit(self._seq))
        self.retry_button = _button("", "primary", "RetryAlternative")
        self.retry_button.clicked.connect(self._retry)
        footer.addWidget(self.back_button)
        footer.addStretch(1)
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.retry_button)
        self.root.addLayout(footer)
        self._seq: int | None = None
        self.choices: dict[str, list[tuple[QRadioButton, SourcingOption]]] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Refused order"))
        self.back_button.setText(self.tr("Back"))
        self.cancel_button.setText(self.tr("Cancel the order"))
        self.retry_button.setText(self.tr("Retry with this alternative"))

    def show_conflict(self, conflict: Any, words: list[str], names: dict[str, str]) -> None:
        self._seq = conflict.seq
        self.show_error("")
        _clear(self.explanation_layout)
        for i, text in enumerate(words):
            self.explanation_layout.addWidget(_label(text, "subtitle" if i == 0 else None))
        _clear(self.options_layout)
        self.choices = {}
        for item in conflict.unavailable:
            self.options_layout.addWidget(_label(self.tr("<b>%1</b>: instead, from").replace(
                "%1", names.get(item.sku, item.sku))))
            group = QButtonGroup(self.options_widget)
            buttons = []
            for j, option in enumerate(item.alternatives[:6]):
                radio = QRadioButton(option_text(option))
                radio.setMinimumHeight(44)
                radio.setChecked(j == 0)
                group.addButton(radio)
                self.options_layout.addWidget(radio)
                buttons.append((radio, option))
            if not buttons:
                self.options_layout.addWidget(_label(self.tr("Nowhere else has it now."), "error"))
            self.choices[item.sku] = buttons
        self.options_layout.addStretch(1)
        self.retry_button.setEnabled(bool(conflict.unavailable) and all(self.choices.values()))

    def _retry(self) -> None:
        if self._seq is None:
            return
        chosen = {sku: next(o for r, o in buttons if r.isChecked()) for sku, buttons in self.choices.items()
                  if any(r.isChecked() for r, _ in buttons)}
        self.retry_button.setEnabled(False)
        self.retryRequested.emit(self._seq, chosen)
