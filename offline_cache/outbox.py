"""The outbox: every write the app makes, durable before the screen says "queued".

A command row and its optimistic local change are committed in one transaction. Replay is
FIFO per entity: only the oldest unsettled command of an entity is ever handed out, so a note
on a customer created offline never overtakes the creation. States:

    pending → sent → done                      (answered 2xx)
    pending → sent → pending (retry later)     (network error, 5xx; attempts + 1)
    pending → sent → conflict → failed|pending (4xx: the associate discards or requeues it)
    any unsettled  → failed                    (given up: mark_failed)

`pending`/`sent` protect the entity's cached row from pulls; `conflict` no longer does (the
server's truth is shown) but still blocks the entity's later commands until resolved.
"""
from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from . import repositories
from .database import Connection, transaction
from .timestamps import iso, now as utcnow, parse

log = logging.getLogger(__name__)

LocalEffect = Callable[[Connection], Any] | Sequence[tuple[str, Sequence[Any]]]

BLOCKING_STATES = ("pending", "sent", "conflict")


@dataclass(frozen=True)
class Command:
    """One outbox row as the replayer and the conflict inbox see it."""

    seq: int
    idempotency_key: str
    kind: str
    method: str
    path: str
    body: Any
    entity_key: str
    created_at: datetime
    associate_id: str | None
    device_id: str | None
    state: str
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    response_status: int | None
    response_body: Any
    settled_at: datetime | None
    resolution: str | None

    @classmethod
    def from_row(cls, row: Any) -> Command:
        return cls(seq=row["seq"], idempotency_key=row["idempotency_key"], kind=row["kind"], method=row["method"],
                   path=row["path"], body=_loads(row["body"]), entity_key=row["entity_key"],
                   created_at=parse(row["created_at"]), associate_id=row["associate_id"],  # type: ignore[arg-type]
                   device_id=row["device_id"], state=row["state"], attempts=row["attempts"],
                   next_attempt_at=parse(row["next_attempt_at"]), last_error=row["last_error"],  # type: ignore[arg-type]
                   response_status=row["response_status"], response_body=_loads(row["response_body"]),
                   settled_at=parse(row["settled_at"]), resolution=row["resolution"])


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _get(conn: Connection, seq: int) -> Command:
    row = conn.execute("SELECT * FROM outbox WHERE seq = ?", (seq,)).fetchone()
    if row is None:
        raise KeyError(f"no outbox row {seq}")
    return Command.from_row(row)


# --- accepting a command ---------------------------------------------------------------------------

def enqueue(conn: Connection, *, kind: str, method: str, path: str, body: Any, entity_key: str,
            idempotency_key: str | None = None, associate_id: str | None = None, device_id: str | None = None,
            now: datetime | None = None, local_effect: LocalEffect | None = None,
            after_entity: str | None = None) -> Command:
    """Record a command and apply its optimistic effect atomically; durable (fsync'd) on return.

    Enqueuing the same idempotency key twice returns the first row and applies nothing again,
    so a double tap on "hand over" makes one command. `after_entity`: the command also waits
    while that entity's creation (a customer created offline) is unsettled.
    """
    at = iso(now or utcnow())
    key = idempotency_key or str(uuid.uuid4())
    with transaction(conn):
        existing = conn.execute("SELECT * FROM outbox WHERE idempotency_key = ?", (key,)).fetchone()
        if existing is not None:
            return Command.from_row(existing)
        cur = conn.execute(
            "INSERT INTO outbox (idempotency_key, kind, method, path, body, entity_key, created_at,"
            " associate_id, device_id, state, attempts, next_attempt_at, after_entity)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)",
            (key, str(kind), method, path, _dumps(body), entity_key, at, associate_id, device_id, at, after_entity))
        if callable(local_effect):
            local_effect(conn)
        elif local_effect:
            for sql, params in local_effect:
                conn.execute(sql, params)
        seq = cur.lastrowid
        command = _get(conn, seq)  # type: ignore[arg-type]
    log.info("queued %s command #%d", command.kind, command.seq)
    return command


# --- the replayer's side ----------------------------------------------------------------------------

_DUE = ("FROM outbox o WHERE o.state = 'pending' AND o.next_attempt_at <= ?"
        " AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.entity_key = o.entity_key AND p.seq < o.seq"
        "   AND p.state IN ('pending', 'sent', 'conflict'))"
        " AND (o.after_entity IS NULL OR NOT EXISTS (SELECT 1 FROM outbox c WHERE c.entity_key = o.after_entity"
        "   AND c.seq < o.seq AND c.kind = 'create_customer' AND c.state IN ('pending', 'sent', 'conflict')))"
        " ORDER BY o.seq LIMIT ?")
"""Due pending commands, oldest first, at most one per entity (the entity's oldest unsettled), and
none before the creation of the entity it names in `after_entity`."""

_COLUMNS = ("seq", "idempotency_key", "kind", "method", "path", "body", "entity_key", "created_at", "associate_id",
            "device_id", "state", "attempts", "next_attempt_at", "last_error", "response_status", "response_body",
            "settled_at", "resolution")


def next_batch(conn: Connection, now: datetime, limit: int) -> list[Command]:
    """Due pending commands, oldest first, at most one per entity (the entity's oldest unsettled)."""
    return [Command.from_row(r) for r in conn.execute(f"SELECT o.* {_DUE}", (iso(now), limit)).fetchall()]


def mark_sent(conn: Connection, seq: int) -> None:
    with transaction(conn):
        conn.execute("UPDATE outbox SET state = 'sent' WHERE seq = ? AND state = 'pending'", (seq,))


def claim_batch(conn: Connection, now: datetime, limit: int) -> list[Command]:
    """next_batch, marked sent in the same transaction, so no row is handed out twice.

    Two statements whatever the batch's size — the batch read as one JSON value, then marked
    sent by its seqs — rather than a step per row: every step hands the interpreter lock over
    and back, and the replayer claims in the cache's writer thread while the event loop is
    busy sending the previous batch, so each hand-over waits for the loop.
    """
    row_json = "json_object(" + ", ".join(f"'{c}', o.{c}" for c in _COLUMNS) + ")"
    with transaction(conn):
        (batch,) = conn.execute(f"SELECT json_group_array(json(row)) FROM (SELECT {row_json} AS row {_DUE})",
                                (iso(now), limit)).fetchone()
        rows = sorted(json.loads(batch), key=lambda r: r["seq"])
        conn.execute("UPDATE outbox SET state = 'sent' WHERE seq IN (SELECT value FROM json_each(?))",
                     (json.dumps([r["seq"] for r in rows]),))
    return [Command.from_row({**r, "state": "sent"}) for r in rows]


def release(conn: Connection, seq: int) -> None:
    """Put a claimed command back untried (the replayer stopped before an answer)."""
    with transaction(conn):
        conn.execute("UPDATE outbox SET state = 'pending' WHERE seq = ? AND state = 'sent'", (seq,))


def release_all_sent(conn: Connection) -> int:
    """After a crash: commands whose answer never came go back to pending (resend is idempotent)."""
    with transaction(conn):
        return conn.execute("UPDATE outbox SET state = 'pending' WHERE state = 'sent'").rowcount


def retry_now(conn: Connection, now: datetime | None = None) -> int:
    """Make every backed-off pending command due now (the backend is reachable again)."""
    at = iso(now or utcnow())
    with transaction(conn):
        return conn.execute("UPDATE outbox SET next_attempt_at = ? WHERE state = 'pending' AND next_attempt_at > ?",
                            (at, at)).rowcount


def _settled(conn: Connection, seq: int) -> None:
    """Once an entity has nothing pending any more, the server rows a pull parked can land."""
    row = conn.execute("SELECT entity_key FROM outbox WHERE seq = ?", (seq,)).fetchone()
    if row is not None:
        repositories.apply_deferred(conn, row[0])


def mark_done(conn: Connection, seq: int, status: int | None, body: Any, now: datetime | None = None) -> None:
    """The backend accepted the command (or replayed its first answer)."""
    with transaction(conn):
        conn.execute("UPDATE outbox SET state = 'done', response_status = ?, response_body = ?, settled_at = ?,"
                     " last_error = NULL WHERE seq = ?", (status, _dumps(body), iso(now or utcnow()), seq))
        _settled(conn, seq)


def mark_done_many(conn: Connection, answers: Sequence[tuple[int, int | None, Any]],
                   now: datetime | None = None) -> None:
    """mark_done for a batch of (seq, status, body): a few statements for the whole batch.

    For the replayer's writer thread, where every statement's step hands the interpreter lock
    to the busy event loop and back (see claim_batch). A parked server row is looked for only
    where one exists.
    """
    if not answers:
        return
    rows = json.dumps([[seq, status, _dumps(body)] for seq, status, body in answers])
    with transaction(conn):
        conn.execute("UPDATE outbox SET state = 'done', response_status = a.value ->> 1,"
                     " response_body = a.value ->> 2, settled_at = ?, last_error = NULL"
                     " FROM json_each(?) AS a WHERE outbox.seq = a.value ->> 0", (iso(now or utcnow()), rows))
        (parked,) = conn.execute(
            "SELECT json_group_array(DISTINCT o.entity_key) FROM outbox o"
            " WHERE o.seq IN (SELECT value ->> 0 FROM json_each(?)) AND EXISTS (SELECT 1 FROM deferred d"
            "   WHERE d.feed = substr(o.entity_key, 1, instr(o.entity_key, ':') - 1)"
            "   AND d.key = substr(o.entity_key, instr(o.entity_key, ':') + 1))", (rows,)).fetchone()
        for entity_key in json.loads(parked):
            repositories.apply_deferred(conn, entity_key)


def mark_retry(conn: Connection, seq: int, error: str, next_attempt_at: datetime) -> None:
    """A transient failure: try again at `next_attempt_at` with the same idempotency key."""
    with transaction(conn):
        conn.execute("UPDATE outbox SET state = 'pending', attempts = attempts + 1, last_error = ?,"
                     " next_attempt_at = ? WHERE seq = ?", (error[:500], iso(next_attempt_at), seq))


def mark_conflict(conn: Connection, seq: int, status: int, body: Any, now: datetime | None = None) -> None:
    """The backend refused it (4xx): into the conflict inbox with the server's reason and state."""
    message = body.get("message") if isinstance(body, dict) else None
    with transaction(conn):
        conn.execute("UPDATE outbox SET state = 'conflict', response_status = ?, response_body = ?,"
                     " settled_at = ?, last_error = ? WHERE seq = ?",
                     (status, _dumps(body), iso(now or utcnow()), (message or f"HTTP {status}")[:500], seq))
        _settled(conn, seq)
    log.warning("command #%d refused by the backend (HTTP %s)", seq, status)


def mark_failed(conn: Connection, seq: int, error: str, now: datetime | None = None) -> None:
    """Give up on a command for good (it is kept, visible, for the audit)."""
    with transaction(conn):
        conn.execute("UPDATE outbox SET state = 'failed', last_error = ?, settled_at = ? WHERE seq = ?",
                     (error[:500], iso(now or utcnow()), seq))
        _settled(conn, seq)


# --- the conflict inbox -------------------------------------------------------------------------------

def conflicts(conn: Connection) -> list[Command]:
    return [Command.from_row(r) for r in conn.execute("SELECT * FROM outbox WHERE state = 'conflict' ORDER BY seq")]


def discard_conflict(conn: Connection, seq: int, reason: str, now: datetime | None = None) -> None:
    """The associate accepts the refusal; the entity's later commands may go."""
    with transaction(conn):
        changed = conn.execute("UPDATE outbox SET state = 'failed', resolution = ?, settled_at = ?"
                               " WHERE seq = ? AND state = 'conflict'",
                               (f"discarded: {reason}"[:500], iso(now or utcnow()), seq)).rowcount
        if not changed:
            raise KeyError(f"outbox row {seq} is not a conflict")
        _settled(conn, seq)


def requeue_conflict(conn: Connection, seq: int, new_body: Any = None, now: datetime | None = None) -> Command:
    """Send a refused command again, in its place in the entity's queue, under a new idempotency key.

    The old key would only replay the stored refusal (and a different body under it is an
    idempotency_mismatch), hence the new key; the old one is kept in `resolution`.
    """
    with transaction(conn):
        old = _get(conn, seq)
        if old.state != "conflict":
            raise KeyError(f"outbox row {seq} is not a conflict")
        body = old.body if new_body is None else new_body
        conn.execute("UPDATE outbox SET state = 'pending', idempotency_key = ?, body = ?, attempts = 0,"
                     " next_attempt_at = ?, settled_at = NULL, response_status = NULL, response_body = NULL,"
                     " resolution = ? WHERE seq = ?",
                     (str(uuid.uuid4()), _dumps(body), iso(now or utcnow()),
                      f"requeued after conflict; previous key {old.idempotency_key}", seq))
        return _get(conn, seq)


# --- what the status bar and the wipe guard ask -----------------------------------------------------

def has_pending(conn: Connection, entity_key: str) -> bool:
    """True while a command on the entity is pending or in flight (its row is optimistic)."""
    return conn.execute("SELECT 1 FROM outbox WHERE entity_key = ? AND state IN ('pending', 'sent') LIMIT 1",
                        (entity_key,)).fetchone() is not None


def pending_count(conn: Connection) -> int:
    return conn.execute("SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')").fetchone()[0]


def oldest_pending_age(conn: Connection, now: datetime | None = None) -> timedelta | None:
    row = conn.execute("SELECT min(created_at) FROM outbox WHERE state IN ('pending', 'sent')").fetchone()
    if row[0] is None:
        return None
    return (now or utcnow()) - parse(row[0])  # type: ignore[operator]


def unsettled(conn: Connection) -> list[Command]:
    """Everything the backend has not acknowledged or the associate not resolved."""
    return [Command.from_row(r) for r in conn.execute(
        "SELECT * FROM outbox WHERE state IN ('pending', 'sent', 'conflict') ORDER BY seq")]


def counts(conn: Connection) -> dict[str, int]:
    found = dict(conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
    return {state: found.get(state, 0) for state in ("pending", "sent", "done", "conflict", "failed")}


def next_due(conn: Connection) -> datetime | None:
    """When the earliest pending command may be sent (its backoff over), None when nothing waits."""
    row = conn.execute("SELECT min(next_attempt_at) FROM outbox WHERE state = 'pending'").fetchone()
    return parse(row[0]) if row and row[0] else None
