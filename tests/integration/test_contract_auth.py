"""Auth: login, token expiry and refresh rotation, PIN unlock and lockout, logout, roles."""
from datetime import timedelta

import pytest

pytestmark = pytest.mark.anyio

PASSWORD = "correct horse battery"
PIN = "2468"


async def test_health_needs_no_token(client):
    r = await client.get("/v1/health")
    assert r.status_code == 200
    assert r.json()["status"] == "ok"


async def test_login_me_and_session_shape(client, login_as):
    session = await login_as("marie")
    assert session["associate"]["id"] == "A-MARIE" and session["store"]["id"] == "S-PAR-OPERA"
    r = await client.get("/v1/me", headers={"Authorization": f"Bearer {session['access_token']}"})
    assert r.status_code == 200 and r.json()["role"] == "associate"


@pytest.mark.parametrize("body", [
    {"store_id": "S-PAR-OPERA", "username": "marie", "password": "wrong", "device_id": "d1"},
    {"store_id": "S-MILANO", "username": "marie", "password": PASSWORD, "device_id": "d1"},
    {"store_id": "S-PAR-OPERA", "username": "nobody", "password": PASSWORD, "device_id": "d1"},
])
async def test_bad_credentials_are_401(client, body):
    r = await client.post("/v1/auth/login", json=body)
    assert r.status_code == 401
    assert r.json()["code"] == "unauthenticated"


async def test_login_validation_is_422_error_body(client):
    r = await client.post("/v1/auth/login", json={"store_id": "S-PAR-OPERA", "username": ""})
    assert r.status_code == 422
    body = r.json()
    assert body["code"] == "validation" and body["details"]
    assert all("input" not in d for d in body["details"])


async def test_missing_or_unknown_token_is_401(client):
    assert (await client.get("/v1/me")).json()["code"] == "unauthenticated"
    r = await client.get("/v1/me", headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401 and r.json()["code"] == "unauthenticated"


async def test_access_token_expires_and_refresh_rotates(client, login_as, clock):
    session = await login_as("marie")
    clock.advance(timedelta(minutes=16))
    r = await client.get("/v1/me", headers={"Authorization": f"Bearer {session['access_token']}"})
    assert r.status_code == 401 and r.json()["code"] == "token_expired"
    r = await client.post("/v1/auth/refresh", json={"refresh_token": session["refresh_token"]})
    assert r.status_code == 200
    renewed = r.json()
    assert renewed["refresh_token"] != session["refresh_token"]
    assert (await client.get("/v1/me", headers={"Authorization": f"Bearer {renewed['access_token']}"})).status_code == 200
    # the old refresh token was rotated away
    r = await client.post("/v1/auth/refresh", json={"refresh_token": session["refresh_token"]})
    assert r.status_code == 401


async def test_refresh_token_expires(client, login_as, clock):
    session = await login_as("marie")
    clock.advance(timedelta(days=31))
    r = await client.post("/v1/auth/refresh", json={"refresh_token": session["refresh_token"]})
    assert r.status_code == 401 and r.json()["code"] == "token_expired"


async def test_pin_unlock_and_five_wrong_pins_revoke(client, login_as):
    session = await login_as("marie")
    r = await client.post("/v1/auth/unlock", json={"refresh_token": session["refresh_token"], "pin": "2468"})
    assert r.status_code == 200
    token = r.json()["refresh_token"]
    for attempt in range(5):
        r = await client.post("/v1/auth/unlock", json={"refresh_token": token, "pin": "0000"})
        assert r.status_code == 401
    assert r.json()["reason"] == "session_revoked"
    r = await client.post("/v1/auth/unlock", json={"refresh_token": token, "pin": "2468"})
    assert r.status_code == 401
    assert (await client.post("/v1/auth/refresh", json={"refresh_token": token})).status_code == 401


async def test_logout_revokes_access_and_refresh(client, login_as):
    session = await login_as("marie")
    headers = {"Authorization": f"Bearer {session['access_token']}"}
    assert (await client.post("/v1/auth/logout", headers=headers)).status_code == 204
    assert (await client.get("/v1/me", headers=headers)).status_code == 401
    assert (await client.post("/v1/auth/refresh", json={"refresh_token": session["refresh_token"]})).status_code == 401


async def test_tokens_are_stored_hashed_only(client, login_as, sqlite):
    session = await login_as("marie")
    dump = "\n".join(sqlite.iterdump())
    assert session["access_token"] not in dump and session["refresh_token"] not in dump
    assert PASSWORD not in dump
    assert all(row[0].startswith("scrypt$") and row[1].startswith("scrypt$")
               for row in sqlite.execute("SELECT password_hash, pin_hash FROM credentials"))


async def test_locations_are_public_for_the_sign_in_store_list(client):
    r = await client.get("/v1/locations")
    assert r.status_code == 200
    assert {loc["id"] for loc in r.json()} >= {"S-PAR-OPERA", "W-ORLEANS"}


async def test_verify_manager_pin_for_kiosk_exit(client, marie):
    ok = await client.post("/v1/auth/verify-manager-pin", json={"pin": PIN}, headers=marie)
    assert ok.status_code == 200 and ok.json() == {"valid": True}
    for _ in range(5):
        wrong = await client.post("/v1/auth/verify-manager-pin", json={"pin": "0000"}, headers=marie)
        assert wrong.json() == {"valid": False}
    locked = await client.post("/v1/auth/verify-manager-pin", json={"pin": PIN}, headers=marie)
    assert locked.status_code == 423 and locked.json()["reason"] == "too_many_pin_attempts"
    bad = await client.post("/v1/auth/verify-manager-pin", json={"pin": "12"}, headers=marie)
    assert bad.status_code == 422
    anonymous = await client.post("/v1/auth/verify-manager-pin", json={"pin": PIN})
    assert anonymous.status_code == 401
