"""The 360° profile: contact and consents, loyalty, sizes, the online cart, recommendations,
purchases across channels, wishlist and the notes timeline shared with customer service.

The page only renders a ProfileView (clienteling.services.customers) and emits what the
associate asked for; the area turns requests into commands. Two columns in landscape, one
in portrait.
"""
from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout, QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from clienteling.models import Channel, NoteSource
from clienteling.models.common import utcnow
from clienteling.services.customers import ProfileView
from clienteling.services.recommendations import Reason, Recommendation
from ui.customers.cart_panel import CartPanel, _clear
from ui.customers.search_model import tier_name
from ui.i18n import format_datetime, format_money
from ui.widgets.touch import enable_kinetic_scrolling

HISTORY_SHOWN = 30


def waiting_text(since: datetime, now: datetime | None = None) -> str:
    """"Waiting to sync for 5 min" — the age of the oldest queued change."""
    from PySide6.QtCore import QCoreApplication

    minutes = max(0, int(((now or utcnow()) - since).total_seconds() // 60))
    if minutes < 1:
        return QCoreApplication.translate("CustomerProfile", "Waiting to sync (just now)")
    if minutes < 120:
        return QCoreApplication.translate("CustomerProfile", "Waiting to sync for %n min", "", minutes)
    return QCoreApplication.translate("CustomerProfile", "Waiting to sync for %n h", "", minutes // 60)


class _Card(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProfileCard")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 14, 16, 14)
        self.body.setSpacing(8)
        self.header = QHBoxLayout()
        self.title = QLabel(title)
        self.title.setProperty("role", "section")
        self.header.addWidget(self.title, 1)
        self.body.addLayout(self.header)
        self.content = QVBoxLayout()
        self.content.setSpacing(6)
        self.body.addLayout(self.content)

    def clear(self) -> None:
        _clear(self.content)

    def add_label(self, text: str, *, role: str | None = None, name: str | None = None, rich: bool = False) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        if role:
            label.setProperty("role", role)
        if name:
            label.setObjectName(name)
        self.content.addWidget(label)
        label.show()  # added to a shown card: visible now, not after the next event loop turn
        return label


class ProfilePage(QWidget):
    """Signals: ``backRequested``, ``noteRequested``, ``preferencesRequested``,
    ``outreachRequested(channel)``; the cart panel's own signals are on ``cart_panel``."""

    backRequested = Signal()
    noteRequested = Signal()
    preferencesRequested = Signal()
    outreachRequested = Signal(str)
    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CustomerProfilePage")
        self.view: ProfileView | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        top = QHBoxLayout()
        top.setContentsMargins(16, 12, 16, 8)
        self.back_button = QPushButton(self.tr("‹ Customers"))
        self.back_button.setObjectName("ProfileBack")
        self.back_button.clicked.connect(self.backRequested)
        self.name_label = QLabel()
        self.name_label.setObjectName("ProfileName")
        self.name_label.setProperty("role", "title")
        self.tier_label = QLabel()
        self.tier_label.setObjectName("TierBadge")
        self.pending_label = QLabel()
        self.pending_label.setObjectName("PendingBadge")
        self.pending_label.hide()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.name_label, 1)
        top.addWidget(self.pending_label)
        top.addWidget(self.tier_label)
        outer.addLayout(top)

        self.message_label = QLabel()
        self.message_label.setObjectName("ProfileMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setProperty("role", "error")
        self.message_label.hide()
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setObjectName("ProfileRetry")
        self.retry_button.clicked.connect(self.retryRequested)
        self.retry_button.hide()
        message_row = QHBoxLayout()
        message_row.setContentsMargins(16, 0, 16, 8)
        message_row.addWidget(self.message_label, 1)
        message_row.addWidget(self.retry_button)
        outer.addLayout(message_row)

        self.scroll = QScrollArea()
        self.scroll.setObjectName("ProfileScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        content.setObjectName("ProfileContent")
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        self._columns.setContentsMargins(16, 8, 16, 16)
        self._columns.setSpacing(16)
        self._left = QVBoxLayout()
        self._right = QVBoxLayout()
        for column in (self._left, self._right):
            column.setSpacing(16)
        self._columns.addLayout(self._left, 1)
        self._columns.addLayout(self._right, 1)
        self.scroll.setWidget(content)
        enable_kinetic_scrolling(self.scroll)
        outer.addWidget(self.scroll, 1)

        self.contact_card = _Card(self.tr("Contact"))
        self.outreach_row = QHBoxLayout()
        self.email_button = QPushButton(self.tr("Send an email"))
        self.email_button.setObjectName("OutreachEmail")
        self.sms_button = QPushButton(self.tr("Send an SMS"))
        self.sms_button.setObjectName("OutreachSms")
        self.email_button.clicked.connect(lambda: self.outreachRequested.emit("email"))
        self.sms_button.clicked.connect(lambda: self.outreachRequested.emit("sms"))
        self.outreach_row.addWidget(self.email_button)
        self.outreach_row.addWidget(self.sms_button)
        self.outreach_row.addStretch(1)
        self.contact_card.body.addLayout(self.outreach_row)

        self.loyalty_card = _Card(self.tr("Loyalty"))
        self.loyalty_bar = QProgressBar()
        self.loyalty_bar.setObjectName("LoyaltyProgress")
        self.loyalty_bar.setRange(0, 1000)
        self.loyalty_bar.setTextVisible(False)
        self.loyalty_card.body.addWidget(self.loyalty_bar)

        self.preferences_card = _Card(self.tr("Sizes and style"))
        self.edit_preferences_button = QPushButton(self.tr("Edit"))
        self.edit_preferences_button.setObjectName("EditPreferences")
        self.edit_preferences_button.clicked.connect(self.preferencesRequested)
        self.preferences_card.header.addWidget(self.edit_preferences_button)

        self.cart_panel = CartPanel()
        self.recommendations_card = _Card(self.tr("Suggestions"))
        self.history_card = _Card(self.tr("Purchases in store and online"))
        self.wishlist_card = _Card(self.tr("Wishlist"))
        self.notes_card = _Card(self.tr("Notes and interactions"))
        self.add_note_button = QPushButton(self.tr("Add a note"))
        self.add_note_button.setObjectName("AddNote")
        self.add_note_button.clicked.connect(self.noteRequested)
        self.notes_card.header.addWidget(self.add_note_button)

        for card in (self.contact_card, self.loyalty_card, self.preferences_card, self.recommendations_card):
            self._left.addWidget(card)
        for card in (self.cart_panel, self.history_card, self.wishlist_card, self.notes_card):
            self._right.addWidget(card)
        self._left.addStretch(1)
        self._right.addStretch(1)
        self._portrait: bool | None = None

    # ---- states -------------------------------------------------------------------------------
    def show_loading(self, name: str | None = None) -> None:
        self.name_label.setText(name or self.tr("Loading…"))
        self.tier_label.clear()
        self.pending_label.hide()
        self.message_label.hide()
        self.retry_button.hide()
        self.scroll.setVisible(self.view is not None and name is not None)

    def show_error(self, message: str, *, retry: bool = True) -> None:
        self.message_label.setText(message)
        self.message_label.show()
        self.retry_button.setVisible(retry)
        if self.view is None:
            self.scroll.hide()

    # ---- content ------------------------------------------------------------------------------
    def set_view(self, view: ProfileView, associate_id: str | None = None) -> None:
        self.view = view
        customer = view.customer
        tz = view.timezone
        self.message_label.hide()
        self.retry_button.hide()
        self.scroll.show()
        self.name_label.setText(customer.full_name)
        self.tier_label.setText(tier_name(customer.tier))
        self.tier_label.setProperty("tier", customer.tier.value)
        self.tier_label.style().unpolish(self.tier_label)
        self.tier_label.style().polish(self.tier_label)
        if view.pending_since is not None:
            self.pending_label.setText(waiting_text(view.pending_since))
            self.pending_label.show()
        else:
            self.pending_label.hide()

        # contact and consents
        card = self.contact_card
        card.clear()
        card.add_label(customer.email or self.tr("No email address"), name="ContactEmail")
        card.add_label(customer.phone or self.tr("No phone number"), name="ContactPhone")
        if customer.address is not None:
            where = customer.address
            card.add_label(f"{where.street}, {where.postcode} {where.city}", name="ContactAddress")
        if customer.loyalty_card:
            card.add_label(self.tr("Loyalty card %1").replace("%1", customer.loyalty_card), role="hint")
        home = view.store_names.get(customer.home_store_id or "", customer.home_store_id or "")
        if home:
            card.add_label(self.tr("Home store: %1").replace("%1", home), role="hint")
        consents = customer.consents
        for label, consent in ((self.tr("Email"), consents.email), (self.tr("SMS"), consents.sms),
                               (self.tr("Offers"), consents.marketing)):
            text = (self.tr("%1: agreed").replace("%1", label) if consent.granted
                    else self.tr("%1: not agreed — do not contact").replace("%1", label))
            consent_label = card.add_label(("✓ " if consent.granted else "✕ ") + text)
            consent_label.setObjectName("Consent")
            consent_label.setProperty("granted", consent.granted)
        self.email_button.setVisible("email" in view.outreach)
        self.sms_button.setVisible("sms" in view.outreach)

        # loyalty
        card = self.loyalty_card
        card.clear()
        loyalty = view.loyalty
        card.add_label(self.tr("%1 · %2 points").replace("%1", tier_name(loyalty.tier))
                       .replace("%2", f"{loyalty.points:,}".replace(",", " ")), name="LoyaltyPoints")
        if loyalty.next_tier is not None:
            card.add_label(self.tr("%1 more points to reach %2").replace("%1", f"{loyalty.points_to_next:,}"
                                                                         .replace(",", " "))
                           .replace("%2", tier_name(loyalty.next_tier)), role="hint", name="LoyaltyNext")
        else:
            card.add_label(self.tr("Highest tier"), role="hint", name="LoyaltyNext")
        self.loyalty_bar.setValue(int(loyalty.progress * 1000))

        # preferences
        card = self.preferences_card
        card.clear()
        prefs = customer.preferences
        family = {"tops": self.tr("Tops"), "bottoms": self.tr("Trousers and skirts"), "shoes": self.tr("Shoes")}
        sizes = " · ".join(f"{family.get(k, k)} {v}" for k, v in prefs.sizes.items())
        card.add_label(sizes or self.tr("No sizes recorded yet"), name="Sizes")
        if prefs.styles:
            card.add_label(", ".join(prefs.styles), role="hint", name="Styles")
        if prefs.favourite_brands:
            card.add_label(self.tr("Brands: %1").replace("%1", ", ".join(prefs.favourite_brands)), role="hint")

        # cart
        self.cart_panel.set_cart(view.profile.cart, view.cart_lines, pending=view.cart_pending, timezone=tz,
                                 associate_id=associate_id)

        # recommendations
        card = self.recommendations_card
        card.clear()
        for rec in view.recommendations:
            card.add_label(f"<b>{escape(rec.name)}</b><br>{escape(self.explain(rec))}", rich=True,
                           name="Recommendation")
        if not view.recommendations:
            card.add_label(self.tr("Not enough purchase history for suggestions yet."), role="hint")

        # history
        card = self.history_card
        card.clear()
        for purchase in view.profile.purchases[:HISTORY_SHOWN]:
            if purchase.channel == Channel.STORE:
                where = view.store_names.get(purchase.location_id or "", purchase.location_id or "")
                badge = self.tr("Store")
            else:
                where = purchase.site or ""
                badge = self.tr("Web") if purchase.channel == Channel.WEB else self.tr("App")
            items = ", ".join(f"{line.name}" + (f" ×{line.quantity}" if line.quantity > 1 else "")
                              for line in purchase.lines)
            text = (f"<span style='background:{_BADGE[purchase.channel]};color:#fff;'>&nbsp;{escape(badge)}&nbsp;</span>"
                    f" <b>{escape(format_datetime(purchase.purchased_at, tz))}</b> · {escape(where)}"
                    f" · {escape(format_money(purchase.total))}<br>{escape(items)}")
            card.add_label(text, rich=True, name="Purchase")
        if not view.profile.purchases:
            card.add_label(self.tr("No purchases yet."), role="hint")

        # wishlist
        card = self.wishlist_card
        card.clear()
        for wish in view.wishlist:
            name = wish.name or wish.item.sku
            detail = " · ".join(x for x in (wish.colour, wish.size) if x)
            here = (self.tr("%1 in stock here").replace("%1", str(wish.here)) if wish.here
                    else self.tr("not in stock here"))
            card.add_label(f"{name}" + (f" ({detail})" if detail else "") + f" — {here}", name="Wish")
        if not view.wishlist:
            card.add_label(self.tr("The wishlist is empty."), role="hint")

        # notes
        card = self.notes_card
        card.clear()
        sources = {NoteSource.STORE: self.tr("In store"), NoteSource.CUSTOMER_SERVICE: self.tr("Customer service"),
                   NoteSource.WEB: self.tr("Web")}
        for note in view.profile.notes:
            head = f"{format_datetime(note.created_at, tz)} · {sources[note.source]} · {note.author}"
            card.add_label(f"<span style='color:#4b5563'>{escape(head)}</span><br>{escape(note.text)}", rich=True,
                           name="Note")
        if not view.profile.notes:
            card.add_label(self.tr("No notes yet."), role="hint")

    def explain(self, rec: Recommendation) -> str:
        """The recommendation's one-line reason, in the current language."""
        if rec.sku and rec.available_here:
            here = self.tr("size %1 in stock here (%2)").replace("%1", rec.size or "").replace(
                "%2", str(rec.available_here))
        else:
            here = self.tr("not in stock here in their size")
        if rec.reason is Reason.BOUGHT_TOGETHER:
            why = self.tr("Often bought with %1 (%n customers)", "", rec.support).replace("%1", rec.because_of or "")
        elif rec.reason is Reason.WISHLIST_HERE:
            why = self.tr("On the wishlist")
        else:
            why = self.tr("Another colour of a style bought before: %1").replace("%1", rec.colour or "")
        return f"{why}; {here}"

    # ---- layout ---------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        portrait = event.size().width() < 900
        if portrait != self._portrait:
            self._portrait = portrait
            self._columns.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                                       else QBoxLayout.Direction.LeftToRight)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.view is not None:
            self.set_view(self.view)
        super().changeEvent(event)


_BADGE = {Channel.STORE: "#0f766e", Channel.WEB: "#1d4ed8", Channel.APP: "#7c3aed"}


def open_outreach(channel: str, address: str) -> bool:
    """Hand the contact to the device's mail or SMS app (only offered where consent is given)."""
    scheme = "mailto" if channel == "email" else "sms"
    return QDesktopServices.openUrl(QUrl(f"{scheme}:{address}"))
