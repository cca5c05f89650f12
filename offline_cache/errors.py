"""Errors of the local store, each with a message an operator can act on."""
from __future__ import annotations


class CacheError(Exception):
    """Base of every error raised by offline_cache."""


class KeyringUnavailable(CacheError):
    """No OS keyring can hold the cache key; the cache is never opened with a plaintext key."""


class CacheInUse(CacheError):
    """Another process (a second copy of the app) holds the cache's lock file."""


class SchemaTooNew(CacheError):
    """The cache was written by a newer app version; opening it would risk its outbox."""


class PendingCommands(CacheError):
    """Wiping now would lose commands the backend has not yet acknowledged."""

    def __init__(self, message: str, commands: list) -> None:  # type: ignore[type-arg]
        super().__init__(message)
        self.commands = commands
