"""The cache key lives in the OS keyring, or the cache does not open."""
from __future__ import annotations

import keyring
import pytest
from keyring.backends import chainer, fail

from offline_cache import keys
from offline_cache.errors import KeyringUnavailable
from tests.keyring_memory import MemoryKeyring, install


@pytest.fixture
def memory(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    monkeypatch.delenv(keys.BACKEND_ENV, raising=False)
    backend, previous = install()
    yield backend
    keyring.set_keyring(previous)


def test_key_is_created_once_per_profile_and_kept_in_the_keyring(memory: MemoryKeyring) -> None:
    first = keys.get_or_create_key("store-1")
    assert len(first) == 64 and int(first, 16) >= 0
    assert keys.get_or_create_key("store-1") == first
    assert memory.passwords[("clienteling", "cache-key:store-1")] == first
    assert keys.get_or_create_key("store-2") != first


def test_delete_key_forgets_it(memory: MemoryKeyring) -> None:
    first = keys.get_or_create_key("p")
    keys.delete_key("p")
    keys.delete_key("p")  # twice is fine
    assert keys.get_key("p") is None
    assert keys.get_or_create_key("p") != first


@pytest.mark.parametrize("backend", [fail.Keyring(), chainer.ChainerBackend.__new__(chainer.ChainerBackend)])
def test_no_usable_keyring_is_a_clear_error_not_a_plaintext_fallback(
        backend: object, monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    monkeypatch.delenv(keys.BACKEND_ENV, raising=False)
    if isinstance(backend, chainer.ChainerBackend):
        monkeypatch.setattr(chainer.ChainerBackend, "backends", [], raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)  # type: ignore[arg-type]
    try:
        with pytest.raises(KeyringUnavailable) as info:
            keys.get_or_create_key("p")
    finally:
        keyring.set_keyring(previous)
    assert keys.BACKEND_ENV in str(info.value) and "Secret Service" in str(info.value)


def test_explicit_backend_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(keys.BACKEND_ENV, "tests.keyring_memory.MemoryKeyring")
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert len(keys.get_or_create_key("p")) == 64
        monkeypatch.setenv(keys.BACKEND_ENV, "no.such.Backend")
        with pytest.raises(KeyringUnavailable, match="could not be loaded"):
            keys.get_or_create_key("p")
    finally:
        keyring.set_keyring(previous)
