"""Pickups: read, verify with lockout, handover (full, partial, refused, override, proof), audit, manager actions."""
from datetime import timedelta

import pytest

pytestmark = pytest.mark.anyio

WHEN = "2026-11-23T10:05:00Z"


def handover(decisions, code="A1B2C3", method="code", **verification):
    return {"decisions": decisions, "device_id": "tablet-1", "handed_over_at": WHEN,
            "verification": {"method": method, "code": code, **verification} if method != "manager_override"
            else {"method": method, **verification}}


def stock_row(sqlite, sku, location="S-PAR-OPERA"):
    return sqlite.execute("SELECT on_hand, reserved FROM stock WHERE sku = ? AND location_id = ?",
                          (sku, location)).fetchone()


async def test_get_pickup_of_own_store_only(client, marie, login_as):
    r = await client.get("/v1/pickups/P-READY", headers=marie)
    assert r.status_code == 200 and r.json()["number"] == "CC-1001" and "pickup_code" not in r.json()
    assert (await client.get("/v1/pickups/P-LYON", headers=marie)).status_code == 404


async def test_full_handover_and_replay_has_one_effect(client, marie, sqlite):
    body = handover([{"line_id": "1", "action": "handed_over"}, {"line_id": "2", "action": "handed_over"}])
    headers = marie | {"Idempotency-Key": "k-ho-1"}
    r1 = await client.post("/v1/pickups/P-READY/handover", headers=headers, json=body)
    assert r1.status_code == 200, r1.text
    assert r1.json()["status"] == "collected" and r1.json()["collected_at"] == WHEN
    r2 = await client.post("/v1/pickups/P-READY/handover", headers=headers, json=body)
    assert r2.status_code == 200 and r2.json() == r1.json() and r2.headers["Idempotent-Replay"] == "true"
    assert stock_row(sqlite, "VESTE-NOIR-M") == (2, 1)  # was (3, 2): one left the store, once
    assert stock_row(sqlite, "SNEAK-BLANC-39") == (1, 0)
    audit = await client.get("/v1/pickups/P-READY/handovers", headers=marie)
    assert len(audit.json()) == 1 and audit.json()[0]["associate_id"] == "A-MARIE"
    again = await client.post("/v1/pickups/P-READY/handover", headers=marie | {"Idempotency-Key": "k-ho-2"}, json=body)
    assert again.status_code == 409 and again.json()["reason"] == "already_collected"
    assert again.json()["current"]["status"] == "collected"


async def test_partial_handover_with_refusal(client, marie, sqlite):
    body = handover([{"line_id": "2", "action": "refused", "reason": "wrong_size"}])
    r = await client.post("/v1/pickups/P-READY/handover", headers=marie | {"Idempotency-Key": "k-p1"}, json=body)
    assert r.status_code == 200
    order = r.json()
    assert order["status"] == "partly_collected"
    assert [(x["status"], x["refusal_reason"]) for x in order["lines"]] == [("waiting", None), ("refused", "wrong_size")]
    assert stock_row(sqlite, "SNEAK-BLANC-39") == (2, 0)  # back on the shelf: available +1
    r = await client.post("/v1/pickups/P-READY/handover", headers=marie | {"Idempotency-Key": "k-p2"},
                          json=handover([{"line_id": "2", "action": "handed_over"}]))
    assert r.status_code == 409 and r.json()["reason"] == "line_not_waiting"
    r = await client.post("/v1/pickups/P-READY/handover", headers=marie | {"Idempotency-Key": "k-p3"},
                          json=handover([{"line_id": "1", "action": "handed_over"}]))
    assert r.status_code == 200 and r.json()["status"] == "collected"


async def test_not_found_in_store_zeroes_stock_and_flags_other_pickups(client, marie, sqlite):
    body = handover([{"line_id": "1", "action": "refused", "reason": "not_found_in_store"},
                     {"line_id": "2", "action": "handed_over"}])
    r = await client.post("/v1/pickups/P-READY/handover", headers=marie | {"Idempotency-Key": "k-nf"}, json=body)
    assert r.status_code == 200 and r.json()["status"] == "collected"
    assert stock_row(sqlite, "VESTE-NOIR-M")[0] == 0
    other = (await client.get("/v1/pickups/P-OTHER", headers=marie)).json()
    assert "VESTE-NOIR-M" in other["problem"]
    untouched = (await client.get("/v1/pickups/P-PROOF", headers=marie)).json()
    assert untouched["problem"] is None


async def test_handover_of_cancelled_order_is_409_with_current_state(client, marie):
    r = await client.post("/v1/pickups/P-CANCELLED/handover", headers=marie | {"Idempotency-Key": "k-c"},
                          json=handover([{"line_id": "1", "action": "handed_over"}], code="CCCCCC"))
    assert r.status_code == 409
    assert r.json()["reason"] == "order_cancelled" and r.json()["current"]["status"] == "cancelled"


async def test_wrong_code_counts_and_five_lock_for_15_minutes(client, marie, clock, sqlite, login_as):
    decisions = [{"line_id": "1", "action": "handed_over"}, {"line_id": "2", "action": "handed_over"}]
    r = await client.post("/v1/pickups/P-READY/handover", headers=marie | {"Idempotency-Key": "k-w0"},
                          json=handover(decisions, code="000000"))
    assert r.status_code == 422 and r.json()["reason"] == "wrong_code"
    # replaying the same command answers the same, without counting a second attempt
    r = await client.post("/v1/pickups/P-READY/handover", headers=marie | {"Idempotency-Key": "k-w0"},
                          json=handover(decisions, code="000000"))
    assert r.status_code == 422 and r.headers["Idempotent-Replay"] == "true"
    assert sqlite.execute("SELECT failures FROM pickup_attempts WHERE pickup_id = 'P-READY'").fetchone()[0] == 1
    results = []
    for i in range(4):
        v = await client.post("/v1/pickups/P-READY/verify", headers=marie, json={"code": f"00000{i}"})
        results.append(v.json())
    assert results[-1] == {"valid": False, "attempts_left": 0}
    locked = await client.post("/v1/pickups/P-READY/verify", headers=marie, json={"code": "A1B2C3"})
    assert locked.status_code == 423 and locked.json()["code"] == "locked"
    r = await client.post("/v1/pickups/P-READY/handover", headers=marie | {"Idempotency-Key": "k-w9"},
                          json=handover(decisions))
    assert r.status_code == 423
    clock.advance(timedelta(minutes=15, seconds=1))
    marie = {"Authorization": f"Bearer {(await login_as('marie'))['access_token']}"}
    ok = await client.post("/v1/pickups/P-READY/verify", headers=marie, json={"code": "A1B2C3"})
    assert ok.json() == {"valid": True, "attempts_left": 5}
    r = await client.post("/v1/pickups/P-READY/handover", headers=marie | {"Idempotency-Key": "k-w9"},
                          json=handover(decisions))
    assert r.status_code == 200


async def test_manager_override_is_for_managers_only(client, marie, paul):
    body = handover([{"line_id": "1", "action": "handed_over"}], method="manager_override",
                    override_reason="phone battery dead, ID checked")
    r = await client.post("/v1/pickups/P-OTHER/handover", headers=marie | {"Idempotency-Key": "k-o1"}, json=body)
    assert r.status_code == 403 and r.json()["code"] == "forbidden"
    r = await client.post("/v1/pickups/P-OTHER/handover", headers=paul | {"Idempotency-Key": "k-o1"}, json=body)
    assert r.status_code == 200 and r.json()["status"] == "collected"
    audit = (await client.get("/v1/pickups/P-OTHER/handovers", headers=paul)).json()
    assert audit[0]["method"] == "manager_override" and audit[0]["associate_id"] == "A-PAUL"


async def test_proof_required_for_high_value(client, marie):
    decisions = [{"line_id": "1", "action": "handed_over"}]
    r = await client.post("/v1/pickups/P-PROOF/handover", headers=marie | {"Idempotency-Key": "k-pr1"},
                          json=handover(decisions, code="Z9Y8X7"))
    assert r.status_code == 422 and r.json()["reason"] == "proof_required"
    proof = {"collector_name": "Marco Rossi", "relation": "spouse", "id_last_digits": "4821"}
    r = await client.post("/v1/pickups/P-PROOF/handover", headers=marie | {"Idempotency-Key": "k-pr2"},
                          json=handover(decisions, code="Z9Y8X7", proof=proof))
    assert r.status_code == 200
    audit = (await client.get("/v1/pickups/P-PROOF/handovers", headers=marie)).json()
    assert audit[0]["collector_name"] == "Marco Rossi"


async def test_handover_validation(client, marie):
    bad = handover([{"line_id": "1", "action": "refused"}])  # refused without a reason
    r = await client.post("/v1/pickups/P-READY/handover", headers=marie | {"Idempotency-Key": "k-v1"}, json=bad)
    assert r.status_code == 422 and r.json()["code"] == "validation" and r.json()["details"]
    r = await client.post("/v1/pickups/P-READY/handover", headers=marie | {"Idempotency-Key": "k-v2"},
                          json=handover([{"line_id": "9", "action": "handed_over"}]))
    assert r.status_code == 422 and r.json()["reason"] == "unknown_line"


async def test_extend_and_cancel_are_manager_only(client, marie, paul, sqlite):
    extend = {"collect_by": "2026-12-05T18:00:00Z", "reason": "customer on holiday"}
    r = await client.post("/v1/pickups/P-OTHER/extend", headers=marie | {"Idempotency-Key": "k-e1"}, json=extend)
    assert r.status_code == 403
    r = await client.post("/v1/pickups/P-OTHER/extend", headers=paul | {"Idempotency-Key": "k-e1"}, json=extend)
    assert r.status_code == 200 and r.json()["collect_by"] == "2026-12-05T18:00:00Z"
    r = await client.post("/v1/pickups/P-OTHER/extend", headers=paul | {"Idempotency-Key": "k-e2"},
                          json=extend | {"collect_by": "2020-01-01T00:00:00Z"})
    assert r.status_code == 422
    cancel = {"reason": "customer asked by phone"}
    r = await client.post("/v1/pickups/P-OTHER/cancel", headers=marie | {"Idempotency-Key": "k-x1"}, json=cancel)
    assert r.status_code == 403
    before = stock_row(sqlite, "VESTE-NOIR-M")
    r = await client.post("/v1/pickups/P-OTHER/cancel", headers=paul | {"Idempotency-Key": "k-x1"}, json=cancel)
    assert r.status_code == 200 and r.json()["status"] == "cancelled"
    r = await client.post("/v1/pickups/P-OTHER/cancel", headers=paul | {"Idempotency-Key": "k-x1"}, json=cancel)
    assert r.headers["Idempotent-Replay"] == "true"
    assert stock_row(sqlite, "VESTE-NOIR-M") == (before[0], before[1] - 1)  # released once


async def test_resend_notice(client, marie, sqlite):
    r = await client.post("/v1/pickups/P-READY/resend-notice", headers=marie | {"Idempotency-Key": "k-n1"})
    assert r.status_code == 202 and r.json() == {"sent": "email"}
    r = await client.post("/v1/pickups/P-READY/resend-notice", headers=marie | {"Idempotency-Key": "k-n1"})
    assert r.status_code == 202
    assert sqlite.execute("SELECT COUNT(*) FROM notices").fetchone()[0] == 1
    r = await client.post("/v1/pickups/P-OTHER/resend-notice", headers=marie | {"Idempotency-Key": "k-n2"})
    assert r.status_code == 409 and r.json()["reason"] == "no_contact"
