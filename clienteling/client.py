"""The typed async client of the /v1 contract (httpx.AsyncClient).

Every answer is validated against the same pydantic models the server uses; an answer that
does not match raises InvalidResponse and never reaches the cache.
"""
from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import from_json

from . import errors
from .models import (
    API_PREFIX, IDEMPOTENCY_HEADER, Associate, CartLineChange, CartTakeoverRequest, Customer, CustomerNote,
    CustomerProfile, CustomerSummary, Dashboard, DeviceHeartbeat, EndlessAisleOrder, ErrorBody, Feed, FeedPage, Health, HandoverRecord,
    HandoverRequest, Location, LoginRequest, ManagerPinRequest, ManagerPinResult, NetworkStock, NewCustomerRequest, NewNoteRequest, OnlineCart,
    PickupOrder, PinUnlockRequest, PlaceOrderRequest, PreferencesUpdate, Product, Purchase, Quote, QuoteRequest,
    RefreshRequest, Session, StockLevel, VerifyCodeRequest, VerifyCodeResult, WishlistItem,
)
from .models.pickup import CancelPickupRequest, ExtendPickupRequest

log = logging.getLogger(__name__)
M = TypeVar("M")

FEED_MODELS: dict[Feed, type[BaseModel]] = {
    Feed.LOCATIONS: Location, Feed.ASSOCIATES: Associate, Feed.PRODUCTS: Product, Feed.STOCK: StockLevel,
    Feed.CUSTOMERS: Customer, Feed.PURCHASES: Purchase, Feed.NOTES: CustomerNote, Feed.WISHLISTS: WishlistItem,
    Feed.CARTS: OnlineCart, Feed.PICKUPS: PickupOrder, Feed.ORDERS: EndlessAisleOrder,
}
"""Model of each feed's items."""
_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}


VALIDATE_CHUNK = 250
"""Feed items validated per call (a few milliseconds of holding the interpreter lock)."""


def _adapter(model: Any) -> TypeAdapter[Any]:
    if model not in _ADAPTERS:
        _ADAPTERS[model] = TypeAdapter(model)
    return _ADAPTERS[model]


@dataclass
class RawAnswer:
    """A write's answer as the outbox keeps it: status and JSON body, already checked for shape."""

    status: int
    body: Any
    replayed: bool


class TokenStore:
    """Where the refresh token lives between sessions (the OS keyring in the app)."""

    def load(self) -> str | None:  # pragma: no cover - interface
        raise NotImplementedError

    def save(self, refresh_token: str) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def clear(self) -> None:  # pragma: no cover - interface
        raise NotImplementedError


class MemoryTokenStore(TokenStore):
    """For headless runs and tests that must not touch the keyring."""

    def __init__(self) -> None:
        self._token: str | None = None

    def load(self) -> str | None:
        return self._token

    def save(self, refresh_token: str) -> None:
        self._token = refresh_token

    def clear(self) -> None:
        self._token = None


_STATUS_ERRORS: dict[int, type[errors.BackendError]] = {
    401: errors.AuthExpired, 403: errors.Forbidden, 404: errors.NotFound, 409: errors.Conflict,
    422: errors.Rejected, 400: errors.Rejected, 423: errors.Locked, 429: errors.RateLimited,
}


def error_from_response(response: httpx.Response) -> errors.BackendError:
    """Turn a non-2xx answer into the typed error, keeping the server's reason and state."""
    status = response.status_code
    kind = _STATUS_ERRORS.get(status, errors.ServerError if status >= 500 else errors.Rejected)
    try:
        body = ErrorBody.model_validate(response.json())
    except (ValueError, ValidationError):
        return kind(f"HTTP {status} from the backend", status=status)
    return kind(body.message, status=status, reason=body.reason, current=body.current, details=body.details,
                code=body.code.value)


class BackendClient:
    """One instance per backend and signed-in device; safe to share between tasks."""

    def __init__(self, base_url: str, *, token_store: TokenStore | None = None, timeout: float = 10.0,
                 connect_timeout: float = 3.0, read_retries: int = 2, verify: str | bool = True,
                 transport: httpx.AsyncBaseTransport | None = None,
                 on_session: Callable[[Session], None] | None = None) -> None:
        self._http = httpx.AsyncClient(
            base_url=base_url.rstrip("/"), transport=transport, verify=verify,
            timeout=httpx.Timeout(timeout, connect=connect_timeout),
            limits=httpx.Limits(max_connections=20, max_keepalive_connections=10),
            headers={"User-Agent": "clienteling/0.1"})
        self.tokens = token_store or MemoryTokenStore()
        self.read_retries = read_retries
        self.session: Session | None = None
        self._access: str | None = None
        self._refresh_lock = asyncio.Lock()
        self._on_session = on_session

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> BackendClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # --- plumbing -----------------------------------------------------------------------

    async def _send(self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None,
                    headers: dict[str, str] | None = None, auth: bool = True,
                    timeout: float | None = None) -> httpx.Response:
        hdrs = dict(headers or {})
        if auth and self._access:
            hdrs["Authorization"] = f"Bearer {self._access}"
        kwargs: dict[str, Any] = {"json": json, "params": params, "headers": hdrs}
        if timeout is not None:
            kwargs["timeout"] = timeout
        try:
            return await self._http.request(method, API_PREFIX + path, **kwargs)
        except httpx.TimeoutException as exc:
            raise errors.Unreachable(f"the backend did not answer in time ({type(exc).__name__})") from exc
        except httpx.TransportError as exc:
            raise errors.Unreachable(f"the backend cannot be reached ({type(exc).__name__})") from exc

    async def _request(self, method: str, path: str, *, retries: int = 0, auth: bool = True,
                       **kwargs: Any) -> httpx.Response:
        """Send, renewing the access token once on 401 and retrying transient faults."""
        attempt = 0
        renewed = False
        while True:
            try:
                response = await self._send(method, path, auth=auth, **kwargs)
                if response.status_code == 401 and auth and not renewed and self.tokens.load():
                    renewed = True
                    await self.refresh()
                    continue
                if response.status_code >= 500 and attempt < retries:
                    raise errors.ServerError(f"HTTP {response.status_code}", status=response.status_code)
                return response
            except (errors.Unreachable, errors.ServerError):
                if attempt >= retries:
                    raise
                attempt += 1
                await asyncio.sleep(min(2.0, 0.1 * 2 ** attempt) * (0.5 + random.random()))

    def _parse(self, response: httpx.Response, model: Any) -> Any:
        if response.status_code >= 400:
            raise error_from_response(response)
        try:
            payload = response.json()
        except ValueError as exc:
            raise errors.InvalidResponse(f"the backend answered {response.request.url.path} with malformed JSON",
                                         status=response.status_code) from exc
        return self._validate(response, model, payload)

    def _validate(self, response: httpx.Response, model: Any, payload: Any, at: tuple[Any, ...] = ()) -> Any:
        """`at`: where `payload` sits in the answer, for the message (items validated by chunks)."""
        try:
            return _adapter(model).validate_python(payload)
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = tuple(first["loc"])
            if at and loc and isinstance(loc[0], int):
                loc = (*at[:-1], at[-1] + loc[0], *loc[1:])
            where = ".".join(str(p) for p in loc) or "body"
            raise errors.InvalidResponse(
                f"the backend's answer to {response.request.url.path} breaks the contract at {where}: "
                f"{first['msg']}", status=response.status_code) from exc

    async def _get(self, path: str, model: Any, params: dict[str, Any] | None = None) -> Any:
        response = await self._request("GET", path, params=params, retries=self.read_retries)
        return self._parse(response, model)

    def stream(self, path: str, *, params: dict[str, Any] | None = None, headers: dict[str, str] | None = None,
               read_timeout: float | None = None) -> Any:
        """A streaming GET with the bearer token (server-sent events), used as ``async with``.

        Transport faults surface as httpx exceptions: the long-lived caller reconnects itself.
        """
        hdrs = dict(headers or {})
        if self._access:
            hdrs["Authorization"] = f"Bearer {self._access}"
        timeout = httpx.Timeout(self._http.timeout.connect or 5.0, read=read_timeout)
        return self._http.stream("GET", API_PREFIX + path, params=params, headers=hdrs, timeout=timeout)

    # --- auth ---------------------------------------------------------------------------

    def _adopt(self, session: Session) -> Session:
        self.session = session
        self._access = session.access_token
        self.tokens.save(session.refresh_token)
        if self._on_session:
            self._on_session(session)
        return session

    async def login(self, store_id: str, username: str, password: str, device_id: str) -> Session:
        body = LoginRequest(store_id=store_id, username=username, password=password, device_id=device_id)
        response = await self._request("POST", "/auth/login", json=body.model_dump(mode="json"), auth=False)
        return self._adopt(self._parse(response, Session))

    async def unlock(self, pin: str) -> Session:
        token = self.tokens.load()
        if not token:
            raise errors.AuthExpired("this device has no session to unlock: sign in with your password")
        body = PinUnlockRequest(refresh_token=token, pin=pin)
        response = await self._request("POST", "/auth/unlock", json=body.model_dump(mode="json"), auth=False)
        return self._adopt(self._parse(response, Session))

    async def verify_manager_pin(self, pin: str) -> bool:
        response = await self._request("POST", "/auth/verify-manager-pin",
                                       json=ManagerPinRequest(pin=pin).model_dump())
        return self._parse(response, ManagerPinResult).valid

    async def refresh(self) -> Session:
        """Renew the access token; concurrent callers share one refresh."""
        stale = self._access
        async with self._refresh_lock:
            if self._access != stale and self.session is not None:
                return self.session
            token = self.tokens.load()
            if not token:
                raise errors.AuthExpired("signed out: sign in again")
            response = await self._request("POST", "/auth/refresh",
                                           json=RefreshRequest(refresh_token=token).model_dump(), auth=False)
            if response.status_code == 401:
                self._access = None
                raise errors.AuthExpired("the session has ended: sign in again", status=401)
            return self._adopt(self._parse(response, Session))

    async def logout(self) -> None:
        try:
            if self._access:
                response = await self._request("POST", "/auth/logout", retries=0)
                if response.status_code >= 400 and response.status_code != 401:
                    raise error_from_response(response)
        finally:
            self._access = None
            self.session = None
            self.tokens.clear()

    @property
    def signed_in(self) -> bool:
        return self._access is not None

    # --- reads --------------------------------------------------------------------------

    async def health(self) -> Health:
        return self._parse(await self._request("GET", "/health", auth=False, timeout=3.0), Health)

    async def me(self) -> Associate:
        return await self._get("/me", Associate)

    async def feed_page(self, feed: Feed, cursor: str | None, limit: int) -> FeedPage[Any]:
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        return await self._get(f"/sync/{feed.value}", FeedPage[FEED_MODELS[feed]], params)  # type: ignore[index]

    async def feed_page_raw(self, feed: Feed, cursor: str | None, limit: int) -> dict[str, Any]:
        """A feed page validated against the contract, handed over as the server's own dicts.

        One parse (pydantic-core's JSON parser, ~2x the stdlib's), then validation of those dicts
        against the page model: the sync engine writes the dicts into the cache, so building
        and dumping models again would double the work for the same guarantee.
        """
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        response = await self._request("GET", f"/sync/{feed.value}", params=params, retries=self.read_retries)
        if response.status_code >= 400:
            raise error_from_response(response)
        # Parsing and validating a page of thousands of rows takes tens of milliseconds: done in a
        # worker thread, so the event loop (the screen) keeps answering meanwhile.
        return await asyncio.to_thread(self._decode_page, response, feed)

    def _decode_page(self, response: httpx.Response, feed: Feed) -> dict[str, Any]:
        try:
            payload = from_json(response.content)
        except ValueError as exc:
            raise errors.InvalidResponse(f"the backend answered {response.request.url.path} with malformed JSON",
                                         status=response.status_code) from exc
        items = payload.get("items") if isinstance(payload, dict) else None
        if not isinstance(items, list):
            self._validate(response, FeedPage[FEED_MODELS[feed]], payload)  # type: ignore[index]
            return payload  # type: ignore[no-any-return]
        self._validate(response, FeedPage[Any], {**payload, "items": []})
        # pydantic-core holds the interpreter lock for a whole call: a page of 2,000 customers in
        # one call kept the screen's thread waiting ~40 ms; chunks let it run in between.
        rows = list[FEED_MODELS[feed]]  # type: ignore[index]
        for start in range(0, len(items), VALIDATE_CHUNK):
            self._validate(response, rows, items[start:start + VALIDATE_CHUNK], at=("items", start))
        return payload

    async def locations(self) -> list[Location]:
        return await self._get("/locations", list[Location])

    async def search_customers(self, q: str, limit: int = 25) -> list[CustomerSummary]:
        return await self._get("/customers/search", list[CustomerSummary], {"q": q, "limit": limit})

    async def customer_profile(self, customer_id: str) -> CustomerProfile:
        return await self._get(f"/customers/{customer_id}", CustomerProfile)

    async def customer_by_card(self, card: str) -> Customer:
        return await self._get(f"/customers/by-card/{card}", Customer)

    async def customer_cart(self, customer_id: str) -> OnlineCart:
        return await self._get(f"/customers/{customer_id}/cart", OnlineCart)

    async def search_products(self, q: str, limit: int = 25) -> list[Product]:
        return await self._get("/products/search", list[Product], {"q": q, "limit": limit})

    async def product_by_sku(self, sku: str) -> Product:
        return await self._get(f"/products/by-sku/{sku}", Product)

    async def product_by_gtin(self, gtin: str) -> Product:
        return await self._get(f"/products/by-gtin/{gtin}", Product)

    async def network_stock(self, sku: str) -> NetworkStock:
        return await self._get(f"/stock/{sku}", NetworkStock)

    async def pickup(self, pickup_id: str) -> PickupOrder:
        return await self._get(f"/pickups/{pickup_id}", PickupOrder)

    async def pickup_handovers(self, pickup_id: str) -> list[HandoverRecord]:
        return await self._get(f"/pickups/{pickup_id}/handovers", list[HandoverRecord])

    async def verify_pickup_code(self, pickup_id: str, code: str) -> VerifyCodeResult:
        response = await self._request("POST", f"/pickups/{pickup_id}/verify",
                                       json=VerifyCodeRequest(code=code).model_dump())
        return self._parse(response, VerifyCodeResult)

    async def quote(self, request: QuoteRequest) -> Quote:
        response = await self._request("POST", "/sourcing/quote", json=request.model_dump(mode="json"),
                                       retries=self.read_retries)
        return self._parse(response, Quote)

    async def orders(self, associate_id: str | None = None, status: str | None = None) -> list[EndlessAisleOrder]:
        params = {k: v for k, v in {"associate_id": associate_id, "status": status}.items() if v}
        return await self._get("/orders", list[EndlessAisleOrder], params)

    async def order(self, order_id: str) -> EndlessAisleOrder:
        return await self._get(f"/orders/{order_id}", EndlessAisleOrder)

    async def dashboard(self) -> Dashboard:
        """The store's aggregates (managers only: 403 Forbidden otherwise)."""
        return await self._get("/dashboard", Dashboard)

    async def dashboard_raw(self) -> dict[str, Any]:
        """The same, checked against the contract and handed over as JSON (the device caches it as is)."""
        response = await self._request("GET", "/dashboard", retries=self.read_retries)
        self._parse(response, Dashboard)
        return response.json()  # type: ignore[no-any-return]

    async def heartbeat(self, report: DeviceHeartbeat) -> None:
        """Tell the backend this device's outbox and conflict inbox (after each sync round)."""
        response = await self._request("POST", "/devices/heartbeat", json=report.model_dump(mode="json"))
        if response.status_code >= 400:
            raise error_from_response(response)

    # --- writes (each carries its idempotency key) -----------------------------------------

    async def send_command(self, method: str, path: str, body: Any, idempotency_key: str) -> RawAnswer:
        """Send one outbox command as is; raises the typed error for any non-2xx answer.

        No retry here: the replayer owns retries, backoff and the conflict inbox.
        """
        response = await self._request(method, path, json=body, headers={IDEMPOTENCY_HEADER: idempotency_key})
        if response.status_code >= 400:
            raise error_from_response(response)
        if response.status_code == 204 or not response.content:
            payload: Any = None
        else:
            try:
                payload = response.json()
            except ValueError as exc:
                raise errors.InvalidResponse(f"malformed JSON answer to {path}",
                                             status=response.status_code) from exc
        return RawAnswer(status=response.status_code, body=payload,
                         replayed=response.headers.get("Idempotent-Replay") == "true")

    async def _command(self, method: str, path: str, body: BaseModel | None, key: str, model: Any) -> Any:
        payload = body.model_dump(mode="json") if body is not None else None
        response = await self._request(method, path, json=payload, headers={IDEMPOTENCY_HEADER: key})
        return self._parse(response, model)

    async def create_customer(self, request: NewCustomerRequest, key: str) -> Customer:
        return await self._command("POST", "/customers", request, key, Customer)

    async def add_note(self, customer_id: str, request: NewNoteRequest, key: str) -> CustomerNote:
        return await self._command("POST", f"/customers/{customer_id}/notes", request, key, CustomerNote)

    async def update_preferences(self, customer_id: str, request: PreferencesUpdate, key: str) -> Customer:
        return await self._command("PUT", f"/customers/{customer_id}/preferences", request, key, Customer)

    async def take_over_cart(self, cart_id: str, request: CartTakeoverRequest, key: str) -> OnlineCart:
        return await self._command("POST", f"/carts/{cart_id}/takeover", request, key, OnlineCart)

    async def change_cart_line(self, cart_id: str, line_id: str, request: CartLineChange, key: str) -> OnlineCart:
        return await self._command("PUT", f"/carts/{cart_id}/lines/{line_id}", request, key, OnlineCart)

    async def hand_over(self, pickup_id: str, request: HandoverRequest, key: str) -> PickupOrder:
        return await self._command("POST", f"/pickups/{pickup_id}/handover", request, key, PickupOrder)

    async def extend_pickup(self, pickup_id: str, request: ExtendPickupRequest, key: str) -> PickupOrder:
        return await self._command("POST", f"/pickups/{pickup_id}/extend", request, key, PickupOrder)

    async def cancel_pickup(self, pickup_id: str, request: CancelPickupRequest, key: str) -> PickupOrder:
        return await self._command("POST", f"/pickups/{pickup_id}/cancel", request, key, PickupOrder)

    async def place_order(self, request: PlaceOrderRequest, key: str) -> EndlessAisleOrder:
        return await self._command("POST", "/orders", request, key, EndlessAisleOrder)

