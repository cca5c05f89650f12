"""Another tablet of the same store, talking to the real test backend through its HTTP API.

For tests that need the backend changed behind the device's back (a competing order), or
want to read what the backend holds, as a second signed-in device would.
"""
from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator

import httpx


@contextlib.contextmanager
def other_tablet(demo_backend, device_id: str = "other-tablet") -> Iterator[httpx.Client]:
    """An httpx client on /v1, signed in as the demo associate of the test's store."""
    store_id, username, password = demo_backend.login()
    with httpx.Client(base_url=demo_backend.url + "/v1") as http:
        token = http.post("/auth/login", json={"store_id": store_id, "username": username, "password": password,
                                               "device_id": device_id}).json()["access_token"]
        http.headers["Authorization"] = f"Bearer {token}"
        yield http


def drain(demo_backend, sku: str, location_id: str, method: str) -> None:
    """Another tablet sells everything left of `sku` at `location_id` (a competing order through the API)."""
    store_id = demo_backend.login()[0]
    with other_tablet(demo_backend) as http:
        stock = http.get(f"/stock/{sku}").json()
        left = next(s for s in stock["stores"] + stock["warehouses"] if s["location_id"] == location_id)["available"]
        r = http.post("/orders", headers={"Idempotency-Key": str(uuid.uuid4())}, json={
            "client_order_id": f"other-{uuid.uuid4()}", "fulfilment": "pickup",
            "pickup_store_id": location_id if method == "pickup_other_store" else store_id,
            "payment": {"mode": "in_store", "till_reference": "T-OTHER"},
            "lines": [{"sku": sku, "quantity": left, "method": method, "source_location_id": location_id}]})
        assert r.status_code == 201, r.text
