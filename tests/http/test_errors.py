"""Every error shape TIDAL sends maps to the right typed error with its fields."""

from __future__ import annotations

import httpx
import pytest

from tidalkit import (
    APIStatusError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PreconditionFailedError,
    RateLimitError,
    ResponseValidationError,
    TidalError,
    UnauthorizedError,
)
from tidalkit._http import Request
from tidalkit._http.errors import error_from_response
from tidalkit._http.parsing import decode_json, parse_model
from tidalkit._http.retry import parse_retry_after

from .helpers import make_client


def response(status: int, **kwargs: object) -> httpx.Response:
    return httpx.Response(
        status,
        request=httpx.Request("GET", "https://x.test/v2/tracks/1"),
        **kwargs,  # type: ignore[arg-type]
    )


def test_v2_jsonapi_errors_document() -> None:
    body = {
        "errors": [
            {
                "id": "e1",
                "status": "400",
                "code": "INVALID_ENUM_VALUE",
                "detail": "include has an unknown value",
                "source": {"parameter": "include"},
            },
            {"status": "400", "code": "OTHER", "detail": "second"},
        ]
    }
    err = error_from_response(response(400, json=body, headers={"x-tidal-request-id": "rid-9"}))
    assert type(err) is BadRequestError
    assert err.status_code == 400
    assert err.code == "INVALID_ENUM_VALUE"
    assert err.detail == "include has an unknown value (include)"
    assert err.request_id == "rid-9"
    assert len(err.errors) == 2
    assert "GET /v2/tracks/1" in str(err)
    assert "rid-9" in str(err)


def test_private_api_status_substatus_usermessage() -> None:
    body = {"status": 404, "subStatus": 2001, "userMessage": "Track not found"}
    err = error_from_response(response(404, json=body))
    assert type(err) is NotFoundError
    assert err.sub_status == 2001
    assert err.detail == "Track not found"


def test_private_api_expired_token_is_unauthorized_and_authentication_error() -> None:
    body = {"status": 401, "subStatus": 11003, "userMessage": "The token has expired."}
    err = error_from_response(response(401, json=body))
    assert isinstance(err, UnauthorizedError)
    from tidalkit import AuthenticationError

    assert isinstance(err, AuthenticationError)
    assert err.sub_status == 11003


def test_oauth_error_shape() -> None:
    body = {"status": 400, "error": "authorization_pending", "sub_status": 1002, "error_description": "wait"}
    err = error_from_response(response(400, json=body))
    assert type(err) is BadRequestError
    assert err.code == "authorization_pending"
    assert err.sub_status == 1002
    assert err.detail == "wait"


def test_html_502_body_gives_status_error_not_decode_error() -> None:
    html = "<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>"
    err = error_from_response(response(502, text=html, headers={"content-type": "text/html"}))
    assert isinstance(err, InternalServerError)
    assert err.status_code == 502
    assert err.detail is None
    assert "<html>" in err.response.body


@pytest.mark.parametrize("body", [b"", b"{not json", b'{"errors": "weird"}', b"[1, 2]", b"\xff\xfe\x00"])
def test_odd_bodies_never_raise_while_mapping(body: bytes) -> None:
    err = error_from_response(response(500, content=body))
    assert isinstance(err, InternalServerError)


@pytest.mark.parametrize(
    ("status", "cls"),
    [(409, ConflictError), (412, PreconditionFailedError), (429, RateLimitError), (418, APIStatusError)],
)
def test_status_classes(status: int, cls: type[APIStatusError]) -> None:
    err = error_from_response(response(status, json={}))
    assert type(err) is cls
    assert isinstance(err, TidalError)


def test_short_plain_text_body_becomes_detail() -> None:
    err = error_from_response(response(400, text="Bad parameter: limit"))
    assert err.detail == "Bad parameter: limit"


def test_body_is_truncated() -> None:
    err = error_from_response(response(500, text="x" * 50_000))
    assert len(err.response.body) == 2000


def test_parse_retry_after_forms() -> None:
    assert parse_retry_after(httpx.Headers({"retry-after": "12"})) == 12
    assert parse_retry_after(httpx.Headers({"retry-after": "0.5"})) == 0.5
    assert parse_retry_after(httpx.Headers({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"})) == 0
    assert parse_retry_after(httpx.Headers({"retry-after": "soon"})) is None
    assert parse_retry_after(httpx.Headers({})) is None


async def test_rate_limit_error_carries_retry_after_when_retries_are_exhausted() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": "2"}, json={"errors": [{"status": "429"}]})

    client, _ = make_client(handler, max_retries=1)
    async with client:
        with pytest.raises(RateLimitError) as info:
            await client.send(Request("GET", "tracks"))
    assert info.value.retry_after == 2


async def test_malformed_json_success_body_is_a_typed_validation_error() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b'{"data": [1, 2')

    client, _ = make_client(handler)
    async with client:
        with pytest.raises(ResponseValidationError) as info:
            await client.request_json(Request("GET", "tracks"))
    assert "not valid JSON" in str(info.value)


def test_model_mismatch_names_the_field_path() -> None:
    from pydantic import BaseModel

    class Inner(BaseModel):
        id: int

    class Outer(BaseModel):
        items: list[Inner]

    with pytest.raises(ResponseValidationError) as info:
        parse_model({"items": [{"id": 1}, {"id": "x"}]}, Outer)
    assert info.value.path == "items.1.id"
    assert info.value.model == "Outer"
    with pytest.raises(ResponseValidationError):
        parse_model(b'{"items": 3}', Outer)
    assert parse_model(b'{"items": [{"id": 2}]}', Outer).items[0].id == 2


def test_empty_body_decodes_to_none() -> None:
    assert decode_json(response(200, content=b"  ")) is None
