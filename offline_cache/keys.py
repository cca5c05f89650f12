"""The cache's encryption key: 32 random bytes, created once per profile, kept in the OS keyring.

The key never touches the disk outside the keyring. When no keyring can hold it, opening the
cache fails loudly (KeyringUnavailable) instead of falling back to a plaintext key file.
"""
from __future__ import annotations

import logging
import os
import re
import secrets

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from .errors import CacheError, KeyringUnavailable

log = logging.getLogger(__name__)

SERVICE = "clienteling"
BACKEND_ENV = "CLIENTELING_KEYRING_BACKEND"
"""Names an explicit backend class, e.g. keyrings.alt.file.EncryptedKeyring (pip install keyrings.alt)."""

_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")

UNAVAILABLE_HELP = (
    "No usable OS keyring to hold the cache encryption key. Unlock or install a keyring "
    "(on Linux a Secret Service such as GNOME Keyring or KWallet, running and unlocked in this "
    f"session), or set {BACKEND_ENV} to an explicit backend, e.g. "
    f"{BACKEND_ENV}=keyrings.alt.file.EncryptedKeyring after `pip install keyrings.alt` "
    "(it asks for a master password). The cache is never encrypted with a key stored in plain text."
)


def _username(profile: str) -> str:
    return f"cache-key:{profile}"


def _is_plaintext(backend: KeyringBackend) -> bool:
    name = type(backend).__name__.lower()
    return "plaintext" in name or type(backend).__module__ == "keyring.backends.null"


def _usable(backend: KeyringBackend) -> bool:
    """A backend that really stores secrets somewhere protected."""
    from keyring.backends import chainer, fail

    if isinstance(backend, fail.Keyring) or _is_plaintext(backend):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(_usable(b) for b in backend.backends)
    return True


def backend() -> KeyringBackend:
    """The keyring backend the key lives in: the explicit one from the environment, or the OS default."""
    name = os.environ.get(BACKEND_ENV)
    if name:
        try:
            chosen = keyring.core.load_keyring(name)
        except Exception as exc:  # an import or init error of a third-party backend
            raise KeyringUnavailable(f"{BACKEND_ENV}={name} could not be loaded ({exc}). {UNAVAILABLE_HELP}") from exc
        if _is_plaintext(chosen):
            raise KeyringUnavailable(f"{BACKEND_ENV}={name} stores secrets in plain text. {UNAVAILABLE_HELP}")
        return chosen
    current = keyring.get_keyring()
    if not _usable(current):
        raise KeyringUnavailable(UNAVAILABLE_HELP)
    return current


def _read(kr: KeyringBackend, profile: str) -> str | None:
    try:
        return kr.get_password(SERVICE, _username(profile))
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(f"The keyring refused to read the cache key ({type(exc).__name__}). "
                                 f"{UNAVAILABLE_HELP}") from exc


def get_or_create_key(profile: str) -> str:
    """The profile's cache key as 64 hex digits; the first call creates and stores it."""
    kr = backend()
    stored = _read(kr, profile)
    if stored is not None:
        if not _HEX_KEY.match(stored):
            raise CacheError(f"The keyring entry {SERVICE}/{_username(profile)} is not a cache key; "
                             "remove it to start a fresh cache.")
        return stored
    key = secrets.token_bytes(32).hex()
    try:
        kr.set_password(SERVICE, _username(profile), key)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(f"The keyring refused to store the cache key ({type(exc).__name__}). "
                                 f"{UNAVAILABLE_HELP}") from exc
    if _read(kr, profile) != key:
        # A backend that accepts writes but forgets them would lose the cache at the next start.
        raise KeyringUnavailable(f"The keyring did not keep the cache key. {UNAVAILABLE_HELP}")
    log.info("created a new cache key for a profile")
    return key


def get_key(profile: str) -> str | None:
    """The stored key, or None when this profile has none yet."""
    return _read(backend(), profile)


def delete_key(profile: str) -> None:
    """Forget the profile's key (the cache file becomes unreadable garbage)."""
    try:
        backend().delete_password(SERVICE, _username(profile))
    except keyring.errors.PasswordDeleteError:
        pass
