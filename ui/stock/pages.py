"""The stock area: product search, the product page (variant grid) and the network availability panel.

Everything shown comes from the cache through ``clienteling.services.stock.StockService``; a
variant's figures are shown from the cache at once, then refreshed live from the backend
(which writes them into the cache first). Offline, the last known figures stay, with their age.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QBoxLayout, QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListView, QPushButton, QScrollArea, QSizePolicy, QStackedWidget, QTableView, QVBoxLayout, QWidget,
)

from clienteling import errors
from clienteling.models import Product, StockLevel
from clienteling.models.common import utcnow
from clienteling.services.status import SyncStatus
from clienteling.services.stock import Availability, StockService
from ui.errors import explain_error
from ui.i18n import format_money, format_time
from ui.stock.models import FiguresModel, ProductSearchModel, format_age
from ui.widgets.touch import enable_kinetic_scrolling, set_style_state

log = logging.getLogger(__name__)

Spawn = Callable[[Coroutine[Any, Any, Any]], Any]


def _label(text: str = "", role: str | None = None, name: str | None = None, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    if role:
        label.setProperty("role", role)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


def _ordered(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


# --- search ---------------------------------------------------------------------------------------

class ProductSearchView(QWidget):
    """Type a name, brand, category, reference or barcode; results page in from the cache."""

    productChosen = Signal(object, str)  # Product, sku ("" = let the page choose)
    retryRequested = Signal()

    def __init__(self, service: StockService, spawn: Spawn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StockSearch")
        self.model = ProductSearchModel(service.search, spawn, self)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 12)
        column.setSpacing(12)
        self.title = _label(role="title")
        column.addWidget(self.title)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("StockSearchEdit")
        self.search_edit.setClearButtonEnabled(True)
        column.addWidget(self.search_edit)
        self.error_label = _label(role="error", name="StockSearchError")
        self.error_label.hide()
        self.retry_button = QPushButton()
        self.retry_button.hide()
        errors_row = QHBoxLayout()
        errors_row.addWidget(self.error_label, 1)
        errors_row.addWidget(self.retry_button)
        column.addLayout(errors_row)
        self.hint_label = _label(role="hint", name="StockSearchHint")
        column.addWidget(self.hint_label)
        self.results = QListView()
        self.results.setObjectName("StockResults")
        self.results.setModel(self.model)
        self.results.setUniformItemSizes(True)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        enable_kinetic_scrolling(self.results)
        column.addWidget(self.results, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(180)
        self._debounce.timeout.connect(self._search)
        self.search_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.search_edit.returnPressed.connect(self._search)
        self.results.clicked.connect(lambda index: self.productChosen.emit(self.model.product(index.row()), ""))
        self.model.loaded.connect(self._update_hint)
        self.model.failed.connect(lambda error: self.show_error(explain_error(error)))
        self.retry_button.clicked.connect(self.retryRequested)
        self.retranslate()

    @Slot()
    def _search(self) -> None:
        self._debounce.stop()
        self.clear_error()
        self.model.set_query(self.search_edit.text())

    def _update_hint(self) -> None:
        if not self.model.query:
            self.hint_label.setText(self.tr("Scan a product's barcode, or type a name, brand, category, "
                                            "reference or barcode."))
        elif self.model.rowCount() == 0:
            self.hint_label.setText(self.tr("No product matches “%1”.").replace("%1", self.model.query))
        else:
            self.hint_label.setText("")
        self.hint_label.setVisible(bool(self.hint_label.text()))

    def show_error(self, text: str, retry: bool = False) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.retry_button.setVisible(retry)

    def clear_error(self) -> None:
        self.error_label.hide()
        self.retry_button.hide()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Find a product"))
        self.search_edit.setPlaceholderText(self.tr("Name, brand, category, reference or barcode"))
        self.retry_button.setText(self.tr("Try again"))
        self._update_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# --- product page ---------------------------------------------------------------------------------

class VariantGrid(QWidget):
    """Sizes across, colours down; each cell says how many are available in this store."""

    variantChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VariantGrid")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        self._sizes: dict[str, str] = {}

    def set_product(self, product: Product) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for button in self._group.buttons():
            self._group.removeButton(button)
        self.buttons = {}
        sizes = _ordered([v.size for v in product.variants])
        colours = _ordered([v.colour for v in product.variants])
        for c, size in enumerate(sizes, start=1):
            header = _label(size, name="VariantSize", wrap=False)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._grid.addWidget(header, 0, c)
        for r, colour in enumerate(colours, start=1):
            self._grid.addWidget(_label(colour, name="VariantColour", wrap=False), r, 0)
        for variant in product.variants:
            button = QPushButton()
            button.setObjectName("VariantCell")
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(f"{variant.colour} {variant.size}")
            button.clicked.connect(lambda _checked=False, sku=variant.sku: self.variantChosen.emit(sku))
            self._group.addButton(button)
            self.buttons[variant.sku] = button
            self._sizes[variant.sku] = variant.size
            self._grid.addWidget(button, colours.index(variant.colour) + 1, sizes.index(variant.size) + 1)
            button.ensurePolished()
        self.set_counts({})

    def set_counts(self, here: dict[str, StockLevel | None]) -> None:
        for sku, button in self.buttons.items():
            level = here.get(sku)
            size = self._sizes[sku]
            if level is None and sku not in here:
                button.setText("…")
                continue
            available = level.available if level else 0
            button.setText(str(available))
            button.setToolTip(self.tr("%n available in this store", None, available))
            set_style_state(button, "stock", "in" if available else "out")

    def select(self, sku: str) -> None:
        if sku in self.buttons:
            self.buttons[sku].setChecked(True)


class AvailabilityPanel(QWidget):
    """The chosen variant: here, nearby stores by distance, warehouses, network total, freshness."""

    refreshRequested = Signal()
    orderFromNetworkRequested = Signal()

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AvailabilityPanel")
        self.timezone = timezone
        self.availability: Availability | None = None
        self._checking = False
        self._online = True
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)

        self.title = _label(role="subtitle", name="AvailabilityTitle")
        column.addWidget(self.title)
        top = QHBoxLayout()
        self.freshness = _label(name="StockFreshness")
        top.addWidget(self.freshness, 1)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("StockRefresh")
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)

        self.here_card = QFrame()
        self.here_card.setObjectName("HereCard")
        card = QGridLayout(self.here_card)
        card.setContentsMargins(16, 12, 16, 12)
        self.here_count = _label(name="HereCount", wrap=False)
        self.here_caption = _label(name="HereCaption")
        self.here_detail = _label(role="hint", name="HereDetail")
        self.order_button = QPushButton()
        self.order_button.setObjectName("OrderFromNetwork")
        self.order_button.setProperty("role", "primary")
        card.addWidget(self.here_count, 0, 0, 2, 1)
        card.addWidget(self.here_caption, 0, 1)
        card.addWidget(self.here_detail, 1, 1)
        card.addWidget(self.order_button, 0, 2, 2, 1)
        card.setColumnStretch(1, 1)
        column.addWidget(self.here_card)

        self.stores_title = _label(role="subtitle")
        column.addWidget(self.stores_title)
        self.stores_model = FiguresModel(parent=self)
        self.stores_table = self._table(self.stores_model, "NearbyStores")
        column.addWidget(self.stores_table, 3)
        self.more_stores = _label(role="hint")
        column.addWidget(self.more_stores)
        self.warehouses_title = _label(role="subtitle")
        column.addWidget(self.warehouses_title)
        self.warehouses_model = FiguresModel(show_status=False, parent=self)
        self.warehouses_table = self._table(self.warehouses_model, "Warehouses")
        self.warehouses_table.setMinimumHeight(0)
        self.warehouses_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(self.warehouses_table)
        self.total = _label(name="NetworkTotal")
        column.addWidget(self.total)

        self.refresh_button.clicked.connect(self.refreshRequested)
        self.order_button.clicked.connect(self.orderFromNetworkRequested)
        self.retranslate()

    def _table(self, model: FiguresModel, name: str) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(46)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FiguresModel.STORE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setAlternatingRowColors(True)
        table.setMinimumHeight(46 * 3)
        enable_kinetic_scrolling(table)
        return table

    # --- what is shown ---

    def set_variant_title(self, text: str) -> None:
        self.title.setText(text)

    def show_checking(self) -> None:
        self._checking = True
        self._render_freshness()

    def set_online(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            self._render_freshness()

    def show_availability(self, availability: Availability, *, checking: bool = False) -> None:
        self.availability = availability
        self._checking = checking
        now = utcnow()
        here = availability.here
        self.here_count.setText(str(availability.available_here))
        set_style_state(self.here_count, "stock", "in" if availability.available_here else "out")
        set_style_state(self.here_card, "stock", "in" if availability.available_here else "out")
        if availability.available_here:
            self.here_caption.setText(self.tr("available in this store"))
        else:
            self.here_caption.setText(self.tr("Out of stock in this store"))
        if here is not None:
            self.here_detail.setText(self.tr("On hand %1 · reserved %2 · updated %3")
                                     .replace("%1", str(here.on_hand)).replace("%2", str(here.reserved))
                                     .replace("%3", format_age(here.updated_at, now)))
        else:
            self.here_detail.setText(self.tr("No stock figure for this store."))
        self.order_button.setVisible(availability.available_here == 0)
        self.order_button.setEnabled(availability.network_available > 0)
        self.stores_model.set_figures(availability.stores, now)
        self.warehouses_model.set_figures(availability.warehouses, now)
        self.more_stores.setVisible(self.stores_model.total > self.stores_model.PAGE)
        self.more_stores.setText(self.tr("%n stores in all: scroll for the farther ones.", None,
                                         self.stores_model.total))
        if not availability.stores:
            self.stores_title.setText(self.tr("Nearby stores: no figures"))
        else:
            self.stores_title.setText(self.tr("Nearby stores, nearest first"))
        self.warehouses_title.setVisible(bool(availability.warehouses))
        self.warehouses_table.setVisible(bool(availability.warehouses))
        header = self.warehouses_table.horizontalHeader().sizeHint().height()
        self.warehouses_table.setFixedHeight(header + 46 * len(availability.warehouses) + 4)
        self.total.setText(self.tr("Network total: %n available", None, availability.network_available))
        self._render_freshness()

    def _render_freshness(self) -> None:
        a = self.availability
        state = "live"
        if self._checking:
            text = self.tr("Checking live stock…")
            state = "busy"
        elif a is None:
            text = ""
        elif a.live and self._online:
            text = self.tr("Live figures, checked at %1.").replace(
                "%1", format_time(a.checked_at or utcnow(), self.timezone))
        elif isinstance(a.error, errors.Unreachable) or not self._online:
            state = "stale"
            if a.checked_at is None and not (a.here or a.stores or a.warehouses):
                text = self.tr("Offline: no stock figures for this variant on this tablet yet.")
            else:
                text = self.tr("Offline: last known figures, checked %1. They may have changed.").replace(
                    "%1", format_age(a.checked_at))
        elif a.error is not None:
            state = "stale"
            text = explain_error(a.error) + " " + self.tr("Last known figures, checked %1.").replace(
                "%1", format_age(a.checked_at))
        else:
            text = self.tr("Figures checked %1.").replace("%1", format_age(a.checked_at))
        self.freshness.setText(text)
        set_style_state(self.freshness, "state", state)

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self.order_button.setText(self.tr("Order from the network"))
        self.warehouses_title.setText(self.tr("Warehouses"))
        if self.availability is not None:
            self.show_availability(self.availability, checking=self._checking)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ProductView(QWidget):
    """One style: image, name, price, variant grid; the chosen variant's network availability."""

    backRequested = Signal()

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProductView")
        self.product: Product | None = None
        self.sku: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 12)
        outer.setSpacing(10)
        self.back_button = QPushButton()
        self.back_button.setObjectName("StockBack")
        back_row = QHBoxLayout()
        back_row.addWidget(self.back_button)
        back_row.addStretch(1)
        outer.addLayout(back_row)

        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._body.setSpacing(24)
        outer.addLayout(self._body, 1)

        left = QWidget()
        left.setObjectName("ProductInfo")
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.setSpacing(8)
        head = QHBoxLayout()
        self.image = _label(name="ProductImage", wrap=False)
        self.image.setFixedSize(120, 120)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        head.addWidget(self.image, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        self.name = _label(role="title", name="ProductName")
        self.brand = _label(role="subtitle", name="ProductBrand")
        self.price = _label(name="ProductPrice", wrap=False)
        self.variant_detail = _label(role="hint", name="VariantDetail")
        for widget in (self.name, self.brand, self.price, self.variant_detail):
            names.addWidget(widget)
        names.addStretch(1)
        head.addLayout(names, 1)
        left_column.addLayout(head)
        self.grid_legend = _label(role="hint", name="VariantLegend")
        left_column.addWidget(self.grid_legend)
        self.grid = VariantGrid()
        grid_scroll = QScrollArea()
        grid_scroll.setObjectName("VariantGridScroll")
        grid_scroll.setWidgetResizable(True)
        grid_scroll.setFrameShape(QFrame.Shape.NoFrame)
        grid_scroll.setWidget(self.grid)
        enable_kinetic_scrolling(grid_scroll)
        left_column.addWidget(grid_scroll, 1)
        self.grid_scroll = grid_scroll
        self.info = left
        self.panel = AvailabilityPanel(timezone)
        self._body.addWidget(left, 2)
        self._body.addWidget(self.panel, 3)

        self.back_button.clicked.connect(self.backRequested)
        self.retranslate()

    def set_product(self, product: Product) -> None:
        self.product = product
        self.name.setText(product.name)
        self.brand.setText(f"{product.brand} · {product.category}")
        self.image.setText(product.category[:1].upper())
        self.image.setToolTip(self.tr("No photo on this tablet"))
        self.grid.set_product(product)
        rows = len({v.colour for v in product.variants})
        self.grid_scroll.setMinimumHeight(min(6 + 40 + rows * 60, 320))  # the whole grid when it fits

    def select(self, sku: str) -> None:
        assert self.product is not None
        variant = self.product.variant(sku)
        if variant is None:
            return
        self.sku = sku
        self.grid.select(sku)
        self.price.setText(format_money(variant.price))
        self.variant_detail.setText(self.tr("%1 · size %2\nref. %3 · EAN %4").replace("%1", variant.colour)
                                    .replace("%2", variant.size).replace("%3", variant.sku)
                                    .replace("%4", variant.gtin))
        self.panel.set_variant_title(self.tr("Availability: %1, size %2").replace("%1", variant.colour)
                                     .replace("%2", variant.size))

    def resizeEvent(self, event: QResizeEvent) -> None:
        narrow = event.size().width() < 980
        self._body.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)
        self._body.setStretch(0, 2 if narrow else 2)
        self._body.setStretch(1, 5 if narrow else 3)
        super().resizeEvent(event)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Search"))
        self.grid_legend.setText(self.tr("Available in this store, by colour and size:"))
        if self.product is not None and self.sku is not None:
            self.select(self.sku)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# --- the page --------------------------------------------------------------------------------------

class StockPage(QWidget):
    """The "stock" section: search, then a product; scans open the scanned variant directly.

    ``orderFromNetworkRequested(sku)``: a variant out of stock here, to be ordered through the
    endless-aisle flow. ``availabilityShown(sku)``: live (or last known) figures are on screen.
    """

    orderFromNetworkRequested = Signal(str)
    availabilityShown = Signal(str)
    _statusArrived = Signal(object)
    _stockEvent = Signal(str)

    def __init__(self, service: StockService, spawn: Spawn, *, status_hub: Any = None, events: Any = None,
                 timezone: str = "Europe/Paris", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StockPage")
        self.service = service
        self._spawn = spawn
        self._generation = 0
        self._last_pull = None
        self.stack = QStackedWidget()
        self.search = ProductSearchView(service, spawn)
        self.product_view = ProductView(timezone)
        self.stack.addWidget(self.search)
        self.stack.addWidget(self.product_view)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stack)

        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(250)
        self._live_timer.timeout.connect(self.refresh_live)

        self.search.productChosen.connect(self.open_product)
        self.search.retryRequested.connect(self._retry)
        self.product_view.backRequested.connect(self.show_search)
        self.product_view.grid.variantChosen.connect(self.choose_variant)
        self.product_view.panel.refreshRequested.connect(self.refresh_live)
        self.product_view.panel.orderFromNetworkRequested.connect(self._order_from_network)
        self._statusArrived.connect(self._on_status)
        self._stockEvent.connect(self._on_stock_event)
        self._unsubscribe: list[Callable[[], None]] = []
        if status_hub is not None:
            self._unsubscribe.append(status_hub.subscribe(self._statusArrived.emit))
        if events is not None:
            self._unsubscribe.append(events.subscribe(self._on_event))
        self._retry_action: Callable[[], None] | None = None
        self.destroyed.connect(self._detach)

    def _detach(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []

    def _on_event(self, event: str, data: dict[str, Any]) -> None:
        key = data.get("key")
        if event == "stock" and isinstance(key, str):
            self._stockEvent.emit(key)

    @Slot(str)
    def _on_stock_event(self, key: str) -> None:
        sku = self.product_view.sku
        if sku is not None and self.stack.currentWidget() is self.product_view and key.startswith(f"{sku}@"):
            self._live_timer.start()

    @Slot(object)
    def _on_status(self, status: SyncStatus) -> None:
        self.product_view.panel.set_online(status.online)
        if status.last_pull_at != self._last_pull:
            self._last_pull = status.last_pull_at
            if self.product_view.sku is not None and self.stack.currentWidget() is self.product_view:
                self._spawn(self._reload_from_cache(self._generation, self.product_view.sku))

    # --- navigation ---

    @Slot()
    def show_search(self) -> None:
        self.stack.setCurrentWidget(self.search)
        self.search.search_edit.setFocus()

    @Slot(str)
    def open_gtin(self, gtin: str) -> None:
        """A scanned EAN: the product page at the scanned variant."""
        self._generation += 1
        self._spawn(self._open(self._generation, self.service.product_by_gtin, gtin))

    @Slot(str)
    def open_sku(self, sku: str) -> None:
        self._generation += 1
        self._spawn(self._open(self._generation, self.service.product_by_sku, sku))

    async def _open(self, generation: int, find: Callable[[str], Any], code: str) -> None:
        self.search.clear_error()
        try:
            product = await find(code)
        except Exception as error:
            if generation == self._generation:
                self._retry_action = lambda: self._spawn(self._open(self._next(), find, code))
                self.show_search()
                self.search.show_error(self.tr("Product %1 could not be looked up. ").replace("%1", code)
                                       + explain_error(error), retry=True)
            return
        if generation != self._generation:
            return
        if product is None:
            self.show_search()
            self.search.show_error(self.tr("No product in the catalogue has the code %1.").replace("%1", code))
            return
        sku = next((v.sku for v in product.variants if code in (v.gtin, v.sku)), "")
        self.open_product(product, sku)

    def _next(self) -> int:
        self._generation += 1
        return self._generation

    @Slot()
    def _retry(self) -> None:
        if self._retry_action is not None:
            self.search.clear_error()
            self._retry_action()

    @Slot(object, str)
    def open_product(self, product: Product, sku: str = "") -> None:
        generation = self._next()
        self.product_view.set_product(product)
        self.stack.setCurrentWidget(self.product_view)
        self._spawn(self._open_product(generation, product, sku))

    async def _open_product(self, generation: int, product: Product, sku: str) -> None:
        here = await self.service.stock_here([v.sku for v in product.variants])
        if generation != self._generation:
            return
        self.product_view.grid.set_counts(here)
        if not sku:  # from a search: the first variant on the shelf here, else the first one
            sku = next((v.sku for v in product.variants if (here.get(v.sku) and here[v.sku].available)),
                       product.variants[0].sku)
        await self._show_variant(generation, sku)

    @Slot(str)
    def choose_variant(self, sku: str) -> None:
        self._spawn(self._show_variant(self._next(), sku))

    async def _show_variant(self, generation: int, sku: str) -> None:
        view = self.product_view
        view.select(sku)
        view.panel.show_checking()
        cached = await self.service.cached(sku)
        if generation != self._generation:
            return
        view.panel.show_availability(cached, checking=True)
        await self._live(generation, sku)

    async def _live(self, generation: int, sku: str) -> None:
        availability = await self.service.live(sku)
        if generation != self._generation:
            return
        self.product_view.panel.show_availability(availability)
        await self._refresh_grid(generation)
        self.availabilityShown.emit(sku)

    async def _refresh_grid(self, generation: int) -> None:
        product = self.product_view.product
        if product is None:
            return
        here = await self.service.stock_here([v.sku for v in product.variants])
        if generation == self._generation:
            self.product_view.grid.set_counts(here)

    async def _reload_from_cache(self, generation: int, sku: str) -> None:
        previous = self.product_view.panel.availability
        availability = await self.service.cached(sku, live=bool(previous and previous.live),
                                                 error=previous.error if previous else None)
        if generation != self._generation:
            return
        self.product_view.panel.show_availability(availability)
        await self._refresh_grid(generation)
        self.availabilityShown.emit(sku)

    @Slot()
    def refresh_live(self) -> None:
        sku = self.product_view.sku
        if sku is None:
            return
        generation = self._next()
        self.product_view.panel.show_checking()
        self._spawn(self._live(generation, sku))

    @Slot()
    def _order_from_network(self) -> None:
        if self.product_view.sku is not None:
            self.orderFromNetworkRequested.emit(self.product_view.sku)
