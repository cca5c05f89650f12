"""Every non-2xx answer is an ErrorBody: the domain error, the handlers, the OpenAPI declarations."""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from clienteling.models import ErrorBody, ErrorCode

logger = logging.getLogger(__name__)


class ApiError(Exception):
    """A deliberate refusal; `recordable` answers are kept under the command's idempotency key.

    `keep_effects`: what the command wrote before refusing still commits (a counted wrong code).
    """

    def __init__(self, status: int, code: ErrorCode, message: str, *, reason: str | None = None,
                 current: dict[str, Any] | None = None, details: list[dict[str, Any]] | None = None,
                 headers: dict[str, str] | None = None, keep_effects: bool = False) -> None:
        super().__init__(message)
        self.keep_effects = keep_effects
        self.status = status
        self.body = ErrorBody(code=code, message=message, reason=reason, current=current, details=details)
        self.headers = headers

    @property
    def recordable(self) -> bool:
        """Business answers (409, 422) are final for a key; 401/403/404/423 may change with time."""
        return self.status in (409, 422)

    def payload(self) -> dict[str, Any]:
        return self.body.model_dump(mode="json", exclude_none=True)


def not_found(what: str) -> ApiError:
    return ApiError(404, ErrorCode.NOT_FOUND, f"{what} not found")


def conflict(reason: str, message: str, current: dict[str, Any] | None = None,
             details: list[dict[str, Any]] | None = None) -> ApiError:
    return ApiError(409, ErrorCode.CONFLICT, message, reason=reason, current=current, details=details)


def invalid(reason: str, message: str) -> ApiError:
    return ApiError(422, ErrorCode.VALIDATION, message, reason=reason)


def forbidden(message: str = "this needs a store manager") -> ApiError:
    return ApiError(403, ErrorCode.FORBIDDEN, message)


_STATUS_CODES = {401: ErrorCode.UNAUTHENTICATED, 403: ErrorCode.FORBIDDEN, 404: ErrorCode.NOT_FOUND,
                 409: ErrorCode.CONFLICT, 423: ErrorCode.LOCKED, 429: ErrorCode.RATE_LIMITED}


def error_response(status: int, body: ErrorBody, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(body.model_dump(mode="json", exclude_none=True), status_code=status, headers=headers)


async def _api_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.body, exc.headers)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    code = _STATUS_CODES.get(status, ErrorCode.SERVER if status >= 500 else ErrorCode.VALIDATION)
    message = exc.detail if isinstance(exc.detail, str) else "request refused"
    return error_response(status, ErrorBody(code=code, message=message), getattr(exc, "headers", None))


def _clean(error: dict[str, Any]) -> dict[str, Any]:
    """Location, message and type of a validation error; never the input (it may be personal)."""
    return {"loc": [str(p) for p in error.get("loc", ())], "msg": str(error.get("msg", "")),
            "type": str(error.get("type", ""))}


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = [_clean(e) for e in jsonable_encoder(exc.errors(), exclude={"input", "ctx", "url"})]
    return error_response(422, ErrorBody(code=ErrorCode.VALIDATION, message="the request is not valid",
                                         details=details))


class CatchAll:
    """Turns an unexpected exception into a 500 ErrorBody without leaking internals."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: dict[str, Any]) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            logger.exception("unexpected error answering %s %s", scope.get("method"),
                             scope.get("route").path if scope.get("route") else "?")
            if started:
                raise
            response = error_response(500, ErrorBody(code=ErrorCode.SERVER, message="internal error"))
            await response(scope, receive, send)


def install(app: FastAPI) -> None:
    """Register the handlers that give every error the ErrorBody shape."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_middleware(CatchAll)


_DESCRIPTIONS = {
    401: "not signed in, or the token expired (`unauthenticated`, `token_expired`)",
    403: "the caller's role does not allow this (`forbidden`)",
    404: "no such entity visible to the caller (`not_found`)",
    409: "the command no longer applies; `reason` and `current` say why",
    422: "the request is not valid (`validation`, `idempotency_mismatch` or a business `reason`)",
    423: "locked after too many wrong codes (`locked`)",
}


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` for the error statuses a route can answer (plus 401/422/500 always)."""
    wanted = sorted({*statuses, 422, 500})
    out: dict[int | str, dict[str, Any]] = {}
    for status in wanted:
        out[status] = {"model": ErrorBody, "description": _DESCRIPTIONS.get(status, "internal error")}
    return out
