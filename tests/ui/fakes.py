"""A fake AppContext: what the lead's real services will provide, answered from memory."""
from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from typing import Any

from clienteling.errors import BackendError
from clienteling.models.location import Associate, Location, LocationKind, Role
from clienteling.services.status import StatusHub

STORE = Location(
    id="PAR01", kind=LocationKind.STORE, name="Paris Opéra", city="Paris", country="FR",
    latitude=48.87, longitude=2.33, timezone="Europe/Paris",
)


def associate(role: Role = Role.ASSOCIATE) -> Associate:
    return Associate(id="a1", store_id="PAR01", username="camille", display_name="Camille Martin", role=role)


class FakeContext:
    def __init__(self, *, role: Role = Role.ASSOCIATE, restored: bool = False) -> None:
        self.status_hub = StatusHub()
        self.role = role
        self.restored = restored
        self.calls: list[tuple] = []
        self.closed = False

    async def list_stores(self) -> Sequence[tuple[str, str]]:
        return [("PAR01", "Paris Opéra"), ("MIL01", "Milano Duomo")]

    async def current_session(self) -> tuple[Associate, Location] | None:
        return (associate(self.role), STORE) if self.restored else None

    async def sign_in(self, store_id: str, username: str, password: str) -> tuple[Associate, Location]:
        self.calls.append(("sign_in", store_id, username))
        await asyncio.sleep(0)
        if password != "right":
            raise BackendError("bad credentials", status=401, reason="unauthenticated")
        return associate(self.role), STORE

    async def unlock(self, pin: str) -> bool:
        self.calls.append(("unlock",))
        await asyncio.sleep(0)
        return pin == "2468"

    async def verify_manager_pin(self, pin: str) -> bool:
        await asyncio.sleep(0)
        return pin == "9999"

    async def sign_out(self) -> None:
        self.calls.append(("sign_out",))

    async def sign_out_device(self, *, manager_confirmed: bool = False) -> None:
        self.calls.append(("sign_out_device", manager_confirmed))

    def open(self) -> None:
        self.calls.append(("open",))

    def watch_cache(self, on_rebuilt: Callable[[Any], None]) -> None:
        self.calls.append(("watch_cache",))

    async def aclose(self) -> None:
        self.closed = True


NOW = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)
