"""The store manager's dashboard and the conflict inbox, as plain async use cases (no Qt).

- Figures come from the backend (GET /v1/dashboard, managers only) when it is reachable; each
  answer is kept in the cache (`offline_cache.snapshots`) with its fetch time, so offline the
  last figures are shown with their age instead of nothing.
- Overdue pickups come from the cache like the counter's queue; the call-the-customer actions
  respect the customer's consents: phone and text only with the SMS/phone consent, e-mail
  only with the e-mail consent, and the screen says why an action is not offered.
- The conflict inbox is this device's outbox rows the backend refused. An associate sees them
  all but resolves only their own; a manager resolves anyone's (on this device: other devices
  are resolved where their outbox is, and show here through their heartbeat).
- CSV export writes the tables the dashboard shows, one file per table.
"""
from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from offline_cache import outbox, pickup_queue, repositories, snapshots

from .. import errors
from ..commands import Kind, split_entity_key
from ..models import Customer, Dashboard, Feed, Money, PickupOrder, Role, utcnow
from .pickups import CONFLICT_CONTEXT, explain_pickup_conflict, start_of_day

if TYPE_CHECKING:
    from .app_services import AppServices

SNAPSHOT_KEY = "dashboard:{store_id}"
OVERDUE_LIMIT = 200


# --- the figures ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DashboardView:
    board: Dashboard
    fetched_at: datetime
    live: bool
    """True when fetched from the backend just now; False when shown from the cache."""
    error: errors.BackendError | None = None
    """Why the figures are not live (offline, server error)."""


# --- overdue pickups and calling the customer ----------------------------------------------------

class NoContact:
    """Why a contact action is not offered (codes; the screen words them)."""

    NO_CUSTOMER = "no_customer"
    """The customer's record is not on this device."""
    NO_PHONE = "no_phone"
    NO_PHONE_CONSENT = "no_phone_consent"
    NO_EMAIL = "no_email"
    NO_EMAIL_CONSENT = "no_email_consent"


@dataclass(frozen=True)
class ContactOptions:
    phone: str | None
    email: str | None
    can_call: bool
    """Call or text: needs a phone number and the customer's consent to be contacted by phone/SMS."""
    can_email: bool
    why_not_phone: str | None
    why_not_email: str | None

    @property
    def can_remind(self) -> bool:
        """The backend's ready notice goes by e-mail or text: one consented channel is enough."""
        return self.can_call or self.can_email


def contact_options(customer: Customer | None) -> ContactOptions:
    """What the store may do to reach a customer about their order, given their consents."""
    if customer is None:
        return ContactOptions(None, None, False, False, NoContact.NO_CUSTOMER, NoContact.NO_CUSTOMER)
    phone_ok = bool(customer.phone) and customer.consents.sms.granted
    email_ok = bool(customer.email) and customer.consents.email.granted
    why_phone = None if phone_ok else (NoContact.NO_PHONE if not customer.phone else NoContact.NO_PHONE_CONSENT)
    why_email = None if email_ok else (NoContact.NO_EMAIL if not customer.email else NoContact.NO_EMAIL_CONSENT)
    return ContactOptions(customer.phone if phone_ok else None, customer.email if email_ok else None,
                          phone_ok, email_ok, why_phone, why_email)


@dataclass(frozen=True)
class OverdueRow:
    order: PickupOrder
    contact: ContactOptions
    pending_since: datetime | None


# --- the conflict inbox --------------------------------------------------------------------------

EDITABLE_FIELD: dict[str, str] = {Kind.ADD_NOTE.value: "text", Kind.CANCEL_PICKUP.value: "reason",
                                  Kind.EXTEND_PICKUP.value: "reason"}
"""The one field of a refused command the inbox lets a person change before sending it again."""


@dataclass(frozen=True)
class ConflictRow:
    command: outbox.Command
    subject: str
    """What the command was about, in data words (order number and customer, customer name)."""
    explanation: str
    """Why the server refused it, in plain (English source) words; translated by the screen."""
    explanation_context: str | None
    """The translation context of `explanation` (None: the server's own message, untranslated)."""
    editable_field: str | None
    editable_value: str | None
    author: str | None
    """Display name of the associate who made the change (None: unknown on this device)."""
    mine: bool
    """Made by the signed-in associate (whom an associate may resolve)."""
    may_resolve: bool


def _subject(conn: Any, command: outbox.Command) -> str:
    try:
        feed, entity_id = split_entity_key(command.entity_key)
    except ValueError:
        return command.entity_key
    if feed == Feed.PICKUPS:
        order = repositories.get_pickup(conn, entity_id)
        return f"{order.number} — {order.customer_name}" if order else entity_id
    if feed == Feed.CUSTOMERS:
        customer = repositories.get_customer(conn, entity_id)
        return customer.full_name if customer else entity_id
    if feed == Feed.CARTS:
        item = repositories.get_item(conn, Feed.CARTS, entity_id)
        customer = repositories.get_customer(conn, item["customer_id"]) if item else None
        return customer.full_name if customer else entity_id
    return entity_id


def _conflict_rows(conn: Any, associate_id: str | None, manager: bool, store_id: str | None) -> list[ConflictRow]:
    names = {a.id: a.display_name for a in repositories.associates(conn, store_id)} if store_id else {}
    rows = []
    for command in outbox.conflicts(conn):
        if command.entity_key.startswith("pickups:"):
            explanation, context = explain_pickup_conflict(command), CONFLICT_CONTEXT
        else:
            body = command.response_body if isinstance(command.response_body, dict) else {}
            explanation, context = str(body.get("message") or command.last_error or ""), None
        field = EDITABLE_FIELD.get(command.kind)
        value = command.body.get(field) if field and isinstance(command.body, dict) else None
        mine = command.associate_id is not None and command.associate_id == associate_id
        author = names.get(command.associate_id or "", command.associate_id)
        rows.append(ConflictRow(command, _subject(conn, command), explanation, context, field,
                                value if isinstance(value, str) else None, author, mine, manager or mine))
    return rows


# --- CSV -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Table:
    """One table as the dashboard shows it: a file name, column headers and rows of cells."""

    name: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Any]]


def money_cell(money: Money) -> str:
    """Minor units as a plain decimal ("189.00"), exact, for spreadsheets (the currency is its own column)."""
    return str((Decimal(money.amount_minor) / 100).quantize(Decimal("0.01")))


def write_csv(folder: Path, tables: Sequence[Table], *, stamp: datetime | None = None) -> list[Path]:
    """One UTF-8 CSV (with BOM, so spreadsheet apps read accents right) per table; returns the files."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    suffix = (stamp or utcnow()).strftime("%Y%m%d-%H%M")
    written = []
    for table in tables:
        path = folder / f"{table.name}-{suffix}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(table.headers)
            writer.writerows(table.rows)
        written.append(path)
    return written


# --- the use cases -----------------------------------------------------------------------------------

class StoreDashboard:
    """The dashboard's use cases over AppServices."""

    def __init__(self, services: AppServices, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.services = services
        self.clock = clock

    @property
    def is_manager(self) -> bool:
        session = self.services.session
        return session is not None and session.associate.role == Role.MANAGER

    @property
    def associate_id(self) -> str | None:
        session = self.services.session
        return session.associate.id if session else None

    @property
    def timezone(self) -> str:
        session = self.services.session
        return session.store.timezone if session else "UTC"

    @property
    def device_id(self) -> str:
        return str(self.services.device_id)

    def _key(self) -> str:
        session = self.services.session
        if session is None:
            raise errors.AuthExpired("sign in to see the dashboard")
        return SNAPSHOT_KEY.format(store_id=session.store.id)

    async def load(self) -> DashboardView:
        """Live figures when the backend answers, else the last ones kept on this device (with their age).

        Raises Forbidden for an associate (the backend refuses them too) and the backend's error
        when there is nothing kept to show.
        """
        if not self.is_manager:
            raise errors.Forbidden("the dashboard is for store managers", status=403)
        key = self._key()
        try:
            raw = await self.services.client.dashboard_raw()
        except (errors.Unreachable, errors.ServerError, errors.InvalidResponse) as error:
            kept = await self.services.store.read(snapshots.get, key)
            if kept is None:
                raise
            body, fetched_at = kept
            return DashboardView(Dashboard.model_validate(body), fetched_at, live=False, error=error)
        fetched_at = self.clock()
        await self.services.store.write(snapshots.put, key, raw, fetched_at)
        return DashboardView(Dashboard.model_validate(raw), fetched_at, live=True)

    async def kept(self) -> DashboardView | None:
        """The last figures kept on this device, without asking the backend (first paint)."""
        if not self.is_manager:
            return None
        kept = await self.services.store.read(snapshots.get, self._key())
        if kept is None:
            return None
        return DashboardView(Dashboard.model_validate(kept[0]), kept[1], live=False)

    async def overdue(self) -> list[OverdueRow]:
        """Overdue pickups from the cache, oldest promise first, with what the store may do to call."""
        now = self.clock()

        def read(conn: Any) -> list[OverdueRow]:
            rows = pickup_queue.queue_page(conn, "overdue", None, now, start_of_day(now, self.timezone),
                                           limit=OVERDUE_LIMIT)
            return [OverdueRow(r.order, contact_options(repositories.get_customer(conn, r.order.customer_id)),
                               r.pending_since) for r in rows]

        return await self.services.store.read(read)

    async def remind(self, pickup_id: str, idempotency_key: str) -> str:
        """Send the ready notice again (online only); returns the channel the backend used."""
        from .pickups import PickupDesk

        return await PickupDesk(self.services).resend_notice(pickup_id, idempotency_key)

    # --- conflicts ----------------------------------------------------------------------------

    async def conflicts(self) -> list[ConflictRow]:
        """This device's refused commands, oldest first."""
        session = self.services.session
        return await self.services.store.read(_conflict_rows, self.associate_id, self.is_manager,
                                              session.store.id if session else None)

    async def _resolvable(self, seq: int) -> outbox.Command:
        rows = await self.conflicts()
        row = next((r for r in rows if r.command.seq == seq), None)
        if row is None:
            raise errors.NotFound("this conflict was already resolved", status=404)
        if not row.may_resolve:
            raise errors.Forbidden("only a store manager can resolve another associate's conflict", status=403)
        return row.command

    async def discard(self, seq: int, reason: str) -> None:
        """Accept the server's refusal: the command is given up (kept for the audit with the reason)."""
        reason = reason.strip()
        if not reason:
            raise errors.Rejected("say why the change is discarded", status=422)
        await self._resolvable(seq)
        await self.services.store.write(outbox.discard_conflict, seq, reason)
        await self._after_resolution()

    async def retry(self, seq: int, new_value: str | None = None) -> outbox.Command:
        """Send the command again (under a new key), with its one editable field changed if given."""
        command = await self._resolvable(seq)
        body = None
        if new_value is not None:
            field = EDITABLE_FIELD.get(command.kind)
            if field is None or not isinstance(command.body, dict):
                raise errors.Rejected("this change cannot be edited, only sent again", status=422)
            new_value = new_value.strip()
            if not new_value:
                raise errors.Rejected("the text cannot be empty", status=422)
            body = {**command.body, field: new_value}
        row = await self.services.store.write(outbox.requeue_conflict, seq, body)
        await self._after_resolution()
        return row

    async def _after_resolution(self) -> None:
        await self.services.engine.refresh_counts()
        self.services.engine.wake()  # sends a requeued command, and the heartbeat tells the dashboard


__all__ = ["ConflictRow", "ContactOptions", "DashboardView", "NoContact", "OverdueRow", "StoreDashboard", "Table",
           "contact_options", "money_cell", "write_csv"]
