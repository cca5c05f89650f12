"""The client rejects what the contract does not promise, against a real server answering badly."""
import asyncio
import socket

import httpx
import pytest
from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

from clienteling import errors
from clienteling.client import BackendClient, MemoryTokenStore
from clienteling.models import Feed

GOOD_SESSION = {
    "access_token": "a" * 32, "refresh_token": "r" * 32, "access_expires_at": "2030-01-01T00:00:00Z",
    "associate": {"id": "A1", "store_id": "S1", "username": "marie", "display_name": "Marie", "role": "associate"},
    "store": {"id": "S1", "kind": "store", "name": "Paris Opéra", "city": "Paris", "country": "FR",
              "latitude": 48.87, "longitude": 2.33, "timezone": "Europe/Paris"},
}


def bad_app() -> FastAPI:
    app = FastAPI()
    calls = {"flaky": 0, "refresh": 0}
    app.state.calls = calls

    @app.post("/v1/auth/login")
    async def login() -> dict:
        return GOOD_SESSION

    @app.post("/v1/auth/refresh")
    async def refresh() -> dict:
        calls["refresh"] += 1
        return {**GOOD_SESSION, "access_token": "b" * 32}

    @app.get("/v1/products/by-sku/{sku}")
    async def malformed(sku: str) -> Response:
        return Response(content=b'{"style_id": "S", "name": ', media_type="application/json")

    @app.get("/v1/products/by-gtin/{gtin}")
    async def wrong_shape(gtin: str) -> dict:
        return {"style_id": "S1", "name": "Veste", "brand": "B", "category": "C",
                "variants": [{"sku": "S1-M", "gtin": "1234567890123", "size": "M", "colour": "noir",
                              "price": {"amount_minor": 19.9, "currency": "EUR"}}]}

    @app.get("/v1/sync/{feed}")
    async def feed_with_float_money(feed: str) -> dict:
        items: list[dict] = [{"unexpected": True}]
        if feed == "notes":  # a long page broken far down: validated by chunks, named by its place
            items = [{"id": f"N{i}", "customer_id": "C1", "source": "store", "author": "Marie", "text": "ok",
                      "created_at": "2026-11-23T10:00:00Z", "version": i} for i in range(450)]
            items[437]["created_at"] = "yesterday"
        return {"feed": feed, "items": items, "tombstones": [], "next_cursor": "x",
                "has_more": False, "server_time": "2026-11-23T10:00:00Z"}

    @app.get("/v1/customers/{cid}")
    async def conflict_like(cid: str) -> JSONResponse:
        return JSONResponse({"code": "forbidden", "message": "managers only"}, status_code=403)

    @app.get("/v1/stock/{sku}")
    async def flaky(sku: str) -> JSONResponse:
        calls["flaky"] += 1
        if calls["flaky"] < 3:
            return JSONResponse({"code": "server_error", "message": "boom"}, status_code=503)
        return JSONResponse({"code": "not_found", "message": "unknown SKU"}, status_code=404)

    @app.get("/v1/me")
    async def me(request: Request) -> JSONResponse:
        if request.headers.get("authorization") == "Bearer " + "a" * 32:
            return JSONResponse({"code": "token_expired", "message": "expired"}, status_code=401)
        return JSONResponse(GOOD_SESSION["associate"])

    @app.get("/v1/health")
    async def not_json() -> Response:
        return Response(content=b"<html>proxy error</html>", media_type="text/html")

    return app


@pytest.fixture
def client():
    app = bad_app()
    c = BackendClient("http://backend.test", transport=httpx.ASGITransport(app=app), token_store=MemoryTokenStore())
    c.app = app
    yield c
    asyncio.run(c.aclose())


def run(coro):
    return asyncio.run(coro)


def test_malformed_json_is_an_invalid_response(client):
    with pytest.raises(errors.InvalidResponse, match="malformed JSON"):
        run(client.product_by_sku("S1-M"))


def test_schema_violation_names_the_field(client):
    with pytest.raises(errors.InvalidResponse, match=r"variants\.0\.(price|gtin)"):
        run(client.product_by_gtin("1234567890128"))


def test_feed_page_that_breaks_the_contract_never_reaches_the_cache(client):
    with pytest.raises(errors.InvalidResponse, match="breaks the contract"):
        run(client.feed_page_raw(Feed.CUSTOMERS, None, 10))


def test_a_long_feed_page_names_the_item_that_breaks_the_contract(client):
    with pytest.raises(errors.InvalidResponse, match=r"items\.437\.created_at"):
        run(client.feed_page_raw(Feed.NOTES, None, 500))


def test_non_json_answer_to_health(client):
    with pytest.raises(errors.InvalidResponse):
        run(client.health())


def test_typed_errors_keep_the_servers_message(client):
    with pytest.raises(errors.Forbidden, match="managers only"):
        run(client.customer_profile("C1"))


def test_reads_retry_5xx_then_surface_the_final_answer(client):
    with pytest.raises(errors.NotFound):
        run(client.network_stock("S1-M"))
    assert client.app.state.calls["flaky"] == 3


def test_expired_access_token_is_renewed_once(client):
    async def scenario():
        await client.login("S1", "marie", "pw", "dev-1")
        return await client.me()
    me = run(scenario())
    assert me.username == "marie"
    assert client.app.state.calls["refresh"] == 1
    assert client.tokens.load() == "r" * 32


def test_unreachable_backend_is_a_transient_typed_error():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again before the request: connection refused
    c = BackendClient(f"http://127.0.0.1:{port}", read_retries=1, connect_timeout=1)
    with pytest.raises(errors.Unreachable) as info:
        run(c.health())
    assert info.value.transient
    run(c.aclose())
