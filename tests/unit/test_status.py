"""SyncStatus and StatusHub: the sync engine → screens channel, without Qt."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from clienteling.services.status import StatusHub, SyncStatus

T0 = datetime(2025, 3, 1, 9, 30, tzinfo=timezone.utc)


def test_last_sync_is_the_latest_of_pull_and_push() -> None:
    assert SyncStatus().last_sync_at is None
    s = SyncStatus(last_pull_at=T0, last_push_at=T0 + timedelta(minutes=2))
    assert s.last_sync_at == T0 + timedelta(minutes=2)


@pytest.mark.parametrize(
    "kwargs", [{"progress": 1.5}, {"queued_commands": -1}, {"offline_since": datetime(2025, 1, 1)}]
)
def test_invalid_status_is_refused(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        SyncStatus(**kwargs)


def test_hub_replays_latest_and_unsubscribes() -> None:
    hub = StatusHub()
    seen: list[SyncStatus] = []
    unsubscribe = hub.subscribe(seen.append)
    assert seen == [SyncStatus()]
    hub.update(online=False, offline_since=T0)
    assert seen[-1].online is False and hub.current.offline_since == T0
    unsubscribe()
    unsubscribe()
    hub.update(queued_commands=3)
    assert len(seen) == 2


def test_a_failing_subscriber_does_not_stop_the_others() -> None:
    hub = StatusHub()
    seen: list[SyncStatus] = []

    def broken(_: SyncStatus) -> None:
        raise RuntimeError("boom")

    hub.subscribe(broken, replay=False)
    hub.subscribe(seen.append, replay=False)
    hub.update(conflicts=2)
    assert seen and seen[-1].conflicts == 2
