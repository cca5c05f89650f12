"""The pull's relaxed garbage-collector thresholds: raised while pulls run, restored after."""
from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from clienteling.sync.pull import SYNC_GC_THRESHOLD, fewer_collections


@pytest.fixture(autouse=True)
def default_thresholds() -> Iterator[None]:
    saved = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*saved)


def test_thresholds_are_raised_while_a_pull_runs_and_restored_even_after_an_error() -> None:
    with pytest.raises(RuntimeError), fewer_collections():
        assert gc.get_threshold() == (SYNC_GC_THRESHOLD, 10, 10)
        raise RuntimeError("the backend went away")
    assert gc.get_threshold() == (700, 10, 10)


def test_overlapping_pulls_restore_the_original_when_the_last_one_ends() -> None:
    first, second = fewer_collections(), fewer_collections()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)  # the first ends before the second (two engines' pulls)
    assert gc.get_threshold() == (SYNC_GC_THRESHOLD, 10, 10)
    second.__exit__(None, None, None)
    assert gc.get_threshold() == (700, 10, 10)
