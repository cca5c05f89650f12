"""The Customers area: the lookup page and the profile page, and what the associate's taps do.

Slots stay thin: each spawns (shell.tasks) one coroutine that awaits a use case of
clienteling.services.customers and renders its answer. Edits are commands; the page then
re-reads the cache, where the optimistic change already is.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from clienteling import errors
from resources import read_style
from clienteling.models import Preferences, TakeoverMode
from clienteling.services import customers
from clienteling.services.status import SyncStatus
from ui.customers.editors import NewCustomerDialog, NoteEditor, PreferencesEditor
from ui.customers.profile_page import ProfilePage, open_outreach
from ui.customers.search_model import CustomerSearchModel
from ui.customers.search_page import SearchPage
from ui.errors import explain_error

log = logging.getLogger(__name__)

NETWORK_DEBOUNCE_MS = 350
NETWORK_MIN_CHARS = 2


class _StatusBridge(QObject):
    """Hands SyncStatus snapshots to the GUI thread (a queued hop when published elsewhere)."""

    changed = Signal(object)


class CustomersArea(QStackedWidget):
    """Signals: ``profileShown(customer_id)`` once a profile is rendered (tests wait on it)."""

    profileShown = Signal(str)
    searchSettled = Signal()

    def __init__(self, services: Any, spawn: Callable[[Coroutine[Any, Any, Any]], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CustomersArea")
        self.setStyleSheet(read_style("customers"))
        self.services = services
        self._spawn = spawn
        self.model = CustomerSearchModel(
            lambda text, limit, offset: customers.search_local(services, text, limit, offset), spawn, parent=self)
        self.search_page = SearchPage(self.model)
        self.profile_page = ProfilePage()
        self.addWidget(self.search_page)
        self.addWidget(self.profile_page)
        self.customer_id: str | None = None
        self._card: str | None = None
        self._last_status: SyncStatus | None = None
        self._network_generation = -1

        self._network_timer = QTimer(self)
        self._network_timer.setSingleShot(True)
        self._network_timer.setInterval(NETWORK_DEBOUNCE_MS)
        self._network_timer.timeout.connect(self._auto_network_search)

        page = self.search_page
        page.queryChanged.connect(self.search)
        page.customerChosen.connect(self.open_customer)
        page.networkSearchRequested.connect(self.search_network)
        page.newCustomerRequested.connect(self.new_customer)
        page.retryRequested.connect(lambda: self.search(page.search_edit.text()))
        self.model.firstPageShown.connect(self._first_page_shown)
        self.model.loadFailed.connect(self._search_failed)

        profile = self.profile_page
        profile.backRequested.connect(self.show_search)
        profile.retryRequested.connect(self._retry_profile)
        profile.noteRequested.connect(self.add_note)
        profile.preferencesRequested.connect(self.edit_preferences)
        profile.outreachRequested.connect(self._outreach)
        profile.cart_panel.takeOverRequested.connect(self.take_over_cart)
        profile.cart_panel.lineChangeRequested.connect(self.change_cart_line)
        profile.cart_panel.refreshRequested.connect(self.refresh_cart)

        self._bridge = _StatusBridge(self)
        self._bridge.changed.connect(self._status_changed, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = services.status_hub.subscribe(self._bridge.changed.emit)
        self.destroyed.connect(self._unsubscribe)

    @property
    def online(self) -> bool:
        return bool(self.services.status_hub.current.online)

    # ---- session ---------------------------------------------------------------------------
    def on_signed_in(self, *_: object) -> None:
        self._spawn(self._prepare())

    async def _prepare(self) -> None:
        names = await customers.store_names(self.services)
        session = self.services.session
        self.model.set_context(names, session.store.timezone if session else "UTC")
        self.search(self.search_page.search_edit.text())

    # ---- lookup ------------------------------------------------------------------------------
    def search(self, text: str) -> None:
        self.model.set_query(text)
        self._network_timer.stop()
        if len(text.strip()) >= NETWORK_MIN_CHARS and self.online:
            self._network_timer.start()

    def _first_page_shown(self, query: str, count: int) -> None:
        page = self.search_page
        text = query.strip()
        if count == 0 and text:
            self._say_nothing_here(text)
        else:
            page.show_results()
            if not text:
                page.set_status(self.tr("Latest visitors to this store"))
            elif self.model.exhausted:
                page.set_status(self.tr("%n customer(s) on this tablet", "", count))
            else:
                page.set_status(self.tr("Many customers match: keep typing to narrow the list"))
        if not self._network_timer.isActive():
            self.searchSettled.emit()

    def _say_nothing_here(self, text: str) -> None:
        page = self.search_page
        page.set_status("")
        if self.online:
            page.show_empty(self.tr("No customer of this store matches “%1”.").replace("%1", text), network=True)
        else:
            page.show_empty(self.tr("No customer on this tablet matches “%1”. Searching the whole network "
                                    "needs a connection: try again when the store is back online.")
                            .replace("%1", text), network=False)

    def _search_failed(self, _error: str) -> None:
        self.search_page.show_empty(self.tr("The search could not run."), network=False, new_customer=False,
                                    retry=True)

    def _auto_network_search(self) -> None:
        self._spawn(self._network_search(self.model.generation, self.model.query, explicit=False))

    def search_network(self) -> None:
        if not self.model.query.strip():
            return
        self.search_page.set_status(self.tr("Searching the whole network…"))
        self._spawn(self._network_search(self.model.generation, self.model.query, explicit=True))

    async def _network_search(self, generation: int, text: str, *, explicit: bool) -> None:
        page = self.search_page
        try:
            hits = await customers.search_network(self.services, text)
        except errors.Unreachable:
            if generation == self.model.generation and self.model.rowCount() == 0:
                self._say_nothing_here(text.strip())
            self.searchSettled.emit()
            return
        except errors.BackendError as error:
            if explicit and generation == self.model.generation:
                page.set_status(explain_error(error))
            self.searchSettled.emit()
            return
        if generation != self.model.generation:
            return
        if not self.model.first_page_loaded:
            return
        added = self.model.merge_network(generation, hits)
        if self.model.rowCount():
            page.show_results()
            if added:
                page.set_status(self.tr("%n more from other stores, at the end of the list", "", added))
        elif explicit:
            page.show_empty(self.tr("No customer in the whole network matches “%1”.").replace("%1", text.strip()),
                            network=False)
        self.searchSettled.emit()

    def show_search(self) -> None:
        self.customer_id = None
        self.setCurrentWidget(self.search_page)
        self.search_page.search_edit.setFocus()

    # ---- profile ------------------------------------------------------------------------------
    def open_customer(self, customer_id: str) -> None:
        self.customer_id, self._card = customer_id, None
        self.profile_page.view = None
        self.profile_page.show_loading()
        self.setCurrentWidget(self.profile_page)
        self._spawn(self._load_profile(customer_id, refresh_cart=True))

    def open_by_card(self, card: str) -> None:
        """A scanned loyalty card (shell.router.openCustomerByCard)."""
        self.customer_id, self._card = None, card
        self.profile_page.view = None
        self.profile_page.show_loading()
        self.setCurrentWidget(self.profile_page)
        self._spawn(self._open_card(card))

    async def _open_card(self, card: str) -> None:
        try:
            customer_id = await customers.customer_id_by_card(self.services, card)
        except errors.Unreachable:
            self.profile_page.show_error(self.tr("This card is not on this tablet. Looking it up in the network "
                                                 "needs a connection."))
            return
        except errors.BackendError as error:
            self.profile_page.show_error(explain_error(error))
            return
        if customer_id is None:
            self.profile_page.show_error(self.tr("No customer has this loyalty card. Check the card, or create "
                                                 "the customer."), retry=False)
            return
        self.customer_id, self._card = customer_id, None
        await self._load_profile(customer_id, refresh_cart=True)

    def _retry_profile(self) -> None:
        if self._card is not None:
            self.open_by_card(self._card)
        elif self.customer_id is not None:
            self.open_customer(self.customer_id)

    async def _load_profile(self, customer_id: str, *, refresh_cart: bool = False) -> None:
        try:
            view = await customers.load_profile(self.services, customer_id)
        except customers.NotCached:
            if customer_id == self.customer_id:
                self.profile_page.show_error(self.tr("This customer is not on this tablet. Looking them up in the "
                                                     "network needs a connection."))
            return
        except errors.BackendError as error:
            if customer_id == self.customer_id:
                self.profile_page.show_error(explain_error(error))
            return
        if customer_id != self.customer_id:
            return
        session = self.services.session
        self.profile_page.set_view(view, session.associate.id if session else None)
        self.profileShown.emit(customer_id)
        if refresh_cart and self.online:
            await self._refresh_cart(customer_id)

    def reload(self) -> None:
        if self.customer_id is not None and self.currentWidget() is self.profile_page:
            self._spawn(self._load_profile(self.customer_id))
        elif self.currentWidget() is self.search_page:
            # New data from a sync: refresh the latest visitors or an empty result, never a list
            # of typed results the associate may be scrolling (rows must not jump under a finger).
            text = self.search_page.search_edit.text()
            if not text.strip() or self.model.rowCount() == 0:
                self.search(text)

    def refresh_cart(self) -> None:
        if self.customer_id is not None:
            self._spawn(self._refresh_cart(self.customer_id, explicit=True))

    async def _refresh_cart(self, customer_id: str, *, explicit: bool = False) -> None:
        try:
            await customers.refresh_cart(self.services, customer_id)
        except errors.BackendError as error:
            if explicit:
                self.profile_page.show_error(explain_error(error), retry=False)
            return
        if customer_id == self.customer_id:
            await self._load_profile(customer_id)

    def _status_changed(self, status: SyncStatus) -> None:
        before, self._last_status = self._last_status, status
        if before is None:
            return
        if (status.queued_commands, status.last_pull_at, status.conflicts) != (
                before.queued_commands, before.last_pull_at, before.conflicts):
            self.reload()

    # ---- edits (commands) ---------------------------------------------------------------------
    def _run(self, coro: Coroutine[Any, Any, Any]) -> None:
        async def run() -> None:
            try:
                await coro
            except errors.BackendError as error:
                self.profile_page.show_error(explain_error(error), retry=False)
                return
            self.reload()
        self._spawn(run())

    def _dialog(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # type: ignore[attr-defined]

    def add_note(self) -> None:
        view = self.profile_page.view
        if view is None:
            return
        editor = NoteEditor(view.customer.full_name, self)
        customer_id = view.customer.id
        editor.noteWritten.connect(lambda text: self._run(customers.add_note(self.services, customer_id, text)))
        self._dialog(editor)

    def edit_preferences(self) -> None:
        view = self.profile_page.view
        if view is None:
            return
        editor = PreferencesEditor(view.customer.preferences, self)
        customer_id = view.customer.id
        editor.preferencesEdited.connect(lambda prefs: self.save_preferences(customer_id, prefs))
        self._dialog(editor)

    def save_preferences(self, customer_id: str, preferences: Preferences) -> None:
        self._run(customers.update_preferences(self.services, customer_id, preferences))

    def take_over_cart(self, mode: TakeoverMode) -> None:
        cart = self.profile_page.cart_panel.cart
        if cart is not None:
            self._run(customers.take_over_cart(self.services, cart.id, mode))

    def change_cart_line(self, line_id: str, quantity: int) -> None:
        cart = self.profile_page.cart_panel.cart
        if cart is not None:
            self._run(customers.change_cart_line(self.services, cart.id, line_id, quantity))

    def _outreach(self, channel: str) -> None:
        view = self.profile_page.view
        if view is None or channel not in view.outreach:  # consent first, whatever the button said
            return
        open_outreach(channel, view.customer.email if channel == "email" else view.customer.phone or "")

    def new_customer(self) -> None:
        dialog = NewCustomerDialog(self.model.query, self)
        dialog.customerEntered.connect(self._create_customer)
        self._dialog(dialog)

    def _create_customer(self, fields: dict[str, Any]) -> None:
        async def create() -> None:
            try:
                customer_id = await customers.create_customer(self.services, **fields)
            except errors.BackendError as error:
                self.search_page.set_status(explain_error(error))
                return
            self.open_customer(customer_id)
        self._spawn(create())
