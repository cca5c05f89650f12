"""Typed errors of the backend client: each tells the UI what to say and whether to retry."""
from __future__ import annotations

from typing import Any


class BackendError(Exception):
    """Base of everything that can go wrong talking to the backend."""

    transient = False
    """True when the same request may succeed later unchanged (network, 5xx, timeout)."""

    def __init__(self, message: str, *, status: int | None = None, reason: str | None = None,
                 current: dict[str, Any] | None = None, details: list[dict[str, Any]] | None = None,
                 code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        """The contract's ErrorCode (forbidden, not_found, conflict…), when the server sent one."""
        self.status = status
        self.reason = reason
        self.current = current
        self.details = details


class Unreachable(BackendError):
    """Offline: no connection, DNS failure, reset or timeout before an answer arrived."""

    transient = True


class AuthExpired(BackendError):
    """The session cannot be renewed: sign in again (or unlock with the PIN)."""


class Forbidden(BackendError):
    """The server refused the action for this associate's role."""


class NotFound(BackendError):
    """The entity does not exist (or is not visible from this store)."""


class Rejected(BackendError):
    """The server refused the request as invalid (422): retrying unchanged cannot help."""


class Conflict(BackendError):
    """409: the write no longer applies; `current` holds the server's state of the entity."""


class Locked(BackendError):
    """423: too many wrong attempts (e.g. pickup codes); wait or ask a manager."""


class RateLimited(BackendError):
    transient = True


class ServerError(BackendError):
    """5xx: the backend failed; the request may succeed later."""

    transient = True


class InvalidResponse(BackendError):
    """The answer was not what the contract promises: it never reaches the cache."""

    transient = True
