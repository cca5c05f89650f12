"""Schemathesis over the OpenAPI document: no 5xx, and every answer conforms to the declared schema."""
import asyncio
from typing import Any

import httpx
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from clienteling.server.app import create_app

PASSWORD = "correct horse battery"
EXAMPLES_PER_OPERATION = 6


async def _manager_headers(app: Any) -> dict[str, str]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://backend.test") as http:
        r = await http.post("/v1/auth/login", json={"store_id": "S-PAR-OPERA", "username": "paul",
                                                    "password": PASSWORD, "device_id": "schemathesis"})
        assert r.status_code == 200
        return {"Authorization": f"Bearer {r.json()['access_token']}"}


def test_api_conforms_to_its_schema(app: Any) -> None:
    """Every operation, signed in as a manager (so role refusals do not hide the handlers).

    `positive_data_acceptance` is left out on purpose: business refusals of schema-valid
    requests (422 `wrong_code`, `unknown_sku`, `bad_cursor`, a past `collect_by`) are the contract.
    """
    schema = schemathesis.openapi.from_asgi("/openapi.json", app).exclude(path="/v1/events")
    failures: list[str] = []
    operations = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1
        headers = asyncio.run(_manager_headers(app))  # fresh: a fuzzed logout revokes the previous one

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case: Any) -> None:
            case.call_and_validate(headers=headers, excluded_checks=[positive_data_acceptance])

        try:
            check()
        except Exception as exc:  # collect every operation's failure, then report them together
            failures.append(f"{operation.label}: {str(exc)[:1500]}")
    assert operations >= 30
    assert not failures, "\n\n".join(failures)


def test_openapi_documents_errors_security_and_idempotency(tmp_path):
    spec = create_app(str(tmp_path / "b.sqlite3")).openapi()
    assert "HTTPBearer" in spec["components"]["securitySchemes"]
    handover = spec["paths"]["/v1/pickups/{pickup_id}/handover"]["post"]
    assert {"409", "422", "423", "403"} <= set(handover["responses"])
    assert handover["responses"]["409"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorBody")
    header = next(p for p in handover["parameters"] if p["name"] == "Idempotency-Key")
    assert header["in"] == "header" and header["required"] is True
    assert spec["paths"]["/v1/orders"]["post"]["responses"]["201"]
