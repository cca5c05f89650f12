"""Every kind of command the backend refuses ends in the conflict inbox with words an associate reads."""
import asyncio
import uuid
from datetime import datetime, timedelta, timezone

import pytest

from clienteling import commands
from clienteling.models import (CartTakeoverRequest, NewNoteRequest, Preferences, PreferencesUpdate, TakeoverMode)
from clienteling.models.pickup import CancelPickupRequest, ExtendPickupRequest
from clienteling.services.app_services import AppServices
from offline_cache import outbox
from ui.dashboard.conflicts import kind_label, reason_label


def run(qtbot, coro):
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=30_000)
    return task.result()


def words(command: outbox.Command) -> str:
    body = command.response_body if isinstance(command.response_body, dict) else {}
    return f"{kind_label(command.kind)}: {reason_label(body.get('reason') or body.get('code') or '')}"


@pytest.fixture
def services(qloop, qtbot, demo_backend):
    s = AppServices(demo_backend.settings())
    s.open()
    run(qtbot, s.sign_in(*demo_backend.login()))
    run(qtbot, s.engine.sync_once())
    yield s
    run(qtbot, s.aclose())


def test_each_refused_command_kind_is_explained(qtbot, services, demo_backend):
    cart_id = run(qtbot, services.store.read(
        lambda c: c.execute("SELECT key FROM carts WHERE body LIKE '%\"status\":\"active\"%' LIMIT 1").fetchone()[0]))
    pickup_id = run(qtbot, services.store.read(
        lambda c: c.execute("SELECT key FROM pickups WHERE body LIKE '%\"status\":\"ready\"%' LIMIT 1").fetchone()[0]))
    later = datetime.now(timezone.utc) + timedelta(days=3)
    refused = [
        commands.add_note("C-DOES-NOT-EXIST", NewNoteRequest(client_note_id=str(uuid.uuid4()), text="hello")),
        commands.update_preferences("C-GONE-TOO", PreferencesUpdate(preferences=Preferences(styles=["rétro"]))),
        commands.take_over_cart(cart_id, CartTakeoverRequest(mode=TakeoverMode.SERVED_IN_STORE)),
        commands.take_over_cart(cart_id, CartTakeoverRequest(mode=TakeoverMode.BASKET)),  # the cart is no longer active
        commands.extend_pickup(pickup_id, ExtendPickupRequest(collect_by=later, reason="customer on holiday")),
        commands.cancel_pickup(pickup_id, CancelPickupRequest(reason="customer asked")),
    ]
    for command in refused:
        run(qtbot, services.submit(command))
    run(qtbot, services.engine.replayer.push_once())
    told = {c.kind + "/" + str(c.entity_key): words(c) for c in run(qtbot, services.store.read(outbox.conflicts))}
    assert told == {
        "add_note/customers:C-DOES-NOT-EXIST": "Customer note: no longer exists",
        "update_preferences/customers:C-GONE-TOO": "Customer preferences: no longer exists",
        f"take_over_cart/carts:{cart_id}": "Online cart takeover: cart no longer active",
        f"extend_pickup/pickups:{pickup_id}": "Pickup extension: needs a manager",
    }
    # The cancellation waits behind the refused extension of the same order: FIFO per entity,
    # nothing overtakes a conflict the associate has not seen yet.
    waiting = run(qtbot, services.store.read(outbox.unsettled))
    assert [c.kind for c in waiting if c.state == "pending"] == ["cancel_pickup"]
