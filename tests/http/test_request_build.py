"""Bodiless requests built on headers prepared once per host and token equal what httpx builds."""

from __future__ import annotations

import httpx
import pytest

from tidalkit._http import Authorization, BaseClient, Request
from tidalkit._http.body import ACCEPT_ENCODING

TOKEN_A = Authorization({"Authorization": "Bearer token-a"}, "user:1", token_id="a")
TOKEN_B = Authorization({"Authorization": "Bearer token-b"}, "user:2", token_id="b")


def _client(base_url: str = "https://api.example.test/v1", **options: object) -> BaseClient:
    async def never(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing is sent")

    return BaseClient(base_url=base_url, transport=httpx.MockTransport(never), **options)  # type: ignore[arg-type]


def _by_httpx(client: BaseClient, request: Request, authorization: Authorization) -> httpx.Request:
    """The request as httpx builds it from the merged headers (the general path)."""
    headers = dict(client._headers)
    headers.update(authorization.headers)
    if all(name.lower() != "accept-encoding" for name in headers):  # the codings httpx decodes
        headers["Accept-Encoding"] = ACCEPT_ENCODING
    return httpx.Request(request.method, client._url(request), headers=headers)


def _same(built: httpx.Request, expected: httpx.Request) -> None:
    assert built.method == expected.method
    assert str(built.url) == str(expected.url)
    assert built.url.raw_path == expected.url.raw_path
    assert built.headers.raw == expected.headers.raw
    assert built.content == expected.content == b""
    assert built.read() == b""


@pytest.mark.parametrize("method", ["GET", "get", "DELETE", "HEAD", "OPTIONS"])
@pytest.mark.parametrize(
    "base_url",
    ["https://api.example.test/v1", "http://127.0.0.1:8123/api/", "https://host.example:8443/"],
)
def test_bodiless_requests_equal_httpx_ones(method: str, base_url: str) -> None:
    client = _client(base_url, headers={"X-Tidal-Token": "client-id"})
    request = Request(method, "tracks/1", params={"countryCode": "US", "include": ["albums", "artists"]})
    for _ in range(2):  # built, then from the prepared headers
        built = client._build(request, client._url(request), TOKEN_A, None)
        _same(built, _by_httpx(client, request, TOKEN_A))


def test_each_token_and_host_gets_its_own_headers() -> None:
    client = _client()
    request = Request("GET", "tracks/1")
    first = client._build(request, client._url(request), TOKEN_A, None)
    second = client._build(request, client._url(request), TOKEN_B, None)
    assert first.headers["Authorization"] == "Bearer token-a"
    assert second.headers["Authorization"] == "Bearer token-b"
    elsewhere = Request("GET", "https://other.example.test:444/v9/x")
    built = client._build(elsewhere, client._url(elsewhere), TOKEN_A, None)
    _same(built, _by_httpx(client, elsewhere, TOKEN_A))
    assert built.headers["Host"] == "other.example.test:444"


def test_a_host_header_of_the_client_is_not_doubled() -> None:
    client = _client(headers={"Host": "front.example.test"})
    request = Request("GET", "tracks/1")
    built = client._build(request, client._url(request), TOKEN_A, None)
    _same(built, _by_httpx(client, request, TOKEN_A))
    assert built.headers.get_list("host") == ["front.example.test"]


def test_changing_a_request_s_headers_leaves_the_next_request_alone() -> None:
    client = _client()
    request = Request("GET", "tracks/1")
    first = client._build(request, client._url(request), TOKEN_A, None)
    first.headers["Authorization"] = "Bearer tampered"
    first.headers["X-Extra"] = "1"
    second = client._build(request, client._url(request), TOKEN_A, None)
    assert second.headers["Authorization"] == "Bearer token-a"
    assert "X-Extra" not in second.headers


def test_many_tokens_keep_the_prepared_headers_bounded() -> None:
    client = _client()
    request = Request("GET", "tracks/1")
    for number in range(500):
        token = Authorization({"Authorization": f"Bearer t{number}"}, f"user:{number}")
        built = client._build(request, client._url(request), token, None)
        assert built.headers["Authorization"] == f"Bearer t{number}"
    assert 0 < len(client._prepared) <= 64


@pytest.mark.parametrize(
    ("request_", "reason"),
    [
        (Request("POST", "tracks"), "POST gets Content-Length: 0"),
        (Request("PATCH", "tracks/1", json={"a": 1}), "a JSON body"),
        (Request("GET", "tracks/1", headers={"X-Request": "1"}), "a per-request header"),
    ],
)
def test_requests_with_a_body_or_own_headers_are_built_by_httpx(request_: Request, reason: str) -> None:
    client = _client()
    built = client._build(request_, client._url(request_), TOKEN_A, None)
    headers = dict(client._headers)
    headers.update(request_.headers or {})
    headers.update(TOKEN_A.headers)
    headers["Accept-Encoding"] = ACCEPT_ENCODING
    expected = httpx.Request(request_.method, client._url(request_), headers=headers, json=request_.json)
    assert built.headers.raw == expected.headers.raw, reason
    assert built.content == expected.content
    assert client._prepared == {}


def test_an_idempotency_key_is_sent() -> None:
    client = _client()
    request = Request("DELETE", "tracks/1")
    built = client._build(request, client._url(request), TOKEN_A, "key-1")
    assert built.headers["Idempotency-Key"] == "key-1"
    assert client._prepared == {}


def test_a_derived_client_s_headers_are_its_own() -> None:
    client = _client(headers={"X-App": "1"})
    derived = client.with_options(headers={"X-App": "2", "X-More": "3"})
    request = Request("GET", "tracks/1")
    for _ in range(2):
        parent = client._build(request, client._url(request), TOKEN_A, None)
        child = derived._build(request, derived._url(request), TOKEN_A, None)
        assert parent.headers["X-App"] == "1"
        assert "X-More" not in parent.headers
        assert child.headers["X-App"] == "2"
        assert child.headers["X-More"] == "3"
        _same(child, _by_httpx(derived, request, TOKEN_A))


@pytest.mark.parametrize("where", ["client", "request"])
def test_an_accept_encoding_of_the_caller_is_kept_not_doubled(where: str) -> None:
    own = {"accept-encoding": "identity"}
    client = _client(headers=own) if where == "client" else _client()
    request = Request("GET", "tracks/1", headers=own if where == "request" else None)
    for _ in range(2):
        built = client._build(request, client._url(request), TOKEN_A, None)
        assert built.headers.get_list("accept-encoding") == ["identity"]
