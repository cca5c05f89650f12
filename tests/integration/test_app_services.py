"""The app's services against the real backend: sign-in, first sync, a command queued offline."""
import pytest

from clienteling import commands, errors
from clienteling.models import Feed, NewNoteRequest
from clienteling.services.app_services import AppServices
from offline_cache import repositories


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.anyio
async def test_sign_in_sync_and_a_note_queued_offline_reaches_the_server_once(demo_backend):
    services = AppServices(demo_backend.settings())
    services.open()
    try:
        store_id, username, password = demo_backend.login()
        associate, store = await services.sign_in(store_id, username, password)
        assert store.id == store_id and associate.username == username
        pulled, _ = await services.engine.sync_once()
        assert pulled.feeds[Feed.CUSTOMERS].upserts > 0
        customer_id = await services.store.read(
            lambda conn: conn.execute("SELECT key FROM customers ORDER BY key LIMIT 1").fetchone()[0])

        demo_backend.server.stop()  # the store goes offline
        request = NewNoteRequest(client_note_id="note-offline-1", text="Prefers the blue one, size M")
        await services.submit(commands.add_note(customer_id, request))
        with pytest.raises(errors.Unreachable):
            await services.engine.sync_once()
        assert services.status_hub.current.online is False
        assert services.status_hub.current.queued_commands == 1

        demo_backend.server.start()  # back online, same port
        await services.engine.sync_once()
        status = services.status_hub.current
        assert status.online and status.queued_commands == 0 and status.conflicts == 0
        notes = await services.store.read(repositories.customer_notes, customer_id)
        assert [n.text for n in notes].count("Prefers the blue one, size M") == 1
        profile = await services.client.customer_profile(customer_id)
        assert [n.text for n in profile.notes].count("Prefers the blue one, size M") == 1
    finally:
        await services.aclose()


@pytest.mark.anyio
async def test_device_sign_out_pushes_first_and_refuses_to_drop_unsent_commands(demo_backend):
    from offline_cache.errors import PendingCommands

    services = AppServices(demo_backend.settings())
    services.open()
    await services.sign_in(*demo_backend.login())
    await services.engine.sync_once()
    customer_id = await services.store.read(
        lambda conn: conn.execute("SELECT key FROM customers ORDER BY key LIMIT 1").fetchone()[0])
    await services.submit(commands.add_note(customer_id, NewNoteRequest(client_note_id="n-before-wipe", text="ok")))
    demo_backend.server.stop()
    await services.submit(commands.add_note(customer_id, NewNoteRequest(client_note_id="n-stuck", text="stuck")))
    with pytest.raises(PendingCommands) as refused:
        await services.sign_out_device()
    assert "stuck" in [c.body["text"] for c in refused.value.commands]  # listed for the manager
    assert services.settings.cache_path.exists()  # nothing was wiped

    demo_backend.server.start()
    await services.sign_out_device()  # pushes the stuck note first, then wipes
    assert not services.settings.cache_path.exists()
    from offline_cache import keys
    assert keys.get_key(services.settings.profile) is None
    assert services.client.tokens.load() is None
    await services.aclose()
