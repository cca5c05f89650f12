"""The customer lookup: type-ahead over the cache from the first keystroke, network hits below.

An empty result offers "search the whole network" and "new customer"; offline, it says that
the network search needs a connection.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget

from ui.customers.search_model import CustomerRowDelegate, CustomerSearchModel
from ui.widgets.touch import enable_kinetic_scrolling


class SearchPage(QWidget):
    """Signals: ``queryChanged(text)``, ``customerChosen(id)``, ``networkSearchRequested``,
    ``newCustomerRequested``, ``retryRequested``."""

    queryChanged = Signal(str)
    customerChosen = Signal(str)
    networkSearchRequested = Signal()
    newCustomerRequested = Signal()
    retryRequested = Signal()

    def __init__(self, model: CustomerSearchModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CustomerSearchPage")
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(12)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.new_button = QPushButton()
        self.new_button.setObjectName("NewCustomer")
        self.new_button.clicked.connect(self.newCustomerRequested)
        top.addWidget(self.title, 1)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("CustomerSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumHeight(52)
        self.search_edit.textChanged.connect(self.queryChanged)
        layout.addWidget(self.search_edit)
        self.status_label = QLabel()
        self.status_label.setObjectName("SearchStatus")
        self.status_label.setProperty("role", "hint")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        self.list_view = QListView()
        self.list_view.setObjectName("CustomerList")
        self.list_view.setModel(model)
        self.list_view.setItemDelegate(CustomerRowDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.list_view.clicked.connect(self._chosen)
        self.list_view.activated.connect(self._chosen)
        enable_kinetic_scrolling(self.list_view)
        layout.addWidget(self.list_view, 1)

        self.empty = QWidget()
        self.empty.setObjectName("SearchEmpty")
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.setContentsMargins(0, 24, 0, 24)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("SearchEmptyText")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QHBoxLayout()
        self.network_button = QPushButton()
        self.network_button.setObjectName("SearchNetwork")
        self.network_button.setProperty("role", "primary")
        self.network_button.clicked.connect(self.networkSearchRequested)
        self.empty_new_button = QPushButton()
        self.empty_new_button.setObjectName("EmptyNewCustomer")
        self.empty_new_button.clicked.connect(self.newCustomerRequested)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("SearchRetry")
        self.retry_button.clicked.connect(self.retryRequested)
        self.retry_button.hide()
        buttons.addStretch(1)
        buttons.addWidget(self.network_button)
        buttons.addWidget(self.empty_new_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addLayout(buttons)
        empty_layout.addStretch(1)
        layout.addWidget(self.empty, 1)
        self.empty.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Customers"))
        self.new_button.setText(self.tr("New customer"))
        self.search_edit.setPlaceholderText(self.tr("Name, phone, email or loyalty card"))
        self.network_button.setText(self.tr("Search the whole network"))
        self.empty_new_button.setText(self.tr("New customer"))
        self.retry_button.setText(self.tr("Try again"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _chosen(self, index: QModelIndex) -> None:
        customer_id = index.data(CustomerSearchModel.IdRole)
        if customer_id:
            self.customerChosen.emit(customer_id)

    # ---- what the area says ------------------------------------------------------------------
    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def show_results(self) -> None:
        self.empty.hide()
        self.list_view.show()

    def show_empty(self, text: str, *, network: bool, new_customer: bool = True, retry: bool = False) -> None:
        self.empty_label.setText(text)
        self.network_button.setVisible(network)
        self.empty_new_button.setVisible(new_customer)
        self.retry_button.setVisible(retry)
        self.list_view.hide()
        self.empty.show()
