"""The pickup counter's use cases against the real backend: codes, handover, offline, conflicts, manager."""
from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from clienteling import errors
from clienteling.client import BackendClient
from clienteling.models import Feed, PickupLineStatus, PickupStatus, utcnow
from clienteling.models.pickup import CancelPickupRequest, ProofOfPickup, RefusalReason, VerificationMethod
from clienteling.services.app_services import AppServices
from clienteling.services.pickups import (
    DEVICE_LOCK, MAX_WRONG_CODES, PickupDesk, code_matches, explain_pickup_conflict, handed, refusal,
)
from offline_cache import repositories
from tests.pickup_orders import CODE, WRONG_CODE, counter_order, handover_count


@pytest.fixture
def anyio_backend():
    return "asyncio"


async def signed_in(backend, manager: bool = False, profile: str = "test") -> AppServices:
    services = AppServices(backend.settings(profile=profile))
    services.open()
    await services.sign_in(*backend.login(manager=manager))
    # The test drives the sync rounds itself: no background loop racing its assertions.
    for name in ("_sync_task", "_events_task"):
        task = getattr(services, name, None)
        if task is not None:
            task.cancel()
    await services.engine.sync_once()
    return services


async def cancel_online(backend, pickup_id: str) -> None:
    """A manager cancels the order from elsewhere (the web back office, another till)."""
    async with BackendClient(backend.url) as manager:
        store_id, username, password = backend.login(manager=True)
        await manager.login(store_id, username, password, "back-office")
        await manager.cancel_pickup(pickup_id, CancelPickupRequest(reason="customer asked online"),
                                    str(uuid.uuid4()))


@pytest.mark.anyio
async def test_codes_are_checked_on_the_device_and_online_and_lock_after_five(demo_backend):
    order = counter_order(demo_backend)
    services = await signed_in(demo_backend)
    try:
        desk = PickupDesk(services)
        cached = await desk.find(order.number)
        assert cached is not None and cached.id == order.id
        assert code_matches(cached, CODE) and not code_matches(cached, WRONG_CODE)

        check = await desk.verify_code(cached, WRONG_CODE)
        assert (check.valid, check.attempts_left, check.online) == (False, MAX_WRONG_CODES - 1, True)
        check = await desk.verify_code(cached, CODE.lower())
        assert check.valid and check.online

        demo_backend.server.stop()
        check = await desk.verify_code(cached, CODE)
        assert check.valid and not check.online
        for left in range(MAX_WRONG_CODES - 1, -1, -1):
            check = await desk.verify_code(cached, WRONG_CODE)
            assert check.attempts_left == left and not check.valid
        assert check.locked_until is not None
        assert timedelta(minutes=14) < check.locked_until - utcnow() <= DEVICE_LOCK
        # Locked on this device: even the right code is refused until the lock passes.
        assert not (await desk.verify_code(cached, CODE)).valid
        desk.clock = lambda: utcnow() + DEVICE_LOCK + timedelta(seconds=1)
        assert (await desk.verify_code(cached, CODE)).valid
    finally:
        await services.aclose()


@pytest.mark.anyio
async def test_handover_online_twice_tapped_is_one_handover_with_its_audit(demo_backend):
    order = counter_order(demo_backend)
    services = await signed_in(demo_backend)
    try:
        desk = PickupDesk(services)
        session = desk.new_session(order.id)
        decisions = [handed("1"), handed("2"), refusal("3", RefusalReason.WRONG_SIZE)]
        verification = desk.verification(VerificationMethod.QR, code=CODE)
        first = await desk.hand_over(session, decisions, verification)
        second = await desk.hand_over(session, decisions, verification)
        assert first.seq == second.seq
        # Even a second screen object with the same key dedups in the outbox.
        session.submitted = None
        assert (await desk.hand_over(session, decisions, verification)).seq == first.seq
        view = await desk.order_view(order.id)
        assert view is not None and view.pending_since is not None
        assert view.order.status == PickupStatus.COLLECTED  # optimistic: every line decided
        await services.engine.sync_once()
        assert handover_count(demo_backend, order.id) == 1
        view = await desk.order_view(order.id)
        assert view.pending_since is None and view.conflict is None
        assert [line.status for line in view.order.lines] == [
            PickupLineStatus.HANDED_OVER, PickupLineStatus.HANDED_OVER, PickupLineStatus.REFUSED]
        audit = await desk.handovers(order.id)
        assert len(audit) == 1 and audit[0].method == VerificationMethod.QR
        assert audit[0].device_id == services.device_id
    finally:
        await services.aclose()


@pytest.mark.anyio
async def test_offline_handover_reaches_the_server_once(demo_backend):
    order = counter_order(demo_backend)
    services = await signed_in(demo_backend)
    try:
        desk = PickupDesk(services)
        demo_backend.server.stop()
        session = desk.new_session(order.id)
        await desk.hand_over(session, [handed("1"), handed("2"), handed("3")],
                             desk.verification(VerificationMethod.CODE, code=CODE))
        with pytest.raises(errors.Unreachable):
            await services.engine.sync_once()
        cached = await services.store.read(repositories.get_pickup, order.id)
        assert cached.status == PickupStatus.COLLECTED
        demo_backend.server.start()
        await services.engine.sync_once()
        await services.engine.sync_once()
        assert handover_count(demo_backend, order.id) == 1
        assert (await services.client.pickup(order.id)).status == PickupStatus.COLLECTED
    finally:
        await services.aclose()


@pytest.mark.anyio
async def test_order_cancelled_online_meanwhile_ends_in_the_conflict_inbox_in_plain_words(demo_backend):
    order = counter_order(demo_backend)
    services = await signed_in(demo_backend)
    try:
        desk = PickupDesk(services)
        demo_backend.server.stop()
        await desk.hand_over(desk.new_session(order.id), [handed("1")],
                             desk.verification(VerificationMethod.CODE, code=CODE))
        demo_backend.server.start()
        await cancel_online(demo_backend, order.id)
        await services.engine.sync_once()
        assert handover_count(demo_backend, order.id) == 0
        [conflict] = await desk.conflicts()
        assert explain_pickup_conflict(conflict).startswith("This order was cancelled before your handover")
        view = await desk.order_view(order.id)
        assert view.order.status == PickupStatus.CANCELLED  # the server's truth, not the optimistic row
        assert view.conflict_text and "cancelled" in view.conflict_text
        await desk.dismiss_conflict(conflict.seq)
        assert await desk.conflicts() == []
    finally:
        await services.aclose()


@pytest.mark.anyio
async def test_override_is_refused_for_an_associate_and_accepted_for_a_manager(demo_backend):
    order = counter_order(demo_backend)
    associate = await signed_in(demo_backend)
    try:
        desk = PickupDesk(associate)
        await desk.hand_over(desk.new_session(order.id), [handed("1")],
                             desk.verification(VerificationMethod.MANAGER_OVERRIDE, override_reason="lost phone"))
        await associate.engine.sync_once()
        [conflict] = await desk.conflicts()
        assert conflict.response_status == 403
        assert explain_pickup_conflict(conflict).startswith("Only a store manager can hand over")
        assert handover_count(demo_backend, order.id) == 0
    finally:
        await associate.aclose()
    manager = await signed_in(demo_backend, manager=True, profile="manager")
    try:
        desk = PickupDesk(manager)
        proof = ProofOfPickup(collector_name="Anna Bianchi", relation="sister", id_last_digits="4821")
        await desk.hand_over(desk.new_session(order.id), [handed("1")],
                             desk.verification(VerificationMethod.MANAGER_OVERRIDE,
                                               override_reason="customer lost the code", proof=proof))
        await manager.engine.sync_once()
        assert await desk.conflicts() == []
        [record] = await desk.handovers(order.id)
        assert record.method == VerificationMethod.MANAGER_OVERRIDE and record.collector_name == "Anna Bianchi"
    finally:
        await manager.aclose()


@pytest.mark.anyio
async def test_manager_extends_and_cancels_through_commands_and_notice_is_resent(demo_backend):
    order = counter_order(demo_backend)
    other = counter_order(demo_backend, index=1)
    services = await signed_in(demo_backend, manager=True)
    try:
        desk = PickupDesk(services)
        new_date = (utcnow() + timedelta(days=9)).replace(microsecond=0)
        await desk.extend(order.id, new_date, "customer on holiday")
        assert (await desk.order_view(order.id)).order.collect_by == new_date
        await desk.cancel(other.id, "customer cancelled by phone")
        assert (await desk.order_view(other.id)).order.status == PickupStatus.CANCELLED
        await services.engine.sync_once()
        assert (await services.client.pickup(order.id)).collect_by == new_date
        assert (await services.client.pickup(other.id)).status == PickupStatus.CANCELLED
        assert await desk.conflicts() == []
        key = str(uuid.uuid4())
        channel = await desk.resend_notice(order.id, key)
        assert channel in ("email", "sms")
        assert await desk.resend_notice(order.id, key) == channel  # replayed, not sent twice
        counts = await desk.queue_counts()
        assert counts["cancelled"] >= 1 and counts["open"] >= 1
        page = await desk.queue_page("cancelled", other.number, 0)
        assert [row.order.id for row in page] == [other.id]
        assert Feed.PICKUPS  # the queue is read from the cache only
    finally:
        await services.aclose()


@pytest.mark.anyio
async def test_a_restart_does_not_buy_more_guesses_offline(demo_backend):
    order = counter_order(demo_backend)
    services = await signed_in(demo_backend)
    try:
        cached = await PickupDesk(services).find(order.number)
        demo_backend.server.stop()
        for _ in range(MAX_WRONG_CODES - 2):
            assert not (await PickupDesk(services).verify_code(cached, WRONG_CODE)).valid
        # A new desk is what a restarted app has: the count is the cache's, not the object's.
        check = await PickupDesk(services).verify_code(cached, WRONG_CODE)
        assert check.attempts_left == 1 and check.locked_until is None
        check = await PickupDesk(services).verify_code(cached, WRONG_CODE)
        assert check.attempts_left == 0 and check.locked_until is not None
        assert await PickupDesk(services).device_lock(order.id) == check.locked_until
        assert not (await PickupDesk(services).verify_code(cached, CODE)).valid
        later = PickupDesk(services, clock=lambda: utcnow() + DEVICE_LOCK + timedelta(seconds=1))
        assert (await later.verify_code(cached, CODE)).valid
        assert await PickupDesk(services).device_lock(order.id) is None
    finally:
        await services.aclose()
