"""An in-memory keyring backend for tests: real keyring API, nothing leaves the process."""
from __future__ import annotations

from clienteling.keychain import MemoryKeyring

__all__ = ["MemoryKeyring", "install"]


def install() -> tuple[MemoryKeyring, object]:
    """Make a fresh MemoryKeyring the process's keyring; returns it and the one it replaced."""
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend, previous
