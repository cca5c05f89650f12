"""Secrets at rest: scrypt for passwords and PINs, SHA-256 for tokens and pickup codes."""
from __future__ import annotations

import hashlib
import hmac
import secrets

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
PIN_SCRYPT_N = 2**12
"""A 4-8 digit PIN falls to an offline search at any cost; what protects it is the 5-try lockout."""


def hash_secret(secret: str, *, n: int = SCRYPT_N) -> str:
    """A self-describing scrypt hash `scrypt$n$r$p$salt$hash` so the cost can change later."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(secret.encode(), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_secret(secret: str, stored: str) -> bool:
    """Constant-time check of `secret` against a `hash_secret` string."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        candidate = hashlib.scrypt(secret.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                                   dklen=32)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate.hex(), digest)


DUMMY_HASH = hash_secret("not a password", n=2**10)
"""Checked when the username is unknown, so both failures cost about the same time."""


def new_token() -> str:
    """An opaque bearer token (256 bits)."""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """Only this is stored: a leaked database does not leak usable tokens."""
    return hashlib.sha256(token.encode()).hexdigest()


def pickup_code_hash(salt: str, code: str) -> str:
    """sha256(salt + code) hex, the form PickupOrder.code_hash carries."""
    return hashlib.sha256((salt + code).encode()).hexdigest()


def pickup_code_matches(salt: str, code_hash: str, code: str) -> bool:
    return hmac.compare_digest(pickup_code_hash(salt, code), code_hash.lower())
